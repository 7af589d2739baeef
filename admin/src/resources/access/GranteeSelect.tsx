import { useEffect, useRef, useState } from 'react';
import { Select, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { GranteeKind } from '../../graphql/graphql';
import { useGqlQuery } from '../dictionaries/gql';
import { GRANTEES_QUERY } from './queries';

const PAGE = 20;

/**
 * Picks a user or a department the caller may grant to, searched on the server (`grantees`:
 * name or username, inside the caller's access.grant reach), 20 at a time.
 */
export function GranteeSelect({
  kind,
  value,
  onChange,
  testId,
}: {
  kind: GranteeKind;
  value?: string;
  onChange?: (value: string | undefined) => void;
  testId?: string;
}) {
  const translate = useTranslate();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // A short pause before asking the server while the user types.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const grantees = useGqlQuery(GRANTEES_QUERY, { search, kind, paging: { limit: PAGE } });
  // Keep the label of the picked grantee when the search moves on.
  const labels = useRef(new Map<string, string>());
  const nodes = grantees.data?.grantees.nodes ?? [];
  for (const node of nodes)
    labels.current.set(node.id, node.username ? `${node.name} (${node.username})` : node.name);
  const options = nodes.map((node) => ({
    value: node.id,
    label: labels.current.get(node.id)!,
    detail: node.departmentName,
  }));
  if (value && !options.some((option) => option.value === value) && labels.current.has(value))
    options.unshift({ value, label: labels.current.get(value)!, detail: null });
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      value={value}
      onSearch={setTyped}
      onChange={(next?: string) => onChange?.(next)}
      loading={grantees.isFetching}
      placeholder={translate('accessDesk.grantees.placeholder')}
      notFoundContent={grantees.isFetching ? undefined : translate('accessDesk.grantees.none')}
      data-testid={testId}
      options={options}
      optionRender={(option) => (
        <span>
          {option.data.label}
          {option.data.detail && (
            <Typography.Text type="secondary"> · {option.data.detail}</Typography.Text>
          )}
        </span>
      )}
      popupRender={(menu) => (
        <>
          {menu}
          {grantees.data?.grantees.hasMore && (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              {translate('accessDesk.grantees.more')}
            </Typography.Text>
          )}
        </>
      )}
    />
  );
}
