import { Table, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import dayjs from 'dayjs';
import { useAuditLabels } from './labels';

interface DiffRow {
  key: string;
  label: string;
  from?: unknown;
  to: unknown;
  changed: boolean;
}

/** `{ field: { from, to } }`, `{ field: { to } }` or plain `{ field: value }` as rows. */
export function diffRows(diff: unknown, label: (key: string) => string): DiffRow[] | null {
  if (!diff || typeof diff !== 'object' || Array.isArray(diff)) return null;
  return Object.entries(diff as Record<string, unknown>).map(([key, value]) => {
    const pair =
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      ('from' in value || 'to' in value)
        ? (value as { from?: unknown; to?: unknown })
        : null;
    return pair
      ? { key, label: label(key), from: pair.from, to: pair.to, changed: 'from' in pair }
      : { key, label: label(key), to: value, changed: false };
  });
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const LEVELS = new Set(['READ', 'EDIT']);

function Value({ value, field }: { value: unknown; field: string }) {
  const translate = useTranslate();
  if (typeof value === 'string' && ISO_INSTANT.test(value))
    return <>{dayjs(value).format('YYYY-MM-DD HH:mm')}</>;
  if (field === 'level' && typeof value === 'string' && LEVELS.has(value))
    return <>{translate(`customers.team.levels.${value}`)}</>;
  if (value === null || value === undefined || value === '')
    return <Typography.Text type="secondary">{translate('auditLogs.diff.empty')}</Typography.Text>;
  if (value === '***' || value === 'CUSTOMER:***')
    return <Typography.Text type="secondary">{translate('auditLogs.diff.hidden')}</Typography.Text>;
  if (typeof value === 'boolean')
    return <>{translate(value ? 'auditLogs.diff.yes' : 'auditLogs.diff.no')}</>;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return (
      <>
        {value
          .map((v) => (v === '***' ? translate('auditLogs.diff.hidden') : String(v)))
          .join('、')}
      </>
    );
  if (typeof value === 'object')
    return (
      <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {JSON.stringify(value)}
      </Typography.Text>
    );
  return <span style={{ wordBreak: 'break-all' }}>{String(value)}</span>;
}

/** An audit entry's diff as field / before / after rows, fields by their labels. */
export function DiffView({ diff, entity }: { diff: unknown; entity?: string | null }) {
  const translate = useTranslate();
  const labels = useAuditLabels();
  if (diff === null || diff === undefined)
    return <Typography.Text type="secondary">{translate('auditLogs.noDiff')}</Typography.Text>;
  const rows = diffRows(diff, (key) => labels.field(key, entity));
  if (!rows)
    return (
      <Typography.Text code data-testid="audit-diff">
        {JSON.stringify(diff)}
      </Typography.Text>
    );
  return (
    <Table<DiffRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      scroll={{ x: true }}
      columns={[
        { key: 'field', title: translate('auditLogs.diff.field'), dataIndex: 'label', width: 160 },
        {
          key: 'from',
          title: translate('auditLogs.diff.from'),
          render: (_, row) =>
            row.changed ? (
              <Typography.Text delete type="secondary">
                <Value value={row.from} field={row.key} />
              </Typography.Text>
            ) : (
              '—'
            ),
        },
        {
          key: 'to',
          title: translate('auditLogs.diff.to'),
          render: (_, row) => <Value value={row.to} field={row.key} />,
        },
      ]}
    />
  );
}
