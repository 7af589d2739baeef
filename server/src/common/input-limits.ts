/**
 * Bounds on what one request may send (see docs/operations.md, "Errors and limits"). Anything
 * over a bound is refused with a coded error before a query is built or anything recurses on it.
 */

/** Largest JSON body on /graphql (larger: 413 PAYLOAD_TOO_LARGE). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Brackets (`{`, `[`, `(`) nested in a query document, and objects/arrays nested in its variables. */
export const MAX_DOCUMENT_NESTING = 64;
/** Elements of any one list in the variables. */
export const MAX_VARIABLE_LIST = 1000;
/** Levels of `and`/`or` nesting in a list filter. */
export const MAX_FILTER_DEPTH = 10;
/** `and`/`or` branches in one list filter, counted over all levels. */
export const MAX_FILTER_BRANCHES = 100;
/** Values in one `in`/`notIn` list. */
export const MAX_FILTER_IN_LIST = 500;
/** Values bound by one list filter in total (keeps SQLite under its bound-parameter limit). */
export const MAX_FILTER_VALUES = 1000;
/** Entries in a list's `sorting`. */
export const MAX_SORT_FIELDS = 10;
/** Ids in a list input (`grantCustomerAccess` customers, a user's roles, …). */
export const MAX_ID_LIST = 500;
/** Customers in one bulk action (`bulkSetCustomerStatus`, …): each row is its own transaction. */
export const MAX_BULK_IDS = 200;
/** Length of a field definition's `validation.pattern` (the rest of `validation` is three numbers). */
export const MAX_VALIDATION_PATTERN = 500;
/** Keys refused in any JSON input: they would reach `Object.prototype` in careless code. */
export const FORBIDDEN_JSON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Characters of a global search query (`globalSearch`). */
export const MAX_SEARCH_QUERY = 100;
/** Hits per group (customers, contacts) of a global search. */
export const MAX_SEARCH_LIMIT = 20;
/** Saved views one user may keep per list. */
export const MAX_SAVED_VIEWS = 50;
