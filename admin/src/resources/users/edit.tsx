import { Edit, useForm } from '@refinedev/antd';
import { useRecordVersion } from '../../hooks/useRecordVersion';
import type { UserQuery } from '../../graphql/graphql';
import { UPDATE_USER_MUTATION, USER_QUERY } from './queries';
import { UserForm, normaliseUserValues, type UserFormValues } from './UserForm';
import { ignoreHandled } from '../../providers/errors';
import { BackButton } from '../../components/BackButton';

type UserRecord = UserQuery['user'];

export function UserEdit() {
  const version = useRecordVersion();
  const { formProps, saveButtonProps, onFinish, query } = useForm<UserRecord>({
    queryMeta: { gqlQuery: USER_QUERY },
    mutationMeta: { gqlMutation: UPDATE_USER_MUTATION, gqlVariables: version.variables },
    redirect: 'list',
  });
  version.useTrack(query?.data?.data?.version);
  const record = query?.data?.data;
  const initialValues: UserFormValues | undefined = record
    ? {
        username: record.username,
        displayName: record.displayName,
        email: record.email,
        mobile: record.mobile,
        departmentId: record.departmentId,
        roleIds: record.roles.map((role) => role.id),
        active: record.active,
      }
    : undefined;
  return (
    <Edit goBack={<BackButton />} saveButtonProps={saveButtonProps} isLoading={query?.isLoading}>
      <UserForm
        mode="edit"
        formProps={{
          ...formProps,
          initialValues,
          onFinish: (values) =>
            onFinish(normaliseUserValues(values as UserFormValues, 'edit') as never).catch(
              ignoreHandled,
            ),
        }}
      />
    </Edit>
  );
}
