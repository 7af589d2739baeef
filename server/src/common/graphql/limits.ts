import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLSchema, DocumentNode } from 'graphql';
import { AppError } from '../errors/app-error';
import { DEFAULT_PAGE_SIZE } from '../pagination/comparisons';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 15;
export const MAX_COST = 10_000;

/** Over a production limit: QUERY_TOO_COMPLEX, answered with HTTP 400. */
function limitError(
  key: 'queryTooDeep' | 'tooManyAliases' | 'queryTooCostly',
  params: Record<string, unknown>,
) {
  return new AppError('QUERY_TOO_COMPLEX', key, params, { limit: key, http: { status: 400 } });
}

/** Refuses documents nested deeper than `max` fields. */
export function depthLimit(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD)
          deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        else if (sel.kind === Kind.INLINE_FRAGMENT)
          deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value))
          deepest = Math.max(
            deepest,
            depthOf(
              fragments.get(sel.name.value)?.selectionSet,
              new Set([...seen, sel.name.value]),
            ),
          );
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) context.reportError(limitError('queryTooDeep', { max }));
      },
    };
  };
}

/** Refuses documents with more than `max` aliased fields. */
export function aliasLimit(max = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > max) context.reportError(limitError('tooManyAliases', { max }));
        },
      },
    };
  };
}

/**
 * Every field costs 1; a list field multiplies its children by the rows it may return: its
 * `paging.limit` (default page size when paged without one), or its `limit` / `first` argument.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!args) return undefined;
  if ('paging' in args) {
    const limit = (args.paging as { limit?: number } | undefined)?.limit;
    return 1 + childComplexity * rows(limit ?? DEFAULT_PAGE_SIZE);
  }
  for (const name of ['limit', 'first'])
    if (typeof args[name] === 'number') return 1 + childComplexity * rows(args[name] as number);
  return undefined;
};

/** A page size as a multiplier: negative or absurd sizes are refused later, but must not lower the cost. */
const rows = (n: number) => (Number.isFinite(n) ? Math.max(1, n) : MAX_COST);

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  // Only paging values change a document's cost, so it is computed once per document and paging.
  let known = costs.get(document);
  if (!known)
    costs.set(
      document,
      (known = { pagingVariables: pagingVariables(document), byPaging: new Map() }),
    );
  const key = `${operationName ?? ''}:${JSON.stringify(known.pagingVariables.map((name) => variables[name] ?? null))}`;
  let cost = known.byPaging.get(key);
  if (cost === undefined) {
    cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
    if (known.byPaging.size >= 100) known.byPaging.clear();
    known.byPaging.set(key, cost);
  }
  return cost;
}

const costs = new WeakMap<
  DocumentNode,
  { pagingVariables: string[]; byPaging: Map<string, number> }
>();

/** Variables that can reach a `paging` argument: those typed `OffsetPaging` or `Int`. */
function pagingVariables(document: DocumentNode): string[] {
  const names: string[] = [];
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? []) {
      let type = v.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      if (type.name.value === 'OffsetPaging' || type.name.value === 'Int')
        names.push(v.variable.name.value);
    }
  }
  return names;
}

export function costError(cost: number, max = MAX_COST) {
  return limitError('queryTooCostly', { cost, max });
}
