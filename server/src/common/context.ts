import type { Locale } from '@dossier/shared';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Loaders } from '../modules/loaders';
import type { Services } from '../services';
import type { Caller } from './auth/caller';
import type { AppError } from './errors/app-error';
import type { RequestStore } from './request/request-context';

/** What every resolver receives. Loaders are created fresh for each request. */
export interface AppContext {
  caller: Caller | null;
  /** Why the presented credentials were refused, raised only when a resolver needs a caller. */
  authError: AppError | null;
  locale: Locale;
  ip: string;
  dataSource: DataSource;
  config: Config;
  loaders: Loaders;
  services: Services;
  request: RequestStore;
  /** The `Idempotency-Key` header (common/idempotency), or null. */
  idempotencyKey?: string | null;
}
