import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import {
  Brackets,
  type ObjectLiteral,
  type SelectQueryBuilder,
  type WhereExpressionBuilder,
} from 'typeorm';
import { badInput } from '../errors/app-error';
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
  if (args.filter)
    qb.andWhere(new Brackets((w) => applyFilter(w, args.filter!, spec, alias, dialect, 'filter')));

  const countQb = qb.clone();
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
