import { ThemedTitle } from '@refinedev/antd';
import type { RefineLayoutThemedTitleProps } from '@refinedev/antd';
import { FolderOpenOutlined } from '@ant-design/icons';

export function Title(props: RefineLayoutThemedTitleProps) {
  return <ThemedTitle {...props} text="Dossier" icon={<FolderOpenOutlined />} />;
}
