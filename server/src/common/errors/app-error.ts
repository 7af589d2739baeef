import { GraphQLError } from 'graphql';
import { currentLocale } from '../request/request-context';
import { translate, type MessageKey } from './messages';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'UNAVAILABLE'
  | 'OVERLOADED';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A GraphQL error with a stable code and a message in the caller's language. */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    key: MessageKey,
    params: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) {
    super(translate(key, currentLocale(), params), { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (key: MessageKey = 'unauthenticated') =>
  new AppError('UNAUTHENTICATED', key);
export const forbidden = (permission: string) =>
  new AppError('FORBIDDEN', 'forbidden', { permission }, { permission });
export const notFound = (entity: string, id?: unknown) =>
  new AppError(
    'NOT_FOUND',
    'notFound',
    { entity },
    { entity, id: id === undefined ? undefined : String(id) },
  );
export const conflict = (
  key: MessageKey,
  params: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => new AppError('CONFLICT', key, params, extra);
export const rateLimited = (seconds: number) =>
  new AppError('RATE_LIMITED', 'rateLimited', { seconds }, { retryAfterSeconds: seconds });

/**
 * Bad input on one field. `field` is the path inside the input, e.g. `user.username`;
 * the message names the last segment in the caller's language.
 */
export function badInput(
  field: string,
  key: MessageKey,
  params: Record<string, unknown> = {},
): AppError {
  const leaf = field.split('.').pop()!;
  return new AppError('BAD_USER_INPUT', key, { field: leaf, ...params }, { field });
}

/** Collects field problems and throws them together as one BAD_USER_INPUT error. */
export class InputProblems {
  private readonly problems: { field: string; key: MessageKey; params: Record<string, unknown> }[] =
    [];

  add(field: string, key: MessageKey, params: Record<string, unknown> = {}): this {
    this.problems.push({ field, key, params });
    return this;
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.empty) return;
    const locale = currentLocale();
    const [first] = this.problems;
    const fields: FieldProblem[] = this.problems.map((p) => ({
      field: p.field,
      message: translate(p.key, locale, { field: p.field.split('.').pop(), ...p.params }),
    }));
    throw new AppError(
      'BAD_USER_INPUT',
      first.key,
      { field: first.field.split('.').pop(), ...first.params },
      { field: first.field, fields },
    );
  }
}
