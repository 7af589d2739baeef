import type { HttpError } from '@refinedev/core';
import type { CombinedError } from '@urql/core';

/** A Refine HttpError that keeps what the GraphQL server said. */
export interface GraphQLHttpError extends HttpError {
  code?: string;
}

function codeToStatus(code: string | undefined, networkStatus?: number): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    default:
      return networkStatus ?? 500;
  }
}

/**
 * `user.username` → `username`: the first segment names the input object
 * (`user`, `update`, `department`…), the form fields are the rest.
 */
export function fieldPathToFormName(path: string): string {
  const parts = path.split('.');
  return parts.length > 1 ? parts.slice(1).join('.') : path;
}

/** Turns an urql error into an HttpError Refine understands (field errors in `errors`). */
export function toHttpError(error: CombinedError): GraphQLHttpError {
  const first = error.graphQLErrors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
  const response = error.response as Response | undefined;
  const networkStatus = typeof response?.status === 'number' ? response.status : undefined;

  const errors: Record<string, string[]> = {};
  const addFieldError = (field: unknown, message: unknown) => {
    if (typeof field !== 'string' || !field || typeof message !== 'string') return;
    const list = (errors[fieldPathToFormName(field)] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const gqlError of error.graphQLErrors) {
    if (gqlError.extensions?.code !== 'BAD_USER_INPUT') continue;
    // Several problems come as `extensions.fields: [{ field, message }]`, one as `extensions.field`.
    const fields = gqlError.extensions.fields;
    if (Array.isArray(fields) && fields.length > 0) {
      for (const problem of fields as { field?: unknown; message?: unknown }[]) {
        addFieldError(problem?.field, problem?.message);
      }
    } else {
      addFieldError(gqlError.extensions.field, gqlError.message);
    }
  }

  const message =
    error.graphQLErrors.length > 0
      ? error.graphQLErrors.map((e) => e.message).join('; ')
      : (error.networkError?.message ?? error.message);

  return {
    name: 'GraphQLError',
    message,
    statusCode: codeToStatus(code, networkStatus),
    code,
    ...(Object.keys(errors).length > 0 ? { errors } : {}),
  };
}

export function isGraphQLHttpError(value: unknown): value is GraphQLHttpError {
  return typeof value === 'object' && value !== null && 'statusCode' in value && 'message' in value;
}

/**
 * For the promise a form's submit returns: Refine has already shown the error
 * (notification, field messages), so the rejection needs no further handling.
 */
export function ignoreHandled(): undefined {
  return undefined;
}
