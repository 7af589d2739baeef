import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Form, Modal, Result, TreeSelect, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { MERGE_DICTIONARY_ITEM_MUTATION } from './queries';
import { errorMessage, useGqlMutation } from './gql';
import { flatten, toSelectTree, treeOf, type DictionaryDetail, type TreeItem } from './types';

/** "Merge into…": picks a target of the same type, previews the usage, merges. */
export function MergeModal({
  open,
  dictionary,
  item,
  onClose,
  onMerged,
}: {
  open: boolean;
  dictionary: DictionaryDetail;
  item?: TreeItem;
  onClose: () => void;
  onMerged: () => void;
}) {
  const translate = useTranslate();
  const { message } = App.useApp();
  const [intoId, setIntoId] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [rewritten, setRewritten] = useState<number | null>(null);
  const merge = useGqlMutation(MERGE_DICTIONARY_ITEM_MUTATION);

  useEffect(() => {
    if (open) {
      setIntoId(undefined);
      setError(null);
      setRewritten(null);
    }
  }, [open, item]);

  const tree = treeOf(dictionary);
  const targets = useMemo(
    () => toSelectTree(tree, item ? new Set([item.id]) : new Set()),
    [tree, item],
  );
  const into = useMemo(
    () => flatten(tree).find(({ item: candidate }) => candidate.id === intoId)?.item,
    [tree, intoId],
  );

  if (!item) return null;

  const confirm = async () => {
    if (!intoId) return;
    setError(null);
    try {
      const result = await merge.run({ from: item.id, into: intoId });
      setRewritten(result.mergeDictionaryItem.rewritten);
      message.success(
        translate('dictionaries.merge.done', { count: result.mergeDictionaryItem.rewritten }),
      );
      onMerged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const done = rewritten !== null;
  return (
    <Modal
      open={open}
      title={translate('dictionaries.merge.title', { item: `${item.label} (${item.code})` })}
      onCancel={onClose}
      onOk={done ? onClose : () => void confirm()}
      okText={
        done ? translate('dictionaries.merge.close') : translate('dictionaries.merge.confirm')
      }
      okButtonProps={{ danger: !done, disabled: !done && !intoId }}
      cancelButtonProps={{ style: done ? { display: 'none' } : undefined }}
      cancelText={translate('buttons.cancel')}
      confirmLoading={merge.isPending}
      destroyOnHidden
    >
      {done ? (
        <Result
          status="success"
          title={translate('dictionaries.merge.done', { count: rewritten })}
        />
      ) : (
        <>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Form layout="vertical">
            <Form.Item label={translate('dictionaries.merge.target')} required>
              <TreeSelect
                showSearch
                treeDefaultExpandAll={false}
                treeNodeFilterProp="title"
                value={intoId}
                onChange={(value: string) => setIntoId(value)}
                treeData={targets}
                placeholder={translate('dictionaries.merge.pickTarget')}
              />
            </Form.Item>
          </Form>
          <Alert
            type={(item.usageCount ?? 0) > 0 ? 'warning' : 'info'}
            showIcon
            message={translate('dictionaries.merge.preview', {
              count: item.usageCount,
              from: `${item.label} (${item.code})`,
              into: into ? `${into.label} (${into.code})` : '…',
            })}
            description={
              <Typography.Text type="secondary">
                {translate('dictionaries.merge.previewHint')}
              </Typography.Text>
            }
          />
        </>
      )}
    </Modal>
  );
}
