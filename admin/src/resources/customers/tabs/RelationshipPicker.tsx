import { useMemo, useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Rate, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type dayjs from 'dayjs';
import type { NodeKind } from '../../../graphql/graphql';
import { useGqlMutation, useGqlQuery } from '../../dictionaries/gql';
import {
  CREATE_RELATIONSHIP_MUTATION,
  DELETE_RELATIONSHIP_MUTATION,
  NODE_SEARCH_QUERY,
  RELATIONSHIP_TYPES_QUERY,
} from './queries';
import { showErrors, type Customer, type Tabs } from './common';
import { RelationshipsTable } from './RelationshipsTab';

type TypeAttributes = {
  fromKinds?: string[];
  toKinds?: string[];
  inverseZh?: string;
  inverseEn?: string;
};
type PickerValues = {
  target: string;
  type: string;
  since?: dayjs.Dayjs;
  strength?: number;
  note?: string;
};

/** `CUSTOMER:12` ↔ kind and id. */
const nodeValue = (kind: NodeKind, id: string) => `${kind}:${id}`;
const parseNode = (value: string) => {
  const [kind, id] = value.split(':');
  return { kind: kind as NodeKind, id };
};

/**
 * The relationship types that fit this customer and the chosen other end, both ways round:
 * `forward` makes this customer the `from` end, `reverse` the other one (read with the inverse label).
 */
function useTypeChoices(targetKind: NodeKind | undefined, targetEditable: boolean) {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const types = useGqlQuery(RELATIONSHIP_TYPES_QUERY, {});
  return useMemo(() => {
    const english = i18n.language.startsWith('en');
    const choices: { value: string; label: string; hint: string }[] = [];
    for (const type of types.data?.dictionaryOptions ?? []) {
      const attrs = (type.attributes ?? {}) as TypeAttributes;
      const inverse = (english ? attrs.inverseEn : attrs.inverseZh) ?? type.label;
      const fits = (from: string, to: string | undefined) =>
        (attrs.fromKinds ?? []).includes(from) && (!to || (attrs.toKinds ?? []).includes(to));
      if (fits('CUSTOMER', targetKind))
        choices.push({
          value: `${type.code}|forward`,
          label: type.label,
          hint: translate('customerActions.relationships.inverseHint', { inverse }),
        });
      // The `from` end must be editable: the reverse way only when the caller may edit the other end.
      if (
        targetKind &&
        targetEditable &&
        inverse !== type.label &&
        (attrs.fromKinds ?? []).includes(targetKind) &&
        (attrs.toKinds ?? []).includes('CUSTOMER')
      )
        choices.push({
          value: `${type.code}|reverse`,
          label: inverse,
          hint: translate('customerActions.relationships.inverseHint', { inverse: type.label }),
        });
    }
    return choices;
  }, [types.data, targetKind, targetEditable, i18n.language, translate]);
}

function AddRelationshipModal({
  customer,
  open,
  onClose,
  onDone,
}: {
  customer: Customer;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<PickerValues>();
  const [search, setSearch] = useState('');
  const target = Form.useWatch('target', form);
  // Whether the caller may edit each offered node (a contact: through any of its customers).
  const [editable, setEditable] = useState<Record<string, boolean>>({});
  const targetKind = target ? parseNode(target).kind : undefined;
  const choices = useTypeChoices(targetKind, !!target && editable[target] === true);
  const create = useGqlMutation(CREATE_RELATIONSHIP_MUTATION);
  const found = useGqlQuery(
    NODE_SEARCH_QUERY,
    { search: search.trim(), name: `%${search.trim()}%`, withContacts: true },
    { enabled: open && search.trim().length > 0 },
  );
  const remember = (value: string) => {
    const customerHit = (found.data?.customers.nodes ?? []).find(
      (other) => nodeValue('CUSTOMER', other.id) === value,
    );
    const contactHit = (found.data?.contacts?.nodes ?? []).find(
      (contact) => nodeValue('CONTACT', contact.id) === value,
    );
    const canEdit = customerHit
      ? customerHit.canEdit
      : !!contactHit?.customers.some((other) => other.canEdit);
    setEditable((known) => ({ ...known, [value]: canEdit }));
  };
  const options = [
    {
      label: translate('customers.graph.customer'),
      options: (found.data?.customers.nodes ?? [])
        .filter((other) => other.id !== customer.id)
        .map((other) => ({
          value: nodeValue('CUSTOMER', other.id),
          label: [other.number, other.name].filter(Boolean).join(' '),
        })),
    },
    {
      label: translate('customers.graph.contact'),
      options: (found.data?.contacts?.nodes ?? []).map((contact) => ({
        value: nodeValue('CONTACT', contact.id),
        label: [contact.name, contact.customers.map((other) => other.name).join(', ')]
          .filter(Boolean)
          .join(' · '),
      })),
    },
  ].filter((group) => group.options.length > 0);

  const submit = async (values: PickerValues) => {
    const other = parseNode(values.target);
    const [type, way] = values.type.split('|');
    const self = { kind: 'CUSTOMER' as NodeKind, id: customer.id };
    const [from, to] = way === 'reverse' ? [other, self] : [self, other];
    try {
      await create.run({
        input: {
          relationship: {
            type,
            fromKind: from.kind,
            fromId: from.id,
            toKind: to.kind,
            toId: to.id,
            since: values.since ? values.since.format('YYYY-MM-DD') : null,
            strength: values.strength || null,
            note: values.note?.trim() || null,
          },
        },
      });
      onDone();
    } catch (error) {
      showErrors(form, error, {
        fromKind: 'type',
        toKind: 'type',
        toId: 'target',
        fromId: 'target',
      });
    }
  };

  return (
    <Modal
      open={open}
      title={translate('customerActions.relationships.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="relationship-picker">
        <Form.Item
          name="target"
          label={translate('customerActions.relationships.other')}
          rules={[{ required: true, message: translate('validation.required') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={found.isFetching}
            options={options}
            placeholder={translate('customerActions.relationships.searchPlaceholder')}
            notFoundContent={search ? translate('customerActions.noMatches') : null}
            onChange={(value: string) => {
              remember(value);
              form.setFieldValue('type', undefined);
            }}
            data-testid="relationship-target"
          />
        </Form.Item>
        <Form.Item
          name="type"
          label={translate('customerActions.relationships.type')}
          rules={[{ required: true, message: translate('validation.required') }]}
          extra={!target ? translate('customerActions.relationships.pickOtherFirst') : undefined}
        >
          <Select
            disabled={!target}
            data-testid="relationship-type"
            options={choices.map((choice) => ({
              value: choice.value,
              label: choice.label,
              hint: choice.hint,
            }))}
            optionRender={(option) => (
              <span>
                {option.label}{' '}
                <Typography.Text type="secondary">
                  {(option.data as { hint: string }).hint}
                </Typography.Text>
              </span>
            )}
          />
        </Form.Item>
        <Form.Item name="since" label={translate('customers.relationships.since')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="strength" label={translate('customers.relationships.strength')}>
          <Rate />
        </Form.Item>
        <Form.Item name="note" label={translate('customerActions.relationships.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RelationshipsTab({
  customer,
  tabs,
  reload,
  canEdit,
}: {
  customer: Customer;
  tabs?: Tabs;
  reload: () => void;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const remove = useGqlMutation(DELETE_RELATIONSHIP_MUTATION);
  return (
    <>
      {canEdit && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => setOpen(true)}
          data-testid="add-relationship"
        >
          {translate('customerActions.relationships.add')}
        </Button>
      )}
      <RelationshipsTable
        edges={tabs?.relationships ?? []}
        onDelete={
          canEdit
            ? async (id) => {
                await remove.run({ id });
                reload();
              }
            : undefined
        }
      />
      <AddRelationshipModal
        customer={customer}
        open={open}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          reload();
        }}
      />
    </>
  );
}
