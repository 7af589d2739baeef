import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldLabels } from '../access/shared';

/** Every audit action the server writes, for the action filter (labels in auditLogs.actionNames). */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.loginFailed',
  'auth.changePassword',
  'customer.create',
  'customer.update',
  'customer.rename',
  'customer.status',
  'customer.transfer',
  'customer.delete',
  'customer.restore',
  'customer.uniqueProbe',
  'customer.member.set',
  'customer.member.remove',
  'contact.create',
  'contact.update',
  'contact.link',
  'contact.delete',
  'relationship.create',
  'relationship.delete',
  'followup.create',
  'followup.update',
  'followup.delete',
  'transaction.create',
  'transaction.delete',
  'document.upload',
  'document.download',
  'document.delete',
  'sensitive.reveal',
  'grant.create',
  'grant.revoke',
  'access.request',
  'access.renew',
  'access.approve',
  'access.reject',
  'access.cancel',
  'accessRule.create',
  'accessRule.delete',
  'change.request',
  'change.apply',
  'change.reject',
  'change.rebase',
  'fieldDefinition.create',
  'fieldDefinition.update',
  'numberingRule.update',
  'dictionaryType.create',
  'dictionaryType.update',
  'dictionaryType.delete',
  'dictionaryItem.create',
  'dictionaryItem.update',
  'dictionaryItem.merge',
  'dictionaryItem.reorder',
  'dictionaryItem.delete',
  'department.create',
  'department.update',
  'department.delete',
  'role.create',
  'role.update',
  'role.delete',
  'user.create',
  'user.update',
  'user.delete',
  'apiKey.create',
  'apiKey.revoke',
];

/** Entity types whose diff keys are data-card fields. */
const CARD_ENTITIES = new Set(['Customer', 'ChangeRequest']);

/**
 * Labels of audit codes in the console language: actions, entity types and diff fields (data-card
 * labels for customers, then auditLogs.diffFields); an unknown code is shown as it is.
 */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const cardLabel = useFieldLabels();
  return useMemo(() => {
    const known = (key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback);
    return {
      action: (code: string) => known(`auditLogs.actionNames.${code}`, code),
      entity: (name: string | null | undefined) =>
        name ? known(`auditLogs.entityNames.${name}`, name) : '—',
      field: (key: string, entity: string | null | undefined) => {
        if (entity && CARD_ENTITIES.has(entity)) {
          const label = cardLabel(key);
          if (label !== key) return label;
        }
        return known(`auditLogs.diffFields.${key}`, key);
      },
    };
    // i18n.language: labels follow a language switch.
  }, [t, i18n, i18n.language, cardLabel]);
}
