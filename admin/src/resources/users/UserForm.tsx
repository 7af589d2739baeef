import { Form, Input, Select, Switch, type FormProps } from 'antd';
import { useSelect } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import {
  EMAIL_PATTERN,
  MOBILE_PATTERN,
  PASSWORD_MIN_LENGTH,
  USERNAME_PATTERN,
} from '@dossier/shared';
import { DEPARTMENTS_SELECT_QUERY } from '../departments/queries';
import { ROLES_SELECT_QUERY } from '../roles/queries';

export interface UserFormValues {
  username?: string;
  displayName: string;
  password?: string;
  email?: string | null;
  mobile?: string | null;
  departmentId?: string | null;
  roleIds?: string[];
  active: boolean;
}

/** Empty optional strings go to the server as null, not as "". */
export function normaliseUserValues(
  values: UserFormValues,
  mode: 'create' | 'edit',
): Record<string, unknown> {
  const blankToNull = (value: string | null | undefined) =>
    value && value.trim() ? value.trim() : null;
  const base: Record<string, unknown> = {
    displayName: values.displayName?.trim(),
    email: blankToNull(values.email),
    mobile: blankToNull(values.mobile),
    departmentId: values.departmentId ?? null,
    roleIds: values.roleIds ?? [],
    active: values.active,
  };
  if (mode === 'create') {
    base.username = values.username?.trim();
    base.password = values.password;
  } else if (values.password) {
    base.password = values.password;
  }
  return base;
}

interface Props {
  formProps: FormProps;
  mode: 'create' | 'edit';
}

export function UserForm({ formProps, mode }: Props) {
  const translate = useTranslate();
  const { selectProps: departmentSelectProps } = useSelect({
    resource: 'departments',
    optionLabel: 'name',
    optionValue: 'id',
    meta: { gqlQuery: DEPARTMENTS_SELECT_QUERY },
    pagination: { pageSize: 200, mode: 'server' },
  });
  const { selectProps: roleSelectProps } = useSelect({
    resource: 'roles',
    optionLabel: 'name',
    optionValue: 'id',
    meta: { gqlQuery: ROLES_SELECT_QUERY },
    pagination: { pageSize: 200, mode: 'server' },
  });
  const passwordRules = [
    {
      validator: async (_: unknown, value: string | undefined) => {
        if (!value) return;
        if (value.length < PASSWORD_MIN_LENGTH || !/[A-Za-z]/.test(value) || !/\d/.test(value)) {
          throw new Error(translate('validation.password', { min: PASSWORD_MIN_LENGTH }));
        }
      },
    },
  ];

  return (
    <Form
      {...formProps}
      layout="vertical"
      initialValues={
        mode === 'create'
          ? { active: true, roleIds: [], ...formProps.initialValues }
          : formProps.initialValues
      }
    >
      <Form.Item
        label={translate('users.fields.username')}
        name="username"
        rules={
          mode === 'create'
            ? [
                { required: true, message: translate('validation.required') },
                { pattern: USERNAME_PATTERN, message: translate('validation.username') },
              ]
            : []
        }
      >
        <Input disabled={mode === 'edit'} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={translate('users.fields.displayName')}
        name="displayName"
        rules={[{ required: true, whitespace: true, message: translate('validation.required') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={translate(mode === 'create' ? 'users.fields.password' : 'users.fields.newPassword')}
        name="password"
        rules={
          mode === 'create'
            ? [{ required: true, message: translate('validation.required') }, ...passwordRules]
            : passwordRules
        }
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={translate('users.fields.email')}
        name="email"
        rules={[{ pattern: EMAIL_PATTERN, message: translate('validation.email') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={translate('users.fields.mobile')}
        name="mobile"
        rules={[{ pattern: MOBILE_PATTERN, message: translate('validation.mobile') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label={translate('users.fields.department')} name="departmentId">
        <Select {...departmentSelectProps} allowClear />
      </Form.Item>
      <Form.Item label={translate('users.fields.roles')} name="roleIds">
        <Select {...roleSelectProps} mode="multiple" allowClear />
      </Form.Item>
      <Form.Item label={translate('users.fields.active')} name="active" valuePropName="checked">
        <Switch />
      </Form.Item>
    </Form>
  );
}
