import {
  ArgsType,
  Field,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
  type ClassType,
} from 'type-graphql';
import { COMPARISON_TYPES, OffsetPaging, SortDirection, type FieldKind } from './comparisons';

/** One filterable/sortable field: its GraphQL kind and the query-builder property path. */
export interface ListField {
  kind: FieldKind;
  /** Property path on the query's root alias, e.g. `departmentId`. Defaults to the field name. */
  property?: string;
  sortable?: boolean;
}
export type ListFieldSpec = Record<string, ListField>;

export interface ListArgsShape {
  filter?: FilterShape | null;
  sorting?: { field: string; direction: SortDirection }[] | null;
  paging?: { limit?: number | null; offset?: number | null } | null;
}
export type FilterShape = { and?: FilterShape[]; or?: FilterShape[] } & Record<string, unknown>;

/** A page of rows; `totalCount` runs its COUNT only when the field is selected. */
export class Connection<T> {
  private countPromise?: Promise<number>;
  constructor(
    public readonly nodes: T[],
    private readonly count: () => Promise<number>,
  ) {}
  get totalCount(): Promise<number> {
    this.countPromise ??= this.count();
    return this.countPromise;
  }
}

export interface ListTypes {
  Filter: ClassType;
  Sort: ClassType;
  Connection: ClassType<Connection<unknown>>;
  /** `(filter, sorting, paging)` arguments for the list query. */
  Args: ClassType<ListArgsShape>;
  spec: ListFieldSpec;
}

/**
 * Builds the nestjs-query shaped GraphQL types for one listable type: `<Name>Filter`,
 * `<Name>Sort` (with the `<Name>SortFields` enum) and `<Name>Connection`. Only the fields in
 * `spec` can be filtered or sorted on: the schema itself is the allow-list.
 */
export function defineListTypes(name: string, node: ClassType, spec: ListFieldSpec): ListTypes {
  const Filter = namedClass(`${name}Filter`);
  Field(() => [Filter], { nullable: true })(Filter.prototype, 'and');
  Field(() => [Filter], { nullable: true })(Filter.prototype, 'or');
  for (const [field, def] of Object.entries(spec)) {
    Field(() => COMPARISON_TYPES[def.kind], { nullable: true })(Filter.prototype, field);
  }
  InputType(`${name}Filter`)(Filter);

  const sortable = Object.entries(spec).filter(([, def]) => def.sortable !== false);
  const SortFields = Object.fromEntries(sortable.map(([field]) => [field, field]));
  registerEnumType(SortFields, { name: `${name}SortFields` });
  const Sort = namedClass(`${name}Sort`);
  Field(() => SortFields)(Sort.prototype, 'field');
  Field(() => SortDirection)(Sort.prototype, 'direction');
  InputType(`${name}Sort`)(Sort);

  const Conn = class extends Connection<unknown> {};
  Object.defineProperty(Conn, 'name', { value: `${name}Connection` });
  Field(() => [node])(Conn.prototype, 'nodes');
  Field(() => Int, { description: 'Counted only when selected' })(Conn.prototype, 'totalCount');
  ObjectType(`${name}Connection`)(Conn);

  const Args = namedClass(`${name}ListArgs`);
  Field(() => Filter, { nullable: true })(Args.prototype, 'filter');
  Field(() => [Sort], { nullable: true })(Args.prototype, 'sorting');
  Field(() => OffsetPaging, { nullable: true })(Args.prototype, 'paging');
  ArgsType()(Args);

  return { Filter, Sort, Connection: Conn, Args: Args as ClassType<ListArgsShape>, spec };
}

function namedClass(name: string): ClassType {
  const cls = class {};
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}
