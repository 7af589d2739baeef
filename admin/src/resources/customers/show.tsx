import { Suspense, lazy, useMemo, useState } from 'react';
import {
  Button,
  Descriptions,
  Dropdown,
  Space,
  Spin,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  message,
} from 'antd';
import { DownOutlined, EditOutlined } from '@ant-design/icons';
import { Show } from '@refinedev/antd';
import { useGo, useParsed, useTranslate } from '@refinedev/core';
import type { CustomerStatus } from '../../graphql/graphql';
import { errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import { CUSTOMER_QUERY, CUSTOMER_TABS_QUERY, SET_CUSTOMER_STATUS_MUTATION } from './queries';
import { CUSTOMER_STATUSES, DictTag, StatusTag } from './shared';
import { AccessTab } from './AccessTab';
import { BackButton } from '../../components/BackButton';
import { CustomerNotFound } from './CustomerNotFound';
import { CardTab } from './tabs/CardTab';
import { ContactsTab } from './tabs/ContactsTab';
import { RelationshipsTab } from './tabs/RelationshipPicker';
import { FollowupsTab } from './tabs/FollowupsTab';
import { TransactionsTab } from './tabs/TransactionsTab';
import { DocumentsTab } from './tabs/DocumentsTab';
import { HistoryTab } from './tabs/HistoryTab';
import { TeamTab } from './tabs/TeamTab';
import { PendingChanges } from './tabs/PendingChanges';
import { DeleteCustomerButton } from './tabs/DeleteCustomer';

const RelationshipGraphView = lazy(() =>
  import('./graph').then((module) => ({ default: module.RelationshipGraphView })),
);

export function CustomerShow() {
  const translate = useTranslate();
  const go = useGo();
  const { id } = useParsed();
  const customerId = String(id ?? '');
  const record = useGqlQuery(CUSTOMER_QUERY, { id: customerId }, { enabled: !!customerId });
  const tabsQuery = useGqlQuery(CUSTOMER_TABS_QUERY, { id: customerId }, { enabled: !!customerId });
  const customer = record.data?.customer;
  const tabs = tabsQuery.data?.customer;
  const setStatus = useGqlMutation(SET_CUSTOMER_STATUS_MUTATION);
  // Edit actions only when the server says this user may edit this record (`customer.update` and the access policy).
  const canEdit = customer?.canEdit === true;
  const editAccess = !customer ? 'loading' : canEdit ? 'edit' : 'read';
  const [activeTab, setActiveTab] = useState('card');
  const reload = () => {
    void record.refetch();
    void tabsQuery.refetch();
  };

  const statusMenu = useMemo(
    () => ({
      items: CUSTOMER_STATUSES.map((status) => ({
        key: status,
        label: translate(`customers.status.${status}`),
      })),
      onClick: async ({ key }: { key: string }) => {
        if (!customer || key === customer.status) return;
        try {
          await setStatus.run({
            id: customer.id,
            status: key as CustomerStatus,
            version: customer.version,
          });
          message.success(translate('customers.statusChanged'));
          reload();
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [customer, translate],
  );

  if (!customer && record.error) return <CustomerNotFound />;

  return (
    <Show
      goBack={<BackButton />}
      isLoading={record.isLoading}
      title={
        customer ? `${customer.number ?? ''} ${customer.name}` : translate('customers.titles.show')
      }
      headerButtons={() => (
        <Space>
          {customer && canEdit && (
            <Dropdown menu={statusMenu} trigger={['click']}>
              <Button loading={setStatus.isPending} data-testid="status-dropdown">
                <Space>
                  {translate('customers.changeStatus')}
                  <DownOutlined />
                </Space>
              </Button>
            </Dropdown>
          )}
          {canEdit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => go({ to: `/customers/edit/${customerId}` })}
              data-testid="customer-edit"
            >
              {translate('buttons.edit')}
            </Button>
          )}
          {customer && canEdit && <DeleteCustomerButton customer={customer} />}
        </Space>
      )}
    >
      {customer && (
        <>
          <Descriptions
            size="small"
            style={{ marginBottom: 16 }}
            data-testid="customer-header"
            data-edit-access={editAccess}
            items={[
              {
                key: 'number',
                label: translate('customers.fields.number'),
                children: customer.number ?? '—',
              },
              {
                key: 'name',
                label: translate('customers.fields.name'),
                children: <Typography.Text strong>{customer.name}</Typography.Text>,
              },
              {
                key: 'kind',
                label: translate('customers.fields.kind'),
                children: translate(`customers.kinds.${customer.kind}`),
              },
              {
                key: 'grade',
                label: translate('customers.fields.grade'),
                children: <DictTag item={customer.grade} />,
              },
              {
                key: 'owner',
                label: translate('customers.fields.owner'),
                children: customer.owner?.displayName ?? '—',
              },
              {
                key: 'status',
                label: translate('customers.fields.status'),
                children: (
                  <Space size={4}>
                    <StatusTag status={customer.status} />
                    {editAccess === 'read' && (
                      <Tooltip title={translate('customers.readOnlyHint')}>
                        <Tag data-testid="customer-read-only">
                          {translate('customers.readOnly')}
                        </Tag>
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          <PendingChanges
            customerId={customer.id}
            kind={customer.kind}
            onOpen={() => setActiveTab('access')}
          />
          <Tabs
            activeKey={activeTab}
            onChange={setActiveTab}
            destroyOnHidden
            items={[
              {
                key: 'card',
                label: translate('customers.tabs.card'),
                children: <CardTab customer={customer} />,
              },
              {
                key: 'contacts',
                label: translate('customers.tabs.contacts'),
                children: (
                  <ContactsTab customer={customer} tabs={tabs} reload={reload} canEdit={canEdit} />
                ),
              },
              {
                key: 'relationships',
                label: translate('customers.tabs.relationships'),
                children: (
                  <RelationshipsTab
                    customer={customer}
                    tabs={tabs}
                    reload={reload}
                    canEdit={canEdit}
                  />
                ),
              },
              {
                key: 'graph',
                label: translate('customers.tabs.graph'),
                children: (
                  <Suspense fallback={<Spin />}>
                    <RelationshipGraphView rootType="CUSTOMER" rootId={customer.id} />
                  </Suspense>
                ),
              },
              {
                key: 'followups',
                label: translate('customers.tabs.followups'),
                children: (
                  <FollowupsTab customer={customer} tabs={tabs} reload={reload} canEdit={canEdit} />
                ),
              },
              {
                key: 'transactions',
                label: translate('customers.tabs.transactions'),
                children: (
                  <TransactionsTab
                    customer={customer}
                    tabs={tabs}
                    reload={reload}
                    canEdit={canEdit}
                  />
                ),
              },
              {
                key: 'documents',
                label: translate('customers.tabs.documents'),
                children: (
                  <DocumentsTab customer={customer} tabs={tabs} reload={reload} canEdit={canEdit} />
                ),
              },
              {
                key: 'history',
                label: translate('customers.tabs.history'),
                children: <HistoryTab customer={customer} tabs={tabs} />,
              },
              {
                key: 'team',
                label: translate('customers.tabs.team'),
                children: <TeamTab customer={customer} reload={reload} canEdit={canEdit} />,
              },
              {
                key: 'access',
                label: <span data-testid="tab-access">{translate('customers.tabs.access')}</span>,
                children: (
                  <AccessTab customerId={customer.id} kind={customer.kind} canEdit={canEdit} />
                ),
              },
            ]}
          />
        </>
      )}
    </Show>
  );
}
