import { Suspense, lazy } from 'react';
import { Card, Descriptions, Rate, Spin, Table, Tabs, Tag } from 'antd';
import { Show } from '@refinedev/antd';
import { useParsed, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { useGqlQuery } from '../dictionaries/gql';
import { RelationshipsTable } from '../customers/tabs/RelationshipsTab';
const RelationshipGraphView = lazy(() =>
  import('../customers/graph').then((module) => ({ default: module.RelationshipGraphView })),
);
import { CONTACT_QUERY } from './queries';
import { BackButton } from '../../components/BackButton';

export function ContactShow() {
  const translate = useTranslate();
  const { id } = useParsed();
  const contactId = String(id ?? '');
  const query = useGqlQuery(CONTACT_QUERY, { id: contactId }, { enabled: !!contactId });
  const contact = query.data?.contact;
  const text = (value: string | null | undefined) => value || '—';
  return (
    <Show
      goBack={<BackButton />}
      isLoading={query.isLoading}
      title={contact?.name ?? translate('contacts.titles.show')}
      canEdit={false}
      canDelete={false}
    >
      {contact && (
        <>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'name', label: translate('contacts.fields.name'), children: contact.name },
              {
                key: 'gender',
                label: translate('contacts.fields.gender'),
                children: text(contact.gender?.label),
              },
              {
                key: 'title',
                label: translate('contacts.fields.title'),
                children: text(contact.title),
              },
              {
                key: 'departmentName',
                label: translate('contacts.fields.departmentName'),
                children: text(contact.departmentName),
              },
              {
                key: 'mobile',
                label: translate('contacts.fields.mobile'),
                children: text(contact.mobile),
              },
              {
                key: 'phone',
                label: translate('contacts.fields.phone'),
                children: text(contact.phone),
              },
              {
                key: 'email',
                label: translate('contacts.fields.email'),
                children: text(contact.email),
              },
              {
                key: 'wechat',
                label: translate('contacts.fields.wechat'),
                children: text(contact.wechat),
              },
              {
                key: 'birthday',
                label: translate('contacts.fields.birthday'),
                children: text(contact.birthday),
              },
              {
                key: 'decisionRole',
                label: translate('contacts.fields.decisionRole'),
                children: text(contact.decisionRole?.label),
              },
              {
                key: 'closeness',
                label: translate('contacts.fields.closeness'),
                children: contact.closeness ? <Rate disabled value={contact.closeness} /> : '—',
              },
              {
                key: 'hobbies',
                label: translate('contacts.fields.hobbies'),
                children: text(contact.hobbies),
              },
              {
                key: 'personalNotes',
                label: translate('contacts.fields.personalNotes'),
                children: text(contact.personalNotes),
              },
            ]}
          />
          <Tabs
            destroyOnHidden
            items={[
              {
                key: 'customers',
                label: translate('contacts.fields.customers'),
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={contact.customers}
                    columns={[
                      {
                        key: 'number',
                        dataIndex: 'number',
                        title: translate('customers.fields.number'),
                      },
                      {
                        key: 'name',
                        title: translate('customers.fields.name'),
                        render: (_, customer) => (
                          <Link to={`/customers/show/${customer.id}`}>{customer.name}</Link>
                        ),
                      },
                      {
                        key: 'kind',
                        title: translate('customers.fields.kind'),
                        render: (_, customer) => (
                          <Tag>{translate(`customers.kinds.${customer.kind}`)}</Tag>
                        ),
                      },
                    ]}
                  />
                ),
              },
              {
                key: 'relationships',
                label: translate('customers.tabs.relationships'),
                children: <RelationshipsTable edges={contact.relationships as never} />,
              },
              {
                key: 'graph',
                label: translate('customers.tabs.graph'),
                children: (
                  <Card size="small">
                    <Suspense fallback={<Spin />}>
                      <RelationshipGraphView rootType="CONTACT" rootId={contact.id} />
                    </Suspense>
                  </Card>
                ),
              },
            ]}
          />
        </>
      )}
    </Show>
  );
}
