import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Grid,
  Input,
  List as AntdList,
  Popconfirm,
  Row,
  Space,
  Spin,
  Switch,
  Tag,
  Tooltip,
  Tree,
  Typography,
} from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  ReloadOutlined,
  SubnodeOutlined,
} from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useGetLocale, usePermissions, useTranslate } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import {
  DELETE_DICTIONARY_ITEM_MUTATION,
  DELETE_DICTIONARY_TYPE_MUTATION,
  DICTIONARY_QUERY,
  DICTIONARY_SCHEMA_QUERY,
  DICTIONARY_TYPES_QUERY,
  REORDER_DICTIONARY_ITEMS_MUTATION,
  UPDATE_DICTIONARY_ITEM_MUTATION,
} from './queries';
import { errorCode, errorMessage, useGqlMutation, useGqlQuery } from './gql';
import {
  treeOf,
  type AttributeDefinition,
  type DictionaryDetail,
  type DictionaryTypeRow,
  type TreeItem,
} from './types';
import { ItemModal, attributeLabel } from './ItemModal';
import { MergeModal } from './MergeModal';
import { TypeModal } from './TypeModal';
import { searchButton } from '../../components/SearchButton';

type ItemDialog =
  | { kind: 'create'; parentId?: string | null }
  | { kind: 'edit'; item: TreeItem }
  | { kind: 'merge'; item: TreeItem }
  | null;

function formatAttribute(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

function ColorSwatch({ color }: { color?: string | null }) {
  return (
    <span
      aria-label={color ?? undefined}
      title={color ?? undefined}
      style={{
        display: 'inline-block',
        width: 14,
        height: 14,
        borderRadius: 3,
        background: color ?? 'transparent',
        border: color ? '1px solid rgba(0,0,0,0.15)' : '1px dashed rgba(0,0,0,0.25)',
        verticalAlign: 'middle',
      }}
    />
  );
}

/** Siblings list (roots or a parent's children) of the item with `id`. */
function siblingsOf(
  tree: TreeItem[],
  id: string,
): { parent: TreeItem | null; list: TreeItem[] } | null {
  if (tree.some((item) => item.id === id)) return { parent: null, list: tree };
  for (const item of tree) {
    if (item.children?.some((child) => child.id === id))
      return { parent: item, list: item.children };
    const found = item.children ? siblingsOf(item.children, id) : null;
    if (found) return found;
  }
  return null;
}

function replaceChildren(tree: TreeItem[], parentId: string | null, list: TreeItem[]): TreeItem[] {
  if (parentId === null) return list;
  return tree.map((item) =>
    item.id === parentId
      ? { ...item, children: list }
      : item.children
        ? { ...item, children: replaceChildren(item.children, parentId, list) }
        : item,
  );
}

export function DictionaryManager() {
  const translate = useTranslate();
  const locale = useGetLocale()() ?? 'zh-CN';
  const { message, modal } = App.useApp();
  const { data: permissions } = usePermissions<string[]>({});
  const canManage = (permissions ?? []).includes('dictionary.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedCode = searchParams.get('type') ?? undefined;
  const [search, setSearch] = useState('');
  const [typeModalOpen, setTypeModalOpen] = useState(false);
  const [editingType, setEditingType] = useState(false);
  const [dialog, setDialog] = useState<ItemDialog>(null);
  const phone = Grid.useBreakpoint().md === false;

  const types = useGqlQuery(DICTIONARY_TYPES_QUERY, {
    paging: { limit: 200 },
    sorting: [{ field: 'code', direction: 'ASC' }],
  });
  const typeRows = useMemo(() => types.data?.dictionaryTypes.nodes ?? [], [types.data]);
  const filteredTypes = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (!needle) return typeRows;
    return typeRows.filter((type) =>
      [type.code, type.name, type.nameZh, type.nameEn].some((text) =>
        text.toLowerCase().includes(needle),
      ),
    );
  }, [typeRows, search]);

  const select = (code: string) => setSearchParams({ type: code }, { replace: true });

  useEffect(() => {
    if (!selectedCode && typeRows.length > 0) select(typeRows[0].code);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedCode, typeRows]);

  const detail = useGqlQuery(
    DICTIONARY_QUERY,
    { code: selectedCode ?? '' },
    { enabled: !!selectedCode },
  );
  const schema = useGqlQuery(
    DICTIONARY_SCHEMA_QUERY,
    { code: selectedCode ?? '' },
    { enabled: !!selectedCode },
  );
  const dictionary = useMemo<DictionaryDetail | undefined>(() => {
    const loaded = detail.data?.dictionary;
    if (!loaded) return undefined;
    const attributeSchema = schema.data?.dictionary?.attributeSchema ?? [];
    return { ...loaded, attributeSchema };
  }, [detail.data, schema.data]);
  const [tree, setTree] = useState<TreeItem[]>([]);
  useEffect(() => setTree(treeOf(dictionary)), [dictionary]);

  const updateItem = useGqlMutation(UPDATE_DICTIONARY_ITEM_MUTATION);
  const deleteItem = useGqlMutation(DELETE_DICTIONARY_ITEM_MUTATION);
  const reorder = useGqlMutation(REORDER_DICTIONARY_ITEMS_MUTATION);

  const refresh = () => {
    void detail.refetch();
    void schema.refetch();
    void types.refetch();
  };

  const toggleEnabled = async (item: TreeItem, enabled: boolean) => {
    try {
      await updateItem.run({ input: { id: item.id, version: item.version, update: { enabled } } });
      message.success(
        translate(enabled ? 'dictionaries.messages.enabled' : 'dictionaries.messages.disabled'),
      );
    } catch (error) {
      message.error(errorMessage(error));
    }
    void detail.refetch();
  };

  const remove = async (item: TreeItem) => {
    try {
      await deleteItem.run({ input: { id: item.id } });
      message.success(translate('dictionaries.messages.deleted'));
      refresh();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        modal.error({
          title: translate('dictionaries.messages.deleteConflict'),
          content: errorMessage(error),
        });
      } else {
        message.error(errorMessage(error));
      }
    }
  };

  /** Shows `list` as the new order of `parentId`'s children and saves it. */
  const saveOrder = (parentId: string | null, list: TreeItem[]) => {
    if (!dictionary) return;
    const previous = tree;
    setTree(replaceChildren(tree, parentId, list));
    reorder
      .run({ typeCode: dictionary.code, orderedIds: list.map((item) => item.id) })
      .then(() => {
        message.success(translate('dictionaries.messages.reordered'));
        void detail.refetch();
      })
      .catch((error: unknown) => {
        setTree(previous);
        message.error(errorMessage(error));
      });
  };

  // Keyboard reordering keeps the focus on the moved item's button.
  const refocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const row = document.querySelector(`[data-item-id="${target.id}"]`);
    const button = row?.querySelector<HTMLButtonElement>(
      `button[data-move="${target.direction}"]:not([disabled])`,
    );
    (button ?? row?.querySelector<HTMLElement>('[data-move]'))?.focus();
  }, [tree]);

  /** Moves an item one place up (-1) or down (+1) among its siblings: no dragging needed. */
  const move = (item: TreeItem, delta: -1 | 1) => {
    const siblings = siblingsOf(tree, item.id);
    if (!siblings) return;
    const index = siblings.list.findIndex((sibling) => sibling.id === item.id);
    const target = index + delta;
    if (target < 0 || target >= siblings.list.length) {
      message.info(
        translate(
          delta < 0 ? 'dictionaries.messages.alreadyFirst' : 'dictionaries.messages.alreadyLast',
        ),
      );
      return;
    }
    const list = [...siblings.list];
    [list[index], list[target]] = [list[target], list[index]];
    refocus.current = { id: item.id, direction: delta < 0 ? 'up' : 'down' };
    saveOrder(siblings.parent?.id ?? null, list);
  };

  const onItemKeyDown = (item: TreeItem, event: KeyboardEvent) => {
    if (!canManage || !event.altKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.stopPropagation();
    move(item, event.key === 'ArrowUp' ? -1 : 1);
  };

  const onDrop: TreeProps<TreeDataNode>['onDrop'] = (info) => {
    if (!dictionary) return;
    const dragId = String(info.dragNode.key);
    const dropId = String(info.node.key);
    const dragSiblings = siblingsOf(tree, dragId);
    const dropSiblings = siblingsOf(tree, dropId);
    if (
      !info.dropToGap ||
      !dragSiblings ||
      !dropSiblings ||
      dragSiblings.parent?.id !== dropSiblings.parent?.id
    ) {
      message.warning(translate('dictionaries.messages.sameParentOnly'));
      return;
    }
    const position = info.node.pos.split('-');
    const relative = info.dropPosition - Number(position[position.length - 1]);
    const list = dragSiblings.list.filter((item) => item.id !== dragId);
    const dragged = dragSiblings.list.find((item) => item.id === dragId)!;
    const dropIndex = list.findIndex((item) => item.id === dropId);
    list.splice(relative === -1 ? dropIndex : dropIndex + 1, 0, dragged);
    saveOrder(dragSiblings.parent?.id ?? null, list);
  };

  const allowDrop: TreeProps<TreeDataNode>['allowDrop'] = ({
    dragNode,
    dropNode,
    dropPosition,
  }) => {
    if (dropPosition === 0) return false;
    const a = siblingsOf(tree, String(dragNode.key));
    const b = siblingsOf(tree, String(dropNode.key));
    return !!a && !!b && a.parent?.id === b.parent?.id;
  };

  const renderTitle = (item: TreeItem, schema: readonly AttributeDefinition[]): ReactNode => {
    const attributes = (item.attributes ?? {}) as Record<string, unknown>;
    const attributeTags = schema
      .filter(
        (definition) =>
          attributes[definition.key] !== undefined && attributes[definition.key] !== null,
      )
      .map((definition) => (
        <Tag key={definition.key} bordered={false}>
          {attributeLabel(definition, locale)}: {formatAttribute(attributes[definition.key])}
        </Tag>
      ));
    const siblings = siblingsOf(tree, item.id)?.list ?? [];
    const position = siblings.findIndex((sibling) => sibling.id === item.id);
    const label = { label: item.label };
    return (
      <div
        className="dictionary-item-title"
        data-item-id={item.id}
        data-item-code={item.code}
        onKeyDown={(event) => onItemKeyDown(item, event)}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          flexWrap: 'wrap',
          padding: '2px 0',
        }}
      >
        <ColorSwatch color={item.color} />
        <Typography.Text
          strong
          delete={!item.enabled}
          type={item.enabled ? undefined : 'secondary'}
        >
          {item.labelZh}
        </Typography.Text>
        <Typography.Text type="secondary">{item.labelEn}</Typography.Text>
        <Tag>{item.code}</Tag>
        {!item.enabled && <Tag color="default">{translate('dictionaries.items.disabled')}</Tag>}
        {item.controllingItem && (
          <Tag color="purple">
            {translate('dictionaries.items.fields.controllingItem')}: {item.controllingItem.label}
          </Tag>
        )}
        {attributeTags}
        <span style={{ flex: 1 }} />
        {/* Only dictionary managers get the count (it spans customers they may not read). */}
        {item.usageCount != null && (
          <Tooltip title={translate('dictionaries.items.fields.usageCount')}>
            <Tag color={item.usageCount > 0 ? 'blue' : 'default'}>
              {translate('dictionaries.items.usage', { count: item.usageCount })}
            </Tag>
          </Tooltip>
        )}
        <span
          onClick={(event) => event.stopPropagation()}
          onMouseDown={(event) => event.stopPropagation()}
        >
          <Space size={4}>
            <Tooltip title={translate('dictionaries.items.fields.enabled')}>
              <Switch
                size="small"
                aria-label={translate('dictionaries.items.enabledItem', label)}
                checked={item.enabled}
                disabled={!canManage}
                onChange={(checked) => void toggleEnabled(item, checked)}
              />
            </Tooltip>
            {canManage && (
              <>
                <Tooltip title={translate('dictionaries.items.moveUp', label)}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={translate('dictionaries.items.moveUp', label)}
                    aria-keyshortcuts="Alt+ArrowUp"
                    data-move="up"
                    disabled={position <= 0 || reorder.isPending}
                    onClick={() => move(item, -1)}
                  />
                </Tooltip>
                <Tooltip title={translate('dictionaries.items.moveDown', label)}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={translate('dictionaries.items.moveDown', label)}
                    aria-keyshortcuts="Alt+ArrowDown"
                    data-move="down"
                    disabled={position < 0 || position >= siblings.length - 1 || reorder.isPending}
                    onClick={() => move(item, 1)}
                  />
                </Tooltip>
                {dictionary?.hierarchical && (
                  <Tooltip title={translate('dictionaries.items.addChild')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<SubnodeOutlined />}
                      aria-label={translate('dictionaries.items.addChildOf', label)}
                      onClick={() => setDialog({ kind: 'create', parentId: item.id })}
                    />
                  </Tooltip>
                )}
                <Tooltip title={translate('buttons.edit')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    aria-label={translate('dictionaries.items.editItem', label)}
                    onClick={() => setDialog({ kind: 'edit', item })}
                  />
                </Tooltip>
                <Tooltip title={translate('dictionaries.merge.action')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<MergeCellsOutlined />}
                    aria-label={translate('dictionaries.items.mergeItem', label)}
                    onClick={() => setDialog({ kind: 'merge', item })}
                  />
                </Tooltip>
                <Popconfirm
                  title={translate('dictionaries.items.deleteConfirm', { label: item.label })}
                  okText={translate('buttons.delete')}
                  cancelText={translate('buttons.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(item)}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={translate('dictionaries.items.deleteItem', label)}
                  />
                </Popconfirm>
              </>
            )}
          </Space>
        </span>
      </div>
    );
  };

  const treeData = useMemo(() => {
    const schema = dictionary?.attributeSchema ?? [];
    const toNode = (item: TreeItem): TreeDataNode => ({
      key: item.id,
      title: renderTitle(item, schema),
      children: item.children?.length ? item.children.map(toNode) : undefined,
    });
    return tree.map(toNode);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tree, dictionary, canManage, locale, reorder.isPending]);

  return (
    <List title={translate('dictionaries.titles.list')}>
      <Row gutter={[16, 16]} wrap={phone} style={{ alignItems: 'flex-start' }}>
        <Col flex={phone ? '100%' : '320px'}>
          <Card
            size="small"
            title={translate('dictionaries.types.title')}
            extra={
              canManage && (
                <Button
                  size="small"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setTypeModalOpen(true)}
                >
                  {translate('dictionaries.types.create')}
                </Button>
              )
            }
          >
            <Input.Search
              enterButton={searchButton(translate('phone.search'))}
              allowClear
              placeholder={translate('dictionaries.types.search')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              style={{ marginBottom: 8 }}
            />
            <AntdList<DictionaryTypeRow>
              size="small"
              loading={types.isLoading}
              dataSource={filteredTypes}
              style={{ maxHeight: 'calc(100vh - 280px)', overflowY: 'auto' }}
              renderItem={(type) => {
                const active = type.code === selectedCode;
                return (
                  <AntdList.Item
                    onClick={() => select(type.code)}
                    role="button"
                    tabIndex={0}
                    aria-pressed={active}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      select(type.code);
                    }}
                    style={{
                      cursor: 'pointer',
                      paddingInline: 8,
                      borderRadius: 6,
                      background: active ? 'rgba(29, 78, 216, 0.08)' : undefined,
                    }}
                  >
                    <div style={{ width: '100%' }}>
                      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                        <Typography.Text strong={active} ellipsis>
                          {type.name}
                        </Typography.Text>
                        <Typography.Text type="secondary">{type.itemCount}</Typography.Text>
                      </div>
                      <Space size={4} wrap>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {type.code}
                        </Typography.Text>
                        {type.system && (
                          <Tag color="gold">{translate('dictionaries.types.system')}</Tag>
                        )}
                        {type.hierarchical && (
                          <Tag color="cyan">{translate('dictionaries.types.hierarchical')}</Tag>
                        )}
                      </Space>
                    </div>
                  </AntdList.Item>
                );
              }}
            />
          </Card>
        </Col>
        <Col flex={phone ? '100%' : 'auto'} style={{ minWidth: 0 }}>
          <DictionaryPanel
            dictionary={dictionary}
            loading={detail.isLoading}
            fetching={detail.isFetching}
            canManage={canManage}
            onCreate={() => setDialog({ kind: 'create', parentId: null })}
            onRefresh={refresh}
            onEditType={() => {
              setEditingType(true);
              setTypeModalOpen(true);
            }}
            onTypeDeleted={() => {
              void types.refetch();
              setSearchParams({});
            }}
          >
            {tree.length === 0 ? (
              <Empty description={translate('dictionaries.items.empty')} />
            ) : (
              <Tree
                blockNode
                showLine={!!dictionary?.hierarchical}
                draggable={canManage ? { icon: false } : false}
                allowDrop={allowDrop}
                onDrop={onDrop}
                selectable={false}
                treeData={treeData}
              />
            )}
          </DictionaryPanel>
        </Col>
      </Row>
      <TypeModal
        open={typeModalOpen}
        types={typeRows}
        editing={editingType ? dictionary : undefined}
        onClose={() => {
          setTypeModalOpen(false);
          setEditingType(false);
        }}
        onCreated={(code) => {
          setTypeModalOpen(false);
          setEditingType(false);
          void types.refetch();
          if (code === selectedCode) refresh();
          else select(code);
        }}
      />
      {dictionary && (
        <>
          <ItemModal
            open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
            dictionary={dictionary}
            item={dialog?.kind === 'edit' ? dialog.item : undefined}
            parentId={dialog?.kind === 'create' ? dialog.parentId : undefined}
            onClose={() => setDialog(null)}
            onSaved={() => {
              setDialog(null);
              refresh();
            }}
          />
          <MergeModal
            open={dialog?.kind === 'merge'}
            dictionary={dictionary}
            item={dialog?.kind === 'merge' ? dialog.item : undefined}
            onClose={() => setDialog(null)}
            onMerged={refresh}
          />
        </>
      )}
    </List>
  );
}

function DictionaryPanel({
  dictionary,
  loading,
  fetching,
  canManage,
  onCreate,
  onRefresh,
  onEditType,
  onTypeDeleted,
  children,
}: {
  dictionary?: DictionaryDetail;
  loading: boolean;
  fetching: boolean;
  canManage: boolean;
  onCreate: () => void;
  onRefresh: () => void;
  onEditType: () => void;
  onTypeDeleted: () => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  if (loading)
    return (
      <Card>
        <Spin />
      </Card>
    );
  if (!dictionary)
    return (
      <Card>
        <Empty description={translate('dictionaries.types.none')} />
      </Card>
    );
  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{dictionary.name}</span>
          <Typography.Text type="secondary">{dictionary.code}</Typography.Text>
          {dictionary.system && <Tag color="gold">{translate('dictionaries.types.system')}</Tag>}
          {dictionary.hierarchical && (
            <Tag color="cyan">{translate('dictionaries.types.hierarchical')}</Tag>
          )}
        </Space>
      }
      extra={
        <Space>
          <Button size="small" icon={<ReloadOutlined />} loading={fetching} onClick={onRefresh}>
            {translate('buttons.refresh')}
          </Button>
          {canManage && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={onEditType}
              data-testid="type-edit"
            >
              {translate('dictionaryTypeEdit.edit')}
            </Button>
          )}
          {canManage && !dictionary.system && (
            <DeleteTypeButton dictionary={dictionary} onDeleted={onTypeDeleted} />
          )}
          {canManage && (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={onCreate}>
              {translate('dictionaries.items.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={translate('dictionaries.types.fields.nameZh')}>
          {dictionary.nameZh}
        </Descriptions.Item>
        <Descriptions.Item label={translate('dictionaries.types.fields.nameEn')}>
          {dictionary.nameEn}
        </Descriptions.Item>
        {dictionary.description && (
          <Descriptions.Item label={translate('dictionaries.types.fields.description')} span={2}>
            {dictionary.description}
          </Descriptions.Item>
        )}
        {dictionary.controllingType && (
          <Descriptions.Item label={translate('dictionaries.types.fields.controllingType')}>
            {dictionary.controllingType.name} ({dictionary.controllingType.code})
          </Descriptions.Item>
        )}
        {dictionary.attributeSchema.length > 0 && (
          <Descriptions.Item
            label={translate('dictionaries.types.fields.attributeSchema')}
            span={2}
          >
            <Space size={[4, 4]} wrap>
              {dictionary.attributeSchema.map((definition) => (
                <Tag key={definition.key}>
                  {definition.key}: {translate(`dictionaries.attributeTypes.${definition.type}`)}
                  {definition.required ? ' *' : ''}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      {canManage && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {translate('dictionaries.items.dragHint')}
        </Typography.Paragraph>
      )}
      {children}
    </Card>
  );
}

/** Deletes a non-system type without items (the server refuses the rest and says why). */
function DeleteTypeButton({
  dictionary,
  onDeleted,
}: {
  dictionary: DictionaryDetail;
  onDeleted: () => void;
}) {
  const translate = useTranslate();
  const { message } = App.useApp();
  const remove = useGqlMutation(DELETE_DICTIONARY_TYPE_MUTATION);
  return (
    <Popconfirm
      title={translate('dictionaryTypeEdit.deleteConfirm', { name: dictionary.name })}
      okText={translate('buttons.delete')}
      cancelText={translate('buttons.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={async () => {
        try {
          await remove.run({ input: { id: dictionary.id } });
          message.success(translate('dictionaryTypeEdit.deleted'));
          onDeleted();
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      <Button
        size="small"
        danger
        icon={<DeleteOutlined />}
        loading={remove.isPending}
        data-testid="type-delete"
      >
        {translate('buttons.delete')}
      </Button>
    </Popconfirm>
  );
}
