import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  ColorPicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
  TreeSelect,
  Typography,
} from 'antd';
import type { Color } from 'antd/es/color-picker';
import { useGetLocale, useTranslate } from '@refinedev/core';
import {
  CREATE_DICTIONARY_ITEM_MUTATION,
  DICTIONARY_OPTIONS_QUERY,
  UPDATE_DICTIONARY_ITEM_MUTATION,
} from './queries';
import { applyFieldErrors, errorMessage, useGqlMutation, useGqlQuery } from './gql';
import {
  cleanAttributes,
  subtreeIds,
  toSelectTree,
  treeOf,
  type AttributeDefinition,
  type DictionaryDetail,
  type TreeItem,
} from './types';
import { useCodeFormat } from '../../hooks/useCodeFormat';

interface ItemFormValues {
  code?: string;
  labelZh: string;
  labelEn: string;
  color?: string | null;
  parentId?: string | null;
  controllingItemId?: string | null;
  attributes?: Record<string, unknown>;
}

export interface ItemModalProps {
  open: boolean;
  dictionary: DictionaryDetail;
  /** The item edited; absent when creating. */
  item?: TreeItem;
  /** Parent preset when creating a child. */
  parentId?: string | null;
  onClose: () => void;
  onSaved: () => void;
}

/** The widget of one attribute; Form.Item's value/onChange (or checked) pass through. */
export function AttributeInput({
  definition,
  ...control
}: {
  definition: AttributeDefinition;
  [prop: string]: unknown;
}) {
  switch (definition.type) {
    case 'INT':
      return <InputNumber {...control} precision={0} style={{ width: '100%' }} />;
    case 'DECIMAL':
      return <InputNumber {...control} style={{ width: '100%' }} />;
    case 'BOOLEAN':
      return <Switch {...control} />;
    case 'STRING_LIST':
      return (
        <Select
          {...control}
          mode="tags"
          tokenSeparators={[',', '，']}
          open={false}
          suffixIcon={null}
        />
      );
    default:
      return <Input {...control} />;
  }
}

export function attributeLabel(definition: AttributeDefinition, locale: string): string {
  const label = locale === 'en' ? definition.labelEn : definition.labelZh;
  return label ? `${label} (${definition.key})` : definition.key;
}

export function ItemModal({ open, dictionary, item, parentId, onClose, onSaved }: ItemModalProps) {
  const translate = useTranslate();
  const codeFormat = useCodeFormat('dictionaryItem');
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const editing = !!item;
  const create = useGqlMutation(CREATE_DICTIONARY_ITEM_MUTATION);
  const update = useGqlMutation(UPDATE_DICTIONARY_ITEM_MUTATION);
  const controllingCode = dictionary.controllingType?.code;
  const controllingOptions = useGqlQuery(
    DICTIONARY_OPTIONS_QUERY,
    { type: controllingCode ?? '', includeDisabled: true },
    { enabled: open && !!controllingCode },
  );
  const locale = useGetLocale()() ?? 'zh-CN';

  const parentTree = useMemo(
    () => toSelectTree(treeOf(dictionary), item ? subtreeIds(item) : new Set()),
    [dictionary, item],
  );

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      item
        ? {
            code: item.code,
            labelZh: item.labelZh,
            labelEn: item.labelEn,
            color: item.color ?? null,
            parentId: item.parentId ?? null,
            controllingItemId: item.controllingItemId ?? null,
            attributes: (item.attributes as Record<string, NonNullable<unknown>> | null) ?? {},
          }
        : { parentId: parentId ?? null, attributes: {} },
    );
  }, [open, item, parentId, form]);

  const submit = async () => {
    const values = await form.validateFields();
    setFormError(null);
    const attributes = cleanAttributes(values.attributes, dictionary.attributeSchema);
    const common = {
      labelZh: values.labelZh.trim(),
      labelEn: values.labelEn.trim(),
      color: values.color || null,
      controllingItemId: controllingCode ? (values.controllingItemId ?? null) : undefined,
      parentId: dictionary.hierarchical ? (values.parentId ?? null) : undefined,
      attributes: dictionary.attributeSchema.length > 0 ? attributes : undefined,
    };
    try {
      if (item) {
        await update.run({ input: { id: item.id, version: item.version, update: common } });
      } else {
        await create.run({
          input: {
            dictionaryItem: {
              ...common,
              typeCode: dictionary.code,
              code: (values.code ?? '').trim(),
            },
          },
        });
      }
      message.success(translate('dictionaries.messages.saved'));
      onSaved();
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={translate(editing ? 'dictionaries.items.edit' : 'dictionaries.items.create')}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText={translate('buttons.save')}
      cancelText={translate('buttons.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={560}
    >
      {formError && (
        <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          label={translate('dictionaries.items.fields.code')}
          name="code"
          rules={editing ? [] : codeFormat.rules}
          extra={
            editing ? (
              translate('dictionaries.items.codeFixed')
            ) : (
              <span data-testid="code-hint">{codeFormat.hint}</span>
            )
          }
        >
          <Input disabled={editing} />
        </Form.Item>
        <Form.Item
          label={translate('dictionaries.items.fields.labelZh')}
          name="labelZh"
          rules={[{ required: true, whitespace: true, message: translate('validation.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={translate('dictionaries.items.fields.labelEn')}
          name="labelEn"
          rules={[{ required: true, whitespace: true, message: translate('validation.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={translate('dictionaries.items.fields.color')}
          name="color"
          getValueFromEvent={(color: Color | null) => (color ? color.toHexString() : null)}
        >
          <ColorPicker
            allowClear
            disabledAlpha
            showText
            format="hex"
            onClear={() => form.setFieldValue('color', null)}
          />
        </Form.Item>
        {dictionary.hierarchical && (
          <Form.Item label={translate('dictionaries.items.fields.parent')} name="parentId">
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeData={parentTree}
              placeholder={translate('dictionaries.items.rootLevel')}
            />
          </Form.Item>
        )}
        {controllingCode && (
          <Form.Item
            label={`${translate('dictionaries.items.fields.controllingItem')} (${dictionary.controllingType?.name})`}
            name="controllingItemId"
          >
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={controllingOptions.isLoading}
              options={(controllingOptions.data?.dictionaryOptions ?? []).map((option) => ({
                value: option.id,
                label: `${option.label} (${option.code})`,
              }))}
            />
          </Form.Item>
        )}
        {dictionary.attributeSchema.length > 0 && (
          <>
            <Typography.Title level={5}>
              {translate('dictionaries.items.fields.attributes')}
            </Typography.Title>
            {dictionary.attributeSchema.map((definition) => (
              <Form.Item
                key={definition.key}
                label={attributeLabel(definition, locale)}
                name={['attributes', definition.key]}
                valuePropName={definition.type === 'BOOLEAN' ? 'checked' : 'value'}
                rules={
                  definition.required
                    ? [{ required: true, message: translate('validation.required') }]
                    : []
                }
              >
                <AttributeInput definition={definition} />
              </Form.Item>
            ))}
          </>
        )}
      </Form>
    </Modal>
  );
}
