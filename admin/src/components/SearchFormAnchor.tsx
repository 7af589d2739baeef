import { Form, type FormProps } from 'antd';

/**
 * Refine's antd `useTable` keeps a search form instance and writes URL-synced filters
 * into it; a list page without a search form mounts this empty, hidden one so the
 * instance is connected (otherwise antd warns about an orphan `useForm`).
 */
export function SearchFormAnchor({ formProps }: { formProps: FormProps }) {
  return <Form form={formProps.form} component={false} />;
}
