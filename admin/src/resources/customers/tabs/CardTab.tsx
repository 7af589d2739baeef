import { Descriptions, Rate, Space, Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import { FIELD_GROUPS } from '../../data-card/constants';
import { useGqlQuery } from '../../dictionaries/gql';
import { CUSTOMER_CARD_QUERY } from '../queries';
import { DictTag, formatMoney, type CustomerCardField } from '../shared';
import { RevealValue } from '../RevealValue';
import { CustomOptionLabels } from '../columns';
import { dateTime, useUsers, type Customer, type Values } from './common';

function fieldValue(field: CustomerCardField, customer: Customer): unknown {
  const record = customer as unknown as Values;
  return field.builtIn ? record[field.key] : ((customer.customFields ?? {}) as Values)[field.key];
}

function displayValue(
  field: CustomerCardField,
  customer: Customer,
  users: { id: string; displayName: string }[],
) {
  const raw = fieldValue(field, customer);
  if (raw === null || raw === undefined || raw === '') return '—';
  if (typeof raw === 'object' && raw && 'label' in raw)
    return <DictTag item={raw as { label: string; color?: string | null }} />;
  // Select values stored as item codes (custom fields, some built-ins) show the items' labels.
  if ((field.type === 'SELECT' || field.type === 'MULTI_SELECT') && field.dictionaryCode)
    return (
      <CustomOptionLabels
        dictionaryCode={field.dictionaryCode}
        codes={(Array.isArray(raw) ? raw : [raw]).map(String)}
      />
    );
  if (field.type === 'BOOLEAN') return raw ? '✓' : '✗';
  if (field.type === 'RATING') return <Rate disabled value={Number(raw)} />;
  if (field.type === 'MONEY') return formatMoney(String(raw));
  if (field.type === 'USER')
    return users.find((user) => user.id === raw)?.displayName ?? String(raw);
  if (Array.isArray(raw)) return raw.map((value) => <Tag key={String(value)}>{String(value)}</Tag>);
  return String(raw);
}

export function CardTab({ customer }: { customer: Customer }) {
  const translate = useTranslate();
  const card = useGqlQuery(CUSTOMER_CARD_QUERY, { kind: customer.kind });
  const users = useUsers();
  const fields = (card.data?.dataCard ?? []) as unknown as CustomerCardField[];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="card-tab">
      {FIELD_GROUPS.map((group) => {
        const groupFields = fields
          .filter((field) => field.group === group)
          .sort((a, b) => a.sortOrder - b.sortOrder);
        if (groupFields.length === 0) return null;
        return (
          <Descriptions
            key={group}
            bordered
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            title={translate(`dataCard.groups.${group}`)}
            items={groupFields.map((field) => ({
              key: field.key,
              label: field.label,
              children: field.sensitive ? (
                <RevealValue
                  customerId={customer.id}
                  field={field.key}
                  fieldLabel={field.label}
                  value={fieldValue(field, customer)}
                >
                  {displayValue(field, customer, users)}
                </RevealValue>
              ) : (
                displayValue(field, customer, users)
              ),
            }))}
          />
        );
      })}
      {customer.formerNames.length > 0 && (
        <Descriptions
          size="small"
          title={translate('customers.fields.formerNames')}
          items={customer.formerNames.map((former) => ({
            key: former.id,
            label: former.name,
            children: dateTime(former.usedUntil),
          }))}
        />
      )}
    </Space>
  );
}
