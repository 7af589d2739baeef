import type { BaseRecord, DataProvider, GetListParams } from '@refinedev/core';
import { defaultOptions } from '@refinedev/graphql';
import type { AnyVariables, Client, DocumentInput, OperationResult } from '@urql/core';
import { gqlClient } from './client';
import { toHttpError } from './errors';

/** The server refuses pages larger than this (OffsetPaging max). */
export const MAX_PAGE_SIZE = 200;

type Operation = DocumentInput<unknown, AnyVariables>;

/** The first (and only) root field of a GraphQL response. */
function rootField(response: OperationResult): unknown {
  const data = response.data as Record<string, unknown> | null | undefined;
  if (!data) return undefined;
  const keys = Object.keys(data);
  return keys.length > 0 ? data[keys[0]] : undefined;
}

function connectionOf(response: OperationResult): { nodes: BaseRecord[]; totalCount: number } {
  const value = rootField(response) as { nodes?: BaseRecord[]; totalCount?: number } | undefined;
  return { nodes: value?.nodes ?? [], totalCount: value?.totalCount ?? 0 };
}

function requireOperation(operation: unknown, method: string): Operation {
  if (!operation)
    throw new Error(`[dataProvider.${method}] meta.gqlQuery / meta.gqlMutation is required`);
  return operation as Operation;
}

/**
 * antd column filters always hand over arrays; `{ eq: [x] }` (a single-choice filter) means `{ eq: x }`.
 */
export function unwrapSingleValueEq(filter: unknown): unknown {
  if (Array.isArray(filter)) return filter.map(unwrapSingleValueEq);
  if (!filter || typeof filter !== 'object') return filter;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if ((key === 'eq' || key === 'neq') && Array.isArray(value) && value.length === 1)
      result[key] = value[0];
    else result[key] = unwrapSingleValueEq(value);
  }
  return result;
}

function listVariables(params: GetListParams): Record<string, unknown> {
  const variables: Record<string, unknown> = defaultOptions.getList.buildVariables(params);
  const paging = variables.paging as { limit?: number; offset?: number } | undefined;
  if (paging && (paging.limit === undefined || paging.limit > MAX_PAGE_SIZE)) {
    variables.paging = { ...paging, limit: MAX_PAGE_SIZE };
  }
  // `meta.extraFilter`: fields a page keeps in its own URL shape (e.g. a region expanded to its subtree ids).
  const extraFilter = params.meta?.extraFilter as Record<string, unknown> | undefined;
  if (extraFilter && Object.keys(extraFilter).length > 0)
    variables.filter = { ...((variables.filter as object | undefined) ?? {}), ...extraFilter };
  if (variables.filter && Object.keys(variables.filter as object).length === 0)
    delete variables.filter;
  else if (variables.filter) variables.filter = unwrapSingleValueEq(variables.filter);
  if (Array.isArray(variables.sorting) && variables.sorting.length === 0) delete variables.sorting;
  return variables;
}

async function run(
  client: Client,
  kind: 'query' | 'mutation',
  operation: Operation,
  variables: Record<string, unknown>,
): Promise<OperationResult> {
  const result =
    kind === 'query'
      ? await client.query(operation, variables).toPromise()
      : await client.mutation(operation, variables).toPromise();
  if (result.error) throw toHttpError(result.error);
  return result;
}

/**
 * Refine data provider over urql for the nestjs-query style API.
 *
 * Same variable shapes as `@refinedev/graphql` (its `defaultOptions` builds them),
 * but errors are rethrown as Refine `HttpError`s that keep the GraphQL
 * extension code and `BAD_USER_INPUT` field messages, so forms can show them
 * on their fields and the auth provider can react to `UNAUTHENTICATED`.
 * Responses are read from the operation's root field, whatever its name.
 */
export function createDataProvider(client: Client = gqlClient): DataProvider {
  return {
    getList: async (params) => {
      const operation = requireOperation(params.meta?.gqlQuery, 'getList');
      const response = await run(client, 'query', operation, listVariables(params));
      const { nodes, totalCount } = connectionOf(response);
      return { data: nodes as never[], total: totalCount };
    },
    getMany: async (params) => {
      const operation = requireOperation(params.meta?.gqlQuery, 'getMany');
      const response = await run(client, 'query', operation, {
        filter: defaultOptions.getMany.buildFilter(params),
        paging: { limit: Math.min(Math.max(params.ids.length, 1), MAX_PAGE_SIZE) },
      });
      return { data: connectionOf(response).nodes as never[] };
    },
    getOne: async (params) => {
      const operation = requireOperation(params.meta?.gqlQuery, 'getOne');
      const response = await run(
        client,
        'query',
        operation,
        defaultOptions.getOne.buildVariables(params),
      );
      return { data: rootField(response) as never };
    },
    create: async (params) => {
      const operation = requireOperation(params.meta?.gqlMutation, 'create');
      const response = await run(
        client,
        'mutation',
        operation,
        defaultOptions.create.buildVariables(params),
      );
      return { data: rootField(response) as never };
    },
    update: async (params) => {
      const operation = requireOperation(params.meta?.gqlMutation, 'update');
      const response = await run(
        client,
        'mutation',
        operation,
        defaultOptions.update.buildVariables(params),
      );
      return { data: rootField(response) as never };
    },
    deleteOne: async (params) => {
      const operation = requireOperation(params.meta?.gqlMutation, 'deleteOne');
      const response = await run(
        client,
        'mutation',
        operation,
        defaultOptions.deleteOne.buildVariables(params),
      );
      return { data: rootField(response) as never };
    },
    custom: async (params) => {
      const mutation = params.meta?.gqlMutation as Operation | undefined;
      const operation = requireOperation(mutation ?? params.meta?.gqlQuery, 'custom');
      const variables = defaultOptions.custom.buildVariables(params);
      const response = await run(client, mutation ? 'mutation' : 'query', operation, variables);
      return { data: (response.data ?? {}) as never };
    },
    getApiUrl: () => '/graphql',
  };
}

export const dataProvider = createDataProvider();
