import { DICT, type CustomerKind, type FieldGroup, type FieldType } from '@dossier/shared';

export interface FieldValidation {
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: string;
  /** Shown instead of 格式不正确 when a value does not match `pattern`. */
  patternMessage?: string;
  /** A value that matches `pattern`, shown with 格式不正确. */
  example?: string;
}

/** A built-in field of the customer card: stored in a `customer` column, described like any custom field. */
export interface BuiltInField {
  key: string;
  /** Property on the Customer entity (for selects: the `<name>Id` column). */
  property: string;
  column: string;
  kinds: CustomerKind[];
  group: FieldGroup;
  type: FieldType;
  dictionary?: string;
  /** Key of the field whose value controls this select's options; `kind` means the customer kind. */
  controllingField?: string;
  labelZh: string;
  labelEn: string;
  required?: boolean;
  unique?: boolean;
  sensitive?: boolean;
  /** Sensitive only on these kinds' cards (e.g. the home address of individuals). */
  sensitiveKinds?: CustomerKind[];
  protected?: boolean;
  validation?: FieldValidation;
}

const BOTH: CustomerKind[] = ['ENTERPRISE', 'INDIVIDUAL'];
const ENT: CustomerKind[] = ['ENTERPRISE'];
const IND: CustomerKind[] = ['INDIVIDUAL'];

const select = (
  key: string,
  dictionary: string,
  kinds: CustomerKind[],
  group: FieldGroup,
  labelZh: string,
  labelEn: string,
  extra: Partial<BuiltInField> = {},
): BuiltInField => ({
  key,
  property: `${key}Id`,
  column: `${snake(key)}_id`,
  kinds,
  group,
  type: 'SELECT',
  dictionary,
  labelZh,
  labelEn,
  ...extra,
});
const scalar = (
  key: string,
  type: FieldType,
  kinds: CustomerKind[],
  group: FieldGroup,
  labelZh: string,
  labelEn: string,
  extra: Partial<BuiltInField> = {},
): BuiltInField => ({
  key,
  property: key,
  column: snake(key),
  kinds,
  group,
  type,
  labelZh,
  labelEn,
  ...extra,
});

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The card's built-in fields, in display order within each group. */
export const BUILT_IN_FIELDS: BuiltInField[] = [
  scalar('name', 'TEXT', BOTH, 'BASIC', '客户名称', 'Name', {
    required: true,
    protected: true,
    validation: { maxLength: 200 },
  }),
  scalar('creditCode', 'TEXT', ENT, 'BASIC', '统一社会信用代码', 'Unified social credit code', {
    unique: true,
    protected: true,
    validation: { pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
  }),
  select('category', DICT.customerCategory, BOTH, 'BASIC', '客户类别', 'Category', {
    controllingField: 'kind',
  }),
  select('grade', DICT.customerGrade, BOTH, 'BASIC', '客户等级', 'Grade', { protected: true }),
  select('importance', DICT.importance, BOTH, 'BASIC', '重要程度', 'Importance'),
  scalar('creditRating', 'RATING', BOTH, 'BASIC', '信用等级', 'Credit rating', {
    validation: { min: 1, max: 5 },
  }),
  select('industry', DICT.industry, ENT, 'BASIC', '所属行业', 'Industry'),
  select('scale', DICT.enterpriseScale, ENT, 'BASIC', '企业规模', 'Enterprise scale'),
  select('nature', DICT.customerNature, ENT, 'BASIC', '客户性质', 'Nature'),
  select('source', DICT.customerSource, BOTH, 'BASIC', '客户来源', 'Source'),
  select('region', DICT.region, BOTH, 'CONTACT', '所属地区', 'Region'),
  select('territory', DICT.territory, BOTH, 'CONTACT', '服务片区', 'Territory'),
  scalar('address', 'TEXT', BOTH, 'CONTACT', '详细地址', 'Address', {
    sensitiveKinds: IND,
    validation: { maxLength: 300 },
  }),
  scalar('phone', 'TEXT', BOTH, 'CONTACT', '电话', 'Phone', {
    sensitive: true,
    validation: { maxLength: 32, pattern: '^[0-9+()\\- ]{5,32}$' },
  }),
  scalar('mobile', 'TEXT', BOTH, 'CONTACT', '手机', 'Mobile', {
    sensitive: true,
    validation: { pattern: '^1[3-9]\\d{9}$' },
  }),
  scalar('fax', 'TEXT', ENT, 'CONTACT', '传真', 'Fax', { validation: { maxLength: 32 } }),
  scalar('email', 'TEXT', BOTH, 'CONTACT', '邮箱', 'E-mail', {
    validation: { maxLength: 200, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' },
  }),
  scalar('postcode', 'TEXT', BOTH, 'CONTACT', '邮编', 'Postcode', {
    validation: { pattern: '^\\d{6}$' },
  }),
  scalar('website', 'TEXT', ENT, 'CONTACT', '网址', 'Website', { validation: { maxLength: 200 } }),
  select(
    'yearsInBusiness',
    DICT.yearsInBusiness,
    ENT,
    'BACKGROUND',
    '经营年限',
    'Years in business',
  ),
  select('industryStatus', DICT.industryStatus, ENT, 'BACKGROUND', '行业地位', 'Industry status'),
  scalar('employeeCount', 'NUMBER', ENT, 'BACKGROUND', '员工人数', 'Employees', {
    validation: { min: 0, max: 10_000_000 },
  }),
  scalar('registeredCapital', 'MONEY', ENT, 'BACKGROUND', '注册资本', 'Registered capital', {
    validation: { min: 0 },
  }),
  scalar('founded', 'TEXT', ENT, 'BACKGROUND', '成立时间', 'Founded', {
    validation: { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
  }),
  scalar('mainBusiness', 'LONG_TEXT', ENT, 'BACKGROUND', '主营业务', 'Main business', {
    validation: { maxLength: 2000 },
  }),
  select('gender', DICT.gender, IND, 'BACKGROUND', '性别', 'Gender'),
  select('ageRange', DICT.ageRange, IND, 'BACKGROUND', '年龄段', 'Age range'),
  scalar('birthday', 'DATE', IND, 'BACKGROUND', '生日', 'Birthday'),
  scalar('occupation', 'TEXT', IND, 'BACKGROUND', '职业', 'Occupation', {
    validation: { maxLength: 100 },
  }),
  select('idType', DICT.idType, IND, 'BACKGROUND', '证件类型', 'ID type'),
  scalar('idNumber', 'TEXT', IND, 'BACKGROUND', '证件号码', 'ID number', {
    sensitive: true,
    protected: true,
    unique: true,
    validation: { maxLength: 32 },
  }),
  scalar('hobbies', 'LONG_TEXT', IND, 'BACKGROUND', '兴趣爱好', 'Hobbies', {
    validation: { maxLength: 1000 },
  }),
  scalar('consumptionHabits', 'LONG_TEXT', IND, 'BACKGROUND', '消费习惯', 'Consumption habits', {
    validation: { maxLength: 1000 },
  }),
  select('contactStrategy', DICT.contactStrategy, BOTH, 'NEEDS', '联系策略', 'Contact strategy'),
  select('purchaseStrategy', DICT.purchaseStrategy, BOTH, 'NEEDS', '购买策略', 'Purchase strategy'),
  select('settlementMethod', DICT.settlementMethod, BOTH, 'NEEDS', '结算方式', 'Settlement method'),
  scalar('remarks', 'LONG_TEXT', BOTH, 'REMARKS', '备注', 'Remarks', {
    validation: { maxLength: 2000 },
  }),
  scalar('specialRequirements', 'LONG_TEXT', BOTH, 'REMARKS', '特殊要求', 'Special requirements', {
    validation: { maxLength: 2000 },
  }),
  scalar('riskNotes', 'LONG_TEXT', BOTH, 'REMARKS', '风险提示', 'Risk notes', {
    validation: { maxLength: 2000 },
  }),
];

export const BUILT_IN_BY_KEY = new Map(BUILT_IN_FIELDS.map((f) => [f.key, f]));
