import { Create, useForm } from '@refinedev/antd';
import { CREATE_ROLE_MUTATION } from './queries';
import { RoleForm, normaliseRoleValues, type RoleFormValues } from './RoleForm';
import { ignoreHandled } from '../../providers/errors';
import { BackButton } from '../../components/BackButton';

export function RoleCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<RoleFormValues>({
    resource: 'roles',
    action: 'create',
    meta: { gqlMutation: CREATE_ROLE_MUTATION },
    redirect: 'list',
  });
  return (
    <Create goBack={<BackButton />} saveButtonProps={saveButtonProps}>
      <RoleForm
        mode="create"
        formProps={{
          ...formProps,
          onFinish: (values) =>
            onFinish(normaliseRoleValues(values as RoleFormValues) as never).catch(ignoreHandled),
        }}
      />
    </Create>
  );
}
