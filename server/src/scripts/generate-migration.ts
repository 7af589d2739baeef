import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDataSource } from '../db/data-source';

/**
 * Writes a migration for both dialects from the difference between the entities and
 * the schema that the existing migrations build. Usage:
 *   npm run migration:generate -w server -- <Name> [timestamp]
 * MIGRATION_MYSQL_URL names a server where a scratch database may be created (default: local root).
 */
async function main() {
  const [name, stamp] = process.argv.slice(2);
  if (!name) throw new Error('usage: generate-migration <Name> [timestamp]');
  const timestamp = stamp ?? String(Date.now());
  const log = pino({ level: 'warn' });
  const srcDir = path.resolve(__dirname, '../../src/db/migrations');

  const sqliteFile = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-mig-')), 'gen.sqlite');
  const mysqlBase = process.env.MIGRATION_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306/test';
  const scratch = `dossier_gen_${Date.now()}`;
  const flavor = mysqlBase.startsWith('mariadb:') ? 'mariadb' : 'mysql';
  const admin = createDataSource({ dialect: 'mysql', url: mysqlBase, flavor }, log);
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${scratch} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const mysqlUrl = new URL(mysqlBase.replace(/^mariadb:/, 'mysql:'));
  mysqlUrl.pathname = `/${scratch}`;

  try {
    for (const [dialect, db] of [
      ['sqlite', { dialect: 'sqlite', url: `sqlite:${sqliteFile}`, sqlitePath: sqliteFile }],
      ['mysql', { dialect: 'mysql', url: mysqlUrl.toString(), flavor }],
    ] as const) {
      const ds = createDataSource(db, log);
      await ds.initialize();
      await ds.runMigrations();
      const sql = await ds.driver.createSchemaBuilder().log();
      await ds.destroy();
      if (!sql.upQueries.length) {
        console.log(`${dialect}: no changes`);
        continue;
      }
      const q = (s: string) =>
        '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
      const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
      const down = sql.downQueries
        .reverse()
        .map((x) => `    await queryRunner.query(${q(x.query)});`)
        .join('\n');
      const file = path.join(srcDir, dialect, `${timestamp}-${name}.ts`);
      writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
          `export class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n` +
          `  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
          `  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
      );
      console.log(
        `${dialect}: wrote ${path.relative(process.cwd(), file)} (${sql.upQueries.length} statements)`,
      );
    }
    console.log('Add the new classes to src/db/migrations.ts for both dialects.');
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
