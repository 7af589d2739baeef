import type { Locale } from '@dossier/shared';

/** Error messages in both languages. `{name}` placeholders are filled from params. */
export const MESSAGES = {
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  tokenInvalid: {
    'zh-CN': '登录已失效，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  forbidden: {
    'zh-CN': '没有权限执行此操作（需要 {permission}）',
    en: 'You are not allowed to do this (needs {permission})',
  },
  notFound: { 'zh-CN': '{entity} 不存在', en: '{entity} not found' },
  badCredentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  rateLimited: {
    'zh-CN': '尝试次数过多，请 {seconds} 秒后再试',
    en: 'Too many attempts; try again in {seconds} seconds',
  },
  required: { 'zh-CN': '{field} 不能为空', en: '{field} is required' },
  invalidFormat: { 'zh-CN': '{field} 格式不正确', en: '{field} has an invalid format' },
  tooLong: {
    'zh-CN': '{field} 不能超过 {max} 个字符',
    en: '{field} must be at most {max} characters',
  },
  tooMany: {
    'zh-CN': '{field} 最多 {max} 项',
    en: '{field} holds at most {max} entries',
  },
  tooLarge: {
    'zh-CN': '{field} 内容过大（最多 {max} 字节）',
    en: '{field} is too large (at most {max} bytes)',
  },
  totalTooLarge: {
    'zh-CN': '{field} 会使客户的交易总额超出上限 {max}',
    en: '{field} would take the customer’s transaction total over its limit of {max}',
  },
  numberTooLong: {
    'zh-CN': '编号规则最长可生成 {length} 个字符，超过编号字段的 {max} 个字符',
    en: 'The pattern can produce numbers of {length} characters, more than the {max} the number holds',
  },
  weakPassword: {
    'zh-CN': '密码至少 8 位，且须包含字母和数字',
    en: 'Passwords need at least 8 characters with letters and digits',
  },
  wrongPassword: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  uniqueSensitiveTaken: {
    'zh-CN': '{field} 的该值已被其他客户使用',
    en: 'This {field} value is already used by another customer',
  },
  duplicate: { 'zh-CN': '{field} “{value}” 已被使用', en: '{field} "{value}" is already taken' },
  unknownReference: {
    'zh-CN': '{field} 引用的记录不存在：{value}',
    en: '{field} refers to a record that does not exist: {value}',
  },
  unknownPermission: { 'zh-CN': '未知的权限名：{value}', en: 'Unknown permission name: {value}' },
  departmentCycle: {
    'zh-CN': '上级部门不能是自身或下级部门',
    en: 'A department cannot be placed under itself or its descendants',
  },
  inUse: {
    'zh-CN': '{entity} 仍在使用中（{count} 处引用），无法删除',
    en: '{entity} is still in use ({count} references) and cannot be deleted',
  },
  cannotDeleteSelf: {
    'zh-CN': '不能删除或停用自己的账号',
    en: 'You cannot delete or deactivate your own account',
  },
  pagingLimit: { 'zh-CN': '每页最多 {max} 条', en: 'A page holds at most {max} rows' },
  filterField: {
    'zh-CN': '不支持按 {field} 筛选或排序',
    en: 'Filtering or sorting by {field} is not supported',
  },
  invalidId: { 'zh-CN': '无效的编号：{value}', en: 'Invalid id: {value}' },
  internal: { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
  unavailable: {
    'zh-CN': '服务暂时不可用（数据库无响应），请稍后重试',
    en: 'The service is unavailable for now (the database is not answering); please retry',
  },
  deadlineExceeded: {
    'zh-CN': '请求超时（{seconds} 秒），请稍后重试',
    en: 'The request took longer than {seconds} seconds; please retry',
  },
  overloaded: {
    'zh-CN': '服务器繁忙，请 {seconds} 秒后重试',
    en: 'The server is busy; retry in {seconds} seconds',
  },
  idempotencyKeyReused: {
    'zh-CN': '幂等键已用于另一个请求',
    en: 'This idempotency key was already used for a different request',
  },
  idempotencyKeyInvalid: {
    'zh-CN': '幂等键须为 1 到 {max} 个可见字符',
    en: 'An idempotency key must be 1 to {max} visible characters',
  },
  apiKeyRevoked: { 'zh-CN': 'API 密钥已吊销', en: 'This API key has been revoked' },
  queryTooDeep: {
    'zh-CN': '查询嵌套过深（最多 {max} 层）',
    en: 'The query is nested too deeply (at most {max} levels)',
  },
  tooManyAliases: {
    'zh-CN': '查询别名过多（最多 {max} 个）',
    en: 'The query uses too many aliases (at most {max})',
  },
  queryTooCostly: {
    'zh-CN': '查询代价过高（{cost}，上限 {max}）',
    en: 'The query is too costly ({cost}, limit {max})',
  },
  unknownField: { 'zh-CN': '未知字段：{field}', en: 'Unknown field: {field}' },
  notText: { 'zh-CN': '{field} 必须是文本', en: '{field} must be text' },
  notNumber: { 'zh-CN': '{field} 必须是数字', en: '{field} must be a number' },
  notMoney: {
    'zh-CN': '{field} 必须是金额（最多两位小数）',
    en: '{field} must be an amount with at most two decimals',
  },
  notDate: {
    'zh-CN': '{field} 必须是 YYYY-MM-DD 格式的日期',
    en: '{field} must be a date (YYYY-MM-DD)',
  },
  notBoolean: { 'zh-CN': '{field} 必须是是/否', en: '{field} must be true or false' },
  notList: { 'zh-CN': '{field} 必须是选项列表', en: '{field} must be a list of options' },
  outOfRange: {
    'zh-CN': '{field} 必须在 {min} 到 {max} 之间',
    en: '{field} must be between {min} and {max}',
  },
  patternMismatch: {
    'zh-CN': '{field} 格式不正确',
    en: '{field} is not in the expected format',
  },
  patternMismatchExample: {
    'zh-CN': '{field} 格式不正确，例如：{example}',
    en: '{field} is not in the expected format, e.g. {example}',
  },
  /** A field definition's own sentence for its pattern (`validation.patternMessage`). */
  patternMessage: { 'zh-CN': '{field}：{message}', en: '{field}: {message}' },
  codeFormat: {
    'zh-CN': '{field} 格式不正确：应{hint}',
    en: '{field} is not valid: it {hint}',
  },
  unknownOption: {
    'zh-CN': '{field} 的选项“{value}”不存在于字典 {dictionary}',
    en: '{field}: "{value}" is not an item of dictionary {dictionary}',
  },
  disabledOption: {
    'zh-CN': '{field} 的选项“{value}”已停用，不能再选择',
    en: '{field}: "{value}" is disabled and can no longer be chosen',
  },
  optionNotAllowed: {
    'zh-CN': '{field} 的选项“{value}”不适用于当前的 {controlling}',
    en: '{field}: "{value}" does not apply under the chosen {controlling}',
  },
  invalidCreditCode: {
    'zh-CN': '统一社会信用代码校验失败',
    en: 'The unified social credit code fails its checksum',
  },
  unknownUser: {
    'zh-CN': '{field} 指向的用户不存在或已停用',
    en: '{field} refers to a missing or inactive user',
  },
  notHierarchical: {
    'zh-CN': '该字典不是层级字典，选项不能有上级',
    en: 'This dictionary is not hierarchical; items cannot have parents',
  },
  itemCycle: {
    'zh-CN': '上级选项不能是自身或其下级',
    en: 'An item cannot be placed under itself or its descendants',
  },
  wrongDictionary: {
    'zh-CN': '{field} 必须是字典 {dictionary} 的选项',
    en: '{field} must be an item of dictionary {dictionary}',
  },
  noControllingType: {
    'zh-CN': '该字典未设置控制字典，选项不能指定控制项',
    en: 'This dictionary has no controlling dictionary; items cannot name a controlling item',
  },
  attributeMissing: { 'zh-CN': '属性 {key} 不能为空', en: 'Attribute {key} is required' },
  attributeType: {
    'zh-CN': '属性 {key} 必须是 {type}',
    en: 'Attribute {key} must be of type {type}',
  },
  attributeUnknown: { 'zh-CN': '未定义的属性：{key}', en: 'Undefined attribute: {key}' },
  systemType: { 'zh-CN': '内置字典不能删除', en: 'Built-in dictionaries cannot be deleted' },
  mergeSame: {
    'zh-CN': '不能把选项合并到自身或其下级',
    en: 'An item cannot be merged into itself or its descendants',
  },
  fieldTypeLocked: {
    'zh-CN': '字段已有 {count} 条数据，不能修改类型',
    en: 'The field has {count} values; its type cannot change',
  },
  builtInLocked: {
    'zh-CN': '内置字段的 {field} 不能修改',
    en: 'The {field} of a built-in field cannot change',
  },
  versionConflict: {
    'zh-CN': '记录已被他人修改，请刷新后重试',
    en: 'The record was changed by someone else; reload and try again',
  },
  fileTooLarge: { 'zh-CN': '{field} 不能超过 {max}', en: '{field} must be at most {max}' },
  multipartRequired: {
    'zh-CN': '上传须使用 multipart/form-data 格式',
    en: 'Uploads must be sent as multipart/form-data',
  },
  oneFileOnly: { 'zh-CN': '每次只能上传一个文件', en: 'Upload one file at a time' },
  ruleField: {
    'zh-CN': '规则字段必须是 {fields} 之一',
    en: 'A rule field must be one of {fields}',
  },
  unknownRuleItem: {
    'zh-CN': '字典 {dictionary} 中没有选项“{value}”',
    en: 'Dictionary {dictionary} has no item "{value}"',
  },
  sensitiveFilter: {
    'zh-CN': '{field} 是敏感字段，无权查看明文时不能按其筛选、排序或搜索',
    en: '{field} is sensitive: without clear-text access you cannot filter, sort or search by it',
  },
  notSensitive: { 'zh-CN': '{field} 不是敏感字段', en: '{field} is not a sensitive field' },
  alreadyReadable: {
    'zh-CN': '你已可以查看客户 {value}，无需申请',
    en: 'You can already read customer {value}; no request needed',
  },
  alreadyEditable: {
    'zh-CN': '你已可以编辑客户 {value}，无需申请',
    en: 'You can already edit customer {value}; no request needed',
  },
  requestNotPending: {
    'zh-CN': '该申请已处理（{status}），不能再操作',
    en: 'This request has already been decided ({status})',
  },
  notApprover: {
    'zh-CN': '只有审批人可以处理该申请',
    en: 'Only the approver can decide this request',
  },
  notRequester: { 'zh-CN': '只有申请人可以操作该申请', en: 'Only the requester can do this' },
  cannotRenew: {
    'zh-CN': '只能续期尚未过期的已批准申请',
    en: 'Only an approved request whose grant has not expired can be renewed',
  },
  baseVersionStale: {
    'zh-CN':
      '客户已在申请提交后被修改（申请基于版本 {base}，当前版本 {current}），请重新提交或变基',
    en: 'The customer changed after this request was made (based on version {base}, now {current}); rebase or resubmit it',
  },
  nothingToChange: { 'zh-CN': '没有需要修改的字段', en: 'Nothing to change' },
  grantToSelf: {
    'zh-CN': '不能授权给自己或自己所在的部门',
    en: 'You cannot grant access to yourself or to your own department',
  },
  ownAccessNeeded: {
    'zh-CN': '此操作需要你本人对该客户的编辑权限（经授权或团队成员身份获得的权限不算）',
    en: 'This needs edit access of your own to the customer (access from a grant or team membership does not count)',
  },
  apiKeyCannotRequest: {
    'zh-CN': 'API 密钥不能申请查阅，其范围由其角色决定',
    en: 'API keys cannot request access; their reach is their role',
  },
  csrfHeaderRequired: {
    'zh-CN': '请求缺少 {header} 请求头',
    en: 'This request needs the {header} header',
  },
  tooManyItems: {
    'zh-CN': '{field} 最多 {max} 项',
    en: '{field} holds at most {max} items',
  },
  bulkVersionsMismatch: {
    'zh-CN': '{field} 须与客户列表一一对应（{count} 项）',
    en: '{field} must pair with the customer list ({count} items)',
  },
  duplicateItems: { 'zh-CN': '{field} 含有重复项', en: '{field} lists an item twice' },
  notAMember: {
    'zh-CN': '该用户不是此客户的团队成员',
    en: 'This user is not a member of the customer’s team',
  },
  invalidResidentId: {
    'zh-CN': '{field} 不是有效的居民身份证号码（校验位、出生日期或地区码不正确）',
    en: '{field} is not a valid resident ID number (check digit, birth date or region code)',
  },
  filterTooDeep: {
    'zh-CN': '筛选条件嵌套过深（and/or 最多 {max} 层）',
    en: 'The filter is nested too deeply (at most {max} levels of and/or)',
  },
  filterTooManyBranches: {
    'zh-CN': '筛选条件的 and/or 分支过多（最多 {max} 个）',
    en: 'The filter has too many and/or branches (at most {max})',
  },
  filterTooManyValues: {
    'zh-CN': '筛选条件的取值过多（最多 {max} 个）',
    en: 'The filter holds too many values (at most {max})',
  },
  inputTooDeep: {
    'zh-CN': '请求嵌套过深（最多 {max} 层）',
    en: 'The request is nested too deeply (at most {max} levels)',
  },
  invalidValue: { 'zh-CN': '{field} 的值无效', en: '{field} has an invalid value' },
  invalidQuery: {
    'zh-CN': '查询不符合接口定义',
    en: 'The query does not match the schema',
  },
  syntaxError: { 'zh-CN': '查询语法错误', en: 'The query has a syntax error' },
  badRequest: { 'zh-CN': '请求格式不正确', en: 'The request is malformed' },
  malformedJson: {
    'zh-CN': '请求正文不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
  payloadTooLarge: {
    'zh-CN': '请求正文过大（最多 {max}）',
    en: 'The request body is too large (at most {max})',
  },
  forbiddenKey: {
    'zh-CN': '{field} 不能使用键名“{value}”',
    en: '{field} cannot use the key "{value}"',
  },
  unknownControllingField: {
    'zh-CN': '控制字段“{value}”不存在',
    en: 'The controlling field "{value}" does not exist',
  },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Display names of fields and entities used inside messages. */
export const NOUNS: Record<string, Record<Locale, string>> = {
  User: { 'zh-CN': '用户', en: 'User' },
  Department: { 'zh-CN': '部门', en: 'Department' },
  Role: { 'zh-CN': '角色', en: 'Role' },
  ApiKey: { 'zh-CN': 'API 密钥', en: 'API key' },
  username: { 'zh-CN': '用户名', en: 'Username' },
  displayName: { 'zh-CN': '显示名', en: 'Display name' },
  password: { 'zh-CN': '密码', en: 'Password' },
  newPassword: { 'zh-CN': '新密码', en: 'New password' },
  email: { 'zh-CN': '邮箱', en: 'E-mail' },
  mobile: { 'zh-CN': '手机', en: 'Mobile' },
  name: { 'zh-CN': '名称', en: 'Name' },
  departmentId: { 'zh-CN': '部门', en: 'Department' },
  parentId: { 'zh-CN': '上级部门', en: 'Parent department' },
  managerId: { 'zh-CN': '负责人', en: 'Manager' },
  roleId: { 'zh-CN': '角色', en: 'Role' },
  roleIds: { 'zh-CN': '角色', en: 'Roles' },
  permissions: { 'zh-CN': '权限', en: 'Permissions' },
  DictionaryType: { 'zh-CN': '字典', en: 'Dictionary' },
  DictionaryItem: { 'zh-CN': '字典选项', en: 'Dictionary item' },
  FieldDefinition: { 'zh-CN': '字段', en: 'Field' },
  Customer: { 'zh-CN': '客户', en: 'Customer' },
  SavedView: { 'zh-CN': '视图', en: 'Saved view' },
  code: { 'zh-CN': '编码', en: 'Code' },
  labelZh: { 'zh-CN': '中文名称', en: 'Chinese label' },
  labelEn: { 'zh-CN': '英文名称', en: 'English label' },
  nameZh: { 'zh-CN': '中文名称', en: 'Chinese name' },
  nameEn: { 'zh-CN': '英文名称', en: 'English name' },
  color: { 'zh-CN': '颜色', en: 'Colour' },
  key: { 'zh-CN': '字段键', en: 'Key' },
  Document: { 'zh-CN': '档案材料', en: 'Document' },
  file: { 'zh-CN': '文件', en: 'File' },
};

export function translate(
  key: MessageKey,
  locale: Locale,
  params: Record<string, unknown> = {},
): string {
  const template = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    let value = params[name];
    if (value === undefined || value === null) return '';
    // A parameter given in both languages (`{ 'zh-CN': …, en: … }`).
    if (typeof value === 'object' && locale in value)
      value = (value as Record<string, unknown>)[locale];
    const text = String(value);
    return NOUNS[text]?.[locale] ?? text;
  });
}
