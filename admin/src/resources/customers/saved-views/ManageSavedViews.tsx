import { useState } from 'react';
import { Button, Form, Input, List, Modal, Popconfirm, Space, Tag, Tooltip } from 'antd';
import {
  DeleteOutlined,
  EditOutlined,
  SaveOutlined,
  StarFilled,
  StarOutlined,
} from '@ant-design/icons';
import { useNotification, useTranslate } from '@refinedev/core';
import { applyFieldErrors, errorMessage, useGqlMutation } from '../../dictionaries/gql';
import { DELETE_SAVED_VIEW, UPDATE_SAVED_VIEW } from './queries';
import type { SavedView, ViewState } from './SavedViews';

interface Props {
  open: boolean;
  views: SavedView[];
  onClose: () => void;
  onChanged: () => void;
  currentState: () => ViewState;
}

/** Rename, re-save, make default or delete one's own views. */
export function ManageSavedViews({ open, views, onClose, onChanged, currentState }: Props) {
  const translate = useTranslate();
  const { open: notify } = useNotification();
  const update = useGqlMutation(UPDATE_SAVED_VIEW);
  const remove = useGqlMutation(DELETE_SAVED_VIEW);
  const [renaming, setRenaming] = useState<SavedView | null>(null);
  const [form] = Form.useForm<{ name: string }>();

  const change = async (
    view: SavedView,
    changes: { name?: string; isDefault?: boolean; state?: ViewState },
  ) => {
    await update.run({ input: { id: view.id, version: view.version, update: changes } });
    onChanged();
  };
  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) notify?.({ type: 'success', message: translate(done) });
    } catch (error) {
      notify?.({ type: 'error', message: errorMessage(error) });
      onChanged();
    }
  };
  const rename = async () => {
    if (!renaming) return;
    const { name } = await form.validateFields();
    try {
      await change(renaming, { name });
      setRenaming(null);
    } catch (error) {
      if (!applyFieldErrors(form, error)) notify?.({ type: 'error', message: errorMessage(error) });
    }
  };

  return (
    <>
      <Modal
        open={open}
        title={translate('savedViews.manage')}
        footer={null}
        onCancel={onClose}
        data-testid="saved-views-manage"
      >
        <List
          dataSource={views}
          rowKey="id"
          renderItem={(view) => (
            <List.Item
              data-testid="saved-view-row"
              actions={[
                <Tooltip
                  key="default"
                  title={translate(
                    view.isDefault ? 'savedViews.unsetDefault' : 'savedViews.makeDefault',
                  )}
                >
                  <Button
                    type="text"
                    size="small"
                    aria-label={translate(
                      view.isDefault ? 'savedViews.unsetDefault' : 'savedViews.makeDefault',
                    )}
                    icon={
                      view.isDefault ? (
                        <StarFilled style={{ color: '#faad14' }} />
                      ) : (
                        <StarOutlined />
                      )
                    }
                    onClick={() => void run(() => change(view, { isDefault: !view.isDefault }))}
                  />
                </Tooltip>,
                <Tooltip key="overwrite" title={translate('savedViews.overwrite')}>
                  <Button
                    type="text"
                    size="small"
                    aria-label={translate('savedViews.overwrite')}
                    icon={<SaveOutlined />}
                    onClick={() =>
                      void run(() => change(view, { state: currentState() }), 'savedViews.saved')
                    }
                  />
                </Tooltip>,
                <Tooltip key="rename" title={translate('savedViews.rename')}>
                  <Button
                    type="text"
                    size="small"
                    aria-label={translate('savedViews.rename')}
                    data-testid="saved-view-rename"
                    icon={<EditOutlined />}
                    onClick={() => setRenaming(view)}
                  />
                </Tooltip>,
                <Popconfirm
                  key="delete"
                  title={translate('savedViews.confirmDelete', { name: view.name })}
                  okText={translate('buttons.delete')}
                  cancelText={translate('buttons.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    run(async () => {
                      await remove.run({ input: { id: view.id } });
                      onChanged();
                    })
                  }
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    aria-label={translate('buttons.delete')}
                    data-testid="saved-view-delete"
                    icon={<DeleteOutlined />}
                  />
                </Popconfirm>,
              ]}
            >
              <Space>
                <span data-testid="saved-view-row-name">{view.name}</span>
                {view.isDefault && <Tag color="blue">{translate('savedViews.default')}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Modal>
      <Modal
        open={!!renaming}
        title={translate('savedViews.rename')}
        okText={translate('buttons.save')}
        onOk={() => void rename()}
        onCancel={() => setRenaming(null)}
        confirmLoading={update.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ name: renaming?.name }}
          onFinish={() => void rename()}
        >
          <Form.Item
            name="name"
            label={translate('savedViews.name')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
          >
            <Input autoFocus maxLength={100} data-testid="saved-view-rename-input" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
