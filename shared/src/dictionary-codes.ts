/** Codes of the built-in dictionary types. Items are referenced by `<type>` + item code. */
export const DICT = {
  customerKind: 'customer_kind',
  region: 'region',
  customerNature: 'customer_nature',
  customerSource: 'customer_source',
  customerCategory: 'customer_category',
  industry: 'industry',
  enterpriseScale: 'enterprise_scale',
  yearsInBusiness: 'years_in_business',
  industryStatus: 'industry_status',
  settlementMethod: 'settlement_method',
  contactStrategy: 'contact_strategy',
  purchaseStrategy: 'purchase_strategy',
  customerGrade: 'customer_grade',
  importance: 'importance',
  followupMethod: 'followup_method',
  followupMilestone: 'followup_milestone',
  transactionType: 'transaction_type',
  relationshipType: 'relationship_type',
  documentType: 'document_type',
  ageRange: 'age_range',
  gender: 'gender',
  education: 'education',
  idType: 'id_type',
  decisionRole: 'decision_role',
  territory: 'territory',
  accessReason: 'access_reason',
  grantPeriod: 'grant_period',
} as const;

export type DictionaryTypeCode = (typeof DICT)[keyof typeof DICT];

/** Customer kinds; also the items of the `customer_kind` dictionary. */
export const CUSTOMER_KINDS = ['ENTERPRISE', 'INDIVIDUAL'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** Attribute value types a dictionary type may declare for its items. */
export const ATTRIBUTE_TYPES = ['INT', 'DECIMAL', 'STRING', 'BOOLEAN', 'STRING_LIST'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export interface AttributeDefinition {
  key: string;
  type: AttributeType;
  required?: boolean;
  labelZh?: string;
  labelEn?: string;
}

/** Card groups, following the customer data card's modules. */
export const FIELD_GROUPS = ['BASIC', 'CONTACT', 'BACKGROUND', 'NEEDS', 'REMARKS'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export const FIELD_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'MONEY',
  'DATE',
  'BOOLEAN',
  'SELECT',
  'MULTI_SELECT',
  'USER',
  'RATING',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
