import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import { Create, useForm, useSelect } from '@refinedev/antd';
import { useGo, useTranslate } from '@refinedev/core';
import type { CreateApiKeyMutation } from '../../graphql/graphql';
import { SecretModal } from '../../components/SecretModal';
import { DEPARTMENTS_SELECT_QUERY } from '../departments/queries';
import { ROLES_SELECT_QUERY } from '../roles/queries';
import { CREATE_API_KEY_MUTATION } from './queries';
import { ignoreHandled } from '../../providers/errors';
import { BackButton } from '../../components/BackButton';

interface ApiKeyFormValues {
  name: string;
  roleId: string;
  departmentId?: string | null;
}

type CreatedApiKey = CreateApiKeyMutation['createOneApiKey'];

export function ApiKeyCreate() {
  const translate = useTranslate();
  const go = useGo();
  const [secret, setSecret] = useState<string | null>(null);
  const { formProps, saveButtonProps, onFinish } = useForm<CreatedApiKey, never, ApiKeyFormValues>({
    resource: 'apiKeys',
    action: 'create',
    meta: { gqlMutation: CREATE_API_KEY_MUTATION },
    redirect: false,
    onMutationSuccess: ({ data }) => setSecret(data.secret),
  });
  const { selectProps: roleSelectProps } = useSelect({
    resource: 'roles',
    optionLabel: 'name',
    optionValue: 'id',
    meta: { gqlQuery: ROLES_SELECT_QUERY },
    pagination: { pageSize: 200, mode: 'server' },
  });
  const { selectProps: departmentSelectProps } = useSelect({
    resource: 'departments',
    optionLabel: 'name',
    optionValue: 'id',
    meta: { gqlQuery: DEPARTMENTS_SELECT_QUERY },
    pagination: { pageSize: 200, mode: 'server' },
  });

  return (
    <Create
      goBack={<BackButton />}
      saveButtonProps={{ ...saveButtonProps, disabled: secret !== null }}
    >
      <Form
        {...formProps}
        layout="vertical"
        onFinish={(values) => {
          const v = values as ApiKeyFormValues;
          return onFinish({
            name: v.name?.trim(),
            roleId: v.roleId,
            departmentId: v.departmentId ?? null,
          }).catch(ignoreHandled);
        }}
      >
        <Form.Item
          label={translate('apiKeys.fields.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: translate('validation.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={translate('apiKeys.fields.role')}
          name="roleId"
          rules={[{ required: true, message: translate('validation.required') }]}
        >
          <Select {...roleSelectProps} />
        </Form.Item>
        <Form.Item label={translate('apiKeys.fields.department')} name="departmentId">
          <Select {...departmentSelectProps} allowClear />
        </Form.Item>
      </Form>
      <SecretModal
        secret={secret}
        onClose={() => {
          setSecret(null);
          go({ to: { resource: 'apiKeys', action: 'list' } });
        }}
      />
    </Create>
  );
}
