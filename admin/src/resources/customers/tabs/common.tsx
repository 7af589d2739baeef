import dayjs from 'dayjs';
import type { CustomerQuery, CustomerTabsQuery } from '../../../graphql/graphql';
import { useGqlQuery } from '../../dictionaries/gql';
import { CUSTOMER_OPTIONS_QUERY, CUSTOMER_USERS_QUERY } from '../queries';

export type Customer = CustomerQuery['customer'];
export type Tabs = CustomerTabsQuery['customer'];
export type Values = Record<string, unknown>;

export function useOptions(type: string) {
  const options = useGqlQuery(CUSTOMER_OPTIONS_QUERY, { type });
  return (options.data?.dictionaryOptions ?? []).map((option) => ({
    value: option.code,
    label: option.label,
  }));
}

export function useUsers() {
  const users = useGqlQuery(CUSTOMER_USERS_QUERY, { paging: { limit: 200 } });
  return users.data?.users.nodes ?? [];
}

export const dateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
