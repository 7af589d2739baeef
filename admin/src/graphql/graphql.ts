/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AccessExplanation = {
  __typename?: 'AccessExplanation';
  canEdit: Scalars['Boolean']['output'];
  canRead: Scalars['Boolean']['output'];
  customerId: Scalars['ID']['output'];
  /** Every path that admits the user; empty when none does */
  reasons: Array<AccessReason>;
  /** Sensitive fields the user sees in clear on this record */
  sensitiveInClear: Array<Scalars['String']['output']>;
  /** Sensitive fields the user gets masked (and may reveal with customer.viewSensitive) */
  sensitiveMasked: Array<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

/** Read only, or read and edit */
export type AccessLevel =
  | 'EDIT'
  | 'READ';

/** How a user reaches a customer */
export type AccessPath =
  | 'GRANT'
  | 'OWNER'
  | 'RULE'
  | 'SCOPE'
  | 'TEAM';

export type AccessReason = {
  __typename?: 'AccessReason';
  /** Human detail: the scope, grant or rule */
  detail: Scalars['String']['output'];
  /** For grants: when it stops working */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  grantId?: Maybe<Scalars['ID']['output']>;
  level: AccessLevel;
  path: AccessPath;
  /** For SCOPE and role rules: the permissions behind this path (customer.read, customer.update) */
  permissions: Array<Scalars['String']['output']>;
  /** For SCOPE and role rules: the roles that carry the path */
  roles: Array<Scalars['String']['output']>;
  ruleId?: Maybe<Scalars['ID']['output']>;
};

export type AccessRequest = {
  __typename?: 'AccessRequest';
  approver?: Maybe<User>;
  /** Routed approver; null means administrators decide */
  approverId?: Maybe<Scalars['ID']['output']>;
  /** The caller may approve or reject this request now (pending, routed to them or decided everywhere, and the customer still in their reach) */
  canDecide: Scalars['Boolean']['output'];
  /** The approver’s comment */
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Number and name; the name is masked when the caller cannot read the customer */
  customer: CustomerSummary;
  customerId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedBy?: Maybe<Scalars['ID']['output']>;
  grant?: Maybe<CustomerGrant>;
  /** The grant an approval created */
  grantId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  level: AccessLevel;
  reason?: Maybe<Scalars['String']['output']>;
  /** Item code of `access_reason` */
  reasonCode?: Maybe<Scalars['String']['output']>;
  /** The request this one renews */
  renewsId?: Maybe<Scalars['ID']['output']>;
  requester?: Maybe<User>;
  requesterId: Scalars['ID']['output'];
  status: RequestStatus;
  /** Access asked for until this instant */
  until: Scalars['DateTimeISO']['output'];
};

export type AccessRequestConnection = {
  __typename?: 'AccessRequestConnection';
  nodes: Array<AccessRequest>;
  totalCount: Scalars['Int']['output'];
};

export type AccessRule = {
  __typename?: 'AccessRule';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Customer field key, e.g. `territory` or `region` */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The items named; each covers its descendants */
  items: Array<DictionaryItem>;
  level: AccessLevel;
  subjectId: Scalars['ID']['output'];
  subjectType: RuleSubject;
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  createdById?: Maybe<Scalars['ID']['output']>;
  department?: Maybe<Department>;
  departmentId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  role?: Maybe<Role>;
  roleId: Scalars['ID']['output'];
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  nodes: Array<ApiKey>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyFilter = {
  and?: InputMaybe<Array<ApiKeyFilter>>;
  createdAt?: InputMaybe<DateFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  lastUsedAt?: InputMaybe<DateFieldComparison>;
  name?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<ApiKeyFilter>>;
  prefix?: InputMaybe<StringFieldComparison>;
  revokedAt?: InputMaybe<DateFieldComparison>;
  roleId?: InputMaybe<IdFilterComparison>;
};

export type ApiKeySort = {
  direction: SortDirection;
  field: ApiKeySortFields;
};

export type ApiKeySortFields =
  | 'createdAt'
  | 'id'
  | 'lastUsedAt'
  | 'name'
  | 'prefix'
  | 'revokedAt'
  | 'roleId';

export type AttributeDefinition = {
  __typename?: 'AttributeDefinition';
  key: Scalars['String']['output'];
  labelEn?: Maybe<Scalars['String']['output']>;
  labelZh?: Maybe<Scalars['String']['output']>;
  required?: Maybe<Scalars['Boolean']['output']>;
  type: AttributeType;
};

export type AttributeDefinitionInput = {
  key: Scalars['String']['input'];
  labelEn?: InputMaybe<Scalars['String']['input']>;
  labelZh?: InputMaybe<Scalars['String']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: AttributeType;
};

export type AttributeType =
  | 'BOOLEAN'
  | 'DECIMAL'
  | 'INT'
  | 'STRING'
  | 'STRING_LIST';

export type AuditCustomer = {
  __typename?: 'AuditCustomer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number?: Maybe<Scalars['String']['output']>;
};

export type AuditLog = {
  __typename?: 'AuditLog';
  action: Scalars['String']['output'];
  /** The API key that acted, when a key did */
  actorApiKeyId?: Maybe<Scalars['ID']['output']>;
  actorId?: Maybe<Scalars['ID']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** Number and name of `customerId`, only when the caller may read that customer now (null for hidden, deleted or missing ones) */
  customer?: Maybe<AuditCustomer>;
  /** The customer the entry concerns: its first one the caller may audit (an entry may concern several, e.g. a shared contact) */
  customerId?: Maybe<Scalars['ID']['output']>;
  diff?: Maybe<Scalars['JSON']['output']>;
  entity?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
};

export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  nodes: Array<AuditLog>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type AuditLogFilter = {
  action?: InputMaybe<StringFieldComparison>;
  actorId?: InputMaybe<IdFilterComparison>;
  actorName?: InputMaybe<StringFieldComparison>;
  and?: InputMaybe<Array<AuditLogFilter>>;
  at?: InputMaybe<DateFieldComparison>;
  customerId?: InputMaybe<IdFilterComparison>;
  entity?: InputMaybe<StringFieldComparison>;
  entityId?: InputMaybe<StringFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  or?: InputMaybe<Array<AuditLogFilter>>;
};

export type AuditLogSort = {
  direction: SortDirection;
  field: AuditLogSortFields;
};

export type AuditLogSortFields =
  | 'action'
  | 'actorId'
  | 'actorName'
  | 'at'
  | 'customerId'
  | 'entity'
  | 'entityId'
  | 'id';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  token: Scalars['String']['output'];
  user: User;
};

export type BooleanFieldComparison = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  is?: InputMaybe<Scalars['Boolean']['input']>;
  isNot?: InputMaybe<Scalars['Boolean']['input']>;
  neq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The outcome of a bulk action on one customer */
export type BulkCustomerResult = {
  __typename?: 'BulkCustomerResult';
  /** The customer after the action (when ok); `submittedChangeRequest` is set when the row went to approval */
  customer?: Maybe<Customer>;
  error?: Maybe<BulkRowError>;
  /** The customer id as sent */
  id: Scalars['ID']['output'];
  ok: Scalars['Boolean']['output'];
};

/** Why one row of a bulk action was not done */
export type BulkRowError = {
  __typename?: 'BulkRowError';
  /** The code the single action would answer (NOT_FOUND, FORBIDDEN, …) */
  code: Scalars['String']['output'];
  /** In the caller's language */
  message: Scalars['String']['output'];
  /** The input field at fault, if any */
  path?: Maybe<Scalars['String']['output']>;
};

export type ChangeRequest = {
  __typename?: 'ChangeRequest';
  approver?: Maybe<User>;
  /** Routed approver; null means administrators decide */
  approverId?: Maybe<Scalars['ID']['output']>;
  /** The customer version the change was proposed against */
  baseVersion: Scalars['Int']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  customer?: Maybe<CustomerSummary>;
  customerId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedBy?: Maybe<Scalars['ID']['output']>;
  /** { field: { from, to } } for review */
  diff: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Proposed values by field key, as submitted */
  proposed: Scalars['JSON']['output'];
  reason: Scalars['String']['output'];
  requester?: Maybe<User>;
  /** The API key that asked, when a key did */
  requesterApiKeyId?: Maybe<Scalars['ID']['output']>;
  requesterId?: Maybe<Scalars['ID']['output']>;
  status: RequestStatus;
};

export type ChangeRequestConnection = {
  __typename?: 'ChangeRequestConnection';
  nodes: Array<ChangeRequest>;
  totalCount: Scalars['Int']['output'];
};

export type Contact = {
  __typename?: 'Contact';
  birthday?: Maybe<Scalars['String']['output']>;
  /** Closeness (友好程度), 1–5 */
  closeness?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Customers of this contact the caller may read */
  customers: Array<Customer>;
  /** Decision role: decision maker, influencer, user, buyer, initiator */
  decisionRole?: Maybe<DictionaryItem>;
  /** Department at the customer */
  departmentName?: Maybe<Scalars['String']['output']>;
  education?: Maybe<DictionaryItem>;
  email?: Maybe<Scalars['String']['output']>;
  emailOptIn: Scalars['Boolean']['output'];
  gender?: Maybe<DictionaryItem>;
  /** Field history, newest first (latest 200) */
  history: Array<ContactHistory>;
  hobbies?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Important dates (纪念日): [{ label, date }] */
  importantDates: Scalars['JSON']['output'];
  /** Primary contact of the customer it was read through */
  isPrimary: Scalars['Boolean']['output'];
  major?: Maybe<Scalars['String']['output']>;
  /** Sensitive (masked unless the caller may see it) */
  mobile?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nativePlace?: Maybe<Scalars['String']['output']>;
  /** Personal details from the card */
  personalNotes?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Edges whose other end the caller may read */
  relationships: Array<RelationshipEdge>;
  school?: Maybe<Scalars['String']['output']>;
  smsOptIn: Scalars['Boolean']['output'];
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
  wechat?: Maybe<Scalars['String']['output']>;
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  nodes: Array<Contact>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type ContactFields = {
  birthday?: InputMaybe<Scalars['String']['input']>;
  closeness?: InputMaybe<Scalars['Int']['input']>;
  /** Item code of `decision_role` */
  decisionRole?: InputMaybe<Scalars['String']['input']>;
  departmentName?: InputMaybe<Scalars['String']['input']>;
  /** Item code of `education` */
  education?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  emailOptIn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Item code of `gender` */
  gender?: InputMaybe<Scalars['String']['input']>;
  hobbies?: InputMaybe<Scalars['String']['input']>;
  /** [{ label, date: YYYY-MM-DD }] */
  importantDates?: InputMaybe<Scalars['JSON']['input']>;
  major?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nativePlace?: InputMaybe<Scalars['String']['input']>;
  personalNotes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  school?: InputMaybe<Scalars['String']['input']>;
  smsOptIn?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  wechat?: InputMaybe<Scalars['String']['input']>;
};

export type ContactFilter = {
  and?: InputMaybe<Array<ContactFilter>>;
  closeness?: InputMaybe<IntFieldComparison>;
  createdAt?: InputMaybe<DateFieldComparison>;
  email?: InputMaybe<StringFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  mobile?: InputMaybe<StringFieldComparison>;
  name?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<ContactFilter>>;
  phone?: InputMaybe<StringFieldComparison>;
  title?: InputMaybe<StringFieldComparison>;
  updatedAt?: InputMaybe<DateFieldComparison>;
};

export type ContactHistory = {
  __typename?: 'ContactHistory';
  actorId?: Maybe<Scalars['ID']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  contactId: Scalars['ID']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type ContactSort = {
  direction: SortDirection;
  field: ContactSortFields;
};

export type ContactSortFields =
  | 'closeness'
  | 'createdAt'
  | 'email'
  | 'id'
  | 'mobile'
  | 'name'
  | 'phone'
  | 'title'
  | 'updatedAt';

export type CreateAccessRuleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** One of territory, region, category, grade, importance, industry, source */
  field: Scalars['String']['input'];
  /** Item codes of the field’s dictionary; each covers its descendants */
  itemCodes: Array<Scalars['String']['input']>;
  level: AccessLevel;
  subjectId: Scalars['ID']['input'];
  subjectType: RuleSubject;
};

export type CreateApiKeyInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  roleId: Scalars['ID']['input'];
};

export type CreateContactInput = {
  birthday?: InputMaybe<Scalars['String']['input']>;
  closeness?: InputMaybe<Scalars['Int']['input']>;
  /** The customer the contact belongs to */
  customerId: Scalars['ID']['input'];
  /** Item code of `decision_role` */
  decisionRole?: InputMaybe<Scalars['String']['input']>;
  departmentName?: InputMaybe<Scalars['String']['input']>;
  /** Item code of `education` */
  education?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  emailOptIn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Item code of `gender` */
  gender?: InputMaybe<Scalars['String']['input']>;
  hobbies?: InputMaybe<Scalars['String']['input']>;
  /** [{ label, date: YYYY-MM-DD }] */
  importantDates?: InputMaybe<Scalars['JSON']['input']>;
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  major?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nativePlace?: InputMaybe<Scalars['String']['input']>;
  personalNotes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  school?: InputMaybe<Scalars['String']['input']>;
  smsOptIn?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  wechat?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomerInput = {
  /** Address / 详细地址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Age range / 年龄段 (item code of dictionary `age_range`) */
  ageRange?: InputMaybe<Scalars['String']['input']>;
  /** Birthday / 生日 */
  birthday?: InputMaybe<Scalars['String']['input']>;
  /** Category / 客户类别 (item code of dictionary `customer_category`) */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Consumption habits / 消费习惯 */
  consumptionHabits?: InputMaybe<Scalars['String']['input']>;
  /** Contact strategy / 联系策略 (item code of dictionary `contact_strategy`) */
  contactStrategy?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code / 统一社会信用代码 */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Credit rating / 信用等级 */
  creditRating?: InputMaybe<Scalars['Int']['input']>;
  /** Custom field values by key; selects take item codes, multi-selects lists of codes */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** E-mail / 邮箱 */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Employees / 员工人数 */
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** Fax / 传真 */
  fax?: InputMaybe<Scalars['String']['input']>;
  /** Founded / 成立时间 */
  founded?: InputMaybe<Scalars['String']['input']>;
  /** Gender / 性别 (item code of dictionary `gender`) */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Grade / 客户等级 (item code of dictionary `customer_grade`) */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** Hobbies / 兴趣爱好 */
  hobbies?: InputMaybe<Scalars['String']['input']>;
  /** ID number / 证件号码 */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** ID type / 证件类型 (item code of dictionary `id_type`) */
  idType?: InputMaybe<Scalars['String']['input']>;
  /** Importance / 重要程度 (item code of dictionary `importance`) */
  importance?: InputMaybe<Scalars['String']['input']>;
  /** Industry / 所属行业 (item code of dictionary `industry`) */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Industry status / 行业地位 (item code of dictionary `industry_status`) */
  industryStatus?: InputMaybe<Scalars['String']['input']>;
  kind: CustomerKind;
  /** Main business / 主营业务 */
  mainBusiness?: InputMaybe<Scalars['String']['input']>;
  /** Mobile / 手机 */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Name / 客户名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Nature / 客户性质 (item code of dictionary `customer_nature`) */
  nature?: InputMaybe<Scalars['String']['input']>;
  /** Occupation / 职业 */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone / 电话 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postcode / 邮编 */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** Purchase strategy / 购买策略 (item code of dictionary `purchase_strategy`) */
  purchaseStrategy?: InputMaybe<Scalars['String']['input']>;
  /** Region / 所属地区 (item code of dictionary `region`) */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Registered capital / 注册资本 */
  registeredCapital?: InputMaybe<Scalars['String']['input']>;
  /** Remarks / 备注 */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** Risk notes / 风险提示 */
  riskNotes?: InputMaybe<Scalars['String']['input']>;
  /** Enterprise scale / 企业规模 (item code of dictionary `enterprise_scale`) */
  scale?: InputMaybe<Scalars['String']['input']>;
  /** Settlement method / 结算方式 (item code of dictionary `settlement_method`) */
  settlementMethod?: InputMaybe<Scalars['String']['input']>;
  /** Source / 客户来源 (item code of dictionary `customer_source`) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Special requirements / 特殊要求 */
  specialRequirements?: InputMaybe<Scalars['String']['input']>;
  /** Territory / 服务片区 (item code of dictionary `territory`) */
  territory?: InputMaybe<Scalars['String']['input']>;
  /** Website / 网址 */
  website?: InputMaybe<Scalars['String']['input']>;
  /** Years in business / 经营年限 (item code of dictionary `years_in_business`) */
  yearsInBusiness?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDepartmentInput = {
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateDictionaryItemInput = {
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  code: Scalars['String']['input'];
  color?: InputMaybe<Scalars['String']['input']>;
  controllingItemId?: InputMaybe<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  labelEn: Scalars['String']['input'];
  labelZh: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Dictionary type code */
  typeCode: Scalars['String']['input'];
};

export type CreateDictionaryTypeInput = {
  attributeSchema?: InputMaybe<Array<AttributeDefinitionInput>>;
  code: Scalars['String']['input'];
  /** Code of the dictionary whose items control this one’s */
  controllingTypeCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  hierarchical?: InputMaybe<Scalars['Boolean']['input']>;
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
};

export type CreateFieldDefinitionInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  controllingField?: InputMaybe<Scalars['String']['input']>;
  dictionaryCode?: InputMaybe<Scalars['String']['input']>;
  group: FieldGroup;
  helpEn?: InputMaybe<Scalars['String']['input']>;
  helpZh?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  kind: CustomerKind;
  labelEn: Scalars['String']['input'];
  labelZh: Scalars['String']['input'];
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  sensitive?: InputMaybe<Scalars['Boolean']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  type: FieldType;
  unique?: InputMaybe<Scalars['Boolean']['input']>;
  validation?: InputMaybe<Scalars['JSON']['input']>;
};

export type CreateFollowupInput = {
  /** Contact spoken to (no contacts module yet: stored as given) */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  content: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  feedback?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to now */
  happenedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Item code of dictionary `followup_method` */
  method?: InputMaybe<Scalars['String']['input']>;
  /** Item code of dictionary `followup_milestone` */
  milestone?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  nextDate?: InputMaybe<Scalars['String']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** Who followed up; defaults to the caller */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOneAccessRuleInput = {
  accessRule: CreateAccessRuleInput;
};

export type CreateOneApiKeyInput = {
  apiKey: CreateApiKeyInput;
};

export type CreateOneContactInput = {
  contact: CreateContactInput;
};

export type CreateOneCustomerInput = {
  customer: CreateCustomerInput;
};

export type CreateOneDepartmentInput = {
  department: CreateDepartmentInput;
};

export type CreateOneDictionaryItemInput = {
  dictionaryItem: CreateDictionaryItemInput;
};

export type CreateOneDictionaryTypeInput = {
  dictionaryType: CreateDictionaryTypeInput;
};

export type CreateOneFieldDefinitionInput = {
  fieldDefinition: CreateFieldDefinitionInput;
};

export type CreateOneFollowupInput = {
  followup: CreateFollowupInput;
};

export type CreateOneRelationshipInput = {
  relationship: CreateRelationshipInput;
};

export type CreateOneRoleInput = {
  role: CreateRoleInput;
};

export type CreateOneSavedViewInput = {
  savedView: CreateSavedViewInput;
};

export type CreateOneTransactionInput = {
  transaction: CreateTransactionInput;
};

export type CreateOneUserInput = {
  user: CreateUserInput;
};

export type CreateRelationshipInput = {
  fromId: Scalars['ID']['input'];
  fromKind: NodeKind;
  note?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  strength?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
  toKind: NodeKind;
  /** Item code of `relationship_type` */
  type: Scalars['String']['input'];
  until?: InputMaybe<Scalars['String']['input']>;
};

export type CreateRoleInput = {
  dataScope: DataScope;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
  /** Defaults to READ */
  sensitiveLevel?: InputMaybe<AccessLevel>;
};

export type CreateSavedViewInput = {
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  resource: SavedViewResource;
  /** The list state: a JSON object, at most 8000 characters */
  state: Scalars['JSON']['input'];
};

export type CreateTransactionInput = {
  /** Exact decimal as a string, at most 2 decimals, e.g. "1234.50" */
  amount: Scalars['String']['input'];
  /** ISO 4217 code; defaults to CNY */
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  occurredOn: Scalars['String']['input'];
  product?: InputMaybe<Scalars['String']['input']>;
  /** Item code of dictionary `transaction_type` */
  type: Scalars['String']['input'];
};

export type CreateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  roleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  username: Scalars['String']['input'];
};

/** A new key. The secret is shown only here, once. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** Send as `Authorization: Bearer <secret>` */
  secret: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  address?: Maybe<Scalars['String']['output']>;
  /** Age range / 年龄段 */
  ageRange?: Maybe<DictionaryItem>;
  birthday?: Maybe<Scalars['String']['output']>;
  /** Whether the caller may edit this customer: `customer.update` and edit access by the policy (batched per request) */
  canEdit: Scalars['Boolean']['output'];
  /** Category / 客户类别 */
  category?: Maybe<DictionaryItem>;
  /** Pending change requests on this customer */
  changeRequests: Array<ChangeRequest>;
  consumptionHabits?: Maybe<Scalars['String']['output']>;
  /** Contact strategy / 联系策略 */
  contactStrategy?: Maybe<DictionaryItem>;
  /** Contacts, primary first */
  contacts: Array<Contact>;
  createdAt: Scalars['DateTimeISO']['output'];
  creditCode?: Maybe<Scalars['String']['output']>;
  creditRating?: Maybe<Scalars['Int']['output']>;
  /** Custom field values by key (selects as item codes) */
  customFields: Scalars['JSON']['output'];
  department?: Maybe<Department>;
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** Newest documents first (at most 50) */
  documents: Array<Document>;
  email?: Maybe<Scalars['String']['output']>;
  employeeCount?: Maybe<Scalars['Int']['output']>;
  fax?: Maybe<Scalars['String']['output']>;
  firstTransactionOn?: Maybe<Scalars['String']['output']>;
  /** Latest follow-ups first (at most 50) */
  followups: Array<Followup>;
  formerNames: Array<CustomerFormerName>;
  founded?: Maybe<Scalars['String']['output']>;
  /** Gender / 性别 */
  gender?: Maybe<DictionaryItem>;
  /** Grade / 客户等级 */
  grade?: Maybe<DictionaryItem>;
  /** Grants on this customer, newest first (needs access.grant) */
  grants: Array<CustomerGrant>;
  /** Field history, newest first (latest 200) */
  history: Array<CustomerHistory>;
  hobbies?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Sensitive (masked unless the caller may see it on this record) */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** ID type / 证件类型 */
  idType?: Maybe<DictionaryItem>;
  /** Importance / 重要程度 */
  importance?: Maybe<DictionaryItem>;
  /** Industry / 所属行业 */
  industry?: Maybe<DictionaryItem>;
  /** Industry status / 行业地位 */
  industryStatus?: Maybe<DictionaryItem>;
  kind: CustomerKind;
  lastFollowupAt?: Maybe<Scalars['DateTimeISO']['output']>;
  lastTransactionOn?: Maybe<Scalars['String']['output']>;
  mainBusiness?: Maybe<Scalars['String']['output']>;
  /** Team members (协作人) */
  members: Array<CustomerMember>;
  /** Sensitive (masked unless the caller may see it on this record) */
  mobile?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Nature / 客户性质 */
  nature?: Maybe<DictionaryItem>;
  number?: Maybe<Scalars['String']['output']>;
  occupation?: Maybe<Scalars['String']['output']>;
  owner?: Maybe<User>;
  ownerId?: Maybe<Scalars['ID']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  postcode?: Maybe<Scalars['String']['output']>;
  /** Purchase strategy / 购买策略 */
  purchaseStrategy?: Maybe<DictionaryItem>;
  /** Region / 所属地区 */
  region?: Maybe<DictionaryItem>;
  registeredCapital?: Maybe<Scalars['String']['output']>;
  /** Edges whose other end the caller may read */
  relationships: Array<RelationshipEdge>;
  remarks?: Maybe<Scalars['String']['output']>;
  riskNotes?: Maybe<Scalars['String']['output']>;
  /** Enterprise scale / 企业规模 */
  scale?: Maybe<DictionaryItem>;
  /** Settlement method / 结算方式 */
  settlementMethod?: Maybe<DictionaryItem>;
  /** Source / 客户来源 */
  source?: Maybe<DictionaryItem>;
  specialRequirements?: Maybe<Scalars['String']['output']>;
  status: CustomerStatus;
  /** Only in mutation results: the part of this update that became a change request */
  submittedChangeRequest?: Maybe<ChangeRequest>;
  /** Territory / 服务片区 */
  territory?: Maybe<DictionaryItem>;
  totalAmount: Scalars['String']['output'];
  transactionCount: Scalars['Int']['output'];
  /** Kept by the system from the transactions */
  transactionSummary: TransactionSummary;
  /** Latest transactions first (at most 50) */
  transactions: Array<Transaction>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
  /** Years in business / 经营年限 */
  yearsInBusiness?: Maybe<DictionaryItem>;
};


export type CustomerDocumentsArgs = {
  limit?: Scalars['Int']['input'];
};


export type CustomerFollowupsArgs = {
  limit?: Scalars['Int']['input'];
};


export type CustomerTransactionsArgs = {
  limit?: Scalars['Int']['input'];
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  nodes: Array<Customer>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type CustomerContact = {
  __typename?: 'CustomerContact';
  contactId: Scalars['ID']['output'];
  customerId: Scalars['ID']['output'];
  isPrimary: Scalars['Boolean']['output'];
};

export type CustomerFilter = {
  and?: InputMaybe<Array<CustomerFilter>>;
  categoryId?: InputMaybe<IdFilterComparison>;
  createdAt?: InputMaybe<DateFieldComparison>;
  creditCode?: InputMaybe<StringFieldComparison>;
  departmentId?: InputMaybe<IdFilterComparison>;
  gradeId?: InputMaybe<IdFilterComparison>;
  id?: InputMaybe<IdFilterComparison>;
  idNumber?: InputMaybe<StringFieldComparison>;
  importanceId?: InputMaybe<IdFilterComparison>;
  industryId?: InputMaybe<IdFilterComparison>;
  kind?: InputMaybe<StringFieldComparison>;
  lastTransactionOn?: InputMaybe<StringFieldComparison>;
  mobile?: InputMaybe<StringFieldComparison>;
  name?: InputMaybe<StringFieldComparison>;
  number?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<CustomerFilter>>;
  ownerId?: InputMaybe<IdFilterComparison>;
  phone?: InputMaybe<StringFieldComparison>;
  regionId?: InputMaybe<IdFilterComparison>;
  sourceId?: InputMaybe<IdFilterComparison>;
  status?: InputMaybe<StringFieldComparison>;
  territoryId?: InputMaybe<IdFilterComparison>;
  updatedAt?: InputMaybe<DateFieldComparison>;
};

export type CustomerFormerName = {
  __typename?: 'CustomerFormerName';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** When the customer was renamed away from it */
  usedUntil: Scalars['DateTimeISO']['output'];
};

export type CustomerGrant = {
  __typename?: 'CustomerGrant';
  /** Not revoked and not expired now */
  active: Scalars['Boolean']['output'];
  customerId: Scalars['ID']['output'];
  department?: Maybe<Department>;
  /** Grantee department */
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** The grant stops working at this instant */
  expiresAt: Scalars['DateTimeISO']['output'];
  grantedAt: Scalars['DateTimeISO']['output'];
  grantedBy?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  level: AccessLevel;
  reason: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  revokedBy?: Maybe<Scalars['ID']['output']>;
  user?: Maybe<User>;
  /** Grantee user */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type CustomerHistory = {
  __typename?: 'CustomerHistory';
  actorId?: Maybe<Scalars['ID']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  customerId: Scalars['ID']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type CustomerKind =
  | 'ENTERPRISE'
  | 'INDIVIDUAL';

export type CustomerMember = {
  __typename?: 'CustomerMember';
  addedAt: Scalars['DateTimeISO']['output'];
  customerId: Scalars['ID']['output'];
  level: AccessLevel;
  userId: Scalars['ID']['output'];
};

export type CustomerOverview = {
  __typename?: 'CustomerOverview';
  byCategory: Array<OverviewBucket>;
  byGrade: Array<OverviewBucket>;
  byKind: Array<OverviewBucket>;
  /** Per province, largest first */
  byRegion: Array<OverviewRegionBucket>;
  /** Per region group (华东, 华南…), largest first */
  byRegionGroup: Array<OverviewBucket>;
  byStatus: Array<OverviewBucket>;
  totals: OverviewTotals;
};

export type CustomerSort = {
  direction: SortDirection;
  field: CustomerSortFields;
};

export type CustomerSortFields =
  | 'categoryId'
  | 'createdAt'
  | 'creditCode'
  | 'departmentId'
  | 'gradeId'
  | 'id'
  | 'idNumber'
  | 'importanceId'
  | 'industryId'
  | 'kind'
  | 'lastTransactionOn'
  | 'mobile'
  | 'name'
  | 'number'
  | 'ownerId'
  | 'phone'
  | 'regionId'
  | 'sourceId'
  | 'status'
  | 'territoryId'
  | 'updatedAt';

/** ACTIVE, DORMANT (trade stopped, 交易中断) or ARCHIVED */
export type CustomerStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DORMANT';

export type CustomerSummary = {
  __typename?: 'CustomerSummary';
  id: Scalars['ID']['output'];
  kind: CustomerKind;
  /** Masked to a fixed shape (张**) unless the caller can read the customer */
  name: Scalars['String']['output'];
  number?: Maybe<Scalars['String']['output']>;
  /** Whether the caller can read the customer */
  readable: Scalars['Boolean']['output'];
};

/** How far a role sees customer records */
export type DataScope =
  | 'ALL'
  | 'DEPT'
  | 'DEPT_AND_BELOW'
  | 'SELF';

export type DateFieldComparison = {
  eq?: InputMaybe<Scalars['DateTimeISO']['input']>;
  gt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  gte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  in?: InputMaybe<Array<Scalars['DateTimeISO']['input']>>;
  is?: InputMaybe<Scalars['Boolean']['input']>;
  isNot?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  lte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  neq?: InputMaybe<Scalars['DateTimeISO']['input']>;
  notIn?: InputMaybe<Array<Scalars['DateTimeISO']['input']>>;
};

export type DeleteOneInput = {
  id: Scalars['ID']['input'];
};

export type Department = {
  __typename?: 'Department';
  children: Array<Department>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  manager?: Maybe<User>;
  managerId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  parent?: Maybe<Department>;
  parentId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  nodes: Array<Department>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type DepartmentFilter = {
  and?: InputMaybe<Array<DepartmentFilter>>;
  createdAt?: InputMaybe<DateFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  managerId?: InputMaybe<IdFilterComparison>;
  name?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<DepartmentFilter>>;
  parentId?: InputMaybe<IdFilterComparison>;
};

export type DepartmentSort = {
  direction: SortDirection;
  field: DepartmentSortFields;
};

export type DepartmentSortFields =
  | 'createdAt'
  | 'id'
  | 'managerId'
  | 'name'
  | 'parentId';

export type DictionaryItem = {
  __typename?: 'DictionaryItem';
  attributes?: Maybe<Scalars['JSON']['output']>;
  children: Array<DictionaryItem>;
  code: Scalars['String']['output'];
  color?: Maybe<Scalars['String']['output']>;
  controllingItem?: Maybe<DictionaryItem>;
  controllingItemId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Disabled items stay readable on old records but cannot be chosen */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Label in the caller’s language (Accept-Language) */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  parent?: Maybe<DictionaryItem>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Codes from the root down to this item */
  path: Array<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  type: DictionaryType;
  typeId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Records and custom values that use this item, across all customers; null unless the caller has dictionary.manage (it counts records the caller may not read) */
  usageCount?: Maybe<Scalars['Int']['output']>;
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

export type DictionaryItemConnection = {
  __typename?: 'DictionaryItemConnection';
  nodes: Array<DictionaryItem>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type DictionaryItemFilter = {
  and?: InputMaybe<Array<DictionaryItemFilter>>;
  code?: InputMaybe<StringFieldComparison>;
  controllingItemId?: InputMaybe<IdFilterComparison>;
  enabled?: InputMaybe<BooleanFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  labelEn?: InputMaybe<StringFieldComparison>;
  labelZh?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<DictionaryItemFilter>>;
  parentId?: InputMaybe<IdFilterComparison>;
  sortOrder?: InputMaybe<IntFieldComparison>;
  typeId?: InputMaybe<IdFilterComparison>;
};

export type DictionaryItemSort = {
  direction: SortDirection;
  field: DictionaryItemSortFields;
};

export type DictionaryItemSortFields =
  | 'code'
  | 'controllingItemId'
  | 'enabled'
  | 'id'
  | 'labelEn'
  | 'labelZh'
  | 'parentId'
  | 'sortOrder'
  | 'typeId';

export type DictionaryType = {
  __typename?: 'DictionaryType';
  /** Typed attributes every item of this type carries */
  attributeSchema: Array<AttributeDefinition>;
  /** Stable code, e.g. `region` */
  code: Scalars['String']['output'];
  controllingType?: Maybe<DictionaryType>;
  controllingTypeId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** Items may have parents (trees such as region → province) */
  hierarchical: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  itemCount: Scalars['Int']['output'];
  /** Name in the caller’s language */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** Built in: cannot be deleted */
  system: Scalars['Boolean']['output'];
  /** Root items, each with `children` */
  tree: Array<DictionaryItem>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
};


export type DictionaryTypeTreeArgs = {
  includeDisabled?: Scalars['Boolean']['input'];
};

export type DictionaryTypeConnection = {
  __typename?: 'DictionaryTypeConnection';
  nodes: Array<DictionaryType>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type DictionaryTypeFilter = {
  and?: InputMaybe<Array<DictionaryTypeFilter>>;
  code?: InputMaybe<StringFieldComparison>;
  hierarchical?: InputMaybe<BooleanFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  nameEn?: InputMaybe<StringFieldComparison>;
  nameZh?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<DictionaryTypeFilter>>;
  system?: InputMaybe<BooleanFieldComparison>;
};

export type DictionaryTypeSort = {
  direction: SortDirection;
  field: DictionaryTypeSortFields;
};

export type DictionaryTypeSortFields =
  | 'code'
  | 'hierarchical'
  | 'id'
  | 'nameEn'
  | 'nameZh'
  | 'system';

export type Document = {
  __typename?: 'Document';
  contentType: Scalars['String']['output'];
  /** Null when the caller may not read the customer */
  customer?: Maybe<Customer>;
  customerId: Scalars['ID']['output'];
  /** GET with the Bearer token; answers with the file as an attachment */
  downloadUrl: Scalars['String']['output'];
  /** As uploaded (path parts and control characters removed) */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the content, 64 hex digits */
  sha256: Scalars['String']['output'];
  /** Bytes */
  size: Scalars['Int']['output'];
  /** Item of `document_type` */
  type?: Maybe<DictionaryItem>;
  uploadedAt: Scalars['DateTimeISO']['output'];
  /** Who uploaded it */
  uploadedBy?: Maybe<User>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  nodes: Array<Document>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type DocumentFilter = {
  and?: InputMaybe<Array<DocumentFilter>>;
  contentType?: InputMaybe<StringFieldComparison>;
  customerId?: InputMaybe<IdFilterComparison>;
  fileName?: InputMaybe<StringFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  or?: InputMaybe<Array<DocumentFilter>>;
  size?: InputMaybe<IntFieldComparison>;
  typeId?: InputMaybe<IdFilterComparison>;
  uploadedAt?: InputMaybe<DateFieldComparison>;
  uploadedBy?: InputMaybe<IdFilterComparison>;
};

export type DocumentSort = {
  direction: SortDirection;
  field: DocumentSortFields;
};

export type DocumentSortFields =
  | 'contentType'
  | 'customerId'
  | 'fileName'
  | 'id'
  | 'size'
  | 'typeId'
  | 'uploadedAt'
  | 'uploadedBy';

/** A customer that looks like the same party */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** Null when the caller may not read it (hidden) */
  customer?: Maybe<Customer>;
  /** A record the caller may not read: no details at all */
  hidden: Scalars['Boolean']['output'];
  reasons: Array<DuplicateReason>;
  /** The strongest reason: 1.0 codes, 0.9 phone, 0.8 name */
  score: Scalars['Float']['output'];
};

/** The record being entered (or edited): what duplicate detection compares */
export type DuplicateCheckInput = {
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** The record being edited (never its own duplicate) */
  excludeId?: InputMaybe<Scalars['ID']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name matches only among customers of this kind */
  kind?: InputMaybe<CustomerKind>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Customers the caller may read that share one key */
export type DuplicateGroup = {
  __typename?: 'DuplicateGroup';
  customers: Array<Customer>;
  reason: DuplicateReason;
  /** Readable members */
  size: Scalars['Int']['output'];
};

export type DuplicateGroupConnection = {
  __typename?: 'DuplicateGroupConnection';
  nodes: Array<DuplicateGroup>;
  totalCount: Scalars['Int']['output'];
};

/** CREDIT_CODE (same credit code, score 1.0), ID_NUMBER (same ID number, 1.0), PHONE (same normalised phone or mobile, 0.9) or NAME (same name key after dropping legal forms, widths, brackets and spaces; current or former name, 0.8) */
export type DuplicateReason =
  | 'CREDIT_CODE'
  | 'ID_NUMBER'
  | 'NAME'
  | 'PHONE';

/** As seen from the node the edge is read from */
export type EdgeDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type FieldDefinition = {
  __typename?: 'FieldDefinition';
  active: Scalars['Boolean']['output'];
  /** Stored in a customer column; type and key are fixed */
  builtIn: Scalars['Boolean']['output'];
  /** Key of the field whose value filters this one’s options (`kind` for the customer kind) */
  controllingField?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Dictionary type feeding SELECT / MULTI_SELECT options */
  dictionaryCode?: Maybe<Scalars['String']['output']>;
  group: FieldGroup;
  /** Help text in the caller’s language */
  help: Scalars['String']['output'];
  helpEn: Scalars['String']['output'];
  helpZh: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Stable key; custom values are stored under it */
  key: Scalars['String']['output'];
  kind: CustomerKind;
  /** Label in the caller’s language */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  protected: Scalars['Boolean']['output'];
  required: Scalars['Boolean']['output'];
  sensitive: Scalars['Boolean']['output'];
  sortOrder: Scalars['Int']['output'];
  type: FieldType;
  unique: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** { min, max, maxLength, pattern } */
  validation?: Maybe<Scalars['JSON']['output']>;
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

export type FieldDefinitionConnection = {
  __typename?: 'FieldDefinitionConnection';
  nodes: Array<FieldDefinition>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type FieldDefinitionFilter = {
  active?: InputMaybe<BooleanFieldComparison>;
  and?: InputMaybe<Array<FieldDefinitionFilter>>;
  builtIn?: InputMaybe<BooleanFieldComparison>;
  group?: InputMaybe<StringFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  key?: InputMaybe<StringFieldComparison>;
  kind?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<FieldDefinitionFilter>>;
  sortOrder?: InputMaybe<IntFieldComparison>;
  type?: InputMaybe<StringFieldComparison>;
};

export type FieldDefinitionSort = {
  direction: SortDirection;
  field: FieldDefinitionSortFields;
};

export type FieldDefinitionSortFields =
  | 'active'
  | 'builtIn'
  | 'group'
  | 'id'
  | 'key'
  | 'kind'
  | 'sortOrder'
  | 'type';

/** Card module: basic, contact, background, needs, remarks */
export type FieldGroup =
  | 'BACKGROUND'
  | 'BASIC'
  | 'CONTACT'
  | 'NEEDS'
  | 'REMARKS';

export type FieldType =
  | 'BOOLEAN'
  | 'DATE'
  | 'LONG_TEXT'
  | 'MONEY'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'RATING'
  | 'SELECT'
  | 'TEXT'
  | 'USER';

export type Followup = {
  __typename?: 'Followup';
  contactId?: Maybe<Scalars['ID']['output']>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Null when the caller may not read the customer */
  customer?: Maybe<Customer>;
  customerId: Scalars['ID']['output'];
  feedback?: Maybe<Scalars['String']['output']>;
  happenedAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Item of `followup_method` */
  method?: Maybe<DictionaryItem>;
  /** Item of `followup_milestone` */
  milestone?: Maybe<DictionaryItem>;
  /** YYYY-MM-DD */
  nextDate?: Maybe<Scalars['String']['output']>;
  nextStep?: Maybe<Scalars['String']['output']>;
  /** Who followed up */
  user?: Maybe<User>;
  userId: Scalars['ID']['output'];
};

export type FollowupConnection = {
  __typename?: 'FollowupConnection';
  nodes: Array<Followup>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type FollowupFilter = {
  and?: InputMaybe<Array<FollowupFilter>>;
  contactId?: InputMaybe<IdFilterComparison>;
  createdAt?: InputMaybe<DateFieldComparison>;
  customerId?: InputMaybe<IdFilterComparison>;
  happenedAt?: InputMaybe<DateFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  methodId?: InputMaybe<IdFilterComparison>;
  milestoneId?: InputMaybe<IdFilterComparison>;
  nextDate?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<FollowupFilter>>;
  userId?: InputMaybe<IdFilterComparison>;
};

export type FollowupSort = {
  direction: SortDirection;
  field: FollowupSortFields;
};

export type FollowupSortFields =
  | 'contactId'
  | 'createdAt'
  | 'customerId'
  | 'happenedAt'
  | 'id'
  | 'methodId'
  | 'milestoneId'
  | 'nextDate'
  | 'userId';

export type GlobalSearchResult = {
  __typename?: 'GlobalSearchResult';
  /** Name contains, of contacts of readable customers */
  contacts: Array<Contact>;
  /** Name or former name contains, number starts with, phone starts with where seen in clear */
  customers: Array<Customer>;
};

export type GrantCustomerAccessInput = {
  customerIds: Array<Scalars['ID']['input']>;
  /** The grant stops working at this instant */
  expiresAt: Scalars['DateTimeISO']['input'];
  level: AccessLevel;
  reason: Scalars['String']['input'];
  /** …or to everyone in this department */
  toDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Grant to this user… */
  toUserId?: InputMaybe<Scalars['ID']['input']>;
};

/** Someone the caller may grant access to */
export type Grantee = {
  __typename?: 'Grantee';
  /** The user's department, or the department's parent */
  departmentName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: GranteeKind;
  /** Display name of the user, or name of the department */
  name: Scalars['String']['output'];
  username?: Maybe<Scalars['String']['output']>;
};

/** A user or a department */
export type GranteeKind =
  | 'DEPARTMENT'
  | 'USER';

export type GranteeList = {
  __typename?: 'GranteeList';
  hasMore: Scalars['Boolean']['output'];
  nodes: Array<Grantee>;
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  from: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  relationship: Relationship;
  to: Scalars['String']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  contact?: Maybe<Contact>;
  customer?: Maybe<Customer>;
  /** Hops from the root */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** `CUSTOMER:12` or `CONTACT:7` */
  key: Scalars['String']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
};

export type IdFilterComparison = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  gt?: InputMaybe<Scalars['ID']['input']>;
  gte?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  is?: InputMaybe<Scalars['Boolean']['input']>;
  isNot?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['ID']['input']>;
  lte?: InputMaybe<Scalars['ID']['input']>;
  neq?: InputMaybe<Scalars['ID']['input']>;
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type IntFieldComparison = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  is?: InputMaybe<Scalars['Boolean']['input']>;
  isNot?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
  neq?: InputMaybe<Scalars['Int']['input']>;
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type MergeDictionaryItemResult = {
  __typename?: 'MergeDictionaryItemResult';
  into: DictionaryItem;
  /** Rows rewritten (records, custom values, children, dependent items) */
  rewritten: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Applies the change with history, reason and approver, atomically; CONFLICT if the customer moved past the base version (the request stays open) */
  applyChangeRequest: ChangeRequest;
  /** Approves into a grant atomically; `until` may shorten the period asked for */
  approveAccessRequest: AccessRequest;
  /** setCustomerMember for each customer: adds the user to the team or changes their level */
  bulkSetCustomerMember: Array<BulkCustomerResult>;
  /** setCustomerStatus for each customer */
  bulkSetCustomerStatus: Array<BulkCustomerResult>;
  /** transferCustomerOwner for each customer; without change.approve each row becomes a change request */
  bulkTransferCustomerOwner: Array<BulkCustomerResult>;
  /** The requester withdraws a pending request */
  cancelAccessRequest: AccessRequest;
  changePassword: Scalars['Boolean']['output'];
  createOneAccessRule: AccessRule;
  createOneApiKey: CreatedApiKey;
  createOneContact: Contact;
  createOneCustomer: Customer;
  createOneDepartment: Department;
  createOneDictionaryItem: DictionaryItem;
  createOneDictionaryType: DictionaryType;
  createOneFieldDefinition: FieldDefinition;
  /** Needs edit access to the customer; keeps customer.lastFollowupAt */
  createOneFollowup: Followup;
  createOneRelationship: Relationship;
  createOneRole: Role;
  /** Saves a view of a list for the caller */
  createOneSavedView: SavedView;
  /** Needs edit access to the customer; keeps the customer's totals */
  createOneTransaction: Transaction;
  createOneUser: User;
  deleteOneAccessRule: AccessRule;
  deleteOneContact: Contact;
  /** Soft delete: hidden everywhere, restorable by admins; nothing cascades */
  deleteOneCustomer: Customer;
  deleteOneDepartment: Department;
  /** Refused with CONFLICT (and the usage count) while the item is in use */
  deleteOneDictionaryItem: DictionaryItem;
  deleteOneDictionaryType: DictionaryType;
  /** Soft delete; needs edit access to the customer */
  deleteOneDocument: Document;
  deleteOneFollowup: Followup;
  deleteOneRelationship: Relationship;
  deleteOneRole: Role;
  /** Deletes one of the caller’s views; NOT_FOUND for others’ */
  deleteOneSavedView: SavedView;
  deleteOneTransaction: Transaction;
  deleteOneUser: User;
  /** Grants READ or EDIT on customers to a user or a department until `expiresAt`; needs edit access to each customer */
  grantCustomerAccess: Array<CustomerGrant>;
  /** Links a contact to another customer (a person may belong to several) */
  linkContactToCustomer: Array<CustomerContact>;
  /** Signs in; failures are rate limited per username and address */
  login: AuthPayload;
  /** Rewrites every use of `from` to `into` in one transaction, then deletes `from` */
  mergeDictionaryItem: MergeDictionaryItemResult;
  /** Moves a stale request onto the current version, refreshing the "from" side of its diff */
  rebaseChangeRequest: ChangeRequest;
  rejectAccessRequest: AccessRequest;
  rejectChangeRequest: ChangeRequest;
  removeCustomerMember: Array<CustomerMember>;
  /** Renames; the old name is kept as a former name and stays searchable */
  renameCustomer: Customer;
  /** Before an approved grant expires: a new request linked to this one */
  renewAccessRequest: AccessRequest;
  /** Sets siblings’ order to the order given (drag to reorder) */
  reorderDictionaryItems: Array<DictionaryItem>;
  /** Asks for READ or EDIT on customers until `until`, with a reason; routed to the manager over each owner */
  requestCustomerAccess: Array<AccessRequest>;
  restoreCustomer: Customer;
  /** The clear value of one sensitive field of a readable customer or contact; needs a reason and is audited (查阅登记) */
  revealField?: Maybe<Scalars['String']['output']>;
  revokeApiKey: ApiKey;
  revokeCustomerGrant: CustomerGrant;
  /** Adds a team member (协作人) or changes their level */
  setCustomerMember: Array<CustomerMember>;
  /** ACTIVE, DORMANT (交易中断) or ARCHIVED, with an optional reason kept in the history */
  setCustomerStatus: Customer;
  /** Hands the customer to a new owner; the previous owner can stay as a team member */
  transferCustomerOwner: Customer;
  updateNumberingRule: NumberingRule;
  updateOneContact: Contact;
  updateOneCustomer: Customer;
  updateOneDepartment: Department;
  /** Relabel, reorder, enable/disable; the code never changes */
  updateOneDictionaryItem: DictionaryItem;
  updateOneDictionaryType: DictionaryType;
  /** Type changes are refused while values exist; deactivate to hide a field and keep its values */
  updateOneFieldDefinition: FieldDefinition;
  updateOneFollowup: Followup;
  updateOneRole: Role;
  /** Renames, re-saves or makes default one of the caller’s views; NOT_FOUND for others’ */
  updateOneSavedView: SavedView;
  updateOneUser: User;
};


export type MutationApplyChangeRequestArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationApproveAccessRequestArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type MutationBulkSetCustomerMemberArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  level: AccessLevel;
  userId: Scalars['ID']['input'];
};


export type MutationBulkSetCustomerStatusArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: CustomerStatus;
  versions?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
};


export type MutationBulkTransferCustomerOwnerArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  keepPreviousAs?: InputMaybe<AccessLevel>;
  ownerId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  versions?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
};


export type MutationCancelAccessRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateOneAccessRuleArgs = {
  input: CreateOneAccessRuleInput;
};


export type MutationCreateOneApiKeyArgs = {
  input: CreateOneApiKeyInput;
};


export type MutationCreateOneContactArgs = {
  input: CreateOneContactInput;
};


export type MutationCreateOneCustomerArgs = {
  input: CreateOneCustomerInput;
};


export type MutationCreateOneDepartmentArgs = {
  input: CreateOneDepartmentInput;
};


export type MutationCreateOneDictionaryItemArgs = {
  input: CreateOneDictionaryItemInput;
};


export type MutationCreateOneDictionaryTypeArgs = {
  input: CreateOneDictionaryTypeInput;
};


export type MutationCreateOneFieldDefinitionArgs = {
  input: CreateOneFieldDefinitionInput;
};


export type MutationCreateOneFollowupArgs = {
  input: CreateOneFollowupInput;
};


export type MutationCreateOneRelationshipArgs = {
  input: CreateOneRelationshipInput;
};


export type MutationCreateOneRoleArgs = {
  input: CreateOneRoleInput;
};


export type MutationCreateOneSavedViewArgs = {
  input: CreateOneSavedViewInput;
};


export type MutationCreateOneTransactionArgs = {
  input: CreateOneTransactionInput;
};


export type MutationCreateOneUserArgs = {
  input: CreateOneUserInput;
};


export type MutationDeleteOneAccessRuleArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneContactArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneCustomerArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneDepartmentArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneDictionaryItemArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneDictionaryTypeArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneDocumentArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneFollowupArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneRelationshipArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneRoleArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneSavedViewArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneTransactionArgs = {
  input: DeleteOneInput;
};


export type MutationDeleteOneUserArgs = {
  input: DeleteOneInput;
};


export type MutationGrantCustomerAccessArgs = {
  input: GrantCustomerAccessInput;
};


export type MutationLinkContactToCustomerArgs = {
  contactId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  isPrimary?: Scalars['Boolean']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMergeDictionaryItemArgs = {
  from: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
};


export type MutationRebaseChangeRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectAccessRequestArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRejectChangeRequestArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRemoveCustomerMemberArgs = {
  customerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRenameCustomerArgs = {
  id: Scalars['ID']['input'];
  newName: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRenewAccessRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  reasonCode?: InputMaybe<Scalars['String']['input']>;
  until: Scalars['DateTimeISO']['input'];
};


export type MutationReorderDictionaryItemsArgs = {
  orderedIds: Array<Scalars['ID']['input']>;
  typeCode: Scalars['String']['input'];
};


export type MutationRequestCustomerAccessArgs = {
  input: RequestCustomerAccessInput;
};


export type MutationRestoreCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealFieldArgs = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  field: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  reasonCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCustomerGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetCustomerMemberArgs = {
  customerId: Scalars['ID']['input'];
  level: AccessLevel;
  userId: Scalars['ID']['input'];
};


export type MutationSetCustomerStatusArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: CustomerStatus;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationTransferCustomerOwnerArgs = {
  customerId: Scalars['ID']['input'];
  keepPreviousAs?: InputMaybe<AccessLevel>;
  ownerId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateNumberingRuleArgs = {
  kind: CustomerKind;
  pattern: Scalars['String']['input'];
};


export type MutationUpdateOneContactArgs = {
  input: UpdateOneContactInput;
};


export type MutationUpdateOneCustomerArgs = {
  input: UpdateOneCustomerInput;
};


export type MutationUpdateOneDepartmentArgs = {
  input: UpdateOneDepartmentInput;
};


export type MutationUpdateOneDictionaryItemArgs = {
  input: UpdateOneDictionaryItemInput;
};


export type MutationUpdateOneDictionaryTypeArgs = {
  input: UpdateOneDictionaryTypeInput;
};


export type MutationUpdateOneFieldDefinitionArgs = {
  input: UpdateOneFieldDefinitionInput;
};


export type MutationUpdateOneFollowupArgs = {
  input: UpdateOneFollowupInput;
};


export type MutationUpdateOneRoleArgs = {
  input: UpdateOneRoleInput;
};


export type MutationUpdateOneSavedViewArgs = {
  input: UpdateOneSavedViewInput;
};


export type MutationUpdateOneUserArgs = {
  input: UpdateOneUserInput;
};

export type NodeKind =
  | 'CONTACT'
  | 'CUSTOMER';

export type NumberingRule = {
  __typename?: 'NumberingRule';
  kind: CustomerKind;
  /** Placeholders: {yyyy}, {yy}, {seq:N} (zero-padded to N digits) */
  pattern: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type OffsetPaging = {
  /** Rows per page, at most 200 */
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type OverviewBucket = {
  __typename?: 'OverviewBucket';
  /** Item code or enum value; null for customers without one */
  code?: Maybe<Scalars['String']['output']>;
  /** The item’s colour (grades carry one) */
  color?: Maybe<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  /** Label in the caller’s language */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
};

export type OverviewRegionBucket = {
  __typename?: 'OverviewRegionBucket';
  /** Item code or enum value; null for customers without one */
  code?: Maybe<Scalars['String']['output']>;
  /** The item’s colour (grades carry one) */
  color?: Maybe<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  /** Region group code, e.g. east_china (华东) */
  groupCode?: Maybe<Scalars['String']['output']>;
  groupLabel?: Maybe<Scalars['String']['output']>;
  groupLabelEn?: Maybe<Scalars['String']['output']>;
  groupLabelZh?: Maybe<Scalars['String']['output']>;
  /** Label in the caller’s language */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
};

export type OverviewTotals = {
  __typename?: 'OverviewTotals';
  /** Readable contacts (linked to a readable customer) */
  contacts: Scalars['Int']['output'];
  /** Readable customers (not deleted) */
  customers: Scalars['Int']['output'];
  /** Follow-ups on readable customers in the last 30 days */
  followupsLast30Days: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Access requests: yours and those routed to you (administrators see all). `{ status: PENDING, approver: me }` is the inbox */
  accessRequests: AccessRequestConnection;
  /** Territory rules: who sees customers by a dictionary-backed field */
  accessRules: Array<AccessRule>;
  apiKeys: ApiKeyConnection;
  /** The append-only audit log, newest first; filter by actorId, customerId (eq, in: the customer and its children), action, at. An entry shows when the caller may audit one of its customers; entries about no customer need audit.view with ALL scope. Diffs are masked per viewer */
  auditLogs: AuditLogConnection;
  /** Change requests: yours and those routed to you (administrators see all) */
  changeRequests: ChangeRequestConnection;
  /** NOT_FOUND when missing or not readable */
  contact: Contact;
  /** Contacts of customers the caller may read */
  contacts: ContactConnection;
  /** NOT_FOUND when missing or not readable */
  customer: Customer;
  /** Customers you cannot read but may request: number prefix or name contains (≥ 2 characters), number and masked name only, at most 20 */
  customerDirectory: Array<CustomerSummary>;
  /** Possible duplicates of a record being entered, over the whole archive (needs customer.create or customer.update); hidden ones without details. Matches on a hidden ID number or phone count on the unique-probe limit (RATE_LIMITED when used up) */
  customerDuplicates: Array<DuplicateCandidate>;
  /** Customer counts by kind, status, grade, category and region, within the caller’s scope */
  customerOverview: CustomerOverview;
  /** Customers the caller may read */
  customers: CustomerConnection;
  /** The data card of a kind: its active fields in order (forms and list columns are built from it) */
  dataCard: Array<FieldDefinition>;
  department: Department;
  departments: DepartmentConnection;
  /** One dictionary; `tree` gives its items as a tree */
  dictionary: DictionaryType;
  dictionaryItems: DictionaryItemConnection;
  /** Options for a form field: enabled items, filtered by the controlling item */
  dictionaryOptions: Array<DictionaryItem>;
  dictionaryTypes: DictionaryTypeConnection;
  /** Documents of customers the caller may read (newest first unless sorted). Upload with POST /files/customers/:id/documents. */
  documents: DocumentConnection;
  /** Groups of readable customers sharing a key (at least two readable members) */
  duplicateGroups: DuplicateGroupConnection;
  /** Why a user can or cannot read and edit a customer (scope, owner, team, grant with expiry, territory rule), and which sensitive fields they see in clear */
  explainAccess: AccessExplanation;
  fieldDefinitions: FieldDefinitionConnection;
  /** Follow-ups of customers the caller may read (latest first unless sorted) */
  followups: FollowupConnection;
  /** Global search over customers and contacts the caller may read (the customer list’s quick search semantics) */
  globalSearch: GlobalSearchResult;
  /** Users and departments the caller may grant access to (inside the reach of access.grant), by name or username */
  grantees: GranteeList;
  /** The signed-in user */
  me: User;
  /** Customer number rules per kind */
  numberingRules: Array<NumberingRule>;
  /** "Act as": the customers a given user would see, with the same filters, search and paging */
  previewCustomersAs: CustomerConnection;
  /** The neighbourhood of a customer or contact, bounded by depth (≤ 4), types and node limit; never passes through unreadable nodes */
  relationshipGraph: RelationshipGraph;
  role: Role;
  roles: RoleConnection;
  /** The caller’s own saved views of a list */
  savedViews: Array<SavedView>;
  /** Transactions of customers the caller may read (latest first unless sorted) */
  transactions: TransactionConnection;
  user: User;
  users: UserConnection;
};


export type QueryAccessRequestsArgs = {
  filter?: InputMaybe<RequestFilter>;
  paging?: InputMaybe<OffsetPaging>;
};


export type QueryApiKeysArgs = {
  filter?: InputMaybe<ApiKeyFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<ApiKeySort>>;
};


export type QueryAuditLogsArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<AuditLogSort>>;
};


export type QueryChangeRequestsArgs = {
  filter?: InputMaybe<RequestFilter>;
  paging?: InputMaybe<OffsetPaging>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<ContactFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<ContactSort>>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerDirectoryArgs = {
  search: Scalars['String']['input'];
};


export type QueryCustomerDuplicatesArgs = {
  input: DuplicateCheckInput;
};


export type QueryCustomersArgs = {
  filter?: InputMaybe<CustomerFilter>;
  paging?: InputMaybe<OffsetPaging>;
  search?: InputMaybe<Scalars['String']['input']>;
  sorting?: InputMaybe<Array<CustomerSort>>;
};


export type QueryDataCardArgs = {
  includeInactive?: Scalars['Boolean']['input'];
  kind: CustomerKind;
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDepartmentsArgs = {
  filter?: InputMaybe<DepartmentFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<DepartmentSort>>;
};


export type QueryDictionaryArgs = {
  code: Scalars['String']['input'];
};


export type QueryDictionaryItemsArgs = {
  filter?: InputMaybe<DictionaryItemFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<DictionaryItemSort>>;
};


export type QueryDictionaryOptionsArgs = {
  controllingItem?: InputMaybe<Scalars['String']['input']>;
  flat?: InputMaybe<Scalars['Boolean']['input']>;
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  parent?: InputMaybe<Scalars['String']['input']>;
  type: Scalars['String']['input'];
};


export type QueryDictionaryTypesArgs = {
  filter?: InputMaybe<DictionaryTypeFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<DictionaryTypeSort>>;
};


export type QueryDocumentsArgs = {
  filter?: InputMaybe<DocumentFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<DocumentSort>>;
};


export type QueryDuplicateGroupsArgs = {
  kind: DuplicateReason;
  paging?: InputMaybe<OffsetPaging>;
};


export type QueryExplainAccessArgs = {
  customerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryFieldDefinitionsArgs = {
  filter?: InputMaybe<FieldDefinitionFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<FieldDefinitionSort>>;
};


export type QueryFollowupsArgs = {
  filter?: InputMaybe<FollowupFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<FollowupSort>>;
};


export type QueryGlobalSearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryGranteesArgs = {
  kind?: InputMaybe<GranteeKind>;
  paging?: InputMaybe<OffsetPaging>;
  search: Scalars['String']['input'];
};


export type QueryPreviewCustomersAsArgs = {
  filter?: InputMaybe<CustomerFilter>;
  paging?: InputMaybe<OffsetPaging>;
  search?: InputMaybe<Scalars['String']['input']>;
  sorting?: InputMaybe<Array<CustomerSort>>;
  userId: Scalars['ID']['input'];
};


export type QueryRelationshipGraphArgs = {
  depth?: Scalars['Int']['input'];
  limit?: Scalars['Int']['input'];
  rootId: Scalars['ID']['input'];
  rootType: NodeKind;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  filter?: InputMaybe<RoleFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<RoleSort>>;
};


export type QuerySavedViewsArgs = {
  resource: SavedViewResource;
};


export type QueryTransactionsArgs = {
  filter?: InputMaybe<TransactionFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<TransactionSort>>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<UserSort>>;
};

export type Relationship = {
  __typename?: 'Relationship';
  createdAt: Scalars['DateTimeISO']['output'];
  fromId: Scalars['ID']['output'];
  fromKind: NodeKind;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['String']['output']>;
  /** 1 (weak) – 5 (strong) */
  strength?: Maybe<Scalars['Int']['output']>;
  toId: Scalars['ID']['output'];
  toKind: NodeKind;
  type?: Maybe<DictionaryItem>;
  until?: Maybe<Scalars['String']['output']>;
};

export type RelationshipEdge = {
  __typename?: 'RelationshipEdge';
  direction: EdgeDirection;
  /** The type’s label, or its inverse label for incoming edges, in the caller’s language */
  label: Scalars['String']['output'];
  /** The other end (Customer or Contact) */
  other?: Maybe<RelationshipNode>;
  relationship: Relationship;
};

export type RelationshipGraph = {
  __typename?: 'RelationshipGraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when `limit` cut the traversal short */
  truncated: Scalars['Boolean']['output'];
};

export type RelationshipNode = Contact | Customer;

export type RequestCustomerAccessInput = {
  customerIds: Array<Scalars['ID']['input']>;
  level: AccessLevel;
  /** Free text beside (or instead of) the code */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Item code of `access_reason` */
  reasonCode?: InputMaybe<Scalars['String']['input']>;
  /** Access asked for until this instant */
  until: Scalars['DateTimeISO']['input'];
};

export type RequestFilter = {
  approver?: InputMaybe<Who>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  requester?: InputMaybe<Who>;
  status?: InputMaybe<RequestStatus>;
};

/** Where an access or change request stands */
export type RequestStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED';

export type Role = {
  __typename?: 'Role';
  createdAt: Scalars['DateTimeISO']['output'];
  dataScope: DataScope;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
  /** With customer.viewSensitive: sensitive fields in clear on readable (READ) or only editable (EDIT) records */
  sensitiveLevel: AccessLevel;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

export type RoleConnection = {
  __typename?: 'RoleConnection';
  nodes: Array<Role>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type RoleFilter = {
  and?: InputMaybe<Array<RoleFilter>>;
  createdAt?: InputMaybe<DateFieldComparison>;
  dataScope?: InputMaybe<StringFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  name?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<RoleFilter>>;
};

export type RoleSort = {
  direction: SortDirection;
  field: RoleSortFields;
};

export type RoleSortFields =
  | 'createdAt'
  | 'dataScope'
  | 'id'
  | 'name';

/** Who a territory rule applies to (a department rule covers its sub-departments) */
export type RuleSubject =
  | 'DEPARTMENT'
  | 'ROLE'
  | 'USER';

export type SavedView = {
  __typename?: 'SavedView';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Applied when the list opens without filters of its own */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  resource: SavedViewResource;
  /** Filters, columns and sort, as the list saved them */
  state: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

export type SavedViewResource =
  | 'CUSTOMERS';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StringFieldComparison = {
  eq?: InputMaybe<Scalars['String']['input']>;
  gt?: InputMaybe<Scalars['String']['input']>;
  gte?: InputMaybe<Scalars['String']['input']>;
  iLike?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  is?: InputMaybe<Scalars['Boolean']['input']>;
  isNot?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['String']['input']>;
  lt?: InputMaybe<Scalars['String']['input']>;
  lte?: InputMaybe<Scalars['String']['input']>;
  neq?: InputMaybe<Scalars['String']['input']>;
  notILike?: InputMaybe<Scalars['String']['input']>;
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  notLike?: InputMaybe<Scalars['String']['input']>;
};

export type Transaction = {
  __typename?: 'Transaction';
  /** Exact decimal with two decimals, e.g. "0.30" */
  amount: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<Scalars['ID']['output']>;
  creator?: Maybe<User>;
  currency: Scalars['String']['output'];
  /** Null when the caller may not read the customer */
  customer?: Maybe<Customer>;
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  occurredOn: Scalars['String']['output'];
  product?: Maybe<Scalars['String']['output']>;
  /** Item of `transaction_type` */
  type?: Maybe<DictionaryItem>;
};

export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  nodes: Array<Transaction>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type TransactionFilter = {
  and?: InputMaybe<Array<TransactionFilter>>;
  createdAt?: InputMaybe<DateFieldComparison>;
  createdBy?: InputMaybe<IdFilterComparison>;
  currency?: InputMaybe<StringFieldComparison>;
  customerId?: InputMaybe<IdFilterComparison>;
  id?: InputMaybe<IdFilterComparison>;
  occurredOn?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<TransactionFilter>>;
  typeId?: InputMaybe<IdFilterComparison>;
};

export type TransactionSort = {
  direction: SortDirection;
  field: TransactionSortFields;
};

export type TransactionSortFields =
  | 'createdAt'
  | 'createdBy'
  | 'currency'
  | 'customerId'
  | 'id'
  | 'occurredOn'
  | 'typeId';

export type TransactionSummary = {
  __typename?: 'TransactionSummary';
  count: Scalars['Int']['output'];
  firstOn?: Maybe<Scalars['String']['output']>;
  lastOn?: Maybe<Scalars['String']['output']>;
  /** Sum of amounts whose type has attribute sign = 1, two decimals */
  totalAmount: Scalars['String']['output'];
};

export type UpdateCustomerInput = {
  /** Address / 详细地址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Age range / 年龄段 (item code of dictionary `age_range`) */
  ageRange?: InputMaybe<Scalars['String']['input']>;
  /** Birthday / 生日 */
  birthday?: InputMaybe<Scalars['String']['input']>;
  /** Category / 客户类别 (item code of dictionary `customer_category`) */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Consumption habits / 消费习惯 */
  consumptionHabits?: InputMaybe<Scalars['String']['input']>;
  /** Contact strategy / 联系策略 (item code of dictionary `contact_strategy`) */
  contactStrategy?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code / 统一社会信用代码 */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Credit rating / 信用等级 */
  creditRating?: InputMaybe<Scalars['Int']['input']>;
  /** Custom field values by key; selects take item codes, multi-selects lists of codes */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** E-mail / 邮箱 */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Employees / 员工人数 */
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** Fax / 传真 */
  fax?: InputMaybe<Scalars['String']['input']>;
  /** Founded / 成立时间 */
  founded?: InputMaybe<Scalars['String']['input']>;
  /** Gender / 性别 (item code of dictionary `gender`) */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Grade / 客户等级 (item code of dictionary `customer_grade`) */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** Hobbies / 兴趣爱好 */
  hobbies?: InputMaybe<Scalars['String']['input']>;
  /** ID number / 证件号码 */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** ID type / 证件类型 (item code of dictionary `id_type`) */
  idType?: InputMaybe<Scalars['String']['input']>;
  /** Importance / 重要程度 (item code of dictionary `importance`) */
  importance?: InputMaybe<Scalars['String']['input']>;
  /** Industry / 所属行业 (item code of dictionary `industry`) */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Industry status / 行业地位 (item code of dictionary `industry_status`) */
  industryStatus?: InputMaybe<Scalars['String']['input']>;
  /** Main business / 主营业务 */
  mainBusiness?: InputMaybe<Scalars['String']['input']>;
  /** Mobile / 手机 */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Name / 客户名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Nature / 客户性质 (item code of dictionary `customer_nature`) */
  nature?: InputMaybe<Scalars['String']['input']>;
  /** Occupation / 职业 */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Phone / 电话 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postcode / 邮编 */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** Purchase strategy / 购买策略 (item code of dictionary `purchase_strategy`) */
  purchaseStrategy?: InputMaybe<Scalars['String']['input']>;
  /** Region / 所属地区 (item code of dictionary `region`) */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Registered capital / 注册资本 */
  registeredCapital?: InputMaybe<Scalars['String']['input']>;
  /** Remarks / 备注 */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** Risk notes / 风险提示 */
  riskNotes?: InputMaybe<Scalars['String']['input']>;
  /** Enterprise scale / 企业规模 (item code of dictionary `enterprise_scale`) */
  scale?: InputMaybe<Scalars['String']['input']>;
  /** Settlement method / 结算方式 (item code of dictionary `settlement_method`) */
  settlementMethod?: InputMaybe<Scalars['String']['input']>;
  /** Source / 客户来源 (item code of dictionary `customer_source`) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Special requirements / 特殊要求 */
  specialRequirements?: InputMaybe<Scalars['String']['input']>;
  /** Territory / 服务片区 (item code of dictionary `territory`) */
  territory?: InputMaybe<Scalars['String']['input']>;
  /** Website / 网址 */
  website?: InputMaybe<Scalars['String']['input']>;
  /** Years in business / 经营年限 (item code of dictionary `years_in_business`) */
  yearsInBusiness?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDepartmentInput = {
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateDictionaryItemInput = {
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  color?: InputMaybe<Scalars['String']['input']>;
  controllingItemId?: InputMaybe<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  labelEn?: InputMaybe<Scalars['String']['input']>;
  labelZh?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateDictionaryTypeInput = {
  attributeSchema?: InputMaybe<Array<AttributeDefinitionInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFieldDefinitionInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  controllingField?: InputMaybe<Scalars['String']['input']>;
  dictionaryCode?: InputMaybe<Scalars['String']['input']>;
  group?: InputMaybe<FieldGroup>;
  helpEn?: InputMaybe<Scalars['String']['input']>;
  helpZh?: InputMaybe<Scalars['String']['input']>;
  labelEn?: InputMaybe<Scalars['String']['input']>;
  labelZh?: InputMaybe<Scalars['String']['input']>;
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  sensitive?: InputMaybe<Scalars['Boolean']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<FieldType>;
  unique?: InputMaybe<Scalars['Boolean']['input']>;
  validation?: InputMaybe<Scalars['JSON']['input']>;
};

export type UpdateFollowupInput = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  content?: InputMaybe<Scalars['String']['input']>;
  feedback?: InputMaybe<Scalars['String']['input']>;
  happenedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Item code of dictionary `followup_method`; null clears */
  method?: InputMaybe<Scalars['String']['input']>;
  /** Item code of dictionary `followup_milestone`; null clears */
  milestone?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; null clears */
  nextDate?: InputMaybe<Scalars['String']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateOneContactInput = {
  id: Scalars['ID']['input'];
  update: ContactFields;
  version: Scalars['Int']['input'];
};

export type UpdateOneCustomerInput = {
  id: Scalars['ID']['input'];
  /** Why; required when protected fields go for approval, kept in the history */
  reason?: InputMaybe<Scalars['String']['input']>;
  update: UpdateCustomerInput;
  /** The version you read; a stale one is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

export type UpdateOneDepartmentInput = {
  id: Scalars['ID']['input'];
  update: UpdateDepartmentInput;
  version?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateOneDictionaryItemInput = {
  id: Scalars['ID']['input'];
  update: UpdateDictionaryItemInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateOneDictionaryTypeInput = {
  id: Scalars['ID']['input'];
  update: UpdateDictionaryTypeInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateOneFieldDefinitionInput = {
  id: Scalars['ID']['input'];
  update: UpdateFieldDefinitionInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateOneFollowupInput = {
  id: Scalars['ID']['input'];
  update: UpdateFollowupInput;
};

export type UpdateOneRoleInput = {
  id: Scalars['ID']['input'];
  update: UpdateRoleInput;
  version?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateOneSavedViewInput = {
  id: Scalars['ID']['input'];
  update: UpdateSavedViewInput;
  version: Scalars['Int']['input'];
};

export type UpdateOneUserInput = {
  id: Scalars['ID']['input'];
  update: UpdateUserInput;
  /** The version you read; a stale one is refused with CONFLICT */
  version?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateRoleInput = {
  dataScope?: InputMaybe<DataScope>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  sensitiveLevel?: InputMaybe<AccessLevel>;
};

export type UpdateSavedViewInput = {
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['JSON']['input']>;
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Sets a new password (admins only) */
  password?: InputMaybe<Scalars['String']['input']>;
  roleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  department?: Maybe<Department>;
  departmentId?: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  mobile?: Maybe<Scalars['String']['output']>;
  /** Union of the permissions of the user’s roles */
  permissions: Array<Scalars['String']['output']>;
  roles: Array<Role>;
  updatedAt: Scalars['DateTimeISO']['output'];
  username: Scalars['String']['output'];
  /** Send it back with updates; a stale one is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  /** Counted only when selected */
  totalCount: Scalars['Int']['output'];
};

export type UserFilter = {
  active?: InputMaybe<BooleanFieldComparison>;
  and?: InputMaybe<Array<UserFilter>>;
  createdAt?: InputMaybe<DateFieldComparison>;
  departmentId?: InputMaybe<IdFilterComparison>;
  displayName?: InputMaybe<StringFieldComparison>;
  email?: InputMaybe<StringFieldComparison>;
  id?: InputMaybe<IdFilterComparison>;
  mobile?: InputMaybe<StringFieldComparison>;
  or?: InputMaybe<Array<UserFilter>>;
  updatedAt?: InputMaybe<DateFieldComparison>;
  username?: InputMaybe<StringFieldComparison>;
};

export type UserSort = {
  direction: SortDirection;
  field: UserSortFields;
};

export type UserSortFields =
  | 'active'
  | 'createdAt'
  | 'departmentId'
  | 'displayName'
  | 'email'
  | 'id'
  | 'mobile'
  | 'updatedAt'
  | 'username';

/** `me`: the caller */
export type Who =
  | 'me';

export type GlobalSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GlobalSearchQuery = { __typename?: 'Query', globalSearch: { __typename?: 'GlobalSearchResult', customers: Array<{ __typename?: 'Customer', id: string, number?: string | null, name: string, kind: CustomerKind }>, contacts: Array<{ __typename?: 'Contact', id: string, name: string, title?: string | null, customers: Array<{ __typename?: 'Customer', id: string, number?: string | null, name: string }> }> } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, displayName: string, permissions: Array<string> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, permissions: Array<string> } };

export type AccessRequestsQueryVariables = Exact<{
  filter?: InputMaybe<RequestFilter>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type AccessRequestsQuery = { __typename?: 'Query', accessRequests: { __typename?: 'AccessRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'AccessRequest', id: string, status: RequestStatus, level: AccessLevel, reasonCode?: string | null, reason?: string | null, until: string, createdAt: string, comment?: string | null, renewsId?: string | null, customer: { __typename?: 'CustomerSummary', id: string, number?: string | null, name: string, readable: boolean, kind: CustomerKind }, requester?: { __typename?: 'User', id: string, displayName: string } | null, approver?: { __typename?: 'User', id: string, displayName: string } | null, grant?: { __typename?: 'CustomerGrant', id: string, expiresAt: string, active: boolean } | null }> } };

export type CustomerDirectoryQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CustomerDirectoryQuery = { __typename?: 'Query', customerDirectory: Array<{ __typename?: 'CustomerSummary', id: string, number?: string | null, name: string, kind: CustomerKind, readable: boolean }> };

export type RequestCustomerAccessMutationVariables = Exact<{
  input: RequestCustomerAccessInput;
}>;


export type RequestCustomerAccessMutation = { __typename?: 'Mutation', requestCustomerAccess: Array<{ __typename?: 'AccessRequest', id: string, status: RequestStatus, approver?: { __typename?: 'User', id: string, displayName: string } | null }> };

export type ApproveAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApproveAccessRequestMutation = { __typename?: 'Mutation', approveAccessRequest: { __typename?: 'AccessRequest', id: string, status: RequestStatus } };

export type RejectAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type RejectAccessRequestMutation = { __typename?: 'Mutation', rejectAccessRequest: { __typename?: 'AccessRequest', id: string, status: RequestStatus } };

export type CancelAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelAccessRequestMutation = { __typename?: 'Mutation', cancelAccessRequest: { __typename?: 'AccessRequest', id: string, status: RequestStatus } };

export type RenewAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  until: Scalars['DateTimeISO']['input'];
  reasonCode?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RenewAccessRequestMutation = { __typename?: 'Mutation', renewAccessRequest: { __typename?: 'AccessRequest', id: string, status: RequestStatus } };

export type AccessRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessRulesQuery = { __typename?: 'Query', accessRules: Array<{ __typename?: 'AccessRule', id: string, subjectType: RuleSubject, subjectId: string, field: string, level: AccessLevel, description?: string | null, createdAt: string, items: Array<{ __typename?: 'DictionaryItem', id: string, code: string, labelZh: string, labelEn: string }> }> };

export type CreateAccessRuleMutationVariables = Exact<{
  input: CreateOneAccessRuleInput;
}>;


export type CreateAccessRuleMutation = { __typename?: 'Mutation', createOneAccessRule: { __typename?: 'AccessRule', id: string } };

export type DeleteAccessRuleMutationVariables = Exact<{
  input: DeleteOneInput;
}>;


export type DeleteAccessRuleMutation = { __typename?: 'Mutation', deleteOneAccessRule: { __typename?: 'AccessRule', id: string } };

export type AccessDictionaryOptionsQueryVariables = Exact<{
  type: Scalars['String']['input'];
}>;


export type AccessDictionaryOptionsQuery = { __typename?: 'Query', dictionaryOptions: Array<{ __typename?: 'DictionaryItem', id: string, code: string, label: string, attributes?: unknown | null }> };

export type AccessUsersQueryVariables = Exact<{
  paging?: InputMaybe<OffsetPaging>;
  filter?: InputMaybe<UserFilter>;
}>;


export type AccessUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, username: string, displayName: string, departmentId?: string | null }> } };

export type AccessDepartmentsQueryVariables = Exact<{
  paging?: InputMaybe<OffsetPaging>;
}>;


export type AccessDepartmentsQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentConnection', nodes: Array<{ __typename?: 'Department', id: string, name: string, parentId?: string | null, manager?: { __typename?: 'User', id: string, username: string, displayName: string } | null }> } };

export type AccessRolesQueryVariables = Exact<{
  paging?: InputMaybe<OffsetPaging>;
}>;


export type AccessRolesQuery = { __typename?: 'Query', roles: { __typename?: 'RoleConnection', nodes: Array<{ __typename?: 'Role', id: string, name: string }> } };

export type AccessCardQueryVariables = Exact<{
  kind: CustomerKind;
}>;


export type AccessCardQuery = { __typename?: 'Query', dataCard: Array<{ __typename?: 'FieldDefinition', id: string, key: string, label: string, type: FieldType, dictionaryCode?: string | null, protected: boolean, sensitive: boolean }> };

export type CustomerAccessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerAccessQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, kind: CustomerKind, ownerId?: string | null, members: Array<{ __typename?: 'CustomerMember', userId: string, level: AccessLevel, addedAt: string }>, changeRequests: Array<{ __typename?: 'ChangeRequest', id: string, status: RequestStatus, diff: unknown, reason: string, createdAt: string, baseVersion: number, requester?: { __typename?: 'User', id: string, displayName: string } | null, approver?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type CustomerGrantsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerGrantsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, grants: Array<{ __typename?: 'CustomerGrant', id: string, level: AccessLevel, active: boolean, expiresAt: string, grantedAt: string, reason: string, revokedAt?: string | null, userId?: string | null, departmentId?: string | null, user?: { __typename?: 'User', id: string, displayName: string } | null, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type GrantCustomerAccessMutationVariables = Exact<{
  input: GrantCustomerAccessInput;
}>;


export type GrantCustomerAccessMutation = { __typename?: 'Mutation', grantCustomerAccess: Array<{ __typename?: 'CustomerGrant', id: string, expiresAt: string }> };

export type RevokeCustomerGrantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeCustomerGrantMutation = { __typename?: 'Mutation', revokeCustomerGrant: { __typename?: 'CustomerGrant', id: string, active: boolean, revokedAt?: string | null } };

export type AccessSetCustomerMemberMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  level: AccessLevel;
}>;


export type AccessSetCustomerMemberMutation = { __typename?: 'Mutation', setCustomerMember: Array<{ __typename?: 'CustomerMember', userId: string, level: AccessLevel }> };

export type RemoveCustomerMemberMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveCustomerMemberMutation = { __typename?: 'Mutation', removeCustomerMember: Array<{ __typename?: 'CustomerMember', userId: string }> };

export type RevealFieldMutationVariables = Exact<{
  customerId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  field: Scalars['String']['input'];
  reasonCode?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevealFieldMutation = { __typename?: 'Mutation', revealField?: string | null };

export type CustomerAccessRequestsQueryVariables = Exact<{
  filter?: InputMaybe<RequestFilter>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type CustomerAccessRequestsQuery = { __typename?: 'Query', accessRequests: { __typename?: 'AccessRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'AccessRequest', id: string, status: RequestStatus, level: AccessLevel, reasonCode?: string | null, reason?: string | null, until: string, createdAt: string, comment?: string | null, canDecide: boolean, customer: { __typename?: 'CustomerSummary', id: string, number?: string | null, name: string }, requester?: { __typename?: 'User', id: string, displayName: string } | null, approver?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type GranteesQueryVariables = Exact<{
  search: Scalars['String']['input'];
  kind?: InputMaybe<GranteeKind>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type GranteesQuery = { __typename?: 'Query', grantees: { __typename?: 'GranteeList', hasMore: boolean, nodes: Array<{ __typename?: 'Grantee', kind: GranteeKind, id: string, name: string, username?: string | null, departmentName?: string | null }> } };

export type ExplainAccessQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type ExplainAccessQuery = { __typename?: 'Query', explainAccess: { __typename?: 'AccessExplanation', customerId: string, userId: string, canRead: boolean, canEdit: boolean, sensitiveInClear: Array<string>, sensitiveMasked: Array<string>, reasons: Array<{ __typename?: 'AccessReason', path: AccessPath, level: AccessLevel, detail: string, expiresAt?: string | null, grantId?: string | null, ruleId?: string | null, roles: Array<string>, permissions: Array<string> }> } };

export type PreviewCustomersAsQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type PreviewCustomersAsQuery = { __typename?: 'Query', previewCustomersAs: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', id: string, number?: string | null, name: string, kind: CustomerKind, owner?: { __typename?: 'User', id: string, displayName: string } | null, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type AccessCustomerSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type AccessCustomerSearchQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', nodes: Array<{ __typename?: 'Customer', id: string, number?: string | null, name: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type ApiKeysListQueryVariables = Exact<{
  filter?: InputMaybe<ApiKeyFilter>;
  sorting?: InputMaybe<Array<ApiKeySort> | ApiKeySort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type ApiKeysListQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, nodes: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, roleId: string, departmentId?: string | null, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, role?: { __typename?: 'Role', id: string, name: string } | null, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateOneApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createOneApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type AuditLogsListQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  sorting?: InputMaybe<Array<AuditLogSort> | AuditLogSort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type AuditLogsListQuery = { __typename?: 'Query', auditLogs: { __typename?: 'AuditLogConnection', totalCount: number, nodes: Array<{ __typename?: 'AuditLog', id: string, at: string, actorId?: string | null, actorName?: string | null, customerId?: string | null, action: string, entity?: string | null, entityId?: string | null, diff?: unknown | null, ip?: string | null, customer?: { __typename?: 'AuditCustomer', id: string, number?: string | null, name: string } | null }> } };

export type ChangeRequestsQueryVariables = Exact<{
  filter?: InputMaybe<RequestFilter>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type ChangeRequestsQuery = { __typename?: 'Query', changeRequests: { __typename?: 'ChangeRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'ChangeRequest', id: string, status: RequestStatus, baseVersion: number, diff: unknown, proposed: unknown, reason: string, comment?: string | null, createdAt: string, decidedAt?: string | null, customerId: string, customer?: { __typename?: 'CustomerSummary', id: string, number?: string | null, name: string, kind: CustomerKind, readable: boolean } | null, requester?: { __typename?: 'User', id: string, displayName: string } | null, approver?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type ApplyChangeRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApplyChangeRequestMutation = { __typename?: 'Mutation', applyChangeRequest: { __typename?: 'ChangeRequest', id: string, status: RequestStatus } };

export type RejectChangeRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type RejectChangeRequestMutation = { __typename?: 'Mutation', rejectChangeRequest: { __typename?: 'ChangeRequest', id: string, status: RequestStatus } };

export type RebaseChangeRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RebaseChangeRequestMutation = { __typename?: 'Mutation', rebaseChangeRequest: { __typename?: 'ChangeRequest', id: string, baseVersion: number, diff: unknown } };

export type ContactsListQueryVariables = Exact<{
  filter?: InputMaybe<ContactFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<ContactSort> | ContactSort>;
}>;


export type ContactsListQuery = { __typename?: 'Query', contacts: { __typename?: 'ContactConnection', totalCount: number, nodes: Array<{ __typename?: 'Contact', id: string, name: string, title?: string | null, departmentName?: string | null, mobile?: string | null, email?: string | null, closeness?: number | null, customers: Array<{ __typename?: 'Customer', id: string, name: string }> }> } };

export type ContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactQuery = { __typename?: 'Query', contact: { __typename?: 'Contact', id: string, name: string, title?: string | null, departmentName?: string | null, mobile?: string | null, phone?: string | null, email?: string | null, wechat?: string | null, birthday?: string | null, closeness?: number | null, hobbies?: string | null, personalNotes?: string | null, gender?: { __typename?: 'DictionaryItem', label: string } | null, decisionRole?: { __typename?: 'DictionaryItem', label: string } | null, customers: Array<{ __typename?: 'Customer', id: string, number?: string | null, name: string, kind: CustomerKind }>, relationships: Array<{ __typename?: 'RelationshipEdge', direction: EdgeDirection, label: string, relationship: { __typename?: 'Relationship', id: string, since?: string | null, strength?: number | null }, other?:
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Customer', id: string, name: string }
       | null }> } };

export type BulkTransferCustomerOwnerMutationVariables = Exact<{
  customerIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  ownerId: Scalars['ID']['input'];
  keepPreviousAs?: InputMaybe<AccessLevel>;
  reason?: InputMaybe<Scalars['String']['input']>;
  versions?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>> | InputMaybe<Scalars['Int']['input']>>;
}>;


export type BulkTransferCustomerOwnerMutation = { __typename?: 'Mutation', bulkTransferCustomerOwner: Array<{ __typename?: 'BulkCustomerResult', id: string, ok: boolean, customer?: { __typename?: 'Customer', id: string, submittedChangeRequest?: { __typename?: 'ChangeRequest', id: string } | null } | null, error?: { __typename?: 'BulkRowError', code: string, message: string, path?: string | null } | null }> };

export type BulkSetCustomerMemberMutationVariables = Exact<{
  customerIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  level: AccessLevel;
}>;


export type BulkSetCustomerMemberMutation = { __typename?: 'Mutation', bulkSetCustomerMember: Array<{ __typename?: 'BulkCustomerResult', id: string, ok: boolean, customer?: { __typename?: 'Customer', id: string, submittedChangeRequest?: { __typename?: 'ChangeRequest', id: string } | null } | null, error?: { __typename?: 'BulkRowError', code: string, message: string, path?: string | null } | null }> };

export type BulkSetCustomerStatusMutationVariables = Exact<{
  customerIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  status: CustomerStatus;
  reason?: InputMaybe<Scalars['String']['input']>;
  versions?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>> | InputMaybe<Scalars['Int']['input']>>;
}>;


export type BulkSetCustomerStatusMutation = { __typename?: 'Mutation', bulkSetCustomerStatus: Array<{ __typename?: 'BulkCustomerResult', id: string, ok: boolean, customer?: { __typename?: 'Customer', id: string, submittedChangeRequest?: { __typename?: 'ChangeRequest', id: string } | null } | null, error?: { __typename?: 'BulkRowError', code: string, message: string, path?: string | null } | null }> };

export type CustomersListQueryVariables = Exact<{
  filter?: InputMaybe<CustomerFilter>;
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<CustomerSort> | CustomerSort>;
  search?: InputMaybe<Scalars['String']['input']>;
  withCustomFields?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CustomersListQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', id: string, version: number, canEdit: boolean, number?: string | null, name: string, kind: CustomerKind, status: CustomerStatus, createdAt: string, lastTransactionOn?: string | null, creditCode?: string | null, creditRating?: number | null, address?: string | null, phone?: string | null, mobile?: string | null, fax?: string | null, email?: string | null, postcode?: string | null, website?: string | null, employeeCount?: number | null, registeredCapital?: string | null, founded?: string | null, birthday?: string | null, occupation?: string | null, idNumber?: string | null, customFields?: unknown, category?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, grade?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, importance?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, industry?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, scale?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, nature?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, source?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, region?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, territory?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, yearsInBusiness?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, industryStatus?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, gender?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, ageRange?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, idType?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, contactStrategy?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, purchaseStrategy?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, settlementMethod?: { __typename?: 'DictionaryItem', id: string, label: string, color?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, transactionSummary: { __typename?: 'TransactionSummary', count: number, totalAmount: string } }> } };

export type CustomerFilterOptionsQueryVariables = Exact<{
  type: Scalars['String']['input'];
  controllingItem?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerFilterOptionsQuery = { __typename?: 'Query', dictionaryOptions: Array<{ __typename?: 'DictionaryItem', id: string, code: string, label: string, color?: string | null, parentId?: string | null, enabled: boolean }> };

export type CustomerCardQueryVariables = Exact<{
  kind: CustomerKind;
}>;


export type CustomerCardQuery = { __typename?: 'Query', dataCard: Array<{ __typename?: 'FieldDefinition', id: string, key: string, label: string, group: FieldGroup, type: FieldType, dictionaryCode?: string | null, controllingField?: string | null, required: boolean, protected: boolean, sensitive: boolean, builtIn: boolean, help: string, validation?: unknown | null, sortOrder: number, active: boolean }> };

export type CustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, version: number, canEdit: boolean, kind: CustomerKind, number?: string | null, name: string, status: CustomerStatus, ownerId?: string | null, departmentId?: string | null, customFields: unknown, address?: string | null, birthday?: string | null, consumptionHabits?: string | null, creditCode?: string | null, creditRating?: number | null, email?: string | null, employeeCount?: number | null, fax?: string | null, founded?: string | null, hobbies?: string | null, idNumber?: string | null, mainBusiness?: string | null, mobile?: string | null, occupation?: string | null, phone?: string | null, postcode?: string | null, registeredCapital?: string | null, remarks?: string | null, riskNotes?: string | null, specialRequirements?: string | null, website?: string | null, lastTransactionOn?: string | null, firstTransactionOn?: string | null, lastFollowupAt?: string | null, owner?: { __typename?: 'User', id: string, displayName: string, username: string } | null, ageRange?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, category?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, contactStrategy?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, gender?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, grade?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, idType?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, importance?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, industry?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, industryStatus?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, nature?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, purchaseStrategy?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, region?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, scale?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, settlementMethod?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, source?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, territory?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, yearsInBusiness?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, formerNames: Array<{ __typename?: 'CustomerFormerName', id: string, name: string, usedUntil: string }>, transactionSummary: { __typename?: 'TransactionSummary', count: number, totalAmount: string, firstOn?: string | null, lastOn?: string | null }, members: Array<{ __typename?: 'CustomerMember', userId: string, level: AccessLevel, addedAt: string }> } };

export type CustomerTabsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerTabsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, contacts: Array<{ __typename?: 'Contact', id: string, name: string, title?: string | null, departmentName?: string | null, mobile?: string | null, phone?: string | null, email?: string | null, isPrimary: boolean, closeness?: number | null, version: number, decisionRole?: { __typename?: 'DictionaryItem', code: string, label: string } | null }>, relationships: Array<{ __typename?: 'RelationshipEdge', direction: EdgeDirection, label: string, relationship: { __typename?: 'Relationship', id: string, since?: string | null, until?: string | null, strength?: number | null, note?: string | null }, other?:
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Customer', id: string, name: string }
       | null }>, followups: Array<{ __typename?: 'Followup', id: string, content: string, feedback?: string | null, happenedAt: string, nextDate?: string | null, nextStep?: string | null, method?: { __typename?: 'DictionaryItem', code: string, label: string } | null, milestone?: { __typename?: 'DictionaryItem', code: string, label: string, color?: string | null } | null, user?: { __typename?: 'User', displayName: string } | null }>, transactions: Array<{ __typename?: 'Transaction', id: string, amount: string, currency: string, occurredOn: string, product?: string | null, note?: string | null, type?: { __typename?: 'DictionaryItem', label: string } | null }>, documents: Array<{ __typename?: 'Document', id: string, fileName: string, size: number, contentType: string, note?: string | null, uploadedAt: string, downloadUrl: string, type?: { __typename?: 'DictionaryItem', label: string } | null, uploadedBy?: { __typename?: 'User', displayName: string } | null }>, history: Array<{ __typename?: 'CustomerHistory', id: string, field: string, oldValue?: string | null, newValue?: string | null, actorName?: string | null, at: string, reason?: string | null }> } };

export type CustomerUsersQueryVariables = Exact<{
  paging?: InputMaybe<OffsetPaging>;
}>;


export type CustomerUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, username: string, displayName: string }> } };

export type CustomerOptionsQueryVariables = Exact<{
  type: Scalars['String']['input'];
}>;


export type CustomerOptionsQuery = { __typename?: 'Query', dictionaryOptions: Array<{ __typename?: 'DictionaryItem', id: string, code: string, label: string, color?: string | null }> };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateOneCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createOneCustomer: { __typename?: 'Customer', id: string, number?: string | null } };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateOneCustomerInput;
}>;


export type UpdateCustomerMutation = { __typename?: 'Mutation', updateOneCustomer: { __typename?: 'Customer', id: string, version: number, submittedChangeRequest?: { __typename?: 'ChangeRequest', id: string, status: RequestStatus, diff: unknown } | null } };

export type SetCustomerStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: CustomerStatus;
  version?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetCustomerStatusMutation = { __typename?: 'Mutation', setCustomerStatus: { __typename?: 'Customer', id: string, status: CustomerStatus, version: number } };

export type SetCustomerMemberMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  level: AccessLevel;
}>;


export type SetCustomerMemberMutation = { __typename?: 'Mutation', setCustomerMember: Array<{ __typename?: 'CustomerMember', userId: string, level: AccessLevel }> };

export type TransferCustomerOwnerMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  ownerId: Scalars['ID']['input'];
  keepPreviousAs?: InputMaybe<AccessLevel>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransferCustomerOwnerMutation = { __typename?: 'Mutation', transferCustomerOwner: { __typename?: 'Customer', id: string, ownerId?: string | null } };

export type CreateContactMutationVariables = Exact<{
  input: CreateOneContactInput;
}>;


export type CreateContactMutation = { __typename?: 'Mutation', createOneContact: { __typename?: 'Contact', id: string } };

export type CreateFollowupMutationVariables = Exact<{
  input: CreateOneFollowupInput;
}>;


export type CreateFollowupMutation = { __typename?: 'Mutation', createOneFollowup: { __typename?: 'Followup', id: string } };

export type RelationshipGraphQueryVariables = Exact<{
  rootType: NodeKind;
  rootId: Scalars['ID']['input'];
  depth: Scalars['Int']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type RelationshipGraphQuery = { __typename?: 'Query', relationshipGraph: { __typename?: 'RelationshipGraph', truncated: boolean, nodes: Array<{ __typename?: 'GraphNode', id: string, key: string, kind: NodeKind, label: string, depth: number }>, edges: Array<{ __typename?: 'GraphEdge', id: string, from: string, to: string, relationship: { __typename?: 'Relationship', id: string, type?: { __typename?: 'DictionaryItem', code: string, label: string } | null } }> } };

export type CustomerPendingChangesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerPendingChangesQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, changeRequests: Array<{ __typename?: 'ChangeRequest', id: string, status: RequestStatus, diff: unknown, createdAt: string, requester?: { __typename?: 'User', id: string, displayName: string } | null, approver?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type SavedViewsQueryVariables = Exact<{
  resource: SavedViewResource;
}>;


export type SavedViewsQuery = { __typename?: 'Query', savedViews: Array<{ __typename?: 'SavedView', id: string, name: string, state: unknown, isDefault: boolean, version: number }> };

export type CreateSavedViewMutationVariables = Exact<{
  input: CreateOneSavedViewInput;
}>;


export type CreateSavedViewMutation = { __typename?: 'Mutation', createOneSavedView: { __typename?: 'SavedView', id: string, name: string, state: unknown, isDefault: boolean, version: number } };

export type UpdateSavedViewMutationVariables = Exact<{
  input: UpdateOneSavedViewInput;
}>;


export type UpdateSavedViewMutation = { __typename?: 'Mutation', updateOneSavedView: { __typename?: 'SavedView', id: string, name: string, state: unknown, isDefault: boolean, version: number } };

export type DeleteSavedViewMutationVariables = Exact<{
  input: DeleteOneInput;
}>;


export type DeleteSavedViewMutation = { __typename?: 'Mutation', deleteOneSavedView: { __typename?: 'SavedView', id: string } };

export type CustomerRelationshipTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerRelationshipTypesQuery = { __typename?: 'Query', dictionaryOptions: Array<{ __typename?: 'DictionaryItem', id: string, code: string, label: string, attributes?: unknown | null }> };

export type CustomerNodeSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  name: Scalars['String']['input'];
  withContacts: Scalars['Boolean']['input'];
}>;


export type CustomerNodeSearchQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', nodes: Array<{ __typename?: 'Customer', id: string, name: string, number?: string | null, canEdit: boolean }> }, contacts?: { __typename?: 'ContactConnection', nodes: Array<{ __typename?: 'Contact', id: string, name: string, title?: string | null, customers: Array<{ __typename?: 'Customer', id: string, name: string, canEdit: boolean }> }> } };

export type CustomerCreateTransactionMutationVariables = Exact<{
  input: CreateOneTransactionInput;
}>;


export type CustomerCreateTransactionMutation = { __typename?: 'Mutation', createOneTransaction: { __typename?: 'Transaction', id: string } };

export type CustomerDeleteTransactionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDeleteTransactionMutation = { __typename?: 'Mutation', deleteOneTransaction: { __typename?: 'Transaction', id: string } };

export type CustomerCreateRelationshipMutationVariables = Exact<{
  input: CreateOneRelationshipInput;
}>;


export type CustomerCreateRelationshipMutation = { __typename?: 'Mutation', createOneRelationship: { __typename?: 'Relationship', id: string } };

export type CustomerDeleteRelationshipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDeleteRelationshipMutation = { __typename?: 'Mutation', deleteOneRelationship: { __typename?: 'Relationship', id: string } };

export type CustomerUpdateContactMutationVariables = Exact<{
  input: UpdateOneContactInput;
}>;


export type CustomerUpdateContactMutation = { __typename?: 'Mutation', updateOneContact: { __typename?: 'Contact', id: string, version: number } };

export type CustomerDeleteContactMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDeleteContactMutation = { __typename?: 'Mutation', deleteOneContact: { __typename?: 'Contact', id: string } };

export type CustomerLinkContactMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  isPrimary: Scalars['Boolean']['input'];
}>;


export type CustomerLinkContactMutation = { __typename?: 'Mutation', linkContactToCustomer: Array<{ __typename?: 'CustomerContact', contactId: string, customerId: string }> };

export type CustomerUpdateFollowupMutationVariables = Exact<{
  input: UpdateOneFollowupInput;
}>;


export type CustomerUpdateFollowupMutation = { __typename?: 'Mutation', updateOneFollowup: { __typename?: 'Followup', id: string } };

export type CustomerDeleteFollowupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDeleteFollowupMutation = { __typename?: 'Mutation', deleteOneFollowup: { __typename?: 'Followup', id: string } };

export type CustomerDeleteDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDeleteDocumentMutation = { __typename?: 'Mutation', deleteOneDocument: { __typename?: 'Document', id: string } };

export type CustomerDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDeleteMutation = { __typename?: 'Mutation', deleteOneCustomer: { __typename?: 'Customer', id: string } };

export type CustomerRestoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerRestoreMutation = { __typename?: 'Mutation', restoreCustomer: { __typename?: 'Customer', id: string } };

export type DataCardQueryVariables = Exact<{
  kind: CustomerKind;
  includeInactive: Scalars['Boolean']['input'];
}>;


export type DataCardQuery = { __typename?: 'Query', dataCard: Array<{ __typename?: 'FieldDefinition', id: string, key: string, kind: CustomerKind, label: string, labelZh: string, labelEn: string, group: FieldGroup, type: FieldType, dictionaryCode?: string | null, controllingField?: string | null, required: boolean, unique: boolean, sensitive: boolean, protected: boolean, active: boolean, builtIn: boolean, help: string, helpZh: string, helpEn: string, validation?: unknown | null, sortOrder: number, version: number }> };

export type CardDictionaryTypesQueryVariables = Exact<{
  paging?: InputMaybe<OffsetPaging>;
}>;


export type CardDictionaryTypesQuery = { __typename?: 'Query', dictionaryTypes: { __typename?: 'DictionaryTypeConnection', nodes: Array<{ __typename?: 'DictionaryType', id: string, code: string, name: string, hierarchical: boolean }> } };

export type CardOptionsQueryVariables = Exact<{
  type: Scalars['String']['input'];
  controllingItem?: InputMaybe<Scalars['String']['input']>;
}>;


export type CardOptionsQuery = { __typename?: 'Query', dictionaryOptions: Array<{ __typename?: 'DictionaryItem', id: string, code: string, label: string }> };

export type CardUsersQueryVariables = Exact<{
  paging?: InputMaybe<OffsetPaging>;
}>;


export type CardUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, username: string, displayName: string }> } };

export type CreateFieldDefinitionMutationVariables = Exact<{
  input: CreateOneFieldDefinitionInput;
}>;


export type CreateFieldDefinitionMutation = { __typename?: 'Mutation', createOneFieldDefinition: { __typename?: 'FieldDefinition', id: string, key: string } };

export type UpdateFieldDefinitionMutationVariables = Exact<{
  input: UpdateOneFieldDefinitionInput;
}>;


export type UpdateFieldDefinitionMutation = { __typename?: 'Mutation', updateOneFieldDefinition: { __typename?: 'FieldDefinition', id: string, version: number, active: boolean } };

export type DepartmentsListQueryVariables = Exact<{
  filter?: InputMaybe<DepartmentFilter>;
  sorting?: InputMaybe<Array<DepartmentSort> | DepartmentSort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type DepartmentsListQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Department', id: string, name: string, parentId?: string | null, managerId?: string | null, createdAt: string, manager?: { __typename?: 'User', id: string, username: string, displayName: string } | null }> } };

export type DepartmentsSelectQueryVariables = Exact<{
  filter?: InputMaybe<DepartmentFilter>;
  sorting?: InputMaybe<Array<DepartmentSort> | DepartmentSort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type DepartmentsSelectQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Department', id: string, name: string, parentId?: string | null }> } };

export type DepartmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DepartmentQuery = { __typename?: 'Query', department: { __typename?: 'Department', id: string, version: number, name: string, parentId?: string | null, managerId?: string | null } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateOneDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createOneDepartment: { __typename?: 'Department', id: string, name: string } };

export type UpdateDepartmentMutationVariables = Exact<{
  input: UpdateOneDepartmentInput;
}>;


export type UpdateDepartmentMutation = { __typename?: 'Mutation', updateOneDepartment: { __typename?: 'Department', id: string, version: number, name: string, parentId?: string | null, managerId?: string | null } };

export type DeleteDepartmentMutationVariables = Exact<{
  input: DeleteOneInput;
}>;


export type DeleteDepartmentMutation = { __typename?: 'Mutation', deleteOneDepartment: { __typename?: 'Department', id: string } };

export type DictionaryTypesQueryVariables = Exact<{
  paging?: InputMaybe<OffsetPaging>;
  sorting?: InputMaybe<Array<DictionaryTypeSort> | DictionaryTypeSort>;
}>;


export type DictionaryTypesQuery = { __typename?: 'Query', dictionaryTypes: { __typename?: 'DictionaryTypeConnection', totalCount: number, nodes: Array<{ __typename?: 'DictionaryType', id: string, code: string, name: string, nameZh: string, nameEn: string, description: string, system: boolean, hierarchical: boolean, itemCount: number, controllingType?: { __typename?: 'DictionaryType', id: string, code: string, name: string } | null }> } };

export type DictionaryTreeItemFieldsFragment = { __typename?: 'DictionaryItem', id: string, code: string, labelZh: string, labelEn: string, label: string, enabled: boolean, color?: string | null, sortOrder: number, usageCount?: number | null, attributes?: unknown | null, version: number, parentId?: string | null, controllingItemId?: string | null, controllingItem?: { __typename?: 'DictionaryItem', id: string, code: string, label: string } | null };

export type DictionaryQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type DictionaryQuery = { __typename?: 'Query', dictionary: { __typename?: 'DictionaryType', id: string, version: number, code: string, name: string, nameZh: string, nameEn: string, description: string, system: boolean, hierarchical: boolean, itemCount: number, controllingType?: { __typename?: 'DictionaryType', id: string, code: string, name: string } | null, tree: Array<{ __typename?: 'DictionaryItem', id: string, code: string, labelZh: string, labelEn: string, label: string, enabled: boolean, color?: string | null, sortOrder: number, usageCount?: number | null, attributes?: unknown | null, version: number, parentId?: string | null, controllingItemId?: string | null, children: Array<{ __typename?: 'DictionaryItem', id: string, code: string, labelZh: string, labelEn: string, label: string, enabled: boolean, color?: string | null, sortOrder: number, usageCount?: number | null, attributes?: unknown | null, version: number, parentId?: string | null, controllingItemId?: string | null, children: Array<{ __typename?: 'DictionaryItem', id: string, code: string, labelZh: string, labelEn: string, label: string, enabled: boolean, color?: string | null, sortOrder: number, usageCount?: number | null, attributes?: unknown | null, version: number, parentId?: string | null, controllingItemId?: string | null, children: Array<{ __typename?: 'DictionaryItem', id: string, code: string, labelZh: string, labelEn: string, label: string, enabled: boolean, color?: string | null, sortOrder: number, usageCount?: number | null, attributes?: unknown | null, version: number, parentId?: string | null, controllingItemId?: string | null, controllingItem?: { __typename?: 'DictionaryItem', id: string, code: string, label: string } | null }>, controllingItem?: { __typename?: 'DictionaryItem', id: string, code: string, label: string } | null }>, controllingItem?: { __typename?: 'DictionaryItem', id: string, code: string, label: string } | null }>, controllingItem?: { __typename?: 'DictionaryItem', id: string, code: string, label: string } | null }> } };

export type DictionarySchemaQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type DictionarySchemaQuery = { __typename?: 'Query', dictionary: { __typename?: 'DictionaryType', id: string, attributeSchema: Array<{ __typename?: 'AttributeDefinition', key: string, type: AttributeType, required?: boolean | null, labelZh?: string | null, labelEn?: string | null }> } };

export type DictionaryOptionsQueryVariables = Exact<{
  type: Scalars['String']['input'];
  controllingItem?: InputMaybe<Scalars['String']['input']>;
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DictionaryOptionsQuery = { __typename?: 'Query', dictionaryOptions: Array<{ __typename?: 'DictionaryItem', id: string, code: string, label: string, enabled: boolean, parentId?: string | null }> };

export type UpdateDictionaryTypeMutationVariables = Exact<{
  input: UpdateOneDictionaryTypeInput;
}>;


export type UpdateDictionaryTypeMutation = { __typename?: 'Mutation', updateOneDictionaryType: { __typename?: 'DictionaryType', id: string, code: string, version: number } };

export type DeleteDictionaryTypeMutationVariables = Exact<{
  input: DeleteOneInput;
}>;


export type DeleteDictionaryTypeMutation = { __typename?: 'Mutation', deleteOneDictionaryType: { __typename?: 'DictionaryType', id: string } };

export type CreateDictionaryTypeMutationVariables = Exact<{
  input: CreateOneDictionaryTypeInput;
}>;


export type CreateDictionaryTypeMutation = { __typename?: 'Mutation', createOneDictionaryType: { __typename?: 'DictionaryType', id: string, code: string } };

export type CreateDictionaryItemMutationVariables = Exact<{
  input: CreateOneDictionaryItemInput;
}>;


export type CreateDictionaryItemMutation = { __typename?: 'Mutation', createOneDictionaryItem: { __typename?: 'DictionaryItem', id: string, code: string } };

export type UpdateDictionaryItemMutationVariables = Exact<{
  input: UpdateOneDictionaryItemInput;
}>;


export type UpdateDictionaryItemMutation = { __typename?: 'Mutation', updateOneDictionaryItem: { __typename?: 'DictionaryItem', id: string, version: number, enabled: boolean } };

export type DeleteDictionaryItemMutationVariables = Exact<{
  input: DeleteOneInput;
}>;


export type DeleteDictionaryItemMutation = { __typename?: 'Mutation', deleteOneDictionaryItem: { __typename?: 'DictionaryItem', id: string } };

export type MergeDictionaryItemMutationVariables = Exact<{
  from: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
}>;


export type MergeDictionaryItemMutation = { __typename?: 'Mutation', mergeDictionaryItem: { __typename?: 'MergeDictionaryItemResult', rewritten: number, into: { __typename?: 'DictionaryItem', id: string, code: string, usageCount?: number | null } } };

export type ReorderDictionaryItemsMutationVariables = Exact<{
  typeCode: Scalars['String']['input'];
  orderedIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderDictionaryItemsMutation = { __typename?: 'Mutation', reorderDictionaryItems: Array<{ __typename?: 'DictionaryItem', id: string, sortOrder: number }> };

export type EnabledDictionaryTreeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type EnabledDictionaryTreeQuery = { __typename?: 'Query', dictionary: { __typename?: 'DictionaryType', id: string, code: string, name: string, tree: Array<{ __typename?: 'DictionaryItem', code: string, label: string, children: Array<{ __typename?: 'DictionaryItem', code: string, label: string, children: Array<{ __typename?: 'DictionaryItem', code: string, label: string, children: Array<{ __typename?: 'DictionaryItem', code: string, label: string, children: Array<{ __typename?: 'DictionaryItem', code: string, label: string }> }> }> }> }> } };

export type NumberingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type NumberingRulesQuery = { __typename?: 'Query', numberingRules: Array<{ __typename?: 'NumberingRule', kind: CustomerKind, pattern: string, updatedAt: string, version: number }> };

export type UpdateNumberingRuleMutationVariables = Exact<{
  kind: CustomerKind;
  pattern: Scalars['String']['input'];
}>;


export type UpdateNumberingRuleMutation = { __typename?: 'Mutation', updateNumberingRule: { __typename?: 'NumberingRule', kind: CustomerKind, pattern: string, updatedAt: string, version: number } };

export type CustomerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerOverviewQuery = { __typename?: 'Query', customerOverview: { __typename?: 'CustomerOverview', totals: { __typename?: 'OverviewTotals', customers: number, contacts: number, followupsLast30Days: number }, byKind: Array<{ __typename?: 'OverviewBucket', code?: string | null, labelZh: string, labelEn: string, color?: string | null, count: number }>, byStatus: Array<{ __typename?: 'OverviewBucket', code?: string | null, labelZh: string, labelEn: string, color?: string | null, count: number }>, byGrade: Array<{ __typename?: 'OverviewBucket', code?: string | null, labelZh: string, labelEn: string, color?: string | null, count: number }>, byCategory: Array<{ __typename?: 'OverviewBucket', code?: string | null, labelZh: string, labelEn: string, color?: string | null, count: number }>, byRegion: Array<{ __typename?: 'OverviewRegionBucket', code?: string | null, labelZh: string, labelEn: string, color?: string | null, count: number, groupCode?: string | null, groupLabelZh?: string | null, groupLabelEn?: string | null }>, byRegionGroup: Array<{ __typename?: 'OverviewBucket', code?: string | null, labelZh: string, labelEn: string, color?: string | null, count: number }> } };

export type RolesListQueryVariables = Exact<{
  filter?: InputMaybe<RoleFilter>;
  sorting?: InputMaybe<Array<RoleSort> | RoleSort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type RolesListQuery = { __typename?: 'Query', roles: { __typename?: 'RoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Role', id: string, name: string, description: string, permissions: Array<string>, dataScope: DataScope, sensitiveLevel: AccessLevel }> } };

export type RolesSelectQueryVariables = Exact<{
  filter?: InputMaybe<RoleFilter>;
  sorting?: InputMaybe<Array<RoleSort> | RoleSort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type RolesSelectQuery = { __typename?: 'Query', roles: { __typename?: 'RoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Role', id: string, name: string }> } };

export type RoleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoleQuery = { __typename?: 'Query', role: { __typename?: 'Role', id: string, version: number, name: string, description: string, permissions: Array<string>, dataScope: DataScope, sensitiveLevel: AccessLevel } };

export type CreateRoleMutationVariables = Exact<{
  input: CreateOneRoleInput;
}>;


export type CreateRoleMutation = { __typename?: 'Mutation', createOneRole: { __typename?: 'Role', id: string, name: string } };

export type UpdateRoleMutationVariables = Exact<{
  input: UpdateOneRoleInput;
}>;


export type UpdateRoleMutation = { __typename?: 'Mutation', updateOneRole: { __typename?: 'Role', id: string, version: number, name: string, description: string, permissions: Array<string>, dataScope: DataScope, sensitiveLevel: AccessLevel } };

export type DeleteRoleMutationVariables = Exact<{
  input: DeleteOneInput;
}>;


export type DeleteRoleMutation = { __typename?: 'Mutation', deleteOneRole: { __typename?: 'Role', id: string } };

export type UsersListQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  sorting?: InputMaybe<Array<UserSort> | UserSort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type UsersListQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, nodes: Array<{ __typename?: 'User', id: string, username: string, displayName: string, email?: string | null, mobile?: string | null, active: boolean, departmentId?: string | null, createdAt: string, department?: { __typename?: 'Department', id: string, name: string } | null, roles: Array<{ __typename?: 'Role', id: string, name: string }> }> } };

export type UsersSelectQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  sorting?: InputMaybe<Array<UserSort> | UserSort>;
  paging?: InputMaybe<OffsetPaging>;
}>;


export type UsersSelectQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, nodes: Array<{ __typename?: 'User', id: string, username: string, displayName: string }> } };

export type UserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, version: number, username: string, displayName: string, email?: string | null, mobile?: string | null, active: boolean, departmentId?: string | null, roles: Array<{ __typename?: 'Role', id: string, name: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateOneUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createOneUser: { __typename?: 'User', id: string, username: string, displayName: string } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateOneUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateOneUser: { __typename?: 'User', id: string, version: number, username: string, displayName: string, email?: string | null, mobile?: string | null, active: boolean, departmentId?: string | null, roles: Array<{ __typename?: 'Role', id: string, name: string }> } };

export type DeleteUserMutationVariables = Exact<{
  input: DeleteOneInput;
}>;


export type DeleteUserMutation = { __typename?: 'Mutation', deleteOneUser: { __typename?: 'User', id: string } };

export const DictionaryTreeItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DictionaryTreeItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DictionaryItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"controllingItemId"}},{"kind":"Field","name":{"kind":"Name","value":"controllingItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DictionaryTreeItemFieldsFragment, unknown>;
export const GlobalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlobalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"globalSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"renewsId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const CustomerDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}}]}}]}}]} as unknown as DocumentNode<CustomerDirectoryQuery, CustomerDirectoryQueryVariables>;
export const RequestCustomerAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCustomerAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCustomerAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCustomerAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RequestCustomerAccessMutation, RequestCustomerAccessMutationVariables>;
export const ApproveAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables>;
export const RejectAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectAccessRequestMutation, RejectAccessRequestMutationVariables>;
export const CancelAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelAccessRequestMutation, CancelAccessRequestMutationVariables>;
export const RenewAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RenewAccessRequestMutation, RenewAccessRequestMutationVariables>;
export const AccessRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRulesQuery, AccessRulesQueryVariables>;
export const CreateAccessRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneAccessRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneAccessRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAccessRuleMutation, CreateAccessRuleMutationVariables>;
export const DeleteAccessRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccessRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneAccessRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAccessRuleMutation, DeleteAccessRuleMutationVariables>;
export const AccessDictionaryOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessDictionaryOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"flat"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]} as unknown as DocumentNode<AccessDictionaryOptionsQuery, AccessDictionaryOptionsQueryVariables>;
export const AccessUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}}]}}]}}]} as unknown as DocumentNode<AccessUsersQuery, AccessUsersQueryVariables>;
export const AccessDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessDepartments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessDepartmentsQuery, AccessDepartmentsQueryVariables>;
export const AccessRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRolesQuery, AccessRolesQueryVariables>;
export const AccessCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dictionaryCode"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}}]}}]}}]} as unknown as DocumentNode<AccessCardQuery, AccessCardQueryVariables>;
export const CustomerAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAccessQuery, CustomerAccessQueryVariables>;
export const CustomerGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerGrantsQuery, CustomerGrantsQueryVariables>;
export const GrantCustomerAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantCustomerAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCustomerAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCustomerAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<GrantCustomerAccessMutation, GrantCustomerAccessMutationVariables>;
export const RevokeCustomerGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCustomerGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCustomerGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeCustomerGrantMutation, RevokeCustomerGrantMutationVariables>;
export const AccessSetCustomerMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSetCustomerMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<AccessSetCustomerMemberMutation, AccessSetCustomerMemberMutationVariables>;
export const RemoveCustomerMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCustomerMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCustomerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<RemoveCustomerMemberMutation, RemoveCustomerMemberMutationVariables>;
export const RevealFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealFieldMutation, RevealFieldMutationVariables>;
export const CustomerAccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAccessRequestsQuery, CustomerAccessRequestsQueryVariables>;
export const GranteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Grantees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GranteeKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}}]}}]}}]} as unknown as DocumentNode<GranteesQuery, GranteesQueryVariables>;
export const ExplainAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"canRead"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveInClear"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveMasked"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<ExplainAccessQuery, ExplainAccessQueryVariables>;
export const PreviewCustomersAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewCustomersAs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewCustomersAs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewCustomersAsQuery, PreviewCustomersAsQueryVariables>;
export const AccessCustomerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCustomerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCustomerSearchQuery, AccessCustomerSearchQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ApiKeysListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeySort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysListQuery, ApiKeysListQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsListQuery, AuditLogsListQueryVariables>;
export const ChangeRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeRequestsQuery, ChangeRequestsQueryVariables>;
export const ApplyChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyChangeRequestMutation, ApplyChangeRequestMutationVariables>;
export const RejectChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectChangeRequestMutation, RejectChangeRequestMutationVariables>;
export const RebaseChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RebaseChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebaseChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}}]}}]}}]} as unknown as DocumentNode<RebaseChangeRequestMutation, RebaseChangeRequestMutationVariables>;
export const ContactsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSort"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsListQuery, ContactsListQueryVariables>;
export const ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"wechat"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"hobbies"}},{"kind":"Field","name":{"kind":"Name","value":"personalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"gender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const BulkTransferCustomerOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkTransferCustomerOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepPreviousAs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versions"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkTransferCustomerOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keepPreviousAs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepPreviousAs"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"versions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<BulkTransferCustomerOwnerMutation, BulkTransferCustomerOwnerMutationVariables>;
export const BulkSetCustomerMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkSetCustomerMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkSetCustomerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<BulkSetCustomerMemberMutation, BulkSetCustomerMemberMutationVariables>;
export const BulkSetCustomerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkSetCustomerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versions"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkSetCustomerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"versions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<BulkSetCustomerStatusMutation, BulkSetCustomerStatusMutationVariables>;
export const CustomersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCustomFields"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTransactionOn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"fax"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"founded"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCustomFields"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearsInBusiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ageRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactStrategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseStrategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersListQuery, CustomersListQueryVariables>;
export const CustomerFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllingItem"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"controllingItem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllingItem"}}},{"kind":"Argument","name":{"kind":"Name","value":"flat"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<CustomerFilterOptionsQuery, CustomerFilterOptionsQueryVariables>;
export const CustomerCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dictionaryCode"}},{"kind":"Field","name":{"kind":"Name","value":"controllingField"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"validation"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CustomerCardQuery, CustomerCardQueryVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionHabits"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"fax"}},{"kind":"Field","name":{"kind":"Name","value":"founded"}},{"kind":"Field","name":{"kind":"Name","value":"hobbies"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mainBusiness"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"riskNotes"}},{"kind":"Field","name":{"kind":"Name","value":"specialRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"lastTransactionOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstTransactionOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactStrategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseStrategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearsInBusiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"firstOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const CustomerTabsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTabs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerTabsQuery, CustomerTabsQueryVariables>;
export const CustomerUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerUsersQuery, CustomerUsersQueryVariables>;
export const CustomerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"flat"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CustomerOptionsQuery, CustomerOptionsQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const SetCustomerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetCustomerStatusMutation, SetCustomerStatusMutationVariables>;
export const SetCustomerMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<SetCustomerMemberMutation, SetCustomerMemberMutationVariables>;
export const TransferCustomerOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCustomerOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepPreviousAs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCustomerOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keepPreviousAs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepPreviousAs"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}}]}}]} as unknown as DocumentNode<TransferCustomerOwnerMutation, TransferCustomerOwnerMutationVariables>;
export const CreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateContactMutation, CreateContactMutationVariables>;
export const CreateFollowupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFollowup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneFollowupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneFollowup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateFollowupMutation, CreateFollowupMutationVariables>;
export const RelationshipGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationshipGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootType"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RelationshipGraphQuery, RelationshipGraphQueryVariables>;
export const CustomerPendingChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPendingChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPendingChangesQuery, CustomerPendingChangesQueryVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedViewResource"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resource"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const CreateSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneSavedViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateSavedViewMutation, CreateSavedViewMutationVariables>;
export const UpdateSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneSavedViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSavedViewMutation, UpdateSavedViewMutationVariables>;
export const DeleteSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
export const CustomerRelationshipTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRelationshipTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"relationship_type","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"flat"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]} as unknown as DocumentNode<CustomerRelationshipTypesQuery, CustomerRelationshipTypesQueryVariables>;
export const CustomerNodeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNodeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContacts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"iLike"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContacts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerNodeSearchQuery, CustomerNodeSearchQueryVariables>;
export const CustomerCreateTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerCreateTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerCreateTransactionMutation, CustomerCreateTransactionMutationVariables>;
export const CustomerDeleteTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDeleteTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerDeleteTransactionMutation, CustomerDeleteTransactionMutationVariables>;
export const CustomerCreateRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerCreateRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerCreateRelationshipMutation, CustomerCreateRelationshipMutationVariables>;
export const CustomerDeleteRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDeleteRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerDeleteRelationshipMutation, CustomerDeleteRelationshipMutationVariables>;
export const CustomerUpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerUpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CustomerUpdateContactMutation, CustomerUpdateContactMutationVariables>;
export const CustomerDeleteContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDeleteContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerDeleteContactMutation, CustomerDeleteContactMutationVariables>;
export const CustomerLinkContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerLinkContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPrimary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkContactToCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"isPrimary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPrimary"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]} as unknown as DocumentNode<CustomerLinkContactMutation, CustomerLinkContactMutationVariables>;
export const CustomerUpdateFollowupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerUpdateFollowup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneFollowupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneFollowup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerUpdateFollowupMutation, CustomerUpdateFollowupMutationVariables>;
export const CustomerDeleteFollowupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDeleteFollowup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneFollowup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerDeleteFollowupMutation, CustomerDeleteFollowupMutationVariables>;
export const CustomerDeleteDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDeleteDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerDeleteDocumentMutation, CustomerDeleteDocumentMutationVariables>;
export const CustomerDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerDeleteMutation, CustomerDeleteMutationVariables>;
export const CustomerRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerRestoreMutation, CustomerRestoreMutationVariables>;
export const DataCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dictionaryCode"}},{"kind":"Field","name":{"kind":"Name","value":"controllingField"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"unique"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"helpZh"}},{"kind":"Field","name":{"kind":"Name","value":"helpEn"}},{"kind":"Field","name":{"kind":"Name","value":"validation"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DataCardQuery, DataCardQueryVariables>;
export const CardDictionaryTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardDictionaryTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchical"}}]}}]}}]}}]} as unknown as DocumentNode<CardDictionaryTypesQuery, CardDictionaryTypesQueryVariables>;
export const CardOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllingItem"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"controllingItem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllingItem"}}},{"kind":"Argument","name":{"kind":"Name","value":"flat"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<CardOptionsQuery, CardOptionsQueryVariables>;
export const CardUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CardUsersQuery, CardUsersQueryVariables>;
export const CreateFieldDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFieldDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneFieldDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneFieldDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<CreateFieldDefinitionMutation, CreateFieldDefinitionMutationVariables>;
export const UpdateFieldDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFieldDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneFieldDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneFieldDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateFieldDefinitionMutation, UpdateFieldDefinitionMutationVariables>;
export const DepartmentsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"managerId"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentsListQuery, DepartmentsListQueryVariables>;
export const DepartmentsSelectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentsSelect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentsSelectQuery, DepartmentsSelectQueryVariables>;
export const DepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Department"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"managerId"}}]}}]}}]} as unknown as DocumentNode<DepartmentQuery, DepartmentQueryVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"managerId"}}]}}]}}]} as unknown as DocumentNode<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const DeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDepartmentMutation, DeleteDepartmentMutationVariables>;
export const DictionaryTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DictionaryTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DictionaryTypeSort"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchical"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"controllingType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DictionaryTypesQuery, DictionaryTypesQueryVariables>;
export const DictionaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dictionary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchical"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"controllingType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DictionaryTreeItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DictionaryTreeItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DictionaryTreeItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DictionaryTreeItemFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DictionaryTreeItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DictionaryItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"controllingItemId"}},{"kind":"Field","name":{"kind":"Name","value":"controllingItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DictionaryQuery, DictionaryQueryVariables>;
export const DictionarySchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DictionarySchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attributeSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<DictionarySchemaQuery, DictionarySchemaQueryVariables>;
export const DictionaryOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DictionaryOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controllingItem"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionaryOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"controllingItem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controllingItem"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"flat"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<DictionaryOptionsQuery, DictionaryOptionsQueryVariables>;
export const UpdateDictionaryTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDictionaryType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneDictionaryTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneDictionaryType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDictionaryTypeMutation, UpdateDictionaryTypeMutationVariables>;
export const DeleteDictionaryTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDictionaryType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneDictionaryType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDictionaryTypeMutation, DeleteDictionaryTypeMutationVariables>;
export const CreateDictionaryTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDictionaryType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneDictionaryTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneDictionaryType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateDictionaryTypeMutation, CreateDictionaryTypeMutationVariables>;
export const CreateDictionaryItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDictionaryItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneDictionaryItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneDictionaryItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateDictionaryItemMutation, CreateDictionaryItemMutationVariables>;
export const UpdateDictionaryItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDictionaryItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneDictionaryItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneDictionaryItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateDictionaryItemMutation, UpdateDictionaryItemMutationVariables>;
export const DeleteDictionaryItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDictionaryItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneDictionaryItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDictionaryItemMutation, DeleteDictionaryItemMutationVariables>;
export const MergeDictionaryItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeDictionaryItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"into"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeDictionaryItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"into"},"value":{"kind":"Variable","name":{"kind":"Name","value":"into"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewritten"}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}}]}}]}}]}}]} as unknown as DocumentNode<MergeDictionaryItemMutation, MergeDictionaryItemMutationVariables>;
export const ReorderDictionaryItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderDictionaryItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"typeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderedIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderDictionaryItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"typeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"typeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderedIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderedIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]}}]} as unknown as DocumentNode<ReorderDictionaryItemsMutation, ReorderDictionaryItemsMutationVariables>;
export const EnabledDictionaryTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnabledDictionaryTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dictionary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnabledDictionaryTreeQuery, EnabledDictionaryTreeQueryVariables>;
export const NumberingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NumberingRulesQuery, NumberingRulesQueryVariables>;
export const UpdateNumberingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNumberingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pattern"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNumberingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"pattern"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pattern"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateNumberingRuleMutation, UpdateNumberingRuleMutationVariables>;
export const CustomerOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"followupsLast30Days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabelZh"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegionGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOverviewQuery, CustomerOverviewQueryVariables>;
export const RolesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dataScope"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveLevel"}}]}}]}}]}}]} as unknown as DocumentNode<RolesListQuery, RolesListQueryVariables>;
export const RolesSelectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesSelect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RolesSelectQuery, RolesSelectQueryVariables>;
export const RoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Role"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dataScope"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveLevel"}}]}}]}}]} as unknown as DocumentNode<RoleQuery, RoleQueryVariables>;
export const CreateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dataScope"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveLevel"}}]}}]}}]} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const UsersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<UsersListQuery, UsersListQueryVariables>;
export const UsersSelectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersSelect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffsetPaging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sorting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sorting"}}},{"kind":"Argument","name":{"kind":"Name","value":"paging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<UsersSelectQuery, UsersSelectQueryVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOneUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOneUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;