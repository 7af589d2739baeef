import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { List } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../i18n';
import { permissionLabel } from '../roles/labels';
import { useGqlQuery } from '../dictionaries/gql';
import { EXPLAIN_ACCESS_QUERY, PREVIEW_CUSTOMERS_AS_QUERY } from '../access/queries';
import {
  CustomerSearchSelect,
  LevelTag,
  dateTime,
  useFieldLabels,
  usePeople,
} from '../access/shared';
import { searchButton } from '../../components/SearchButton';

const PAGE_SIZE = 20;

function Explanation({ customerId, userId }: { customerId: string; userId: string }) {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const label = useFieldLabels();
  const result = useGqlQuery(EXPLAIN_ACCESS_QUERY, { customerId, userId });
  const data = result.data?.explainAccess;
  if (result.error) return <Alert type="error" showIcon message={result.error.message} />;
  if (!data) return null;
  const yes = (flag: boolean) => (
    <Tag color={flag ? 'green' : 'red'}>
      {translate(flag ? 'accessExplain.yes' : 'accessExplain.no')}
    </Tag>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="explain-result">
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'read', label: translate('accessExplain.canRead'), children: yes(data.canRead) },
          { key: 'edit', label: translate('accessExplain.canEdit'), children: yes(data.canEdit) },
          {
            key: 'clear',
            label: translate('accessExplain.sensitiveInClear'),
            children: data.sensitiveInClear.length
              ? data.sensitiveInClear.map((key) => (
                  <Tag key={key} color="orange">
                    {label(key)}
                  </Tag>
                ))
              : '—',
          },
          {
            key: 'masked',
            label: translate('accessExplain.sensitiveMasked'),
            children: data.sensitiveMasked.length
              ? data.sensitiveMasked.map((key) => <Tag key={key}>{label(key)}</Tag>)
              : '—',
          },
        ]}
      />
      <Table
        size="small"
        rowKey={(reason) =>
          `${reason.path}-${reason.grantId ?? ''}-${reason.ruleId ?? ''}-${reason.detail}`
        }
        pagination={false}
        dataSource={data.reasons}
        locale={{ emptyText: translate('accessExplain.noPath') }}
        columns={[
          {
            key: 'path',
            title: translate('accessExplain.path'),
            render: (_, reason) => (
              <Tag color="blue">{translate(`accessExplain.paths.${reason.path}`)}</Tag>
            ),
          },
          {
            key: 'level',
            title: translate('access.fields.level'),
            render: (_, reason) => <LevelTag level={reason.level} />,
          },
          { key: 'detail', title: translate('accessExplain.detail'), dataIndex: 'detail' },
          {
            key: 'roles',
            title: translate('accessExplain.through'),
            render: (_, reason) =>
              reason.roles.length ? (
                <Space size={4} wrap>
                  {reason.roles.map((role) => (
                    <Tag key={role}>{role}</Tag>
                  ))}
                  {reason.permissions.map((permission) => (
                    <Tag key={permission} color="geekblue">
                      {permissionLabel(permission, locale)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            key: 'expiresAt',
            title: translate('access.grants.expiresAt'),
            render: (_, reason) => (reason.expiresAt ? dateTime(reason.expiresAt) : '—'),
          },
        ]}
      />
    </Space>
  );
}

function Preview({ userId }: { userId: string }) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const preview = useGqlQuery(PREVIEW_CUSTOMERS_AS_QUERY, {
    userId,
    search: search || null,
    paging: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  return (
    <>
      <Input.Search
        enterButton={searchButton(translate('phone.search'))}
        allowClear
        placeholder={translate('customers.searchPlaceholder')}
        onSearch={(value) => {
          setSearch(value.trim());
          setPage(1);
        }}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Table
        size="small"
        rowKey="id"
        loading={preview.isLoading}
        dataSource={preview.data?.previewCustomersAs.nodes ?? []}
        data-testid="preview-as"
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: preview.data?.previewCustomersAs.totalCount ?? 0,
          onChange: setPage,
          showTotal: (total) => translate('accessExplain.total', { total }),
        }}
        columns={[
          {
            key: 'number',
            title: translate('customers.fields.number'),
            render: (_, row) => row.number ?? '—',
          },
          {
            key: 'name',
            title: translate('customers.fields.name'),
            render: (_, row) => <Link to={`/customers/show/${row.id}`}>{row.name}</Link>,
          },
          {
            key: 'kind',
            title: translate('customers.fields.kind'),
            render: (_, row) => translate(`customers.kinds.${row.kind}`),
          },
          {
            key: 'owner',
            title: translate('customers.fields.owner'),
            render: (_, row) => row.owner?.displayName ?? '—',
          },
          {
            key: 'department',
            title: translate('accessExplain.department'),
            render: (_, row) => row.department?.name ?? '—',
          },
        ]}
      />
    </>
  );
}

/** For administrators: why a user can (or cannot) see a customer, and what the user would see. */
export function AccessExplainPage() {
  const translate = useTranslate();
  const people = usePeople();
  const [userId, setUserId] = useState<string>();
  const [customerId, setCustomerId] = useState<string>();
  const [asked, setAsked] = useState<{ userId: string; customerId: string } | null>(null);
  return (
    <List title={translate('accessExplain.titles.list')}>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={translate('accessExplain.explain')}
            style={{ marginBottom: 16 }}
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              <Select
                showSearch
                allowClear
                optionFilterProp="label"
                value={userId}
                onChange={setUserId}
                options={people.userOptions}
                placeholder={translate('accessExplain.pickUser')}
                style={{ width: '100%' }}
                data-testid="explain-user"
              />
              <CustomerSearchSelect
                value={customerId}
                onChange={setCustomerId}
                placeholder={translate('accessExplain.pickCustomer')}
                style={{ width: '100%' }}
                testId="explain-customer"
              />
              <Button
                type="primary"
                disabled={!userId || !customerId}
                onClick={() => userId && customerId && setAsked({ userId, customerId })}
              >
                {translate('accessExplain.run')}
              </Button>
              {asked ? (
                <Explanation key={`${asked.userId}-${asked.customerId}`} {...asked} />
              ) : (
                <Empty description={translate('accessExplain.hint')} />
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={translate('accessExplain.previewTitle', {
              name: userId ? people.name(userId) : '…',
            })}
          >
            {userId ? (
              <Preview key={userId} userId={userId} />
            ) : (
              <Typography.Text type="secondary">
                {translate('accessExplain.previewHint')}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </List>
  );
}
