import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Row,
  Space,
  Spin,
  Switch,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { usePermissions, useTranslate } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import type { CustomerKind, FieldGroup } from '../../graphql/graphql';
import { errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import { DATA_CARD_QUERY, UPDATE_FIELD_DEFINITION_MUTATION } from './queries';
import { CUSTOMER_KINDS, FIELD_GROUPS, isSelectType } from './constants';
import { CardFormFields } from './CardForm';
import { FieldDrawer, type FieldRow } from './FieldDrawer';

type DrawerState = { field?: FieldRow; group?: FieldGroup } | null;

const FLAG_COLORS = {
  required: 'red',
  unique: 'purple',
  sensitive: 'orange',
  protected: 'volcano',
} as const;

function FieldLine({
  field,
  canManage,
  onEdit,
  onToggle,
}: {
  field: FieldRow;
  canManage: boolean;
  onEdit: () => void;
  onToggle: (active: boolean) => void;
}) {
  const translate = useTranslate();
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        flexWrap: 'wrap',
        padding: '6px 0',
        borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
        opacity: field.active ? 1 : 0.55,
      }}
    >
      <div style={{ minWidth: 160 }}>
        <Typography.Text strong>{field.labelZh}</Typography.Text>{' '}
        <Typography.Text type="secondary">{field.labelEn}</Typography.Text>
        <div>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {field.key}
          </Typography.Text>
        </div>
      </div>
      <Tag color="blue">{translate(`dataCard.types.${field.type}`)}</Tag>
      {isSelectType(field.type) && field.dictionaryCode && (
        <Tooltip title={translate('dataCard.fields.dictionary')}>
          <Tag color="geekblue">{field.dictionaryCode}</Tag>
        </Tooltip>
      )}
      {field.controllingField && (
        <Tooltip title={translate('dataCard.fields.controllingField')}>
          <Tag color="cyan">← {field.controllingField}</Tag>
        </Tooltip>
      )}
      {(Object.keys(FLAG_COLORS) as (keyof typeof FLAG_COLORS)[])
        .filter((flag) => field[flag])
        .map((flag) => (
          <Tag key={flag} color={FLAG_COLORS[flag]}>
            {translate(`dataCard.flags.${flag}`)}
          </Tag>
        ))}
      {field.builtIn && <Tag color="gold">{translate('dataCard.flags.builtIn')}</Tag>}
      <span style={{ flex: 1 }} />
      <Tooltip title={translate('dataCard.flags.active')}>
        <Switch
          size="small"
          aria-label={`${translate('dataCard.flags.active')}: ${field.labelZh}`}
          checked={field.active}
          disabled={!canManage}
          onChange={onToggle}
        />
      </Tooltip>
      {canManage && (
        <Button
          size="small"
          type="text"
          icon={<EditOutlined />}
          onClick={onEdit}
          aria-label={translate('buttons.edit')}
        />
      )}
    </div>
  );
}

function KindPanel({ kind, canManage }: { kind: CustomerKind; canManage: boolean }) {
  const translate = useTranslate();
  const { message } = App.useApp();
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [previewForm] = Form.useForm();
  const card = useGqlQuery(DATA_CARD_QUERY, { kind, includeInactive: true });
  const update = useGqlMutation(UPDATE_FIELD_DEFINITION_MUTATION);
  const fields = useMemo(() => card.data?.dataCard ?? [], [card.data]);

  const toggle = async (field: FieldRow, active: boolean) => {
    try {
      await update.run({ input: { id: field.id, version: field.version, update: { active } } });
      message.success(
        translate(active ? 'dataCard.messages.activated' : 'dataCard.messages.deactivated'),
      );
    } catch (error) {
      message.error(errorMessage(error));
    }
    void card.refetch();
  };

  if (card.isLoading) return <Spin />;
  if (card.error) return <Empty description={errorMessage(card.error)} />;

  return (
    <>
      <Row gutter={16} align="top">
        <Col xs={24} xl={14}>
          <Space style={{ marginBottom: 12 }}>
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({})}>
                {translate('dataCard.addField')}
              </Button>
            )}
            <Button
              icon={<ReloadOutlined />}
              loading={card.isFetching}
              onClick={() => void card.refetch()}
            >
              {translate('buttons.refresh')}
            </Button>
          </Space>
          {FIELD_GROUPS.map((group) => {
            const groupFields = fields
              .filter((field) => field.group === group)
              .sort((a, b) => a.sortOrder - b.sortOrder);
            return (
              <Card
                key={group}
                size="small"
                style={{ marginBottom: 12 }}
                title={
                  <Space>
                    {translate(`dataCard.groups.${group}`)}
                    <Typography.Text type="secondary">{groupFields.length}</Typography.Text>
                  </Space>
                }
                extra={
                  canManage && (
                    <Button
                      size="small"
                      type="link"
                      icon={<PlusOutlined />}
                      onClick={() => setDrawer({ group })}
                    >
                      {translate('dataCard.addField')}
                    </Button>
                  )
                }
              >
                {groupFields.length === 0 ? (
                  <Typography.Text type="secondary">
                    {translate('dataCard.emptyGroup')}
                  </Typography.Text>
                ) : (
                  groupFields.map((field) => (
                    <FieldLine
                      key={field.id}
                      field={field}
                      canManage={canManage}
                      onEdit={() => setDrawer({ field })}
                      onToggle={(active) => void toggle(field, active)}
                    />
                  ))
                )}
              </Card>
            );
          })}
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={translate('dataCard.preview.title')}
            style={{ position: 'sticky', top: 16 }}
            styles={{ body: { maxHeight: 'calc(100vh - 120px)', overflowY: 'auto' } }}
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {translate('dataCard.preview.hint')}
            </Typography.Paragraph>
            <Form form={previewForm} layout="vertical" size="small">
              <CardFormFields kind={kind} fields={fields} form={previewForm} />
            </Form>
          </Card>
        </Col>
      </Row>
      <FieldDrawer
        open={drawer !== null}
        kind={kind}
        field={drawer?.field}
        group={drawer?.group}
        fields={fields}
        onClose={() => setDrawer(null)}
        onSaved={() => {
          setDrawer(null);
          void card.refetch();
        }}
      />
    </>
  );
}

export function DataCardDesigner() {
  const translate = useTranslate();
  const { data: permissions } = usePermissions<string[]>({});
  const canManage = (permissions ?? []).includes('field.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('kind');
  const kind: CustomerKind =
    CUSTOMER_KINDS.find((candidate) => candidate === requested) ?? 'ENTERPRISE';

  return (
    <List title={translate('dataCard.titles.list')}>
      <Tabs
        activeKey={kind}
        onChange={(key) => setSearchParams({ kind: key }, { replace: true })}
        destroyOnHidden
        items={CUSTOMER_KINDS.map((value) => ({
          key: value,
          label: translate(`dataCard.kinds.${value}`),
          children: <KindPanel kind={value} canManage={canManage} />,
        }))}
      />
    </List>
  );
}
