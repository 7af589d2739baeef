import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Table, Upload, message } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { errorMessage, useGqlMutation } from '../../dictionaries/gql';
import { downloadWithToken, uploadDocument } from '../shared';
import { DELETE_DOCUMENT_MUTATION } from './queries';
import { DeleteButton, dateTime, formatSize, useOptions, type Customer, type Tabs } from './common';

export function DocumentsTab({
  customer,
  tabs,
  reload,
  canEdit,
}: {
  customer: Customer;
  tabs?: Tabs;
  reload: () => void;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ type: string; note?: string; file?: { originFileObj?: File }[] }>();
  const types = useOptions('document_type');
  const remove = useGqlMutation(DELETE_DOCUMENT_MUTATION);
  const submit = async (values: {
    type: string;
    note?: string;
    file?: { originFileObj?: File }[];
  }) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setBusy(true);
    try {
      await uploadDocument(customer.id, values.type, values.note, file);
      message.success(translate('customers.documents.uploaded'));
      setOpen(false);
      form.resetFields();
      reload();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {canEdit && (
        <Button
          icon={<UploadOutlined />}
          type="primary"
          style={{ marginBottom: 12 }}
          onClick={() => setOpen(true)}
        >
          {translate('customers.documents.upload')}
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        dataSource={tabs?.documents ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            key: 'fileName',
            title: translate('customers.documents.fileName'),
            render: (_, doc) => (
              <a
                onClick={() =>
                  downloadWithToken(doc.downloadUrl, doc.fileName).catch((error) =>
                    message.error(errorMessage(error)),
                  )
                }
              >
                {doc.fileName}
              </a>
            ),
          },
          {
            key: 'type',
            title: translate('customers.documents.type'),
            render: (_, doc) => doc.type?.label ?? '—',
          },
          {
            key: 'size',
            title: translate('customers.documents.size'),
            render: (_, doc) => formatSize(doc.size),
          },
          { key: 'note', dataIndex: 'note', title: translate('customers.documents.note') },
          {
            key: 'uploadedBy',
            title: translate('customers.documents.uploadedBy'),
            render: (_, doc) => doc.uploadedBy?.displayName ?? '—',
          },
          {
            key: 'uploadedAt',
            title: translate('customers.documents.uploadedAt'),
            render: (_, doc) => dateTime(doc.uploadedAt),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: translate('customerActions.column'),
                  render: (_: unknown, doc: Tabs['documents'][number]) => (
                    <DeleteButton
                      label={translate('customerActions.documents.delete', { name: doc.fileName })}
                      confirm={translate('customerActions.documents.deleteConfirm')}
                      testId={`document-delete-${doc.id}`}
                      onConfirm={async () => {
                        await remove.run({ id: doc.id });
                        reload();
                      }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={open}
        title={translate('customers.documents.upload')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="type"
            label={translate('customers.documents.type')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Select options={types} />
          </Form.Item>
          <Form.Item name="note" label={translate('customers.documents.note')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            name="file"
            label={translate('customers.documents.file')}
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList?: unknown[] }) => event?.fileList?.slice(-1)}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Upload beforeUpload={() => false} maxCount={1}>
              <Button icon={<UploadOutlined />}>{translate('customers.documents.choose')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
