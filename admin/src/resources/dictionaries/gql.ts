import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCustom, useCustomMutation, type HttpError } from '@refinedev/core';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GraphQLHttpError } from '../../providers/errors';

/**
 * A typed GraphQL query through Refine's data provider (`custom`), so errors
 * and notifications behave like the rest of the console.
 */
export function useGqlQuery<TData extends object, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  options: { enabled?: boolean } = {},
) {
  // The language is part of the query key: server-side labels are fetched again after a switch.
  const { i18n } = useTranslation();
  const { query } = useCustom<TData & Record<string, unknown>>({
    url: '',
    method: 'get',
    meta: { gqlQuery: document, gqlVariables: variables, locale: i18n.language },
    queryOptions: { enabled: options.enabled ?? true },
    errorNotification: false,
  });
  return {
    // `result.data` is `{}` until loaded; the query's own data stays undefined until then.
    data: query.data?.data as TData | undefined,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    error: query.error,
    refetch: query.refetch,
  };
}

/** A typed GraphQL mutation; resolves with the response data, rejects with a GraphQLHttpError. */
export function useGqlMutation<TData extends object, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
) {
  const { mutateAsync, mutation } = useCustomMutation<TData & Record<string, unknown>>();
  return {
    isPending: mutation.isPending,
    run: async (variables: TVars): Promise<TData> => {
      const response = await mutateAsync({
        url: '',
        method: 'post',
        values: variables,
        meta: { gqlMutation: document },
        successNotification: false,
        errorNotification: false,
      });
      return response.data as TData;
    },
  };
}

export function errorCode(error: unknown): string | undefined {
  return (error as GraphQLHttpError | undefined)?.code;
}

export function errorMessage(error: unknown): string {
  return (error as HttpError | undefined)?.message ?? String(error);
}

/**
 * Puts `BAD_USER_INPUT` field messages on the form fields (`attributes.days`
 * → `['attributes', 'days']`). Returns true when at least one was placed.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  const errors = (error as HttpError | undefined)?.errors as
    Record<string, string[] | string> | undefined;
  if (!errors || typeof errors !== 'object') return false;
  const fields = Object.entries(errors).map(([path, messages]) => ({
    name: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: Array.isArray(messages) ? messages : [String(messages)],
  }));
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}
