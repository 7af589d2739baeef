import type { GraphQLFormattedError } from 'graphql';
import { translate } from '../errors/messages';
import { currentLocale } from '../request/request-context';

const MAX_DETAIL = 300;

/**
 * GraphQL's own errors (syntax, validation, variable coercion, malformed requests) in the shape of
 * the application's: a message in the caller's language, the stable code, `extensions.field` with
 * the variable path where there is one, and graphql-js's English text as `extensions.detail`
 * (without "Did you mean …" suggestions in production). Null for any other error.
 */
export function graphqlOwnError(
  formatted: GraphQLFormattedError,
  production: boolean,
): GraphQLFormattedError | null {
  const code = formatted.extensions?.code;
  const locale = currentLocale();
  const detail = cut(production ? withoutSuggestions(formatted.message) : formatted.message);
  const answer = (message: string, extensions: Record<string, unknown>) => ({
    message,
    locations: formatted.locations,
    extensions: { ...extensions, detail },
  });
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      return answer(translate('syntaxError', locale), { code });
    case 'GRAPHQL_VALIDATION_FAILED':
      return answer(translate('invalidQuery', locale), { code });
    case 'BAD_REQUEST':
    case 'OPERATION_RESOLUTION_FAILURE':
      return answer(translate('badRequest', locale), { code: 'BAD_REQUEST' });
    case 'BAD_USER_INPUT': {
      const field = variablePath(formatted.message);
      if (!field) return null;
      const leaf = field.split('.').pop()!;
      const missing = /was not provided|must not be null/.test(formatted.message);
      const key = missing ? 'required' : 'invalidValue';
      return answer(translate(key, locale, { field: leaf }), { code, field });
    }
    default:
      return null;
  }
}

/**
 * The input path a variable-coercion message points at: `Variable "$i" got invalid value … at
 * "i.user.name"; Field "x" of required type …` gives `i.user.name.x`; `Variable "$i" of required
 * type … was not provided` gives `i`. Null when the message is not graphql-js's coercion message.
 */
export function variablePath(message: string): string | null {
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(message);
  if (!variable) return null;
  // The value itself may contain quotes, so the path is read from the reason's end of the message.
  const semicolon = message.lastIndexOf('; ');
  const head = semicolon >= 0 ? message.slice(0, semicolon) : message;
  const reason = semicolon >= 0 ? message.slice(semicolon + 2) : '';
  const at = / at "([^"]+)"$/.exec(head);
  let path = at ? at[1] : variable[1];
  const field = /^Field "([_A-Za-z][_0-9A-Za-z]*)" (?:is not defined|of required type)/.exec(
    reason,
  );
  if (field) path = `${path}.${field[1]}`;
  return path.replace(/\[(\d+)\]/g, '.$1');
}

export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

function cut(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}
