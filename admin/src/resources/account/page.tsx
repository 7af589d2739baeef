import { useState } from 'react';
import { useCustomMutation, useGetIdentity, useTranslate } from '@refinedev/core';
import { Alert, Button, Card, Descriptions, Form, Input } from 'antd';
import { PASSWORD_MIN_LENGTH, isStrongEnoughPassword } from '@dossier/shared';
import type { Identity } from '../../providers/auth-provider';
import { isGraphQLHttpError } from '../../providers/errors';
import { CHANGE_PASSWORD_MUTATION } from './queries';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The signed-in user's own account: who they are, and a password change. */
export function AccountPage() {
  const translate = useTranslate();
  const { data: user } = useGetIdentity<Identity>();
  const [form] = Form.useForm<PasswordForm>();
  const [problem, setProblem] = useState<string>();
  const { mutate, mutation } = useCustomMutation();

  const submit = ({ currentPassword, newPassword }: PasswordForm) => {
    setProblem(undefined);
    mutate(
      {
        url: '',
        method: 'post',
        values: { currentPassword, newPassword },
        meta: { gqlMutation: CHANGE_PASSWORD_MUTATION },
        successNotification: () => ({
          message: translate('account.passwordChanged'),
          type: 'success',
        }),
        errorNotification: false,
      },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          const fields = isGraphQLHttpError(error) ? (error.errors ?? {}) : {};
          const known = Object.entries(fields).filter(([name]) =>
            ['currentPassword', 'newPassword'].includes(name),
          );
          form.setFields(
            known.map(([name, messages]) => ({
              name: name as keyof PasswordForm,
              errors: Array.isArray(messages) ? messages : [String(messages)],
            })),
          );
          if (known.length === 0) setProblem(error.message);
        },
      },
    );
  };

  return (
    <div style={{ maxWidth: 560 }}>
      <Card title={translate('account.title')} style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={translate('account.username')}>
            {user?.username}
          </Descriptions.Item>
          <Descriptions.Item label={translate('account.displayName')}>
            {user?.displayName}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={translate('account.changePassword')}>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        <Form<PasswordForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          data-testid="change-password-form"
        >
          <Form.Item
            name="currentPassword"
            label={translate('account.currentPassword')}
            rules={[{ required: true, message: translate('account.currentPasswordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={translate('account.newPassword')}
            required
            extra={translate('account.passwordRule', { min: PASSWORD_MIN_LENGTH })}
            rules={[
              {
                validator: (_rule, value: string | undefined) =>
                  value && isStrongEnoughPassword(value)
                    ? Promise.resolve()
                    : Promise.reject(
                        new Error(translate('account.passwordRule', { min: PASSWORD_MIN_LENGTH })),
                      ),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={translate('account.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: translate('account.confirmPasswordRequired') },
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(translate('account.passwordsDiffer'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {translate('account.changePassword')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
