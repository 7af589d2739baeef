import { PERMISSION_LABELS, isPermission, type Locale } from '@dossier/shared';

/** The label of a permission in the console language (its name if unknown). */
export function permissionLabel(permission: string, locale: Locale): string {
  return isPermission(permission) ? PERMISSION_LABELS[permission][locale] : permission;
}
