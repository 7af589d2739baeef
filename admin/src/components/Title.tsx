import { useLink } from '@refinedev/core';
import { Typography, theme } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';

/** The console's name, linking home; only the icon while the side bar is collapsed. */
export function Title({ collapsed }: { collapsed: boolean }) {
  const Link = useLink();
  const { token } = theme.useToken();
  return (
    <Link
      to="/"
      aria-label="Dossier"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 8, textDecoration: 'none' }}
    >
      <FolderOpenOutlined style={{ fontSize: 20, color: token.colorPrimary }} aria-hidden />
      {!collapsed && (
        <Typography.Title level={5} style={{ margin: 0, fontWeight: 700 }}>
          Dossier
        </Typography.Title>
      )}
    </Link>
  );
}
