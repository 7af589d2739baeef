import { Edit, useForm } from '@refinedev/antd';
import { useRecordVersion } from '../../hooks/useRecordVersion';
import type { DepartmentQuery } from '../../graphql/graphql';
import { DEPARTMENT_QUERY, UPDATE_DEPARTMENT_MUTATION } from './queries';
import {
  DepartmentForm,
  normaliseDepartmentValues,
  type DepartmentFormValues,
} from './DepartmentForm';
import { ignoreHandled } from '../../providers/errors';
import { BackButton } from '../../components/BackButton';

type DepartmentRecord = DepartmentQuery['department'];

export function DepartmentEdit() {
  const version = useRecordVersion();
  const { formProps, saveButtonProps, onFinish, query, id } = useForm<DepartmentRecord>({
    queryMeta: { gqlQuery: DEPARTMENT_QUERY },
    mutationMeta: { gqlMutation: UPDATE_DEPARTMENT_MUTATION, gqlVariables: version.variables },
    redirect: 'list',
  });
  version.useTrack(query?.data?.data?.version);
  return (
    <Edit goBack={<BackButton />} saveButtonProps={saveButtonProps} isLoading={query?.isLoading}>
      <DepartmentForm
        editingId={id === undefined ? undefined : String(id)}
        formProps={{
          ...formProps,
          onFinish: (values) =>
            onFinish(normaliseDepartmentValues(values as DepartmentFormValues) as never).catch(
              ignoreHandled,
            ),
        }}
      />
    </Edit>
  );
}
