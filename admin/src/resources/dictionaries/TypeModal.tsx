import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import type { AttributeType } from '../../graphql/graphql';
import { CREATE_DICTIONARY_TYPE_MUTATION, UPDATE_DICTIONARY_TYPE_MUTATION } from './queries';
import { applyFieldErrors, errorMessage, useGqlMutation } from './gql';
import type { DictionaryDetail, DictionaryTypeRow } from './types';
import { useCodeFormat } from '../../hooks/useCodeFormat';

export const ATTRIBUTE_TYPES: AttributeType[] = [
  'INT',
  'DECIMAL',
  'STRING',
  'BOOLEAN',
  'STRING_LIST',
];

interface TypeFormValues {
  code: string;
  nameZh: string;
  nameEn: string;
  description?: string;
  hierarchical?: boolean;
  controllingTypeCode?: string | null;
  attributeSchema?: {
    key: string;
    type: AttributeType;
    required?: boolean;
    labelZh?: string | null;
    labelEn?: string | null;
  }[];
}

/** A type's attribute rows as the API takes them (blank keys dropped). */
function attributeInput(rows: TypeFormValues['attributeSchema']) {
  return (rows ?? [])
    .filter((row) => row?.key?.trim())
    .map((row) => ({
      key: row.key.trim(),
      type: row.type,
      required: !!row.required,
      labelZh: row.labelZh ?? undefined,
      labelEn: row.labelEn ?? undefined,
    }));
}

export function TypeModal({
  open,
  types,
  editing,
  onClose,
  onCreated,
}: {
  open: boolean;
  types: readonly DictionaryTypeRow[];
  /** The type being edited (names, description, attributes); absent to create one. */
  editing?: DictionaryDetail;
  onClose: () => void;
  onCreated: (code: string) => void;
}) {
  const translate = useTranslate();
  const codeFormat = useCodeFormat('dictionaryType');
  const attributeFormat = useCodeFormat('attributeKey');
  const { message } = App.useApp();
  const [form] = Form.useForm<TypeFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useGqlMutation(CREATE_DICTIONARY_TYPE_MUTATION);
  const update = useGqlMutation(UPDATE_DICTIONARY_TYPE_MUTATION);

  useEffect(() => {
    if (open) {
      form.resetFields();
      if (editing)
        form.setFieldsValue({
          code: editing.code,
          nameZh: editing.nameZh,
          nameEn: editing.nameEn,
          description: editing.description ?? undefined,
          hierarchical: editing.hierarchical,
          controllingTypeCode: editing.controllingType?.code ?? null,
          attributeSchema: editing.attributeSchema.map((row) => ({
            key: row.key,
            type: row.type,
            required: !!row.required,
            labelZh: row.labelZh,
            labelEn: row.labelEn,
          })),
        });
      setFormError(null);
    }
  }, [open, form, editing]);

  const submit = async () => {
    const values = await form.validateFields();
    setFormError(null);
    if (editing) {
      try {
        const result = await update.run({
          input: {
            id: editing.id,
            version: editing.version,
            update: {
              nameZh: values.nameZh.trim(),
              nameEn: values.nameEn.trim(),
              description: values.description?.trim() ?? '',
              attributeSchema: attributeInput(values.attributeSchema),
            },
          },
        });
        message.success(translate('dictionaryTypeEdit.saved'));
        onCreated(result.updateOneDictionaryType.code);
      } catch (error) {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      }
      return;
    }
    try {
      const result = await create.run({
        input: {
          dictionaryType: {
            code: values.code.trim(),
            nameZh: values.nameZh.trim(),
            nameEn: values.nameEn.trim(),
            description: values.description?.trim() || undefined,
            hierarchical: !!values.hierarchical,
            controllingTypeCode: values.controllingTypeCode || undefined,
            attributeSchema: attributeInput(values.attributeSchema),
          },
        },
      });
      message.success(translate('dictionaries.messages.typeCreated'));
      onCreated(result.createOneDictionaryType.code);
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={translate(editing ? 'dictionaryTypeEdit.title' : 'dictionaries.types.create')}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText={translate('buttons.save')}
      cancelText={translate('buttons.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={640}
    >
      {formError && (
        <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ hierarchical: false, attributeSchema: [] }}
      >
        <Form.Item
          label={translate('dictionaries.types.fields.code')}
          name="code"
          extra={editing ? undefined : <span data-testid="code-hint">{codeFormat.hint}</span>}
          rules={editing ? [] : codeFormat.rules}
        >
          <Input data-testid="type-code" disabled={!!editing} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            style={{ flex: 1, marginRight: 8 }}
            label={translate('dictionaries.types.fields.nameZh')}
            name="nameZh"
            rules={[
              { required: true, whitespace: true, message: translate('validation.required') },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            style={{ flex: 1 }}
            label={translate('dictionaries.types.fields.nameEn')}
            name="nameEn"
            rules={[
              { required: true, whitespace: true, message: translate('validation.required') },
            ]}
          >
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={translate('dictionaries.types.fields.description')} name="description">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          label={translate('dictionaries.types.fields.hierarchical')}
          name="hierarchical"
          valuePropName="checked"
        >
          <Switch disabled={!!editing} />
        </Form.Item>
        <Form.Item
          label={translate('dictionaries.types.fields.controllingType')}
          name="controllingTypeCode"
        >
          <Select
            disabled={!!editing}
            allowClear
            showSearch
            optionFilterProp="label"
            options={types.map((type) => ({
              value: type.code,
              label: `${type.name} (${type.code})`,
            }))}
          />
        </Form.Item>
        <Form.Item label={translate('dictionaries.types.fields.attributeSchema')}>
          <Form.List name="attributeSchema">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item
                      name={[field.name, 'key']}
                      rules={attributeFormat.rules}
                      tooltip={attributeFormat.hint}
                    >
                      <Input placeholder={translate('dictionaries.types.fields.attributeKey')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'type']} initialValue="STRING">
                      <Select
                        style={{ width: 150 }}
                        options={ATTRIBUTE_TYPES.map((type) => ({
                          value: type,
                          label: translate(`dictionaries.attributeTypes.${type}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'required']} valuePropName="checked">
                      <Checkbox>
                        {translate('dictionaries.types.fields.attributeRequired')}
                      </Checkbox>
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={translate('dictionaryTypeEdit.removeAttribute')}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  onClick={() => add({ type: 'STRING', required: false })}
                >
                  {translate('dictionaries.types.addAttribute')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
