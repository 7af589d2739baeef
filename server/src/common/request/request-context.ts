import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LOCALE, type Locale } from '@dossier/shared';
import type { IdempotencyClaim } from '../idempotency/idempotency';

/** Per-request state that deep code (errors, the statement counter) needs without threading it through. */
export interface RequestStore {
  locale: Locale;
  statements: number;
  /** Epoch ms after which the request's further statements are not sent (REQUEST_TIMEOUT_MS). */
  deadline?: number;
  /** A create under an Idempotency-Key, recorded by its transaction (common/idempotency). */
  idempotency?: IdempotencyClaim;
}

const storage = new AsyncLocalStorage<RequestStore>();

export function runInRequest<T>(store: RequestStore, fn: () => T): T {
  return storage.run(store, fn);
}

export function currentRequest(): RequestStore | undefined {
  return storage.getStore();
}

export function currentLocale(): Locale {
  return storage.getStore()?.locale ?? DEFAULT_LOCALE;
}

/** Called by the database logger for every statement sent. */
export function countStatement(): void {
  const store = storage.getStore();
  if (store) store.statements += 1;
}
