import { useMemo } from 'react';
import { Cascader, Select } from 'antd';
import type { CustomerFilterOptionsQuery, CustomerKind } from '../../graphql/graphql';
import { useGqlQuery } from '../dictionaries/gql';
import { CUSTOMER_FILTER_OPTIONS_QUERY } from './queries';
import type { CustomerCardField } from './shared';

/** Card fields the API filters on (CustomerFilter), by card key → filter field (item ids). */
export const DICTIONARY_FILTERS = {
  category: 'categoryId',
  grade: 'gradeId',
  importance: 'importanceId',
  industry: 'industryId',
  source: 'sourceId',
  region: 'regionId',
  territory: 'territoryId',
} as const;
export type FilterKey = keyof typeof DICTIONARY_FILTERS;
export const FILTER_KEYS = Object.keys(DICTIONARY_FILTERS) as FilterKey[];

type Option = CustomerFilterOptionsQuery['dictionaryOptions'][number];

/** A dictionary's options with its tree: hierarchical ones get a Cascader and filter on whole subtrees. */
export interface FilterOptions {
  options: Option[];
  hierarchical: boolean;
  childrenOf: Map<string, Option[]>;
  loading: boolean;
}

function indexOptions(options: Option[], loading: boolean): FilterOptions {
  const childrenOf = new Map<string, Option[]>();
  for (const option of options) {
    if (!option.parentId) continue;
    const siblings = childrenOf.get(option.parentId);
    if (siblings) siblings.push(option);
    else childrenOf.set(option.parentId, [option]);
  }
  return { options, hierarchical: childrenOf.size > 0, childrenOf, loading };
}

/** The item and its descendants. */
export function subtreeIds(id: string, childrenOf: Map<string, Option[]>): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    out.push(current);
    for (const child of childrenOf.get(current) ?? []) stack.push(child.id);
  }
  return out;
}

/**
 * Options of every filterable field on the kind's card (one request each, fixed set of hooks).
 * Categories follow the kind (their controlling item).
 */
export function useFilterOptions(
  kind: CustomerKind,
  fields: readonly CustomerCardField[],
): Partial<Record<FilterKey, FilterOptions>> {
  const byKey = new Map(
    fields.filter((field) => field.active !== false).map((field) => [field.key, field]),
  );
  const results = FILTER_KEYS.map((key) => {
    const field = byKey.get(key);
    // One hook per filter key: FILTER_KEYS never changes, so the hook order is stable.
    return useGqlQuery(
      CUSTOMER_FILTER_OPTIONS_QUERY,
      {
        type: field?.dictionaryCode ?? '',
        controllingItem: field?.controllingField === 'kind' ? kind : undefined,
      },
      { enabled: !!field?.dictionaryCode },
    );
  });
  const deps: unknown[] = [
    kind,
    fields,
    ...results.map((result) => result.data),
    ...results.map((result) => result.isLoading),
  ];
  return useMemo(() => {
    const out: Partial<Record<FilterKey, FilterOptions>> = {};
    FILTER_KEYS.forEach((key, index) => {
      if (!byKey.get(key)?.dictionaryCode) return;
      out[key] = indexOptions(
        results[index].data?.dictionaryOptions ?? [],
        results[index].isLoading,
      );
    });
    return out;
  }, deps);
}

interface CascaderOption {
  value: string;
  label: string;
  disabled?: boolean;
  children?: CascaderOption[];
}

function toCascader(parentId: string | null, options: FilterOptions): CascaderOption[] {
  const level =
    parentId === null
      ? options.options.filter((option) => !option.parentId)
      : (options.childrenOf.get(parentId) ?? []);
  return level.map((option) => {
    const children = toCascader(option.id, options);
    return {
      value: option.id,
      label: option.label,
      children: children.length ? children : undefined,
    };
  });
}

function pathTo(id: string, options: FilterOptions): string[] {
  const byId = new Map(options.options.map((option) => [option.id, option]));
  const path: string[] = [];
  let current = byId.get(id);
  while (current && !path.includes(current.id)) {
    path.unshift(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/**
 * One dictionary filter: a multi-select of items, or for a tree (regions) a Cascader whose
 * chosen node (a region group like 华东, or one province) stands for its whole subtree.
 */
export function DictionaryFilter({
  field,
  options,
  value,
  onChange,
}: {
  field: CustomerCardField;
  options: FilterOptions;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const cascaderOptions = useMemo(
    () => (options.hierarchical ? toCascader(null, options) : []),
    [options],
  );
  if (options.hierarchical) {
    return (
      <Cascader
        data-testid={`customer-filter-${field.key}`}
        allowClear
        showSearch
        changeOnSelect
        style={{ width: 200 }}
        placeholder={field.label}
        options={cascaderOptions}
        value={value[0] ? pathTo(value[0], options) : undefined}
        onChange={(path) =>
          onChange(Array.isArray(path) && path.length > 0 ? [String(path[path.length - 1])] : [])
        }
      />
    );
  }
  return (
    <Select
      data-testid={`customer-filter-${field.key}`}
      mode="multiple"
      allowClear
      showSearch
      maxTagCount="responsive"
      optionFilterProp="label"
      style={{ width: 200 }}
      placeholder={field.label}
      loading={options.loading}
      value={value}
      onChange={(ids: string[]) => onChange(ids)}
      options={options.options.map((option) => ({ value: option.id, label: option.label }))}
    />
  );
}
