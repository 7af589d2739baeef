import { Edit, useForm } from '@refinedev/antd';
import { useRecordVersion } from '../../hooks/useRecordVersion';
import type { RoleQuery } from '../../graphql/graphql';
import { ROLE_QUERY, UPDATE_ROLE_MUTATION } from './queries';
import { RoleForm, normaliseRoleValues, type RoleFormValues } from './RoleForm';
import { ignoreHandled } from '../../providers/errors';
import { BackButton } from '../../components/BackButton';

type RoleRecord = RoleQuery['role'];

export function RoleEdit() {
  const version = useRecordVersion();
  const { formProps, saveButtonProps, onFinish, query } = useForm<RoleRecord>({
    queryMeta: { gqlQuery: ROLE_QUERY },
    mutationMeta: { gqlMutation: UPDATE_ROLE_MUTATION, gqlVariables: version.variables },
    redirect: 'list',
  });
  version.useTrack(query?.data?.data?.version);
  return (
    <Edit goBack={<BackButton />} saveButtonProps={saveButtonProps} isLoading={query?.isLoading}>
      <RoleForm
        mode="edit"
        formProps={{
          ...formProps,
          onFinish: (values) =>
            onFinish(normaliseRoleValues(values as RoleFormValues) as never).catch(ignoreHandled),
        }}
      />
    </Edit>
  );
}
