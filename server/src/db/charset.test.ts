import pino from 'pino';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { CharsetError, checkMysqlCharset } from './charset';

/** A data source answering the start-up check's one query with `state`. */
function fake(state: Partial<Record<string, string | number | null>>): DataSource {
  const row = {
    db: 'dossier',
    charsetDatabase: 'utf8mb4',
    collationDatabase: 'utf8mb4_unicode_ci',
    charsetConnection: 'utf8mb4',
    charsetClient: 'utf8mb4',
    charsetResults: 'utf8mb4',
    sqlMode: 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION',
    tables: 0,
    ...state,
  };
  return { query: async () => [row] } as unknown as DataSource;
}

const log = () => {
  const lines: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
  return { logger, lines };
};

describe('checkMysqlCharset', () => {
  it('accepts a utf8mb4 connection in strict mode', async () => {
    const { logger, lines } = log();
    await checkMysqlCharset(fake({}), logger);
    expect(lines).toEqual([]);
  });

  it('accepts a latin1-default database with a warning naming the fix', async () => {
    const { logger, lines } = log();
    await checkMysqlCharset(
      fake({ charsetDatabase: 'latin1', collationDatabase: 'latin1_swedish_ci' }),
      logger,
    );
    expect(lines.join('')).toContain(
      'ALTER DATABASE `dossier` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    );
  });

  it('refuses a connection that does not talk utf8mb4, before anything is created', async () => {
    const { logger } = log();
    await expect(
      checkMysqlCharset(fake({ charsetConnection: 'latin1', charsetClient: 'latin1' }), logger),
    ).rejects.toThrow(CharsetError);
    await expect(checkMysqlCharset(fake({ charsetConnection: 'latin1' }), logger)).rejects.toThrow(
      /character_set_connection is latin1.*Nothing was created/,
    );
  });

  it('refuses a session that is not strict', async () => {
    const { logger } = log();
    await expect(checkMysqlCharset(fake({ sqlMode: '' }), logger)).rejects.toThrow(/sql_mode/);
  });
});
