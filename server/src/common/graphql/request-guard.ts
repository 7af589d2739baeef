import { pickLocale, type Locale } from '@dossier/shared';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { translate, type MessageKey } from '../errors/messages';
import { FORBIDDEN_JSON_KEYS, MAX_DOCUMENT_NESTING, MAX_VARIABLE_LIST } from '../input-limits';

/** A GraphQL-shaped error answer for requests refused before Apollo sees them. */
export function sendGraphQLError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/**
 * How deeply `{`, `[` and `(` nest in a GraphQL document (strings and comments skipped),
 * counted without parsing: graphql-js parses and coerces recursively, so a document nested
 * thousands of levels deep overflows the stack before any validation rule could refuse it.
 */
export function documentNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        i += 3;
        while (i < text.length && !text.startsWith('"""', i)) i += text[i] === '\\' ? 2 : 1;
        i += 2;
      } else {
        i++;
        while (i < text.length && text[i] !== '"' && text[i] !== '\n')
          i += text[i] === '\\' ? 2 : 1;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return deepest;
}

export type VariableProblem = { field: string; key: MessageKey; params: Record<string, unknown> };

/**
 * The first problem in a request's variables, found without recursion: objects and arrays
 * nested deeper than MAX_DOCUMENT_NESTING, lists longer than MAX_VARIABLE_LIST, or keys such as
 * `__proto__`. `field` is the variable path, e.g. `input.customer.name`.
 */
export function variablesProblem(variables: unknown): VariableProblem | null {
  if (!variables || typeof variables !== 'object') return null;
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: variables, path: '', depth: 0 },
  ];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > MAX_DOCUMENT_NESTING)
      return { field: path, key: 'inputTooDeep', params: { max: MAX_DOCUMENT_NESTING } };
    const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
    if (Array.isArray(value)) {
      if (value.length > MAX_VARIABLE_LIST)
        return { field: path, key: 'tooManyItems', params: { max: MAX_VARIABLE_LIST } };
      value.forEach((item, i) => stack.push({ value: item, path: at(i), depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_JSON_KEYS.has(key))
        return { field: path || key, key: 'forbiddenKey', params: { value: key } };
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: at(key),
        depth: depth + 1,
      });
    }
  }
  return null;
}

/**
 * Refuses, before Apollo parses anything, documents nested deeper than MAX_DOCUMENT_NESTING
 * brackets (QUERY_TOO_COMPLEX) and variables that break the bounds above (BAD_USER_INPUT with
 * the variable path in `extensions.field`).
 */
export function graphqlRequestGuard(): RequestHandler {
  return (req, res, next) => {
    const locale = pickLocale(req.headers['accept-language']);
    const source = (req.method === 'GET' ? req.query : req.body) as
      Record<string, unknown> | undefined;
    const query = source?.query;
    if (typeof query === 'string' && documentNesting(query) > MAX_DOCUMENT_NESTING)
      return sendGraphQLError(
        res,
        400,
        'QUERY_TOO_COMPLEX',
        translate('inputTooDeep', locale, { max: MAX_DOCUMENT_NESTING }),
        { limit: 'nesting' },
      );
    let variables = source?.variables;
    if (typeof variables === 'string') {
      if (documentNesting(variables) > MAX_DOCUMENT_NESTING)
        return sendGraphQLError(
          res,
          400,
          'BAD_USER_INPUT',
          translate('inputTooDeep', locale, { max: MAX_DOCUMENT_NESTING }),
          { field: 'variables' },
        );
      try {
        variables = JSON.parse(variables);
      } catch {
        variables = undefined; // Apollo answers malformed variables itself.
      }
    }
    const problem = variablesProblem(variables);
    if (problem) {
      const leaf = problem.field.split('.').pop() ?? problem.field;
      return sendGraphQLError(
        res,
        400,
        'BAD_USER_INPUT',
        translate(problem.key, locale, { field: leaf, ...problem.params }),
        { field: problem.field },
      );
    }
    next();
  };
}

/** Body-parser failures as GraphQL errors: 413 PAYLOAD_TOO_LARGE, 400 BAD_REQUEST for malformed JSON. */
export function bodyErrorHandler(maxBytesLabel: string): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const locale: Locale = pickLocale(req.headers['accept-language']);
    const type = (err as { type?: string }).type;
    const status = Number((err as { status?: number }).status) || 400;
    if (type === 'entity.too.large' || status === 413)
      return sendGraphQLError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        translate('payloadTooLarge', locale, { max: maxBytesLabel }),
      );
    if (status >= 400 && status < 500)
      return sendGraphQLError(
        res,
        status,
        'BAD_REQUEST',
        translate(type === 'entity.parse.failed' ? 'malformedJson' : 'badRequest', locale),
      );
    next(err);
  };
}
