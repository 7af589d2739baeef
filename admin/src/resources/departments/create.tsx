import { Create, useForm } from '@refinedev/antd';
import { CREATE_DEPARTMENT_MUTATION } from './queries';
import {
  DepartmentForm,
  normaliseDepartmentValues,
  type DepartmentFormValues,
} from './DepartmentForm';
import { ignoreHandled } from '../../providers/errors';
import { BackButton } from '../../components/BackButton';

export function DepartmentCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<DepartmentFormValues>({
    resource: 'departments',
    action: 'create',
    meta: { gqlMutation: CREATE_DEPARTMENT_MUTATION },
    redirect: 'list',
  });
  return (
    <Create goBack={<BackButton />} saveButtonProps={saveButtonProps}>
      <DepartmentForm
        formProps={{
          ...formProps,
          onFinish: (values) =>
            onFinish(normaliseDepartmentValues(values as DepartmentFormValues) as never).catch(
              ignoreHandled,
            ),
        }}
      />
    </Create>
  );
}
