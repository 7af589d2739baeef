import { Alert, Checkbox, Col, Descriptions, Form, Input, Row, Select, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { DATA_SCOPES, PERMISSIONS, type DataScope, type Permission } from '@dossier/shared';
import { isLocale } from '../../i18n';
import { permissionLabel } from './labels';

export interface RoleFormValues {
  name: string;
  description?: string | null;
  permissions: Permission[];
  dataScope: DataScope;
  sensitiveLevel?: 'READ' | 'EDIT';
}

export function normaliseRoleValues(values: RoleFormValues): RoleFormValues {
  const description = values.description?.trim();
  return {
    name: values.name?.trim(),
    description: description ? description : null,
    permissions: values.permissions ?? [],
    dataScope: values.dataScope,
    sensitiveLevel: values.sensitiveLevel ?? 'READ',
  };
}

export function RoleForm({ formProps, mode }: { formProps: FormProps; mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';

  return (
    <Form
      {...formProps}
      layout="vertical"
      initialValues={
        mode === 'create'
          ? {
              permissions: [],
              dataScope: 'SELF',
              sensitiveLevel: 'READ',
              ...formProps.initialValues,
            }
          : formProps.initialValues
      }
    >
      <Form.Item
        label={translate('roles.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: translate('validation.required') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label={translate('roles.fields.description')} name="description">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label={translate('roles.fields.permissions')} name="permissions">
        <Checkbox.Group style={{ width: '100%' }}>
          <Row gutter={[8, 8]}>
            {PERMISSIONS.map((permission) => (
              <Col key={permission} xs={24} sm={12} lg={8}>
                <Checkbox value={permission} title={permission}>
                  {permissionLabel(permission, locale)}
                </Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        label={translate('roles.fields.dataScope')}
        name="dataScope"
        rules={[{ required: true, message: translate('validation.required') }]}
      >
        <Select
          options={DATA_SCOPES.map((scope) => ({
            value: scope,
            label: translate(`roles.dataScopes.${scope}`),
          }))}
        />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        message={translate('roles.scopeHelp')}
        style={{ marginBottom: 16 }}
      />
      <PermissionReach translate={translate} />
      <Form.Item
        label={translate('roles.fields.sensitiveLevel')}
        name="sensitiveLevel"
        tooltip={translate('roles.sensitiveLevelHelp')}
        rules={[{ required: true, message: translate('validation.required') }]}
      >
        <Select
          data-testid="role-sensitive-level"
          options={(['READ', 'EDIT'] as const).map((level) => ({
            value: level,
            label: translate(`roles.sensitiveLevels.${level}`),
          }))}
        />
      </Form.Item>
    </Form>
  );
}

/** Each mode of customer access and the permissions that carry it (as the server's policy does). */
const REACH: { key: string; permissions: Permission[] }[] = [
  { key: 'read', permissions: ['customer.read', 'customer.update'] },
  { key: 'edit', permissions: ['customer.update'] },
  { key: 'audit', permissions: ['audit.view'] },
  { key: 'grant', permissions: ['access.grant'] },
];

/** What the ticked permissions reach with this role's data scope, spelled out. */
function PermissionReach({ translate }: { translate: (key: string) => string }) {
  const form = Form.useFormInstance();
  const permissions: Permission[] = Form.useWatch('permissions', form) ?? [];
  const dataScope: DataScope | undefined = Form.useWatch('dataScope', form);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2 }}
      title={translate('roles.reachTitle')}
      data-testid="role-permission-reach"
      style={{ marginBottom: 16 }}
      items={REACH.map(({ key, permissions: carriers }) => ({
        key,
        label: translate(`roles.reach.${key}`),
        children:
          dataScope && carriers.some((p) => permissions.includes(p))
            ? translate(`roles.dataScopes.${dataScope}`)
            : translate('roles.reach.none'),
      }))}
    />
  );
}
