import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import {
  Brackets,
  type ObjectLiteral,
  type SelectQueryBuilder,
  type WhereExpressionBuilder,
} from 'typeorm';
import { badInput } from '../errors/app-error';
import { parseId } from '../ids';
import {
  MAX_FILTER_BRANCHES,
  MAX_FILTER_DEPTH,
  MAX_FILTER_IN_LIST,
  MAX_FILTER_VALUES,
  MAX_SORT_FIELDS,
} from '../input-limits';
import { caseInsensitiveLike, dialectOf, toDbValue, type DialectName } from '../db-dialect';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './comparisons';
import { Connection, type FilterShape, type ListArgsShape, type ListFieldSpec } from './list-types';

let paramSeq = 0;
const nextParam = () => `f${++paramSeq}`;

/**
 * Applies a nestjs-query style filter, sorting and paging to a query builder and returns a
 * connection. Every field is looked up in the allow-list `spec`; anything else is refused.
 */
export async function listConnection<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ListArgsShape,
  spec: ListFieldSpec,
  defaultSort: { property: string; direction: 'ASC' | 'DESC' } = {
    property: 'id',
    direction: 'ASC',
  },
  countNow = false,
): Promise<Connection<T>> {
  const alias = qb.alias;
  const dialect = dialectOf(qb.connection);
  if (args.filter) checkFilter(args.filter, spec, 'filter');
  if (args.filter)
    qb.andWhere(new Brackets((w) => applyFilter(w, args.filter!, spec, alias, dialect, 'filter')));

  const countQb = qb.clone();
  if ((args.sorting?.length ?? 0) > MAX_SORT_FIELDS)
    throw badInput('sorting', 'tooManyItems', { max: MAX_SORT_FIELDS });
  for (const sort of args.sorting ?? []) {
    const def = spec[sort.field];
    if (!def || def.sortable === false)
      throw badInput('sorting.field', 'filterField', { field: sort.field });
    qb.addOrderBy(`${alias}.${def.property ?? sort.field}`, sort.direction);
  }
  qb.addOrderBy(`${alias}.${defaultSort.property}`, defaultSort.direction);

  const { limit, offset } = readPaging(args.paging);
  qb.take(limit).skip(offset);
  if (countNow) {
    // Asked for: the count runs beside the page instead of after it.
    const [nodes, count] = await Promise.all([qb.getMany(), countQb.getCount()]);
    return new Connection(nodes, () => Promise.resolve(count));
  }
  const nodes = await qb.getMany();
  return new Connection(nodes, () => countQb.getCount());
}

/** Whether a list field's selection asks for `totalCount` (directly or through fragments). */
export function asksForTotalCount(info: GraphQLResolveInfo): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value === 'totalCount';
      if (sel.kind === Kind.INLINE_FRAGMENT) return visit(sel.selectionSet);
      return visit(info.fragments[sel.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

export function readPaging(paging: ListArgsShape['paging']): { limit: number; offset: number } {
  const limit = paging?.limit ?? DEFAULT_PAGE_SIZE;
  const offset = paging?.offset ?? 0;
  if (limit < 0 || limit > MAX_PAGE_SIZE)
    throw badInput('paging.limit', 'pagingLimit', { max: MAX_PAGE_SIZE });
  if (offset < 0) throw badInput('paging.offset', 'invalidFormat');
  return { limit, offset };
}

/**
 * Checks a filter before any SQL is built from it, walking it without recursion: nesting depth,
 * `and`/`or` branches, list lengths and the number of bound values are bounded, and every id
 * operand must be a canonical id. Problems are BAD_USER_INPUT on the filter path, e.g. `filter.id.eq`.
 */
export function checkFilter(filter: FilterShape, spec: ListFieldSpec, path: string): void {
  const stack: { node: FilterShape; path: string; depth: number }[] = [
    { node: filter, path, depth: 0 },
  ];
  let branches = 0;
  let values = 0;
  while (stack.length) {
    const { node, path: at, depth } = stack.pop()!;
    if (depth > MAX_FILTER_DEPTH) throw badInput(at, 'filterTooDeep', { max: MAX_FILTER_DEPTH });
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined || value === null) continue;
      if (key === 'and' || key === 'or') {
        const parts = value as FilterShape[];
        branches += parts.length;
        if (branches > MAX_FILTER_BRANCHES)
          throw badInput(`${at}.${key}`, 'filterTooManyBranches', { max: MAX_FILTER_BRANCHES });
        parts.forEach((part, i) =>
          stack.push({ node: part ?? {}, path: `${at}.${key}.${i}`, depth: depth + 1 }),
        );
        continue;
      }
      const def = spec[key];
      if (!def) throw badInput(`${at}.${key}`, 'filterField', { field: key });
      for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
        if (operand === undefined || operand === null) continue;
        const field = `${at}.${key}.${op}`;
        const list = Array.isArray(operand) ? operand : [operand];
        if (Array.isArray(operand) && list.length > MAX_FILTER_IN_LIST)
          throw badInput(field, 'tooManyItems', { max: MAX_FILTER_IN_LIST });
        values += list.length;
        if (values > MAX_FILTER_VALUES)
          throw badInput(field, 'filterTooManyValues', { max: MAX_FILTER_VALUES });
        if (op === 'is' || op === 'isNot') continue;
        for (const item of list) {
          if (def.kind === 'id') parseId(item as string, field);
          else if (def.kind === 'int' && !Number.isSafeInteger(item))
            throw badInput(field, 'notNumber');
          else if (
            def.kind === 'date' &&
            !(item instanceof Date && Number.isFinite(item.getTime()))
          )
            throw badInput(field, 'invalidFormat');
        }
      }
    }
  }
}

const OPERATORS: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

function applyFilter(
  w: WhereExpressionBuilder,
  filter: FilterShape,
  spec: ListFieldSpec,
  alias: string,
  dialect: DialectName,
  path: string,
) {
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'and' || key === 'or') {
      const parts = (value as FilterShape[] | null) ?? [];
      if (!parts.length) continue;
      w.andWhere(
        new Brackets((group) => {
          parts.forEach((part, i) => {
            const inner = new Brackets((b) =>
              applyFilter(b, part, spec, alias, dialect, `${path}.${key}.${i}`),
            );
            if (key === 'and' || i === 0) group.andWhere(inner);
            else group.orWhere(inner);
          });
        }),
      );
      continue;
    }
    const def = spec[key];
    if (!def) throw badInput(`${path}.${key}`, 'filterField', { field: key });
    const column = `${alias}.${def.property ?? key}`;
    const comparison = (value ?? {}) as Record<string, unknown>;
    for (const [op, operand] of Object.entries(comparison)) {
      if (operand === undefined) continue;
      const p = nextParam();
      const bind = (v: unknown) =>
        toDbValue(def.kind === 'id' && v !== null ? Number(v) : v, dialect);
      if (op === 'is' || op === 'isNot') {
        const not = op === 'isNot' ? 'NOT ' : '';
        if (operand === null) w.andWhere(`${column} IS ${not}NULL`);
        else w.andWhere(`${not ? 'NOT ' : ''}(${column} = :${p})`, { [p]: bind(operand) });
      } else if (op in OPERATORS) {
        w.andWhere(`${column} ${OPERATORS[op]} :${p}`, { [p]: bind(operand) });
      } else if (op === 'in' || op === 'notIn') {
        const list = (operand as unknown[]).map(bind);
        if (!list.length) w.andWhere(op === 'in' ? '1 = 0' : '1 = 1');
        else w.andWhere(`${column} ${op === 'in' ? 'IN' : 'NOT IN'} (:...${p})`, { [p]: list });
      } else if (op === 'like' || op === 'notLike') {
        w.andWhere(`${column} ${op === 'like' ? 'LIKE' : 'NOT LIKE'} :${p}`, { [p]: operand });
      } else if (op === 'iLike' || op === 'notILike') {
        w.andWhere(caseInsensitiveLike(column, p, op === 'notILike'), { [p]: operand });
      } else {
        throw badInput(`${path}.${key}.${op}`, 'filterField', { field: `${key}.${op}` });
      }
    }
  }
}
