import { useMemo } from 'react';
import {
  Card,
  Cascader,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Rate,
  Select,
  Switch,
  type FormInstance,
} from 'antd';
import type { Rule, RuleObject } from 'antd/es/form';
import { useTranslate } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import type { CustomerKind, FieldGroup, FieldType } from '../../graphql/graphql';
import { useGqlQuery } from '../dictionaries/gql';
import { CARD_OPTIONS_QUERY, CARD_USERS_QUERY } from './queries';
import { ENABLED_TREE_QUERY } from '../dictionaries/queries';
import { FIELD_GROUPS, validationOf } from './constants';
import { PATTERN_EXAMPLES } from '@dossier/shared';

/** What the form renderer needs of a field definition (a `dataCard` entry). */
export interface CardField {
  key: string;
  label: string;
  group: FieldGroup;
  type: FieldType;
  dictionaryCode?: string | null;
  controllingField?: string | null;
  required: boolean;
  help?: string | null;
  validation?: unknown;
  sortOrder: number;
  active?: boolean;
}

export interface CardFormFieldsProps {
  kind: CustomerKind;
  fields: readonly CardField[];
  form: FormInstance;
  /** Dictionary whose items are shown as a Cascader (codes stored as the leaf chosen). */
  cascaderDictionaries?: readonly string[];
  disabled?: boolean;
  /**
   * Values as loaded that the field's own rules need not accept (sensitive values the server
   * sent masked, `138****1234`): while a field still holds exactly that value its rules are
   * skipped, since an unchanged value is never sent back.
   */
  maskedValues?: Readonly<Record<string, unknown>>;
}

const DATE_FORMAT = 'YYYY-MM-DD';

interface CascaderOption {
  value: string;
  label: string;
  children?: CascaderOption[];
}

interface RegionNode {
  code: string;
  label: string;
  children?: RegionNode[];
}

function toCascader(nodes: readonly RegionNode[] | undefined): CascaderOption[] {
  return (nodes ?? []).map((node) => ({
    value: node.code,
    label: node.label,
    children: node.children?.length ? toCascader(node.children) : undefined,
  }));
}

function pathIndex(
  options: readonly CascaderOption[],
  prefix: string[] = [],
  out = new Map<string, string[]>(),
) {
  for (const option of options) {
    const path = [...prefix, option.value];
    out.set(option.value, path);
    if (option.children) pathIndex(option.children, path, out);
  }
  return out;
}

function DictionarySelect({
  field,
  kind,
  form,
  multiple,
  disabled,
  ...rest
}: {
  field: CardField;
  kind: CustomerKind;
  form: FormInstance;
  multiple: boolean;
  disabled?: boolean;
  value?: unknown;
  onChange?: (value: unknown) => void;
}) {
  const watched = Form.useWatch(
    field.controllingField && field.controllingField !== 'kind'
      ? field.controllingField
      : '__none__',
    form,
  ) as string | undefined;
  const controllingItem =
    field.controllingField === 'kind' ? kind : typeof watched === 'string' ? watched : undefined;
  const options = useGqlQuery(
    CARD_OPTIONS_QUERY,
    { type: field.dictionaryCode ?? '', controllingItem },
    { enabled: !!field.dictionaryCode },
  );
  return (
    <Select
      {...rest}
      allowClear
      showSearch
      disabled={disabled}
      optionFilterProp="label"
      mode={multiple ? 'multiple' : undefined}
      loading={options.isLoading}
      options={(options.data?.dictionaryOptions ?? []).map((option) => ({
        value: option.code,
        label: option.label,
      }))}
    />
  );
}

function CascaderField({
  dictionaryCode,
  disabled,
  value,
  onChange,
}: {
  dictionaryCode: string;
  disabled?: boolean;
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const tree = useGqlQuery(ENABLED_TREE_QUERY, { code: dictionaryCode });
  const options = useMemo(
    () => toCascader(tree.data?.dictionary.tree as RegionNode[] | undefined),
    [tree.data],
  );
  const paths = useMemo(() => pathIndex(options), [options]);
  return (
    <Cascader
      allowClear
      showSearch
      changeOnSelect
      disabled={disabled}
      options={options}
      value={value ? (paths.get(value) ?? [value]) : undefined}
      onChange={(path) =>
        onChange?.(Array.isArray(path) && path.length > 0 ? String(path[path.length - 1]) : null)
      }
    />
  );
}

function UserSelect({
  disabled,
  ...rest
}: {
  disabled?: boolean;
  value?: unknown;
  onChange?: (value: unknown) => void;
}) {
  const users = useGqlQuery(CARD_USERS_QUERY, { paging: { limit: 200 } });
  return (
    <Select
      {...rest}
      allowClear
      showSearch
      disabled={disabled}
      optionFilterProp="label"
      loading={users.isLoading}
      options={(users.data?.users.nodes ?? []).map((user) => ({
        value: user.id,
        label: `${user.displayName} (${user.username})`,
      }))}
    />
  );
}

/** What the user reads when a value does not match the field's pattern (never the pattern). */
function patternMessage(field: CardField, translate: (key: string, options?: object) => string) {
  const validation = validationOf(field.validation);
  if (validation.patternMessage?.trim()) return validation.patternMessage;
  const example = validation.example?.trim() || PATTERN_EXAMPLES[field.key];
  return example
    ? translate('forms.validation.patternExample', { example })
    : translate('forms.validation.patternMismatch');
}

function rulesOf(
  field: CardField,
  requiredMessage: string,
  translate: (key: string, options?: object) => string,
): Rule[] {
  const rules: Rule[] = [];
  const validation = validationOf(field.validation);
  if (field.required) rules.push({ required: true, message: requiredMessage });
  if (field.type === 'TEXT' || field.type === 'LONG_TEXT') {
    if (typeof validation.maxLength === 'number') rules.push({ max: validation.maxLength });
    if (validation.pattern) {
      try {
        rules.push({
          pattern: new RegExp(validation.pattern),
          message: patternMessage(field, translate),
        });
      } catch {
        // an invalid pattern is the server's to report
      }
    }
  }
  return rules;
}

const ACCEPT: RuleObject = { validator: () => Promise.resolve() };

/** The rules, skipped while the field still holds `masked` (the value as loaded). */
function unlessStillMasked(rules: Rule[], key: string, masked: unknown): Rule[] {
  return rules.map((rule): Rule => (form) => {
    if (form.getFieldValue(key) === masked) return ACCEPT;
    return typeof rule === 'function' ? rule(form) : rule;
  });
}

/** One field's form item, its widget chosen by the field type. */
function CardFormItem({
  field,
  kind,
  form,
  cascaderDictionaries,
  disabled,
  maskedValues,
}: { field: CardField } & Omit<CardFormFieldsProps, 'fields'>) {
  const translate = useTranslate();
  const validation = validationOf(field.validation);
  const rules = rulesOf(field, translate('validation.required'), translate);
  const common = {
    name: field.key,
    label: field.label,
    tooltip: field.help || undefined,
    rules:
      maskedValues && field.key in maskedValues
        ? unlessStillMasked(rules, field.key, maskedValues[field.key])
        : rules,
  };
  switch (field.type) {
    case 'LONG_TEXT':
      return (
        <Form.Item {...common}>
          <Input.TextArea
            rows={3}
            maxLength={validation.maxLength ?? undefined}
            disabled={disabled}
          />
        </Form.Item>
      );
    case 'NUMBER':
      return (
        <Form.Item {...common}>
          <InputNumber
            style={{ width: '100%' }}
            min={validation.min ?? undefined}
            max={validation.max ?? undefined}
            disabled={disabled}
          />
        </Form.Item>
      );
    case 'MONEY':
      return (
        <Form.Item {...common}>
          <InputNumber
            style={{ width: '100%' }}
            precision={2}
            step={0.01}
            min={validation.min ?? undefined}
            max={validation.max ?? undefined}
            disabled={disabled}
          />
        </Form.Item>
      );
    case 'DATE':
      return (
        <Form.Item
          {...common}
          getValueProps={(value: string | null | undefined) => ({
            value: value ? dayjs(value) : undefined,
          })}
          getValueFromEvent={(value: Dayjs | null) => (value ? value.format(DATE_FORMAT) : null)}
        >
          <DatePicker style={{ width: '100%' }} disabled={disabled} />
        </Form.Item>
      );
    case 'BOOLEAN':
      return (
        <Form.Item {...common} valuePropName="checked">
          <Switch disabled={disabled} />
        </Form.Item>
      );
    case 'SELECT':
    case 'MULTI_SELECT':
      if (
        field.type === 'SELECT' &&
        field.dictionaryCode &&
        (cascaderDictionaries ?? ['region']).includes(field.dictionaryCode)
      ) {
        return (
          <Form.Item {...common}>
            <CascaderField dictionaryCode={field.dictionaryCode} disabled={disabled} />
          </Form.Item>
        );
      }
      return (
        <Form.Item {...common}>
          <DictionarySelect
            field={field}
            kind={kind}
            form={form}
            multiple={field.type === 'MULTI_SELECT'}
            disabled={disabled}
          />
        </Form.Item>
      );
    case 'USER':
      return (
        <Form.Item {...common}>
          <UserSelect disabled={disabled} />
        </Form.Item>
      );
    case 'RATING':
      return (
        <Form.Item {...common}>
          <Rate disabled={disabled} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item {...common}>
          <Input maxLength={validation.maxLength ?? undefined} disabled={disabled} />
        </Form.Item>
      );
  }
}

/** The element id of a card group's section (for anchors to it). */
export function cardGroupId(group: FieldGroup): string {
  return `card-group-${group}`;
}

/**
 * The form items of a data card, grouped by module (基本信息, 联系信息…) in
 * field order. Put it inside an antd `<Form form={form}>`; values are keyed by
 * field key (selects by item code, dates as `YYYY-MM-DD`, users by id).
 * Inactive fields are left out.
 */
export function CardFormFields({
  kind,
  fields,
  form,
  cascaderDictionaries,
  disabled,
  maskedValues,
}: CardFormFieldsProps) {
  const translate = useTranslate();
  const groups = useMemo(
    () =>
      FIELD_GROUPS.map((group) => ({
        group,
        fields: fields
          .filter((field) => field.group === group && field.active !== false)
          .slice()
          .sort((a, b) => a.sortOrder - b.sortOrder),
      })).filter((entry) => entry.fields.length > 0),
    [fields],
  );
  return (
    <>
      {groups.map(({ group, fields: groupFields }) => (
        <Card
          key={group}
          id={cardGroupId(group)}
          data-group={group}
          size="small"
          type="inner"
          title={translate(`dataCard.groups.${group}`)}
          style={{ marginBottom: 12, scrollMarginTop: 128 }}
        >
          {groupFields.map((field) => (
            <CardFormItem
              key={field.key}
              field={field}
              kind={kind}
              form={form}
              cascaderDictionaries={cascaderDictionaries}
              disabled={disabled}
              maskedValues={maskedValues}
            />
          ))}
        </Card>
      ))}
    </>
  );
}
