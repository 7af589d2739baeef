import { Button, Popconfirm, message } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useGo, usePermissions, useTranslate } from '@refinedev/core';
import { errorMessage, useGqlMutation } from '../../dictionaries/gql';
import { DELETE_CUSTOMER_MUTATION, RESTORE_CUSTOMER_MUTATION } from './queries';
import type { Customer } from './common';

/**
 * Soft-deletes the customer (needs `customer.delete` and edit access) and goes to the list. Those
 * who may restore (`customer.delete` and `user.manage`) get an undo in the message, since a deleted
 * customer cannot be opened again.
 */
export function DeleteCustomerButton({ customer }: { customer: Customer }) {
  const translate = useTranslate();
  const go = useGo();
  const { data: permissions } = usePermissions<string[]>({});
  const remove = useGqlMutation(DELETE_CUSTOMER_MUTATION);
  const restore = useGqlMutation(RESTORE_CUSTOMER_MUTATION);
  if (!permissions?.includes('customer.delete')) return null;
  const mayRestore = permissions.includes('user.manage');
  const undo = async (key: string) => {
    try {
      await restore.run({ id: customer.id });
      message.destroy(key);
      message.success(translate('customerActions.customer.restored', { name: customer.name }));
      go({ to: `/customers/show/${customer.id}` });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Popconfirm
      title={translate('customerActions.customer.deleteConfirm', { name: customer.name })}
      description={translate(
        mayRestore
          ? 'customerActions.customer.deleteHintRestore'
          : 'customerActions.customer.deleteHint',
      )}
      okText={translate('buttons.delete')}
      cancelText={translate('buttons.cancel')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={async () => {
        try {
          await remove.run({ id: customer.id });
          const key = `customer-deleted-${customer.id}`;
          message.success({
            key,
            duration: 10,
            content: (
              <span data-testid="customer-deleted">
                {translate('customerActions.customer.deleted', { name: customer.name })}
                {mayRestore && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void undo(key)}
                    data-testid="customer-restore"
                  >
                    {translate('customerActions.customer.restore')}
                  </Button>
                )}
              </span>
            ),
          });
          go({ to: '/customers' });
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      <Button danger icon={<DeleteOutlined />} data-testid="customer-delete">
        {translate('buttons.delete')}
      </Button>
    </Popconfirm>
  );
}
