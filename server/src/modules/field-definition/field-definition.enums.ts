import {
  CUSTOMER_KINDS,
  FIELD_GROUPS,
  FIELD_TYPES,
  type CustomerKind,
  type FieldGroup,
  type FieldType,
} from '@dossier/shared';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CustomerKindEnum = asEnum<CustomerKind>(CUSTOMER_KINDS);
export const FieldGroupEnum = asEnum<FieldGroup>(FIELD_GROUPS);
export const FieldTypeEnum = asEnum<FieldType>(FIELD_TYPES);
registerEnumType(CustomerKindEnum, { name: 'CustomerKind' });
registerEnumType(FieldGroupEnum, {
  name: 'FieldGroup',
  description: 'Card module: basic, contact, background, needs, remarks',
});
registerEnumType(FieldTypeEnum, { name: 'FieldType' });
