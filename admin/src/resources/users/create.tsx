import { Create, useForm } from '@refinedev/antd';
import { CREATE_USER_MUTATION } from './queries';
import { UserForm, normaliseUserValues, type UserFormValues } from './UserForm';
import { ignoreHandled } from '../../providers/errors';
import { BackButton } from '../../components/BackButton';

export function UserCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<UserFormValues>({
    resource: 'users',
    action: 'create',
    meta: { gqlMutation: CREATE_USER_MUTATION },
    redirect: 'list',
  });
  return (
    <Create goBack={<BackButton />} saveButtonProps={saveButtonProps}>
      <UserForm
        mode="create"
        formProps={{
          ...formProps,
          onFinish: (values) =>
            onFinish(normaliseUserValues(values as UserFormValues, 'create') as never).catch(
              ignoreHandled,
            ),
        }}
      />
    </Create>
  );
}
