import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Dropdown, Form, Input, Modal, Tag, type MenuProps } from 'antd';
import { AppstoreOutlined, DownOutlined, SaveOutlined, SettingOutlined } from '@ant-design/icons';
import { useNotification, useTranslate, type CrudFilter, type CrudSort } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import type { CustomerKind } from '../../../graphql/graphql';
import {
  applyFieldErrors,
  errorMessage,
  useGqlMutation,
  useGqlQuery,
} from '../../dictionaries/gql';
import { FILTER_KEYS } from '../filters';
import { ManageSavedViews } from './ManageSavedViews';
import { CREATE_SAVED_VIEW, SAVED_VIEWS_QUERY } from './queries';

/** What a view keeps of the customer list: its URL state (filters, sort, search) and columns. */
export interface ViewState {
  kind: CustomerKind;
  filters: CrudFilter[];
  sorters: CrudSort[];
  /** The list's own URL parameters: `q` and the dictionary filters (`region=5`). */
  params: Record<string, string>;
  columns: string[];
}

export interface SavedView {
  id: string;
  name: string;
  state: unknown;
  isDefault: boolean;
  version: number;
}

/** The list's table state and setters the views read and apply. */
export interface ViewTarget {
  kind: CustomerKind;
  columns: string[];
  filters: CrudFilter[];
  sorters: CrudSort[];
  setFilters: (filters: CrudFilter[], behavior: 'replace') => void;
  setSorters: (sorters: CrudSort[]) => void;
  setCurrentPage: (page: number) => void;
  /** Shows columns for the current kind (remembered per kind). */
  setColumns: (columns: string[]) => void;
  /** Where the list keeps the columns of a kind (to apply a view of the other kind). */
  columnsKey: (kind: CustomerKind) => string;
}

const URL_KEYS = ['q', ...FILTER_KEYS];

function isViewState(value: unknown): value is ViewState {
  const state = value as ViewState | null;
  return (
    !!state &&
    (state.kind === 'ENTERPRISE' || state.kind === 'INDIVIDUAL') &&
    Array.isArray(state.filters) &&
    Array.isArray(state.sorters) &&
    Array.isArray(state.columns) &&
    typeof state.params === 'object'
  );
}

/** Whether the list was opened with a state of its own (then the default view stays out of the way). */
function hasOwnState(search: string): boolean {
  const params = new URLSearchParams(search);
  return [...params.keys()].some(
    (key) => key.startsWith('filters') || key.startsWith('sorters') || URL_KEYS.includes(key),
  );
}

/** Saved views of the customer list: pick one, save the current state, manage one's own. */
export function SavedViews({ target }: { target: ViewTarget }) {
  const translate = useTranslate();
  const { open: notify } = useNotification();
  const [searchParams, setSearchParams] = useSearchParams();
  const views = useGqlQuery(SAVED_VIEWS_QUERY, { resource: 'CUSTOMERS' });
  const create = useGqlMutation(CREATE_SAVED_VIEW);
  const [current, setCurrent] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const [form] = Form.useForm<{ name: string; isDefault: boolean }>();
  const openedWithState = useRef(hasOwnState(window.location.search));
  const defaultApplied = useRef(false);
  const list = (views.data?.savedViews ?? []) as SavedView[];

  const currentState = (): ViewState => ({
    kind: target.kind,
    filters: target.filters.filter(
      (filter) =>
        filter.value !== undefined && !(Array.isArray(filter.value) && !filter.value.length),
    ),
    sorters: target.sorters,
    params: Object.fromEntries(
      URL_KEYS.map((key) => [key, searchParams.get(key)]).filter(
        (entry): entry is [string, string] => !!entry[1],
      ),
    ),
    columns: target.columns,
  });

  const apply = (view: SavedView) => {
    if (!isViewState(view.state)) return;
    const state = view.state;
    const next = new URLSearchParams(window.location.search);
    for (const key of URL_KEYS) next.delete(key);
    for (const [key, value] of Object.entries(state.params))
      if (URL_KEYS.includes(key)) next.set(key, String(value));
    next.set('currentPage', '1');
    setSearchParams(next);
    target.setFilters(state.filters, 'replace');
    target.setSorters(state.sorters);
    target.setCurrentPage(1);
    if (state.kind === target.kind) target.setColumns(state.columns);
    else {
      try {
        localStorage.setItem(target.columnsKey(state.kind), JSON.stringify(state.columns));
      } catch {
        // columns not remembered; filters and sort still apply
      }
    }
    setCurrent(view.id);
  };

  // The default view, once, when the list opens without filters of its own.
  useEffect(() => {
    if (defaultApplied.current || openedWithState.current || !views.data) return;
    defaultApplied.current = true;
    const preferred = list.find((view) => view.isDefault);
    if (preferred) apply(preferred);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [views.data]);

  const save = async () => {
    const values = await form.validateFields();
    try {
      const saved = await create.run({
        input: {
          savedView: {
            resource: 'CUSTOMERS',
            name: values.name,
            state: currentState(),
            isDefault: !!values.isDefault,
          },
        },
      });
      setSaving(false);
      form.resetFields();
      setCurrent(saved.createOneSavedView.id);
      notify?.({ type: 'success', message: translate('savedViews.saved') });
      await views.refetch();
    } catch (error) {
      if (!applyFieldErrors(form, error)) notify?.({ type: 'error', message: errorMessage(error) });
    }
  };

  const currentView = list.find((view) => view.id === current);
  const items: MenuProps['items'] = [
    ...list.map((view) => ({
      key: view.id,
      label: (
        <span data-testid="saved-view-option">
          {view.name}
          {view.isDefault && (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              {translate('savedViews.default')}
            </Tag>
          )}
        </span>
      ),
      onClick: () => apply(view),
    })),
    ...(list.length ? [{ type: 'divider' as const }] : []),
    {
      key: 'save',
      icon: <SaveOutlined />,
      label: <span data-testid="saved-view-save">{translate('savedViews.saveCurrent')}</span>,
      onClick: () => setSaving(true),
    },
    ...(list.length
      ? [
          {
            key: 'manage',
            icon: <SettingOutlined />,
            label: <span data-testid="saved-view-manage">{translate('savedViews.manage')}</span>,
            onClick: () => setManaging(true),
          },
        ]
      : []),
  ];

  return (
    <>
      <Dropdown menu={{ items, selectedKeys: current ? [current] : [] }} trigger={['click']}>
        <Button icon={<AppstoreOutlined />} data-testid="saved-views" loading={views.isLoading}>
          {currentView?.name ?? translate('savedViews.title')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={saving}
        title={translate('savedViews.saveCurrent')}
        okText={translate('buttons.save')}
        onOk={() => void save()}
        onCancel={() => setSaving(false)}
        confirmLoading={create.isPending}
        destroyOnHidden
        data-testid="saved-view-save-modal"
      >
        <Form form={form} layout="vertical" onFinish={() => void save()}>
          <Form.Item
            name="name"
            label={translate('savedViews.name')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
          >
            <Input autoFocus maxLength={100} data-testid="saved-view-name" />
          </Form.Item>
          <Form.Item name="isDefault" valuePropName="checked" noStyle>
            <Checkbox data-testid="saved-view-default">
              {translate('savedViews.makeDefault')}
            </Checkbox>
          </Form.Item>
        </Form>
      </Modal>
      <ManageSavedViews
        open={managing}
        views={list}
        onClose={() => setManaging(false)}
        onChanged={() => void views.refetch()}
        currentState={currentState}
      />
    </>
  );
}
