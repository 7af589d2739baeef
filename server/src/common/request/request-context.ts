import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LOCALE, type Locale } from '@dossier/shared';

/** Per-request state that deep code (errors, the statement counter) needs without threading it through. */
export interface RequestStore {
  locale: Locale;
  statements: number;
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
