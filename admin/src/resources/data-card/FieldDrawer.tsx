import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
} from 'antd';
import { useTranslate } from '@refinedev/core';
import type { CustomerKind, DataCardQuery, FieldGroup, FieldType } from '../../graphql/graphql';
import {
  applyFieldErrors,
  errorCode,
  errorMessage,
  useGqlMutation,
  useGqlQuery,
} from '../dictionaries/gql';
import {
  CARD_DICTIONARY_TYPES_QUERY,
  CREATE_FIELD_DEFINITION_MUTATION,
  UPDATE_FIELD_DEFINITION_MUTATION,
} from './queries';
import {
  FIELD_GROUPS,
  FIELD_TYPES,
  cleanValidation,
  isSelectType,
  validationOf,
  type FieldValidation,
} from './constants';
import { useCodeFormat } from '../../hooks/useCodeFormat';
import { PATTERN_TEXT_MAX_LENGTH } from '@dossier/shared';

export type FieldRow = DataCardQuery['dataCard'][number];

const FLAGS = ['required', 'unique', 'sensitive', 'protected', 'active'] as const;
type Flag = (typeof FLAGS)[number];

interface FieldFormValues {
  key?: string;
  labelZh: string;
  labelEn: string;
  group: FieldGroup;
  type: FieldType;
  dictionaryCode?: string | null;
  controllingField?: string | null;
  flags: Flag[];
  helpZh?: string;
  helpEn?: string;
  sortOrder?: number | null;
  validation?: FieldValidation;
}

export function FieldDrawer({
  open,
  kind,
  field,
  group,
  fields,
  onClose,
  onSaved,
}: {
  open: boolean;
  kind: CustomerKind;
  /** The field edited; absent when adding one. */
  field?: FieldRow;
  /** Group preset when adding. */
  group?: FieldGroup;
  /** All fields of the kind (for the controlling-field choice). */
  fields: readonly FieldRow[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const translate = useTranslate();
  const keyFormat = useCodeFormat('fieldKey');
  const { message } = App.useApp();
  const [form] = Form.useForm<FieldFormValues>();
  const [formError, setFormError] = useState<{ conflict: boolean; message: string } | null>(null);
  const create = useGqlMutation(CREATE_FIELD_DEFINITION_MUTATION);
  const update = useGqlMutation(UPDATE_FIELD_DEFINITION_MUTATION);
  const dictionaries = useGqlQuery(
    CARD_DICTIONARY_TYPES_QUERY,
    { paging: { limit: 200 } },
    { enabled: open },
  );
  const type = Form.useWatch('type', form);
  const builtIn = !!field?.builtIn;

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      field
        ? {
            key: field.key,
            labelZh: field.labelZh,
            labelEn: field.labelEn,
            group: field.group,
            type: field.type,
            dictionaryCode: field.dictionaryCode ?? null,
            controllingField: field.controllingField ?? null,
            flags: FLAGS.filter((flag) => field[flag]),
            helpZh: field.helpZh,
            helpEn: field.helpEn,
            sortOrder: field.sortOrder,
            validation: validationOf(field.validation),
          }
        : { group: group ?? 'BASIC', type: 'TEXT', flags: ['active'], validation: {} },
    );
  }, [open, field, group, form]);

  const controllingChoices = [
    { value: 'kind', label: translate('dataCard.fields.kindControl') },
    ...fields
      .filter((candidate) => isSelectType(candidate.type) && candidate.key !== field?.key)
      .map((candidate) => ({
        value: candidate.key,
        label: `${candidate.label} (${candidate.key})`,
      })),
  ];

  const submit = async () => {
    const values = await form.validateFields();
    setFormError(null);
    const flags = new Set(values.flags ?? []);
    const selects = isSelectType(values.type);
    const body = {
      labelZh: values.labelZh.trim(),
      labelEn: values.labelEn.trim(),
      group: values.group,
      controllingField: selects ? (values.controllingField ?? null) : null,
      required: flags.has('required'),
      unique: flags.has('unique'),
      sensitive: flags.has('sensitive'),
      protected: flags.has('protected'),
      active: flags.has('active'),
      helpZh: values.helpZh?.trim() ?? '',
      helpEn: values.helpEn?.trim() ?? '',
      sortOrder: typeof values.sortOrder === 'number' ? values.sortOrder : undefined,
      validation: cleanValidation(values.validation),
    };
    try {
      if (field) {
        await update.run({
          input: {
            id: field.id,
            version: field.version,
            update: builtIn
              ? body
              : {
                  ...body,
                  type: values.type,
                  dictionaryCode: selects ? (values.dictionaryCode ?? null) : null,
                },
          },
        });
      } else {
        await create.run({
          input: {
            fieldDefinition: {
              ...body,
              kind,
              key: (values.key ?? '').trim(),
              type: values.type,
              dictionaryCode: selects ? (values.dictionaryCode ?? null) : null,
            },
          },
        });
      }
      message.success(translate('dataCard.messages.saved'));
      onSaved();
    } catch (error) {
      const conflict = errorCode(error) === 'CONFLICT';
      if (conflict || !applyFieldErrors(form, error))
        setFormError({ conflict, message: errorMessage(error) });
    }
  };

  return (
    <Drawer
      open={open}
      width={560}
      title={translate(field ? 'dataCard.drawer.edit' : 'dataCard.drawer.create')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{translate('buttons.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => void submit().catch(() => undefined)}
          >
            {translate('buttons.save')}
          </Button>
        </Space>
      }
    >
      {builtIn && (
        <Alert
          type="info"
          showIcon
          message={translate('dataCard.drawer.builtInHint')}
          style={{ marginBottom: 16 }}
        />
      )}
      {formError && (
        <Alert
          type="error"
          showIcon
          message={formError.conflict ? translate('dataCard.messages.conflict') : formError.message}
          description={formError.conflict ? formError.message : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          label={translate('dataCard.fields.key')}
          name="key"
          extra={field ? translate('dataCard.drawer.keyFixed') : keyFormat.hint}
          rules={field ? [] : keyFormat.rules}
        >
          <Input disabled={!!field} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              label={translate('dataCard.fields.labelZh')}
              name="labelZh"
              rules={[
                { required: true, whitespace: true, message: translate('validation.required') },
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={translate('dataCard.fields.labelEn')}
              name="labelEn"
              rules={[
                { required: true, whitespace: true, message: translate('validation.required') },
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              label={translate('dataCard.fields.group')}
              name="group"
              rules={[{ required: true }]}
            >
              <Select
                options={FIELD_GROUPS.map((value) => ({
                  value,
                  label: translate(`dataCard.groups.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={translate('dataCard.fields.type')}
              name="type"
              rules={[{ required: true }]}
            >
              <Select
                disabled={builtIn}
                options={FIELD_TYPES.map((value) => ({
                  value,
                  label: translate(`dataCard.types.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={translate('dataCard.fields.sortOrder')} name="sortOrder">
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        {isSelectType(type) && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                label={translate('dataCard.fields.dictionary')}
                name="dictionaryCode"
                rules={[{ required: true, message: translate('validation.required') }]}
              >
                <Select
                  showSearch
                  disabled={builtIn}
                  optionFilterProp="label"
                  loading={dictionaries.isLoading}
                  options={(dictionaries.data?.dictionaryTypes.nodes ?? []).map((dictionary) => ({
                    value: dictionary.code,
                    label: `${dictionary.name} (${dictionary.code})`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label={translate('dataCard.fields.controllingField')}
                name="controllingField"
              >
                <Select allowClear options={controllingChoices} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item label={translate('dataCard.fields.flags')} name="flags">
          <Checkbox.Group
            options={FLAGS.map((flag) => ({
              value: flag,
              label: translate(`dataCard.flags.${flag}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={translate('dataCard.fields.helpZh')} name="helpZh">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={translate('dataCard.fields.helpEn')} name="helpEn">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label={translate('dataCard.validation.min')} name={['validation', 'min']}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={translate('dataCard.validation.max')} name={['validation', 'max']}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={translate('dataCard.validation.maxLength')}
              name={['validation', 'maxLength']}
            >
              <InputNumber style={{ width: '100%' }} min={1} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={translate('dataCard.validation.pattern')}
          name={['validation', 'pattern']}
        >
          <Input placeholder="^[A-Z0-9]+$" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              label={translate('forms.fieldDefinition.patternMessage')}
              name={['validation', 'patternMessage']}
              tooltip={translate('forms.fieldDefinition.patternMessageHint')}
            >
              <Input maxLength={PATTERN_TEXT_MAX_LENGTH} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={translate('forms.fieldDefinition.example')}
              name={['validation', 'example']}
            >
              <Input maxLength={PATTERN_TEXT_MAX_LENGTH} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
