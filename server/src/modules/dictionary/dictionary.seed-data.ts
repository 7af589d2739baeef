/**
 * Built-in dictionaries shipped with Dossier (see PRODUCT.md §1 and seeds 000/003/004).
 * Pure data: the seeder turns these into dictionary types and items, in array order.
 */
import type { AttributeDefinition } from '@dossier/shared';
import { DICT } from '@dossier/shared';

export interface SeedItem {
  code: string;
  zh: string;
  en: string;
  color?: string;
  attributes?: Record<string, unknown>;
  controlling?: string;
  children?: SeedItem[];
}

export interface SeedType {
  code: string;
  zh: string;
  en: string;
  description?: string;
  hierarchical?: boolean;
  controllingType?: string;
  attributeSchema?: AttributeDefinition[];
  items: SeedItem[];
}

export const DICTIONARY_SEED: SeedType[] = [
  {
    code: DICT.customerKind,
    zh: '客户类型',
    en: 'Customer kind',
    description: 'Enterprise or individual customer; controls the data card fields and categories.',
    items: [
      { code: 'ENTERPRISE', zh: '企业客户', en: 'Enterprise' },
      { code: 'INDIVIDUAL', zh: '个人客户', en: 'Individual' },
    ],
  },
  {
    code: DICT.region,
    zh: '所属区域',
    en: 'Region',
    description:
      'Region → province (provincial-level division); cities may be added below provinces.',
    hierarchical: true,
    items: [
      {
        code: 'south_china',
        zh: '华南',
        en: 'South China',
        children: [
          { code: 'guangdong', zh: '广东', en: 'Guangdong' },
          { code: 'guangxi', zh: '广西', en: 'Guangxi' },
          { code: 'hainan', zh: '海南', en: 'Hainan' },
          { code: 'xianggang', zh: '香港', en: 'Hong Kong' },
          { code: 'aomen', zh: '澳门', en: 'Macao' },
        ],
      },
      {
        code: 'east_china',
        zh: '华东',
        en: 'East China',
        children: [
          { code: 'shanghai', zh: '上海', en: 'Shanghai' },
          { code: 'jiangsu', zh: '江苏', en: 'Jiangsu' },
          { code: 'zhejiang', zh: '浙江', en: 'Zhejiang' },
          { code: 'anhui', zh: '安徽', en: 'Anhui' },
          { code: 'fujian', zh: '福建', en: 'Fujian' },
          { code: 'jiangxi', zh: '江西', en: 'Jiangxi' },
          { code: 'shandong', zh: '山东', en: 'Shandong' },
          { code: 'taiwan', zh: '台湾', en: 'Taiwan' },
        ],
      },
      {
        code: 'central_china',
        zh: '华中',
        en: 'Central China',
        children: [
          { code: 'henan', zh: '河南', en: 'Henan' },
          { code: 'hubei', zh: '湖北', en: 'Hubei' },
          { code: 'hunan', zh: '湖南', en: 'Hunan' },
        ],
      },
      {
        code: 'north_china',
        zh: '华北',
        en: 'North China',
        children: [
          { code: 'beijing', zh: '北京', en: 'Beijing' },
          { code: 'tianjin', zh: '天津', en: 'Tianjin' },
          { code: 'hebei', zh: '河北', en: 'Hebei' },
          { code: 'shanxi', zh: '山西', en: 'Shanxi' },
          { code: 'neimenggu', zh: '内蒙古', en: 'Inner Mongolia' },
        ],
      },
      {
        code: 'southwest',
        zh: '西南',
        en: 'Southwest China',
        children: [
          { code: 'chongqing', zh: '重庆', en: 'Chongqing' },
          { code: 'sichuan', zh: '四川', en: 'Sichuan' },
          { code: 'guizhou', zh: '贵州', en: 'Guizhou' },
          { code: 'yunnan', zh: '云南', en: 'Yunnan' },
          { code: 'xizang', zh: '西藏', en: 'Tibet' },
        ],
      },
      {
        code: 'northwest',
        zh: '西北',
        en: 'Northwest China',
        children: [
          { code: 'shaanxi', zh: '陕西', en: 'Shaanxi' },
          { code: 'gansu', zh: '甘肃', en: 'Gansu' },
          { code: 'qinghai', zh: '青海', en: 'Qinghai' },
          { code: 'ningxia', zh: '宁夏', en: 'Ningxia' },
          { code: 'xinjiang', zh: '新疆', en: 'Xinjiang' },
        ],
      },
      {
        code: 'northeast',
        zh: '东北',
        en: 'Northeast China',
        children: [
          { code: 'liaoning', zh: '辽宁', en: 'Liaoning' },
          { code: 'jilin', zh: '吉林', en: 'Jilin' },
          { code: 'heilongjiang', zh: '黑龙江', en: 'Heilongjiang' },
        ],
      },
    ],
  },
  {
    code: DICT.customerNature,
    zh: '客户性质',
    en: 'Customer nature',
    description: 'Ownership / legal form of an enterprise customer.',
    items: [
      { code: 'state_owned', zh: '国有企业', en: 'State-owned enterprise' },
      { code: 'sino_foreign_jv', zh: '中外合资', en: 'Sino-foreign joint venture' },
      { code: 'wholly_foreign_owned', zh: '外商独资', en: 'Wholly foreign-owned enterprise' },
      { code: 'private', zh: '私营企业', en: 'Private enterprise' },
      { code: 'individual_business', zh: '个体户', en: 'Individual business' },
      { code: 'partnership', zh: '合伙企业', en: 'Partnership' },
      {
        code: 'institution_association',
        zh: '事业单位/社团',
        en: 'Public institution / association',
      },
      { code: 'listed_company', zh: '上市公司', en: 'Listed company' },
      { code: 'group_company', zh: '集团公司', en: 'Group company' },
      { code: 'government', zh: '政府机构', en: 'Government agency' },
      { code: 'other', zh: '其他', en: 'Other' },
    ],
  },
  {
    code: DICT.customerSource,
    zh: '客户来源',
    en: 'Customer source',
    description: 'How the customer was acquired.',
    items: [
      { code: 'website_ad', zh: '网站广告', en: 'Website advertising' },
      { code: 'exhibition', zh: '展览会', en: 'Exhibition' },
      { code: 'customer_referral', zh: '客户推荐', en: 'Customer recommendation' },
      { code: 'phone', zh: '电话', en: 'Phone' },
      { code: 'email', zh: '邮件', en: 'Email' },
      { code: 'print_ad', zh: '报刊广告', en: 'Print advertising' },
      { code: 'yellow_pages', zh: '黄页', en: 'Yellow pages' },
      { code: 'friend_referral', zh: '朋友介绍', en: 'Introduced by a friend' },
      {
        code: 'existing_customer_referral',
        zh: '老客户转介绍',
        en: 'Referral from an existing customer',
      },
      { code: 'marketing_event', zh: '市场活动', en: 'Marketing event' },
    ],
  },
  {
    code: DICT.customerCategory,
    zh: '客户类别',
    en: 'Customer category',
    description:
      'Lifecycle category of a customer; the options offered depend on the customer kind.',
    controllingType: DICT.customerKind,
    items: [
      {
        code: 'potential_end_customer',
        zh: '潜在终端客户',
        en: 'Potential end customer',
        controlling: 'ENTERPRISE',
      },
      { code: 'potential_agent', zh: '潜在代理', en: 'Potential agent', controlling: 'ENTERPRISE' },
      {
        code: 'current_end_customer',
        zh: '现有终端客户',
        en: 'Current end customer',
        controlling: 'ENTERPRISE',
      },
      { code: 'current_agent', zh: '现有代理', en: 'Current agent', controlling: 'ENTERPRISE' },
      {
        code: 'lost_end_customer',
        zh: '流失终端客户',
        en: 'Lost end customer',
        controlling: 'ENTERPRISE',
      },
      { code: 'lost_agent', zh: '流失代理', en: 'Lost agent', controlling: 'ENTERPRISE' },
      {
        code: 'potential_individual',
        zh: '潜在个人客户',
        en: 'Potential individual customer',
        controlling: 'INDIVIDUAL',
      },
      {
        code: 'current_individual',
        zh: '现有个人客户',
        en: 'Current individual customer',
        controlling: 'INDIVIDUAL',
      },
      {
        code: 'lost_individual',
        zh: '流失个人客户',
        en: 'Lost individual customer',
        controlling: 'INDIVIDUAL',
      },
    ],
  },
  {
    code: DICT.industry,
    zh: '所属行业',
    en: 'Industry',
    description:
      'Sections A–T of GB/T 4754-2017 (Industrial classification for national economic activities).',
    items: [
      {
        code: 'A',
        zh: '农、林、牧、渔业',
        en: 'Agriculture, forestry, animal husbandry and fishery',
      },
      { code: 'B', zh: '采矿业', en: 'Mining' },
      { code: 'C', zh: '制造业', en: 'Manufacturing' },
      {
        code: 'D',
        zh: '电力、热力、燃气及水生产和供应业',
        en: 'Production and supply of electricity, heat, gas and water',
      },
      { code: 'E', zh: '建筑业', en: 'Construction' },
      { code: 'F', zh: '批发和零售业', en: 'Wholesale and retail trade' },
      { code: 'G', zh: '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
      { code: 'H', zh: '住宿和餐饮业', en: 'Accommodation and catering' },
      {
        code: 'I',
        zh: '信息传输、软件和信息技术服务业',
        en: 'Information transmission, software and information technology services',
      },
      { code: 'J', zh: '金融业', en: 'Finance' },
      { code: 'K', zh: '房地产业', en: 'Real estate' },
      { code: 'L', zh: '租赁和商务服务业', en: 'Leasing and business services' },
      { code: 'M', zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
      {
        code: 'N',
        zh: '水利、环境和公共设施管理业',
        en: 'Water conservancy, environment and public facilities management',
      },
      {
        code: 'O',
        zh: '居民服务、修理和其他服务业',
        en: 'Resident services, repair and other services',
      },
      { code: 'P', zh: '教育', en: 'Education' },
      { code: 'Q', zh: '卫生和社会工作', en: 'Health and social work' },
      { code: 'R', zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
      {
        code: 'S',
        zh: '公共管理、社会保障和社会组织',
        en: 'Public administration, social security and social organizations',
      },
      { code: 'T', zh: '国际组织', en: 'International organizations' },
    ],
  },
  {
    code: DICT.enterpriseScale,
    zh: '企业规模',
    en: 'Enterprise scale',
    description: 'Enterprise size by headcount.',
    items: [
      { code: 'under_20', zh: '20人以下', en: 'Fewer than 20 employees' },
      { code: 'range_20_99', zh: '20-99人', en: '20–99 employees' },
      { code: 'range_100_499', zh: '100-499人', en: '100–499 employees' },
      { code: 'range_500_999', zh: '500-999人', en: '500–999 employees' },
      { code: 'range_1000_4999', zh: '1000-4999人', en: '1,000–4,999 employees' },
      { code: 'over_5000', zh: '5000人以上', en: '5,000 or more employees' },
    ],
  },
  {
    code: DICT.yearsInBusiness,
    zh: '经营年限',
    en: 'Years in business',
    description: 'How long the enterprise has been operating.',
    items: [
      { code: 'under_1', zh: '1年以下', en: 'Less than 1 year' },
      { code: 'range_1_3', zh: '1-3年', en: '1–3 years' },
      { code: 'range_3_5', zh: '3-5年', en: '3–5 years' },
      { code: 'range_5_10', zh: '5-10年', en: '5–10 years' },
      { code: 'range_10_20', zh: '10-20年', en: '10–20 years' },
      { code: 'over_20', zh: '20年以上', en: 'More than 20 years' },
    ],
  },
  {
    code: DICT.industryStatus,
    zh: '行业地位',
    en: 'Industry status',
    description: "The customer's standing in its industry.",
    items: [
      { code: 'leader', zh: '领导者', en: 'Leader' },
      { code: 'influential', zh: '较有影响', en: 'Influential' },
      { code: 'moderate', zh: '影响一般', en: 'Moderately influential' },
      { code: 'no_influence', zh: '没有影响力', en: 'No influence' },
    ],
  },
  {
    code: DICT.settlementMethod,
    zh: '结算方式',
    en: 'Settlement method',
    description: 'Payment terms agreed with the customer.',
    items: [
      { code: 'cash_on_delivery', zh: '现款现货', en: 'Cash on delivery' },
      { code: 'pay_on_invoice', zh: '票到付款', en: 'Payment on invoice' },
      { code: 'monthly', zh: '月结', en: 'Monthly settlement' },
      { code: 'two_months', zh: '两个月回款', en: 'Payment within two months' },
      { code: 'three_months', zh: '三个月回款', en: 'Payment within three months' },
    ],
  },
  {
    code: DICT.contactStrategy,
    zh: '联系策略',
    en: 'Contact strategy',
    description: 'How often the keeper should contact the customer; `days` is the cadence.',
    attributeSchema: [
      {
        key: 'days',
        type: 'INT',
        required: true,
        labelZh: '联系周期（天）',
        labelEn: 'Cadence (days)',
      },
    ],
    items: [
      { code: 'weekly', zh: '每周联系', en: 'Weekly', attributes: { days: 7 } },
      { code: 'biweekly', zh: '每两周联系', en: 'Every two weeks', attributes: { days: 14 } },
      { code: 'monthly', zh: '每月联系', en: 'Monthly', attributes: { days: 30 } },
      { code: 'quarterly', zh: '每季度联系', en: 'Quarterly', attributes: { days: 90 } },
      { code: 'semiannual', zh: '每半年联系', en: 'Every six months', attributes: { days: 180 } },
    ],
  },
  {
    code: DICT.purchaseStrategy,
    zh: '购买策略',
    en: 'Purchase strategy',
    description: "The customer's typical purchase cycle; `days` is the cycle length.",
    attributeSchema: [
      {
        key: 'days',
        type: 'INT',
        required: true,
        labelZh: '采购周期（天）',
        labelEn: 'Purchase cycle (days)',
      },
    ],
    items: [
      { code: 'monthly', zh: '每月采购', en: 'Monthly', attributes: { days: 30 } },
      { code: 'quarterly', zh: '每季度采购', en: 'Quarterly', attributes: { days: 90 } },
      { code: 'semiannual', zh: '每半年采购', en: 'Every six months', attributes: { days: 180 } },
      { code: 'annual', zh: '每年采购', en: 'Yearly', attributes: { days: 365 } },
      { code: 'irregular', zh: '不定期采购', en: 'Irregular', attributes: { days: 730 } },
    ],
  },
  {
    code: DICT.customerGrade,
    zh: '客户等级',
    en: 'Customer grade',
    description:
      'A (best) to D; `rank` orders the grades (1 = A) so that downgrades can be detected.',
    attributeSchema: [
      { key: 'rank', type: 'INT', required: true, labelZh: '等级序号', labelEn: 'Rank' },
    ],
    items: [
      { code: 'A', zh: 'A级客户', en: 'Grade A', color: '#f5222d', attributes: { rank: 1 } },
      { code: 'B', zh: 'B级客户', en: 'Grade B', color: '#fa8c16', attributes: { rank: 2 } },
      { code: 'C', zh: 'C级客户', en: 'Grade C', color: '#1677ff', attributes: { rank: 3 } },
      { code: 'D', zh: 'D级客户', en: 'Grade D', color: '#8c8c8c', attributes: { rank: 4 } },
    ],
  },
  {
    code: DICT.importance,
    zh: '重要程度',
    en: 'Importance',
    description: 'Key, normal or occasional customer.',
    items: [
      { code: 'key', zh: '主力', en: 'Key', color: '#f5222d' },
      { code: 'normal', zh: '一般', en: 'Normal', color: '#1677ff' },
      { code: 'occasional', zh: '零散', en: 'Occasional', color: '#8c8c8c' },
    ],
  },
  {
    code: DICT.followupMethod,
    zh: '跟进方式',
    en: 'Follow-up method',
    description: 'Channel used for a follow-up.',
    items: [
      { code: 'phone', zh: '电话', en: 'Phone' },
      { code: 'face_to_face', zh: '面谈', en: 'Face to face' },
      { code: 'email', zh: '邮件', en: 'Email' },
      { code: 'wechat', zh: '微信', en: 'WeChat' },
      { code: 'sms', zh: '短信', en: 'SMS' },
    ],
  },
  {
    code: DICT.followupMilestone,
    zh: '跟进阶段',
    en: 'Follow-up milestone',
    description: 'Stage of the relationship reached by a follow-up.',
    items: [
      { code: 'first_contact', zh: '首次接触', en: 'First contact', color: '#8c8c8c' },
      { code: 'needs_confirmed', zh: '需求确认', en: 'Needs confirmed', color: '#1677ff' },
      { code: 'proposal_submitted', zh: '方案提交', en: 'Proposal submitted', color: '#fa8c16' },
      { code: 'contract_signed', zh: '合同签订', en: 'Contract signed', color: '#52c41a' },
      { code: 'terminated', zh: '合作终止', en: 'Cooperation ended', color: '#f5222d' },
    ],
  },
  {
    code: DICT.transactionType,
    zh: '交易类型',
    en: 'Transaction type',
    description:
      "Kind of transaction. The `sign` attribute says whether the amount counts toward the customer's total amount (1) or not (0).",
    attributeSchema: [
      {
        key: 'sign',
        type: 'INT',
        required: true,
        labelZh: '计入总额',
        labelEn: 'Counts toward total',
      },
    ],
    items: [
      { code: 'sales', zh: '销售', en: 'Sale', attributes: { sign: 1 } },
      { code: 'delivery', zh: '发货', en: 'Delivery', attributes: { sign: 0 } },
      { code: 'payment', zh: '回款', en: 'Payment received', attributes: { sign: 0 } },
      { code: 'receivable', zh: '应收', en: 'Receivable', attributes: { sign: 0 } },
    ],
  },
  {
    code: DICT.relationshipType,
    zh: '关系类型',
    en: 'Relationship type',
    description:
      'Typed edge between customers and contacts (node kinds CUSTOMER, CONTACT). A type whose inverse label equals its own label is symmetric; `family` marks family ties.',
    attributeSchema: [
      {
        key: 'inverseZh',
        type: 'STRING',
        required: true,
        labelZh: '反向名称',
        labelEn: 'Inverse label (zh)',
      },
      {
        key: 'inverseEn',
        type: 'STRING',
        required: true,
        labelZh: '反向名称（英文）',
        labelEn: 'Inverse label (en)',
      },
      {
        key: 'fromKinds',
        type: 'STRING_LIST',
        required: true,
        labelZh: '起点类型',
        labelEn: 'From node kinds',
      },
      {
        key: 'toKinds',
        type: 'STRING_LIST',
        required: true,
        labelZh: '终点类型',
        labelEn: 'To node kinds',
      },
      { key: 'family', type: 'BOOLEAN', labelZh: '亲属关系', labelEn: 'Family tie' },
    ],
    items: [
      {
        code: 'parent_company',
        zh: '母公司',
        en: 'Parent company',
        attributes: {
          inverseZh: '子公司',
          inverseEn: 'Subsidiary',
          fromKinds: ['CUSTOMER'],
          toKinds: ['CUSTOMER'],
          family: false,
        },
      },
      {
        code: 'referral',
        zh: '转介绍',
        en: 'Referred',
        attributes: {
          inverseZh: '被转介绍',
          inverseEn: 'Referred by',
          fromKinds: ['CUSTOMER', 'CONTACT'],
          toKinds: ['CUSTOMER', 'CONTACT'],
          family: false,
        },
      },
      {
        code: 'partner',
        zh: '合作伙伴',
        en: 'Partner',
        attributes: {
          inverseZh: '合作伙伴',
          inverseEn: 'Partner',
          fromKinds: ['CUSTOMER'],
          toKinds: ['CUSTOMER'],
          family: false,
        },
      },
      {
        code: 'supplier',
        zh: '供应商',
        en: 'Supplier',
        attributes: {
          inverseZh: '客户',
          inverseEn: 'Customer of',
          fromKinds: ['CUSTOMER'],
          toKinds: ['CUSTOMER'],
          family: false,
        },
      },
      {
        code: 'competitor',
        zh: '竞争对手',
        en: 'Competitor',
        attributes: {
          inverseZh: '竞争对手',
          inverseEn: 'Competitor',
          fromKinds: ['CUSTOMER'],
          toKinds: ['CUSTOMER'],
          family: false,
        },
      },
      {
        code: 'works_at',
        zh: '任职于',
        en: 'Works at',
        attributes: {
          inverseZh: '雇员',
          inverseEn: 'Employs',
          fromKinds: ['CONTACT'],
          toKinds: ['CUSTOMER'],
          family: false,
        },
      },
      {
        code: 'spouse',
        zh: '配偶',
        en: 'Spouse',
        attributes: {
          inverseZh: '配偶',
          inverseEn: 'Spouse',
          fromKinds: ['CONTACT'],
          toKinds: ['CONTACT'],
          family: true,
        },
      },
      {
        code: 'parent',
        zh: '父母',
        en: 'Parent',
        attributes: {
          inverseZh: '子女',
          inverseEn: 'Child',
          fromKinds: ['CONTACT'],
          toKinds: ['CONTACT'],
          family: true,
        },
      },
      {
        code: 'colleague',
        zh: '同事',
        en: 'Colleague',
        attributes: {
          inverseZh: '同事',
          inverseEn: 'Colleague',
          fromKinds: ['CONTACT'],
          toKinds: ['CONTACT'],
          family: false,
        },
      },
    ],
  },
  {
    code: DICT.documentType,
    zh: '材料类型',
    en: 'Document type',
    description: 'Kind of archived document (档案材料).',
    items: [
      { code: 'contract', zh: '合同', en: 'Contract' },
      { code: 'business_license', zh: '营业执照', en: 'Business licence' },
      { code: 'id_copy', zh: '身份证复印件', en: 'ID card copy' },
      { code: 'invoice', zh: '发票', en: 'Invoice' },
      { code: 'quotation', zh: '报价单', en: 'Quotation' },
      { code: 'other', zh: '其他', en: 'Other' },
    ],
  },
  {
    code: DICT.ageRange,
    zh: '年龄范围',
    en: 'Age range',
    description: 'Age bracket of an individual customer.',
    items: [
      { code: 'under_18', zh: '18岁以下', en: 'Under 18' },
      { code: 'range_18_25', zh: '18-25岁', en: '18–25' },
      { code: 'range_25_30', zh: '25-30岁', en: '25–30' },
      { code: 'range_30_40', zh: '30-40岁', en: '30–40' },
      { code: 'range_40_50', zh: '40-50岁', en: '40–50' },
      { code: 'range_50_60', zh: '50-60岁', en: '50–60' },
      { code: 'over_60', zh: '60岁以上', en: 'Over 60' },
    ],
  },
  {
    code: DICT.gender,
    zh: '性别',
    en: 'Gender',
    items: [
      { code: 'male', zh: '男', en: 'Male' },
      { code: 'female', zh: '女', en: 'Female' },
      { code: 'unknown', zh: '未知', en: 'Unknown' },
    ],
  },
  {
    code: DICT.education,
    zh: '学历',
    en: 'Education',
    description: 'Highest level of education.',
    items: [
      { code: 'junior_high_or_below', zh: '初中及以下', en: 'Junior high school or below' },
      { code: 'high_school', zh: '高中/中专', en: 'High school / technical secondary school' },
      { code: 'junior_college', zh: '大专', en: 'Junior college' },
      { code: 'bachelor', zh: '本科', en: "Bachelor's degree" },
      { code: 'master', zh: '硕士', en: "Master's degree" },
      { code: 'doctorate', zh: '博士', en: 'Doctorate' },
    ],
  },
  {
    code: DICT.idType,
    zh: '证件类型',
    en: 'ID type',
    description: 'Type of identity document of an individual customer.',
    items: [
      { code: 'resident_id', zh: '居民身份证', en: 'Resident identity card' },
      { code: 'passport', zh: '护照', en: 'Passport' },
      {
        code: 'hk_macao_permit',
        zh: '港澳居民来往内地通行证',
        en: 'Mainland travel permit for Hong Kong and Macao residents',
      },
      {
        code: 'taiwan_permit',
        zh: '台湾居民来往大陆通行证',
        en: 'Mainland travel permit for Taiwan residents',
      },
      {
        code: 'foreign_permanent_residence',
        zh: '外国人永久居留身份证',
        en: 'Foreign permanent resident ID card',
      },
      { code: 'other', zh: '其他', en: 'Other' },
    ],
  },
  {
    code: DICT.decisionRole,
    zh: '决策角色',
    en: 'Decision role',
    description: "A contact's role in the customer's purchasing decisions.",
    items: [
      { code: 'decision_maker', zh: '决策者', en: 'Decision maker' },
      { code: 'influencer', zh: '影响者', en: 'Influencer' },
      { code: 'user', zh: '使用者', en: 'User' },
      { code: 'buyer', zh: '采购者', en: 'Buyer' },
      { code: 'initiator', zh: '发起者', en: 'Initiator' },
    ],
  },
  {
    code: DICT.territory,
    zh: '辖区',
    en: 'Territory',
    description: 'Project → building → unit; filled in by admins',
    hierarchical: true,
    items: [],
  },
  {
    code: DICT.accessReason,
    zh: '查阅事由',
    en: 'Access reason',
    description: 'Reason stated when granting or requesting access to a customer record.',
    items: [
      { code: 'reconciliation', zh: '对账', en: 'Account reconciliation' },
      { code: 'after_sales', zh: '售后服务', en: 'After-sales service' },
      { code: 'audit', zh: '审计', en: 'Audit' },
      { code: 'legal', zh: '法务', en: 'Legal' },
      { code: 'other', zh: '其他', en: 'Other' },
    ],
  },
  {
    code: DICT.grantPeriod,
    zh: '授权期限',
    en: 'Grant period',
    description: 'Standard lengths of an access grant; `days` is the period.',
    attributeSchema: [
      { key: 'days', type: 'INT', required: true, labelZh: '天数', labelEn: 'Days' },
    ],
    items: [
      { code: 'days_7', zh: '7 天', en: '7 days', attributes: { days: 7 } },
      { code: 'days_30', zh: '30 天', en: '30 days', attributes: { days: 30 } },
      { code: 'days_90', zh: '90 天', en: '90 days', attributes: { days: 90 } },
    ],
  },
];
