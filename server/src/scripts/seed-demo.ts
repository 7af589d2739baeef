import 'reflect-metadata';
import { completeCreditCode } from '@dossier/shared';
import pino from 'pino';
import { loadConfig } from '../config';
import type { AppContext } from '../common/context';
import { createDataSource } from '../db/data-source';
import { seedDefaults } from '../db/seed';
import { Department } from '../modules/department/department.entity';
import { createLoaders } from '../modules/loaders';
import { NodeKind } from '../modules/relationship/relationship.entity';
import { Role } from '../modules/role/role.entity';
import { User } from '../modules/user/user.entity';
import { createServices } from '../services';

/**
 * `npm run seed:demo`: a believable company on the configured database (same settings as
 * `npm start`): departments, users of each role, 300 customers of both kinds with contacts,
 * relationships, follow-ups and transactions. Fixed random seed; runs once per database.
 */
const DEMO_PASSWORD = 'Demo12345';
const CUSTOMERS = Number(process.env.DEMO_CUSTOMERS ?? 300);

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
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
];
const CITIES = [
  ['shanghai', '上海'],
  ['jiangsu', '苏州'],
  ['zhejiang', '杭州'],
  ['guangdong', '深圳'],
  ['guangdong', '广州'],
  ['beijing', '北京'],
  ['sichuan', '成都'],
  ['hubei', '武汉'],
  ['shandong', '青岛'],
  ['fujian', '厦门'],
] as const;
const WORDS = [
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
];
const TRADES = [
  ['I', '信息技术'],
  ['C', '精密制造'],
  ['F', '商贸'],
  ['G', '物流'],
  ['E', '建设工程'],
  ['M', '技术服务'],
  ['L', '咨询'],
] as const;
const SUFFIX = ['有限公司', '股份有限公司', '集团有限公司'];
const personName = () => pick([...SURNAMES]) + pick(GIVEN);
const day = (offsetDays: number) =>
  new Date(Date.now() - offsetDays * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const config = loadConfig();
  const log = pino({ level: 'warn' });
  const ds = createDataSource(config.database, log);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await seedDefaults(ds, config, log);
  try {
    if (await ds.getRepository(Department).existsBy({ name: '华东销售部' })) {
      console.log('Demo data is already there (department 华东销售部 exists); nothing to do.');
      return;
    }
    const services = createServices(ds, config);
    const admin = await ds.getRepository(User).findOneByOrFail({ username: 'admin' });
    const context = async (user: User): Promise<AppContext> => ({
      caller: await services.auth.callerForUser(user),
      authError: null,
      locale: 'zh-CN',
      ip: 'seed:demo',
      dataSource: ds,
      config,
      loaders: createLoaders(ds, services),
      services,
      request: { locale: 'zh-CN', statements: 0 },
    });
    const adminCtx = await context(admin);
    const roles = new Map((await ds.getRepository(Role).find()).map((r) => [r.name, r.id]));
    const head = await ds.getRepository(Department).findOne({ where: {}, order: { id: 'ASC' } });

    const dept = async (name: string, parentId: number | null | undefined) =>
      (
        await services.departments.create(adminCtx, {
          name,
          parentId: parentId ? String(parentId) : null,
        })
      ).id;
    const sales = await dept('销售中心', head?.id);
    const east = await dept('华东销售部', sales);
    const south = await dept('华南销售部', sales);
    const service = await dept('客服部', head?.id);
    const user = async (
      username: string,
      displayName: string,
      role: string,
      departmentId: number,
    ) =>
      services.users.create(adminCtx, {
        username,
        displayName,
        password: DEMO_PASSWORD,
        departmentId: String(departmentId),
        roleIds: [String(roles.get(role))],
      });
    const gm = await user('gm.zhou', '周总', '总经理', head?.id ?? sales);
    const eastManager = await user('east.manager', '陈经理', '部门经理', east);
    const southManager = await user('south.manager', '林经理', '部门经理', south);
    await services.departments.update(adminCtx, east, undefined, {
      managerId: String(eastManager.id),
    });
    await services.departments.update(adminCtx, south, undefined, {
      managerId: String(southManager.id),
    });
    await services.departments.update(adminCtx, sales, undefined, { managerId: String(gm.id) });
    const staff = [
      await user('zhang.wei', '张伟', '业务员', east),
      await user('li.na', '李娜', '业务员', east),
      await user('wang.qiang', '王强', '业务员', south),
      await user('liu.min', '刘敏', '业务员', south),
    ];
    await user('kefu', '赵客服', '业务员', service);
    const staffCtx = await Promise.all(staff.map(context));

    const customerIds: number[] = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      const ctx = staffCtx[i % staffCtx.length];
      const enterprise = random() < 0.75;
      const [province, city] = pick(CITIES);
      const [industry, trade] = pick(TRADES);
      const customer = enterprise
        ? await services.customers.create(ctx, {
            kind: 'ENTERPRISE',
            name: `${city}${pick(WORDS)}${trade}${pick(SUFFIX)}`,
            creditCode: completeCreditCode(
              `91${String(310000 + i).padStart(6, '0')}MA${String(10000000 + i).slice(-7)}`.slice(
                0,
                17,
              ),
            ),
            region: province,
            industry,
            scale: pick(['range_20_99', 'range_100_499', 'range_500_999', 'range_1000_4999']),
            nature: pick(['private', 'state_owned', 'sino_foreign_jv', 'listed_company']),
            source: pick(['exhibition', 'customer_referral', 'website_ad', 'phone']),
            category: pick([
              'potential_end_customer',
              'current_end_customer',
              'current_agent',
              'potential_agent',
            ]),
            grade: pick(['A', 'B', 'B', 'C', 'C', 'D']),
            importance: pick(['key', 'normal', 'normal', 'occasional']),
            contactStrategy: pick(['weekly', 'biweekly', 'monthly']),
            purchaseStrategy: pick(['monthly', 'quarterly', 'annual']),
            phone: `0${between(20, 29)}-${between(60000000, 89999999)}`,
            address: `${city}市${pick(['浦东新区', '南山区', '天河区', '海淀区', '高新区'])}${pick(['科技园', '金融街', '软件园'])}${between(1, 200)}号`,
            remarks: random() < 0.3 ? '年度重点客户，注意回款节奏' : null,
          })
        : await services.customers.create(ctx, {
            kind: 'INDIVIDUAL',
            name: personName(),
            region: province,
            gender: pick(['male', 'female']),
            ageRange: pick(['range_25_30', 'range_30_40', 'range_40_50']),
            source: pick(['customer_referral', 'phone', 'website_ad']),
            grade: pick(['B', 'C', 'D']),
            mobile: `1${pick(['38', '39', '58', '86'])}${String(between(10000000, 99999999))}`,
          });
      customerIds.push(customer.id);

      const contacts = enterprise ? between(1, 3) : 0;
      const contactIds: number[] = [];
      for (let c = 0; c < contacts; c++) {
        const contact = await services.contacts.create(ctx, {
          customerId: String(customer.id),
          isPrimary: c === 0,
          name: personName(),
          title: pick(['总经理', '采购经理', '技术总监', '财务主管', '行政专员']),
          mobile: `1${pick(['35', '36', '37', '50', '87'])}${String(between(10000000, 99999999))}`,
          decisionRole: pick(['decision_maker', 'influencer', 'user', 'buyer', 'initiator']),
          closeness: between(1, 5),
        });
        contactIds.push(contact.id);
        await services.relationships.create(ctx, {
          type: 'works_at',
          fromKind: NodeKind.CONTACT,
          fromId: String(contact.id),
          toKind: NodeKind.CUSTOMER,
          toId: String(customer.id),
          since: day(between(100, 2000)),
        });
      }
      if (customerIds.length > 5 && random() < 0.35) {
        const other = customerIds[Math.floor(random() * (customerIds.length - 1))];
        try {
          await services.relationships.create(ctx, {
            type: pick(['referral', 'partner', 'supplier']),
            fromKind: NodeKind.CUSTOMER,
            fromId: String(customer.id),
            toKind: NodeKind.CUSTOMER,
            toId: String(other),
            strength: between(1, 5),
          });
        } catch {
          // The other customer belongs to someone this staff member cannot see; the demo skips it.
        }
      }
      for (let f = between(1, 5); f > 0; f--) {
        await services.followups.create(ctx, {
          customerId: String(customer.id),
          contactId: contactIds.length ? String(pick(contactIds)) : null,
          happenedAt: new Date(Date.now() - between(1, 400) * 86_400_000),
          method: pick(['phone', 'face_to_face', 'email', 'wechat']),
          content: pick([
            '电话沟通采购计划',
            '上门拜访，介绍新品',
            '发送报价单',
            '回访使用情况',
            '确认合同条款',
          ]),
          feedback: pick(['有兴趣，待内部评估', '价格偏高', '满意', '需要技术方案', null]),
          nextStep: pick(['一周后回访', '安排技术交流', '寄送样品', null]),
          nextDate: random() < 0.5 ? day(-between(1, 30)) : null,
          milestone: pick([
            'first_contact',
            'needs_confirmed',
            'proposal_submitted',
            'contract_signed',
          ]),
        });
      }
      for (let t = enterprise ? between(0, 4) : between(0, 1); t > 0; t--) {
        await services.transactions.create(ctx, {
          customerId: String(customer.id),
          occurredOn: day(between(1, 700)),
          type: pick(['sales', 'sales', 'payment', 'delivery']),
          amount: `${between(1_000, 500_000)}.${String(between(0, 99)).padStart(2, '0')}`,
          product: pick(['年度服务合同', '设备采购', '软件许可', '维保服务']),
        });
      }
      if ((i + 1) % 50 === 0) console.log(`  ${i + 1}/${CUSTOMERS} customers`);
    }
    console.log(
      `Demo data created: 4 departments, 8 users (password ${DEMO_PASSWORD}), ${CUSTOMERS} customers.`,
    );
    console.log(
      'Users: gm.zhou (总经理, ALL), east.manager / south.manager (部门经理), zhang.wei, li.na, wang.qiang, liu.min (业务员, SELF), kefu.',
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
