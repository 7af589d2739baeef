import { Typography } from 'antd';
import { useTranslate } from '@refinedev/core';

/** Pretty-printed JSON of an audit entry's diff. */
export function DiffView({ diff }: { diff: unknown }) {
  const translate = useTranslate();
  if (diff === null || diff === undefined) {
    return <Typography.Text type="secondary">{translate('auditLogs.noDiff')}</Typography.Text>;
  }
  return (
    <pre
      data-testid="audit-diff"
      style={{
        margin: 0,
        maxHeight: 360,
        overflow: 'auto',
        background: '#fafafa',
        padding: 12,
        borderRadius: 6,
        fontSize: 12,
      }}
    >
      {JSON.stringify(diff, null, 2)}
    </pre>
  );
}
