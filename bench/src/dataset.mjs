// The benchmark dataset: sizes, fixed seeds, and the rows of every table, written in batches
// through a small writer (db-mysql.mjs or db-sqlite.mjs). Runs after the server's migrations
// and first-start seed (dictionaries, roles, head office, admin) on an otherwise empty database.

import shared from '@dossier/shared';

/** Bump when the generated rows change, so old datasets are regenerated instead of reused. */
export const DATASET_VERSION = 'v2';
/** Rows per INSERT; each batch is one transaction. */
export const BATCH = 2000;
/** The admin's password (DOSSIER_ADMIN_PASSWORD); every bench user gets the same argon2 hash. */
export const BENCH_PASSWORD = 'Bench-Admin-2026!';
export const STAFF_USERNAME = 'bench.staff01';
/** Dates are relative to a fixed day, so the data does not depend on when it was generated. */
const ANCHOR = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const { nameTokens, companyNameKey, phoneKey } = shared;

export function sizes(scale) {
  const n = (x) => Math.max(1, Math.round(x * scale));
  return {
    customers: n(100_000),
    contacts: n(300_000),
    relationships: n(500_000),
    followups: n(1_000_000),
    transactions: n(300_000),
    grants: n(5_000),
    users: 50,
  };
}

/** mulberry32: small, fast, good enough, and the same on every machine. */
export function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(seed) {
  const random = mulberry32(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  return { random, int, pick };
}

const pad = (n, width) => String(n).padStart(width, '0');
/** `YYYY-MM-DD HH:MM:SS.mmm` (UTC), as both dialects store TypeORM datetimes. */
export const datetime = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
const dateOnly = (ms) => new Date(ms).toISOString().slice(0, 10);

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '海燕',
  '晓东',
  '婷婷',
  '文博',
  '子涵',
  '浩然',
  '雨桐',
  '一鸣',
];
export const CITIES = [
  '上海',
  '苏州',
  '杭州',
  '深圳',
  '广州',
  '北京',
  '成都',
  '武汉',
  '青岛',
  '厦门',
  '南京',
  '宁波',
  '天津',
  '重庆',
  '西安',
  '长沙',
];
export const WORDS = [
  '华信',
  '远航',
  '金桥',
  '恒达',
  '新锐',
  '博瑞',
  '天合',
  '中联',
  '海纳',
  '瑞丰',
  '启明',
  '卓越',
  '鼎盛',
  '嘉禾',
  '万通',
  '宏图',
  '长青',
  '精工',
  '凯达',
  '云帆',
  '东方',
  '汇丰',
  '同创',
  '联合',
  '明德',
  '泰和',
  '永安',
  '盛世',
  '星辰',
  '国信',
  '华盛',
  '德诚',
  '信达',
  '安泰',
  '锦程',
  '安邦',
  '正大',
  '九州',
  '银河',
  '光明',
];
const TRADES = [
  '信息技术',
  '精密制造',
  '商贸',
  '物流',
  '建设工程',
  '技术服务',
  '咨询',
  '新材料',
  '医疗器械',
  '食品',
];
const SUFFIX = ['有限公司', '股份有限公司', '集团有限公司'];
export const AREA_CODES = [
  '010',
  '021',
  '020',
  '0755',
  '0571',
  '0512',
  '028',
  '027',
  '0532',
  '0592',
  '025',
  '0574',
];
const TITLES = [
  '总经理',
  '副总经理',
  '采购经理',
  '技术总监',
  '财务主管',
  '行政专员',
  '销售总监',
  '项目经理',
];
const DEPARTMENTS_AT_CUSTOMER = ['采购部', '技术部', '财务部', '总经办', '行政部', '生产部'];
const CONTENTS = [
  '电话沟通采购计划',
  '上门拜访，介绍新品',
  '发送报价单',
  '回访使用情况',
  '确认合同条款',
  '技术交流会',
  '催收回款',
  '节日问候',
];
const FEEDBACK = ['有兴趣，待内部评估', '价格偏高', '满意', '需要技术方案', '暂无需求'];
const NEXT = ['一周后回访', '安排技术交流', '寄送样品', '准备合同'];
const PRODUCTS = ['年度服务合同', '设备采购', '软件许可', '维保服务', '备件', '培训'];

/**
 * Writes the dataset. `db` is a writer: `query(sql, params)` → rows, `insert(table, columns,
 * rows)` (one transaction), `exec(sql)`, `dialect`. `log` prints progress lines.
 */
export async function generateDataset(db, scale, log) {
  const size = sizes(scale);
  const started = Date.now();
  const ref = await referenceData(db);

  // --- Departments: head office → 3 centres → 3 teams each (13 with the head office).
  const depts = [];
  let nextDept = ref.maxDepartmentId + 1;
  const centres = ['销售中心', '服务中心', '渠道中心'].map((name) => ({
    id: nextDept++,
    name,
    parentId: ref.headOfficeId,
  }));
  const teams = centres.flatMap((c, i) =>
    ['一部', '二部', '三部'].map((t) => ({
      id: nextDept++,
      name: `${c.name.slice(0, 2)}${t}`,
      parentId: c.id,
      centre: i,
    })),
  );
  depts.push(...centres, ...teams);
  const now = datetime(ANCHOR);
  await db.insert(
    'department',
    ['id', 'name', 'parent_id', 'created_at', 'updated_at', 'version'],
    depts.map((d) => [d.id, d.name, d.parentId, now, now, 1]),
  );

  // --- 50 users: a general manager (ALL), 3 centre managers (DEPT_AND_BELOW), 46 staff (SELF).
  const users = [];
  let nextUser = ref.maxUserId + 1;
  users.push({
    id: nextUser++,
    username: 'bench.gm',
    displayName: '基准总经理',
    role: ref.roles['总经理'],
    dept: ref.headOfficeId,
  });
  centres.forEach((c, i) =>
    users.push({
      id: nextUser++,
      username: `bench.mgr${i + 1}`,
      displayName: `基准经理${i + 1}`,
      role: ref.roles['部门经理'],
      dept: c.id,
    }),
  );
  for (let i = 1; users.length < size.users; i++)
    users.push({
      id: nextUser++,
      username: `bench.staff${pad(i, 2)}`,
      displayName: `基准业务员${i}`,
      role: ref.roles['业务员'],
      dept: teams[(i - 1) % teams.length].id,
    });
  await db.insert(
    'user',
    [
      'id',
      'username',
      'display_name',
      'active',
      'password_hash',
      'department_id',
      'created_at',
      'updated_at',
      'version',
    ],
    users.map((u) => [u.id, u.username, u.displayName, 1, ref.adminHash, u.dept, now, now, 1]),
  );
  await db.insert(
    'user_role',
    ['user_id', 'role_id'],
    users.map((u) => [u.id, u.role]),
  );
  for (const [i, c] of centres.entries())
    await db.query('UPDATE department SET manager_id = ? WHERE id = ?', [users[1 + i].id, c.id]);
  const staffUser = users.find((u) => u.username === STAFF_USERNAME);
  const staffUsers = users.filter((u) => u.username.startsWith('bench.staff'));

  // --- Customers: 75% enterprises; owners spread evenly over the 50 users (1/50 each).
  const N = size.customers;
  const kindOf = new Uint8Array(N + 1); // 1 enterprise, 2 individual
  const ownerOf = new Int32Array(N + 1);
  const primaryContact = new Int32Array(N + 1);
  const deptOfUser = new Map(users.map((u) => [u.id, u.dept]));
  const d = ref.dict;
  {
    const t = tools(101);
    let seqE = 0;
    let seqI = 0;
    const columns = [
      'id',
      'kind',
      'number',
      'name',
      'credit_code',
      'address',
      'phone',
      'mobile',
      'email',
      'category_id',
      'grade_id',
      'importance_id',
      'industry_id',
      'scale_id',
      'nature_id',
      'source_id',
      'region_id',
      'territory_id',
      'years_in_business_id',
      'industry_status_id',
      'gender_id',
      'age_range_id',
      'id_type_id',
      'contact_strategy_id',
      'purchase_strategy_id',
      'settlement_method_id',
      'owner_id',
      'department_id',
      'status',
      'created_at',
      'updated_at',
      'version',
    ];
    await batches(db, log, 'customer', columns, N, (i) => {
      const id = i + 1;
      const ent = t.random() < 0.75;
      kindOf[id] = ent ? 1 : 2;
      const owner = users[(id - 1) % users.length].id;
      ownerOf[id] = owner;
      const city = t.pick(CITIES);
      const created = ANCHOR - t.int(30, 5 * 365) * DAY - t.int(0, DAY - 1);
      const status = t.random() < 0.9 ? 'ACTIVE' : t.random() < 0.8 ? 'DORMANT' : 'ARCHIVED';
      const item = (type) => (d[type]?.length ? t.pick(d[type]) : null);
      return [
        id,
        ent ? 'ENTERPRISE' : 'INDIVIDUAL',
        ent ? `客户-2020-${pad(++seqE, 6)}` : `个人-2020-${pad(++seqI, 6)}`,
        ent
          ? `${city}${t.pick(WORDS)}${t.pick(WORDS)}${t.pick(TRADES)}${t.pick(SUFFIX)}`
          : t.pick(SURNAMES) + t.pick(GIVEN),
        ent ? `91${pad(t.int(110000, 659999), 6)}MA${pad(t.int(0, 99_999_999), 8)}` : null,
        `${city}市${t.pick(['浦东新区', '南山区', '天河区', '海淀区', '高新区', '工业园区'])}${t.pick(['科技园', '金融街', '软件园', '创业路'])}${t.int(1, 300)}号`,
        ent ? `${t.pick(AREA_CODES)}-${t.int(60_000_000, 89_999_999)}` : null,
        ent ? null : `1${t.pick(['38', '39', '58', '86', '35'])}${t.int(10_000_000, 99_999_999)}`,
        t.random() < 0.3 ? `c${id}@example.com` : null,
        item(ent ? 'category:ENTERPRISE' : 'category:INDIVIDUAL'),
        item('customer_grade'),
        item('importance'),
        ent ? item('industry') : null,
        ent ? item('enterprise_scale') : null,
        ent ? item('customer_nature') : null,
        item('customer_source'),
        item('region'),
        item('territory'),
        ent ? item('years_in_business') : null,
        ent ? item('industry_status') : null,
        ent ? null : item('gender'),
        ent ? null : item('age_range'),
        ent ? null : item('id_type'),
        item('contact_strategy'),
        item('purchase_strategy'),
        item('settlement_method'),
        owner,
        deptOfUser.get(owner),
        status,
        datetime(created),
        datetime(created),
        1,
      ];
    });
  }
  const enterprises = [];
  for (let id = 1; id <= N; id++) if (kindOf[id] === 1) enterprises.push(id);

  // --- The name search index, as the server writes it (customer-name-search.ts).
  {
    const tokens = [];
    for (const { id, name } of await db.query('SELECT id, name FROM customer ORDER BY id'))
      for (const token of nameTokens(name)) tokens.push([token, id]);
    await batches(
      db,
      log,
      'customer_name_token',
      ['token', 'customer_id'],
      tokens.length,
      (i) => tokens[i],
    );
  }

  // --- The duplicate-detection keys, as the server writes them (customer-match-keys.ts).
  {
    const keys = [];
    for (const { id, name, phone, mobile } of await db.query(
      'SELECT id, name, phone, mobile FROM customer ORDER BY id',
    )) {
      const seen = new Set();
      const add = (kind, key) => {
        if (!key || seen.has(`${kind}:${key}`)) return;
        seen.add(`${kind}:${key}`);
        keys.push([kind, key, id]);
      };
      add('name', companyNameKey(name));
      if (phone) add('phone', phoneKey(phone));
      if (mobile) add('phone', phoneKey(mobile));
    }
    await batches(
      db,
      log,
      'customer_match_key',
      ['kind', 'match_key', 'customer_id'],
      keys.length,
      (i) => keys[i],
    );
  }

  // --- Team members (协作人): about one customer in ten has one, so the policy's EXISTS has rows to find.
  {
    const t = tools(102);
    const rows = [];
    for (let id = 1; id <= N; id++) {
      if (t.random() >= 0.1) continue;
      let user = t.pick(users).id;
      if (user === ownerOf[id])
        user = users[(users.indexOf(users.find((u) => u.id === user)) + 1) % users.length].id;
      rows.push([id, user, t.random() < 0.5 ? 'READ' : 'EDIT', now]);
    }
    await batches(
      db,
      log,
      'customer_member',
      ['customer_id', 'user_id', 'level', 'added_at'],
      rows.length,
      (i) => rows[i],
    );
  }

  // --- Contacts: every enterprise gets one (its primary), the rest spread (85% enterprises); 3% also
  // belong to a second customer.
  const contactCustomer = new Int32Array(size.contacts + 1);
  {
    const t = tools(103);
    const links = [];
    const columns = [
      'id',
      'name',
      'gender_id',
      'title',
      'department_name',
      'mobile',
      'email',
      'education_id',
      'decision_role_id',
      'closeness',
      'email_opt_in',
      'sms_opt_in',
      'created_at',
      'updated_at',
      'version',
    ];
    await batches(db, log, 'contact', columns, size.contacts, (i) => {
      const id = i + 1;
      const customer =
        i < enterprises.length
          ? enterprises[i]
          : t.random() < 0.85 || !N
            ? t.pick(enterprises)
            : t.int(1, N);
      contactCustomer[id] = customer;
      const primary = primaryContact[customer] === 0;
      if (primary) primaryContact[customer] = id;
      links.push([customer, id, primary ? 1 : 0]);
      if (t.random() < 0.03) {
        const other = t.int(1, N);
        if (other !== customer) links.push([other, id, 0]);
      }
      const created = ANCHOR - t.int(1, 4 * 365) * DAY;
      return [
        id,
        t.pick(SURNAMES) + t.pick(GIVEN),
        item(t, d.gender),
        t.pick(TITLES),
        t.pick(DEPARTMENTS_AT_CUSTOMER),
        `1${t.pick(['35', '36', '37', '50', '87'])}${t.int(10_000_000, 99_999_999)}`,
        t.random() < 0.4 ? `p${id}@example.com` : null,
        item(t, d.education),
        item(t, d.decision_role),
        t.int(1, 5),
        t.random() < 0.5 ? 1 : 0,
        t.random() < 0.5 ? 1 : 0,
        datetime(created),
        datetime(created),
        1,
      ];
    });
    await batches(
      db,
      log,
      'customer_contact',
      ['customer_id', 'contact_id', 'is_primary'],
      links.length,
      (i) => links[i],
    );
  }

  // --- Relationships: 30% contact works_at its customer, 10% between contacts, 60% between
  // customers, some of whom are well connected (graph roots).
  {
    const t = tools(104);
    const rel = d.relationship_type_by_code;
    const customerTypes = ['partner', 'supplier', 'referral', 'competitor', 'parent_company']
      .map((c) => rel[c])
      .filter(Boolean);
    const contactTypes = ['colleague', 'colleague', 'spouse', 'parent']
      .map((c) => rel[c])
      .filter(Boolean);
    const worksAt = Math.round(size.relationships * 0.3);
    const betweenContacts = Math.round(size.relationships * 0.1);
    const columns = [
      'id',
      'type_id',
      'from_kind',
      'from_id',
      'to_kind',
      'to_id',
      'since',
      'strength',
      'created_by',
      'created_at',
    ];
    await batches(db, log, 'relationship', columns, size.relationships, (i) => {
      const id = i + 1;
      const since = dateOnly(ANCHOR - t.int(30, 3000) * DAY);
      const created = datetime(ANCHOR - t.int(1, 700) * DAY);
      if (i < worksAt) {
        const contact = (i % size.contacts) + 1;
        return [
          id,
          rel.works_at,
          'CONTACT',
          contact,
          'CUSTOMER',
          contactCustomer[contact],
          since,
          null,
          ownerOf[contactCustomer[contact]],
          created,
        ];
      }
      if (i < worksAt + betweenContacts) {
        const a = t.int(1, size.contacts);
        let b = t.int(1, size.contacts);
        if (b === a) b = (a % size.contacts) + 1;
        return [
          id,
          t.pick(contactTypes),
          'CONTACT',
          a,
          'CONTACT',
          b,
          since,
          t.int(1, 5),
          ownerOf[contactCustomer[a]],
          created,
        ];
      }
      // A fifth of these edges point at the first 1% of customers (the well connected, ~65 edges
      // each at any scale); the rest connect uniformly (about 5 edges per customer).
      const from = t.int(1, N);
      let to = t.random() < 0.2 ? t.int(1, Math.max(1, Math.round(N / 100))) : t.int(1, N);
      if (to === from) to = (from % N) + 1;
      return [
        id,
        t.pick(customerTypes),
        'CUSTOMER',
        from,
        'CUSTOMER',
        to,
        since,
        t.int(1, 5),
        ownerOf[from],
        created,
      ];
    });
  }

  // --- Follow-ups: by the customer's owner, over the last two years.
  {
    const t = tools(105);
    const columns = [
      'id',
      'customer_id',
      'contact_id',
      'user_id',
      'happened_at',
      'method_id',
      'content',
      'feedback',
      'next_step',
      'next_date',
      'milestone_id',
      'created_at',
    ];
    await batches(db, log, 'followup', columns, size.followups, (i) => {
      const customer = t.int(1, N);
      const at = ANCHOR - t.int(0, 730 * DAY);
      return [
        i + 1,
        customer,
        primaryContact[customer] && t.random() < 0.5 ? primaryContact[customer] : null,
        ownerOf[customer],
        datetime(at),
        item(t, d.followup_method),
        t.pick(CONTENTS),
        t.random() < 0.6 ? t.pick(FEEDBACK) : null,
        t.random() < 0.5 ? t.pick(NEXT) : null,
        t.random() < 0.3 ? dateOnly(at + t.int(1, 30) * DAY) : null,
        item(t, d.followup_milestone),
        datetime(at),
      ];
    });
  }

  // --- Transactions: over the last three years, exact decimal amounts.
  {
    const t = tools(106);
    const columns = [
      'id',
      'customer_id',
      'occurred_on',
      'type_id',
      'amount',
      'currency',
      'product',
      'created_by',
      'created_at',
    ];
    await batches(db, log, 'customer_transaction', columns, size.transactions, (i) => {
      const customer = t.int(1, N);
      const on = ANCHOR - t.int(0, 3 * 365) * DAY;
      return [
        i + 1,
        customer,
        dateOnly(on),
        item(t, d.transaction_type),
        `${t.int(100, 900_000)}.${pad(t.int(0, 99), 2)}`,
        'CNY',
        t.pick(PRODUCTS),
        ownerOf[customer],
        datetime(on),
      ];
    });
  }

  // --- Grants: 80% to a staff member (10% of all to the benchmark's staff user), 20% to a team;
  // 10% expired, 5% revoked.
  {
    const t = tools(107);
    const columns = [
      'id',
      'customer_id',
      'user_id',
      'department_id',
      'level',
      'expires_at',
      'reason',
      'granted_by',
      'granted_at',
      'revoked_at',
      'revoked_by',
    ];
    await batches(db, log, 'customer_grant', columns, size.grants, (i) => {
      const toUser = t.random() < 0.8;
      const user = toUser ? (t.random() < 0.125 ? staffUser.id : t.pick(staffUsers).id) : null;
      const granted = ANCHOR - t.int(1, 300) * DAY;
      const expired = t.random() < 0.1;
      const revoked = !expired && t.random() < 0.05;
      return [
        i + 1,
        t.int(1, N),
        user,
        toUser ? null : t.pick(teams).id,
        t.random() < 0.7 ? 'READ' : 'EDIT',
        datetime(
          expired ? granted + t.int(1, 30) * DAY : Date.UTC(2028, 0, 1) + t.int(0, 1000) * DAY,
        ),
        t.pick(['项目协作', '临时代管', '审计抽查', '交接过渡']),
        ref.adminId,
        datetime(granted),
        revoked ? datetime(granted + DAY) : null,
        revoked ? ref.adminId : null,
      ];
    });
  }

  // --- Kept by the system: transaction totals and last follow-up, computed by the database.
  log('  customer totals (transaction count, amount, first/last date, last follow-up) …');
  if (db.dialect === 'mysql') {
    await db.query(`UPDATE customer c JOIN (SELECT customer_id, COUNT(*) n, SUM(amount) s, MIN(occurred_on) f, MAX(occurred_on) l FROM customer_transaction GROUP BY customer_id) t ON t.customer_id = c.id
      SET c.transaction_count = t.n, c.total_amount = t.s, c.first_transaction_on = t.f, c.last_transaction_on = t.l`);
    await db.query(
      'UPDATE customer c JOIN (SELECT customer_id, MAX(happened_at) m FROM followup GROUP BY customer_id) f ON f.customer_id = c.id SET c.last_followup_at = f.m',
    );
    for (const table of [
      'customer',
      'contact',
      'customer_contact',
      'customer_member',
      'relationship',
      'followup',
      'customer_transaction',
      'customer_grant',
    ])
      await db.query(`ANALYZE TABLE \`${table}\``);
  } else {
    await db.query(`UPDATE customer SET transaction_count = t.n, total_amount = t.s, first_transaction_on = t.f, last_transaction_on = t.l
      FROM (SELECT customer_id, COUNT(*) n, ROUND(SUM(amount), 2) s, MIN(occurred_on) f, MAX(occurred_on) l FROM customer_transaction GROUP BY customer_id) t WHERE t.customer_id = customer.id`);
    await db.query(
      'UPDATE customer SET last_followup_at = f.m FROM (SELECT customer_id, MAX(happened_at) m FROM followup GROUP BY customer_id) f WHERE f.customer_id = customer.id',
    );
    await db.query('ANALYZE');
  }
  return { size, seconds: Math.round((Date.now() - started) / 1000) };
}

function item(t, list) {
  return list?.length ? t.pick(list) : null;
}

/** Calls `row(i)` for i in [0, total), inserting `BATCH` rows per statement and transaction, with progress. */
async function batches(db, log, table, columns, total, row) {
  const started = Date.now();
  let lastPrint = 0;
  for (let start = 0; start < total; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) rows.push(row(i));
    await db.insert(table, columns, rows);
    const done = Math.min(total, start + BATCH);
    const elapsed = Date.now() - started;
    if (done === total || elapsed - lastPrint > 3000) {
      lastPrint = elapsed;
      const rate = Math.round(done / Math.max(0.001, elapsed / 1000));
      log(
        `  ${table.padEnd(20)} ${String(done).padStart(9)}/${total} (${Math.round((done / total) * 100)}%) ${(elapsed / 1000).toFixed(1)}s, ${rate} rows/s`,
      );
    }
  }
}

/** Ids the dataset refers to: dictionary items per type (leaves of trees), roles, admin and head office. */
async function referenceData(db) {
  const items = await db.query(
    `SELECT i.id, i.code, t.code AS type, ci.code AS controlling,
       (SELECT COUNT(*) FROM dictionary_item k WHERE k.parent_id = i.id) AS children
     FROM dictionary_item i JOIN dictionary_type t ON t.id = i.type_id LEFT JOIN dictionary_item ci ON ci.id = i.controlling_item_id
     WHERE i.enabled = 1 ORDER BY i.id`,
  );
  const dict = {};
  const byCode = {};
  for (const it of items) {
    if (Number(it.children) > 0) continue; // leaves only: provinces, not regions
    const key = it.type === 'customer_category' ? `category:${it.controlling}` : it.type;
    (dict[key] ??= []).push(Number(it.id));
    if (it.type === 'relationship_type') byCode[it.code] = Number(it.id);
  }
  dict.relationship_type_by_code = byCode;
  const roles = Object.fromEntries(
    (await db.query('SELECT id, name FROM role')).map((r) => [r.name, Number(r.id)]),
  );
  const [admin] = await db.query("SELECT id, password_hash FROM `user` WHERE username = 'admin'");
  const [{ head }] = await db.query('SELECT MIN(id) AS head FROM department');
  const [{ maxDept }] = await db.query('SELECT MAX(id) AS maxDept FROM department');
  const [{ maxUser }] = await db.query('SELECT MAX(id) AS maxUser FROM `user`');
  if (!admin) throw new Error('no admin user: the server seed did not run');
  return {
    dict,
    roles,
    adminId: Number(admin.id),
    adminHash: admin.password_hash,
    headOfficeId: Number(head),
    maxDepartmentId: Number(maxDept),
    maxUserId: Number(maxUser),
  };
}
