import type { Logger, QueryRunner } from 'typeorm';
import type { Logger as PinoLogger } from 'pino';
import { DeadlineExceededError } from '../common/errors/outage';
import { countStatement, currentRequest } from '../common/request/request-context';

/** TypeORM logger that counts every statement of the current request and forwards problems to pino. */
export class StatementLogger implements Logger {
  constructor(private readonly pino: PinoLogger) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner) {
    // Past its deadline a request sends nothing more but ROLLBACK (its client has had its answer).
    const deadline = currentRequest()?.deadline;
    if (deadline !== undefined && Date.now() > deadline && !/^\s*ROLLBACK/i.test(query))
      throw new DeadlineExceededError();
    countStatement();
    if (this.pino.isLevelEnabled('trace')) this.pino.trace({ query, parameters }, 'sql');
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]) {
    this.pino.debug({ err: error, query, parameters }, 'sql error');
  }
  logQuerySlow(time: number, query: string) {
    this.pino.warn({ time, query }, 'slow sql');
  }
  logSchemaBuild(message: string) {
    this.pino.debug(message);
  }
  logMigration(message: string) {
    this.pino.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.pino.warn(String(message));
    else this.pino.debug(String(message));
  }
}
