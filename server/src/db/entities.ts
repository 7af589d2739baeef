import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { ApiKey } from '../modules/api-key/api-key.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { AuditLogCustomer } from '../modules/audit/audit-log-customer.entity';
import { Department } from '../modules/department/department.entity';
import { Role } from '../modules/role/role.entity';
import { User } from '../modules/user/user.entity';
import { CacheRevision } from '../common/cache-revision.entity';
import { CustomerGrant } from '../modules/grant/grant.entity';
import { AccessRule, AccessRuleItem } from '../modules/access-rule/access-rule.entity';
import { AccessRequest } from '../modules/access-request/access-request.entity';
import { ChangeRequest } from '../modules/change-request/change-request.entity';
import { Contact, CustomerContact } from '../modules/contact/contact.entity';
import { Relationship } from '../modules/relationship/relationship.entity';
import { CustomerFieldValue } from '../modules/customer/customer-field-value.entity';
import { Customer } from '../modules/customer/customer.entity';
import {
  ContactHistory,
  CustomerFormerName,
  CustomerHistory,
} from '../modules/customer/customer-history.entity';
import { CustomerNameToken } from '../modules/customer/customer-name-token.entity';
import { CustomerMatchKey } from '../modules/customer/customer-match-key.entity';
import { CustomerMember } from '../modules/customer/customer-member.entity';
import { NumberingRule, NumberSequence } from '../modules/numbering/numbering.entity';
import { DictionaryItem } from '../modules/dictionary/dictionary-item.entity';
import { DictionaryType } from '../modules/dictionary/dictionary-type.entity';
import { FieldDefinition } from '../modules/field-definition/field-definition.entity';
import { Followup } from '../modules/followup/followup.entity';
import { CustomerTransaction } from '../modules/transaction/transaction.entity';
import { CustomerDocument } from '../modules/document/document.entity';
import { SavedView } from '../modules/saved-view/saved-view.entity';

/** Every entity, listed explicitly (no globbing). */
export const ENTITIES = [
  User,
  Department,
  Role,
  ApiKey,
  AuditLog,
  AuditLogCustomer,
  CacheRevision,
  DictionaryType,
  DictionaryItem,
  FieldDefinition,
  Customer,
  CustomerFieldValue,
  CustomerHistory,
  ContactHistory,
  CustomerFormerName,
  CustomerNameToken,
  CustomerMatchKey,
  CustomerMember,
  NumberingRule,
  NumberSequence,
  Followup,
  CustomerTransaction,
  Contact,
  CustomerContact,
  Relationship,
  CustomerDocument,
  CustomerGrant,
  AccessRule,
  AccessRuleItem,
  AccessRequest,
  ChangeRequest,
  IdempotencyKey,
  SavedView,
];
