import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeCreditCode } from '../../shared/src/validation';
import { createRole, createUser } from '../helpers/fixtures';
import {
  errorCode,
  startTestServer,
  table,
  TEST_DIALECT,
  type GqlResult,
  type TestServer,
} from '../helpers/test-server';

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
});
afterAll(() => s?.close());

const OPTIONS = `query($t: String!, $c: String, $d: Boolean) { dictionaryOptions(type: $t, controllingItem: $c, includeDisabled: $d) { id code label enabled } }`;
const CREATE_ITEM = `mutation($i: CreateOneDictionaryItemInput!) { createOneDictionaryItem(input: $i) { id code labelZh labelEn sortOrder parentId attributes } }`;
const UPDATE_ITEM = `mutation($i: UpdateOneDictionaryItemInput!) { updateOneDictionaryItem(input: $i) { id code label labelZh labelEn enabled version } }`;
const DELETE_ITEM = `mutation($id: ID!) { deleteOneDictionaryItem(input: { id: $id }) { code } }`;
const CREATE_CUSTOMER = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version name region { code label } category { code } customFields } }`;
const UPDATE_CUSTOMER = `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { id version region { code } customFields } }`;

async function options(type: string, extra: { c?: string; d?: boolean } = {}, lang = 'en') {
  const res = await s.gql(OPTIONS, { t: type, ...extra }, { token: admin, lang });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.dictionaryOptions as {
    id: string;
    code: string;
    label: string;
    enabled: boolean;
  }[];
}
async function itemId(type: string, code: string) {
  const found = (await options(type, { d: true })).find((i) => i.code === code);
  if (!found) throw new Error(`no item ${type}/${code}`);
  return found.id;
}
const fieldsOf = (res: GqlResult) =>
  ((res.errors?.[0]?.extensions.fields ?? []) as { field: string }[]).map((f) => f.field).sort();

describe('seeded dictionaries', () => {
  it('ship every dictionary of the brief with Chinese and English labels', async () => {
    const types = await s.gql(
      `{ dictionaryTypes(paging: { limit: 100 }) { totalCount nodes { code system } } }`,
      {},
      { token: admin },
    );
    expect(types.data.dictionaryTypes.totalCount).toBe(27);
    expect(types.data.dictionaryTypes.nodes.every((t: { system: boolean }) => t.system)).toBe(true);
    const region = await s.gql(
      `{ dictionary(code: "region") { name hierarchical attributeSchema { key } tree { code label children { code label } } } }`,
      {},
      { token: admin, lang: 'en' },
    );
    const tree = region.data.dictionary.tree as {
      code: string;
      label: string;
      children: { code: string; label: string }[];
    }[];
    expect(region.data.dictionary.hierarchical).toBe(true);
    expect(region.data.dictionary.attributeSchema).toEqual([]);
    expect(tree.map((r) => r.code)).toHaveLength(7);
    expect(tree.flatMap((r) => r.children)).toHaveLength(34);
    expect(tree.find((r) => r.code === 'east_china')!.children.map((c) => c.label)).toContain(
      'Shanghai',
    );
    const zh = await options('customer_nature', {}, 'zh-CN');
    expect(zh.map((i) => i.label)).toEqual([
      '国有企业',
      '中外合资',
      '外商独资',
      '私营企业',
      '个体户',
      '合伙企业',
      '事业单位/社团',
      '上市公司',
      '集团公司',
      '政府机构',
      '其他',
    ]);
    expect(await options('industry')).toHaveLength(20);
    expect((await options('contact_strategy', {}, 'zh-CN'))[0]).toMatchObject({ code: 'weekly' });
  });

  it('seeding again on restart changes nothing and keeps an admin’s relabel', async () => {
    const id = await itemId('customer_source', 'exhibition');
    await s.gql(UPDATE_ITEM, { i: { id, update: { labelZh: '展会（改）' } } }, { token: admin });
    const count = async () =>
      Number((await s.sql(`SELECT COUNT(*) AS n FROM ${table('dictionary_item')}`))[0].n);
    const fields = async () =>
      Number((await s.sql(`SELECT COUNT(*) AS n FROM ${table('field_definition')}`))[0].n);
    const [items, defs] = [await count(), await fields()];
    await s.restart();
    expect(await count()).toBe(items);
    expect(await fields()).toBe(defs);
    expect((await options('customer_source', {}, 'zh-CN')).find((i) => i.id === id)!.label).toBe(
      '展会（改）',
    );
  });
});

describe('dictionary lifecycle', () => {
  it('creates a type and items, relabels without changing the code, disables, and deletes unused items', async () => {
    const type = await s.gql(
      `mutation { createOneDictionaryType(input: { dictionaryType: { code: "vip_level", nameZh: "会员等级", nameEn: "VIP level", attributeSchema: [{ key: "discount", type: DECIMAL, required: true }] } }) { id code name system } }`,
      {},
      { token: admin, lang: 'en' },
    );
    expect(type.data.createOneDictionaryType).toMatchObject({
      code: 'vip_level',
      name: 'VIP level',
      system: false,
    });
    const gold = (
      await s.gql(
        CREATE_ITEM,
        {
          i: {
            dictionaryItem: {
              typeCode: 'vip_level',
              code: 'gold',
              labelZh: '金卡',
              labelEn: 'Gold',
              attributes: { discount: 0.9 },
            },
          },
        },
        { token: admin },
      )
    ).data.createOneDictionaryItem;
    expect(gold).toMatchObject({ code: 'gold', sortOrder: 10, attributes: { discount: 0.9 } });
    const relabelled = await s.gql(
      UPDATE_ITEM,
      { i: { id: gold.id, version: 1, update: { labelEn: 'Gold card' } } },
      { token: admin, lang: 'en' },
    );
    expect(relabelled.data.updateOneDictionaryItem).toMatchObject({
      code: 'gold',
      label: 'Gold card',
      version: 2,
    });
    const stale = await s.gql(
      UPDATE_ITEM,
      { i: { id: gold.id, version: 1, update: { labelEn: 'Lost' } } },
      { token: admin },
    );
    expect(errorCode(stale)).toBe('CONFLICT');

    await s.gql(UPDATE_ITEM, { i: { id: gold.id, update: { enabled: false } } }, { token: admin });
    expect(await options('vip_level')).toEqual([]);
    expect((await options('vip_level', { d: true })).map((i) => i.code)).toEqual(['gold']);

    const dupCode = await s.gql(
      CREATE_ITEM,
      {
        i: {
          dictionaryItem: {
            typeCode: 'vip_level',
            code: 'gold',
            labelZh: 'x',
            labelEn: 'x',
            attributes: { discount: 1 },
          },
        },
      },
      { token: admin },
    );
    expect(dupCode.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dictionaryItem.code',
    });

    const typeInUse = await s.gql(
      `mutation($id: ID!) { deleteOneDictionaryType(input: { id: $id }) { code } }`,
      { id: type.data.createOneDictionaryType.id },
      { token: admin },
    );
    expect(errorCode(typeInUse)).toBe('CONFLICT');
    expect(
      (await s.gql(DELETE_ITEM, { id: gold.id }, { token: admin })).data.deleteOneDictionaryItem
        .code,
    ).toBe('gold');
    expect(
      (
        await s.gql(
          `mutation($id: ID!) { deleteOneDictionaryType(input: { id: $id }) { code } }`,
          { id: type.data.createOneDictionaryType.id },
          { token: admin },
        )
      ).data.deleteOneDictionaryType.code,
    ).toBe('vip_level');

    const system = await s.gql(`{ dictionary(code: "gender") { id } }`, {}, { token: admin });
    expect(
      errorCode(
        await s.gql(
          `mutation($id: ID!) { deleteOneDictionaryType(input: { id: $id }) { code } }`,
          { id: system.data.dictionary.id },
          { token: admin },
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('refuses attribute schema violations', async () => {
    const missing = await s.gql(
      CREATE_ITEM,
      {
        i: {
          dictionaryItem: {
            typeCode: 'contact_strategy',
            code: 'daily',
            labelZh: '每天',
            labelEn: 'Daily',
          },
        },
      },
      { token: admin },
    );
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dictionaryItem.attributes.days',
    });
    const wrongType = await s.gql(
      CREATE_ITEM,
      {
        i: {
          dictionaryItem: {
            typeCode: 'contact_strategy',
            code: 'daily',
            labelZh: '每天',
            labelEn: 'Daily',
            attributes: { days: 'one' },
          },
        },
      },
      { token: admin },
    );
    expect(wrongType.errors![0].extensions.field).toBe('dictionaryItem.attributes.days');
    const unknown = await s.gql(
      CREATE_ITEM,
      {
        i: {
          dictionaryItem: {
            typeCode: 'contact_strategy',
            code: 'daily',
            labelZh: '每天',
            labelEn: 'Daily',
            attributes: { days: 1, colour: 'red' },
          },
        },
      },
      { token: admin },
    );
    expect(unknown.errors![0].extensions.field).toBe('dictionaryItem.attributes.colour');
    const ok = await s.gql(
      CREATE_ITEM,
      {
        i: {
          dictionaryItem: {
            typeCode: 'contact_strategy',
            code: 'daily',
            labelZh: '每天',
            labelEn: 'Daily',
            attributes: { days: 1 },
          },
        },
      },
      { token: admin },
    );
    expect(ok.data.createOneDictionaryItem.attributes).toEqual({ days: 1 });
  });

  it('refuses hierarchy cycles and parents on flat dictionaries', async () => {
    const east = await itemId('region', 'east_china');
    const shanghai = await itemId('region', 'shanghai');
    const pudong = (
      await s.gql(
        CREATE_ITEM,
        {
          i: {
            dictionaryItem: {
              typeCode: 'region',
              code: 'pudong',
              labelZh: '浦东',
              labelEn: 'Pudong',
              parentId: shanghai,
            },
          },
        },
        { token: admin },
      )
    ).data.createOneDictionaryItem;
    expect(pudong.parentId).toBe(shanghai);
    const cycle = await s.gql(
      UPDATE_ITEM,
      { i: { id: east, update: { parentId: pudong.id } } },
      { token: admin },
    );
    expect(cycle.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'update.parentId',
    });
    const self = await s.gql(
      UPDATE_ITEM,
      { i: { id: east, update: { parentId: east } } },
      { token: admin },
    );
    expect(self.errors![0].extensions.field).toBe('update.parentId');
    const flat = await s.gql(
      CREATE_ITEM,
      {
        i: {
          dictionaryItem: {
            typeCode: 'gender',
            code: 'x',
            labelZh: 'x',
            labelEn: 'x',
            parentId: await itemId('gender', 'male'),
          },
        },
      },
      { token: admin },
    );
    expect(flat.errors![0].extensions.field).toBe('dictionaryItem.parentId');
    const otherType = await s.gql(
      CREATE_ITEM,
      {
        i: {
          dictionaryItem: {
            typeCode: 'region',
            code: 'y',
            labelZh: 'y',
            labelEn: 'y',
            parentId: await itemId('gender', 'male'),
          },
        },
      },
      { token: admin },
    );
    expect(otherType.errors![0].extensions.field).toBe('dictionaryItem.parentId');
  });

  it('offers dependent options only under their controlling item', async () => {
    const enterprise = (await options('customer_category', { c: 'ENTERPRISE' })).map((i) => i.code);
    const individual = (await options('customer_category', { c: 'INDIVIDUAL' })).map((i) => i.code);
    expect(enterprise).toContain('potential_end_customer');
    expect(individual).not.toContain('potential_end_customer');
    expect(individual.length).toBeGreaterThan(0);

    const ok = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'ENTERPRISE', name: '华为技术有限公司', category: 'potential_end_customer' } },
      { token: admin },
    );
    expect(ok.data.createOneCustomer.category.code).toBe('potential_end_customer');
    const refused = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'INDIVIDUAL', name: '张三', category: 'potential_end_customer' } },
      { token: admin, lang: 'en' },
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customer.category',
    });
    expect(refused.errors![0].message).toMatch(/does not apply/);
    const fine = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'INDIVIDUAL', name: '李四', category: individual[0] } },
      { token: admin },
    );
    expect(fine.errors).toBeUndefined();
  });

  it('refuses deleting an item in use with CONFLICT and its usage count, and shows the count', async () => {
    const [a, b] = await Promise.all([
      s.gql(
        CREATE_CUSTOMER,
        { c: { kind: 'ENTERPRISE', name: '用量一', region: 'guangxi' } },
        { token: admin },
      ),
      s.gql(
        CREATE_CUSTOMER,
        { c: { kind: 'INDIVIDUAL', name: '用量二', region: 'guangxi' } },
        { token: admin },
      ),
    ]);
    expect(a.errors ?? b.errors).toBeUndefined();
    const id = await itemId('region', 'guangxi');
    const usage = await s.gql(
      `query($f: DictionaryItemFilter) { dictionaryItems(filter: $f) { nodes { code usageCount } } }`,
      { f: { id: { eq: id } } },
      { token: admin },
    );
    expect(usage.data.dictionaryItems.nodes[0]).toEqual({ code: 'guangxi', usageCount: 2 });
    const refused = await s.gql(DELETE_ITEM, { id }, { token: admin, lang: 'en' });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', usageCount: 2 });
    expect(refused.errors![0].message).toMatch(/2 references/);
  });

  it('keeps a disabled item readable on old records but refuses it on new writes', async () => {
    const created = (
      await s.gql(
        CREATE_CUSTOMER,
        { c: { kind: 'ENTERPRISE', name: '停用测试', region: 'hainan' } },
        { token: admin },
      )
    ).data.createOneCustomer;
    const hainan = await itemId('region', 'hainan');
    await s.gql(UPDATE_ITEM, { i: { id: hainan, update: { enabled: false } } }, { token: admin });
    const read = await s.gql(
      `query($id: ID!) { customer(id: $id) { region { code enabled } } }`,
      { id: created.id },
      { token: admin },
    );
    expect(read.data.customer.region).toEqual({ code: 'hainan', enabled: false });
    const resend = await s.gql(
      UPDATE_CUSTOMER,
      {
        i: {
          id: created.id,
          version: created.version,
          update: { region: 'hainan', remarks: 'still here' },
        },
      },
      { token: admin },
    );
    expect(resend.errors).toBeUndefined();
    const fresh = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'ENTERPRISE', name: '新客户', region: 'hainan' } },
      { token: admin, lang: 'en' },
    );
    expect(fresh.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customer.region',
    });
    expect(fresh.errors![0].message).toMatch(/disabled/);
  });
});

describe('merging items', () => {
  async function setup(tag: string) {
    const field = await s.gql(
      `mutation($i: CreateOneFieldDefinitionInput!) { createOneFieldDefinition(input: $i) { id key } }`,
      {
        i: {
          fieldDefinition: {
            kind: 'ENTERPRISE',
            key: `markets_${tag}`,
            labelZh: '目标市场',
            labelEn: 'Markets',
            group: 'NEEDS',
            type: 'MULTI_SELECT',
            dictionaryCode: 'region',
          },
        },
      },
      { token: admin },
    );
    expect(field.errors).toBeUndefined();
    const from = (
      await s.gql(
        CREATE_ITEM,
        {
          i: {
            dictionaryItem: {
              typeCode: 'region',
              code: `old_${tag}`,
              labelZh: '旧片区',
              labelEn: 'Old',
              parentId: await itemId('region', 'north_china'),
            },
          },
        },
        { token: admin },
      )
    ).data.createOneDictionaryItem;
    const into = await itemId('region', 'beijing');
    const customer = await s.gql(
      CREATE_CUSTOMER,
      {
        c: {
          kind: 'ENTERPRISE',
          name: `合并客户${tag}`,
          region: `old_${tag}`,
          customFields: { [`markets_${tag}`]: [`old_${tag}`, 'beijing', 'tianjin'] },
        },
      },
      { token: admin },
    );
    expect(customer.errors).toBeUndefined();
    return {
      from,
      into,
      customerId: customer.data.createOneCustomer.id as string,
      key: `markets_${tag}`,
    };
  }
  const READ = `query($id: ID!) { customer(id: $id) { region { code } customFields } }`;

  it('rewrites built-in and custom values in one transaction, audits, and deletes the merged item', async () => {
    const { from, into, customerId, key } = await setup('a');
    const merged = await s.gql(
      `mutation($f: ID!, $t: ID!) { mergeDictionaryItem(from: $f, into: $t) { into { code } rewritten } }`,
      { f: from.id, t: into },
      { token: admin },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeDictionaryItem).toEqual({ into: { code: 'beijing' }, rewritten: 2 });
    const read = await s.gql(READ, { id: customerId }, { token: admin });
    expect(read.data.customer.region.code).toBe('beijing');
    expect([...read.data.customer.customFields[key]].sort()).toEqual(['beijing', 'tianjin']);
    expect((await options('region', { d: true })).some((i) => i.code === 'old_a')).toBe(false);
    const audit = await s.gql(
      `{ auditLogs(filter: { action: { eq: "dictionaryItem.merge" } }) { nodes { entityId diff } } }`,
      {},
      { token: admin },
    );
    expect(audit.data.auditLogs.nodes[0].entityId).toBe(from.id);
  });

  it('changes nothing when the merge fails midway', async () => {
    const { from, into, customerId, key } = await setup('b');
    // Make the database refuse the custom-value rewrite, after the built-in column was rewritten.
    if (TEST_DIALECT === 'mysql') {
      await s.sql(
        `CREATE TRIGGER refuse_cfv_delete BEFORE DELETE ON customer_field_value FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused'`,
      );
    } else {
      await s.sql(
        `CREATE TRIGGER refuse_cfv_delete BEFORE DELETE ON customer_field_value BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      );
    }
    try {
      const merged = await s.gql(
        `mutation($f: ID!, $t: ID!) { mergeDictionaryItem(from: $f, into: $t) { rewritten } }`,
        { f: from.id, t: into },
        { token: admin },
      );
      expect(merged.errors).toBeDefined();
    } finally {
      await s.sql(`DROP TRIGGER refuse_cfv_delete`);
    }
    const read = await s.gql(READ, { id: customerId }, { token: admin });
    expect(read.data.customer.region.code).toBe('old_b');
    expect([...read.data.customer.customFields[key]].sort()).toEqual([
      'beijing',
      'old_b',
      'tianjin',
    ]);
    expect((await options('region', { d: true })).some((i) => i.code === 'old_b')).toBe(true);
  });
});

describe('the card validator', () => {
  let fieldIds: Record<string, string> = {};
  beforeAll(async () => {
    const defs: Record<string, unknown>[] = [
      {
        key: 'nickname',
        type: 'TEXT',
        required: true,
        validation: { maxLength: 5, pattern: '^[A-Za-z]+$' },
      },
      { key: 'budget', type: 'MONEY', validation: { min: 0, max: 1000000 } },
      { key: 'headcount', type: 'NUMBER', validation: { min: 1, max: 100 } },
      { key: 'since', type: 'DATE' },
      { key: 'vip', type: 'BOOLEAN' },
      { key: 'channel', type: 'SELECT', dictionaryCode: 'customer_source' },
      { key: 'markets', type: 'MULTI_SELECT', dictionaryCode: 'region' },
      { key: 'keeper', type: 'USER' },
      { key: 'stars', type: 'RATING' },
      { key: 'licence', type: 'TEXT', unique: true },
    ];
    for (const d of defs) {
      const res = await s.gql(
        `mutation($i: CreateOneFieldDefinitionInput!) { createOneFieldDefinition(input: $i) { id } }`,
        {
          i: {
            fieldDefinition: {
              kind: 'INDIVIDUAL',
              labelZh: d.key,
              labelEn: d.key,
              group: 'BASIC',
              ...d,
            },
          },
        },
        { token: admin },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      fieldIds[d.key as string] = res.data.createOneFieldDefinition.id;
    }
  });
  const good = {
    nickname: 'Tom',
    budget: '1200.50',
    headcount: 3,
    since: '2024-02-29',
    vip: true,
    channel: 'exhibition',
    markets: ['beijing', 'shanghai'],
    stars: 4,
    licence: 'L-001',
  };
  const bad = {
    nickname: 'Tom123',
    budget: '12.345',
    headcount: 101,
    since: '2023-02-29',
    vip: 'yes',
    channel: 'nowhere',
    markets: 'beijing',
    keeper: '99999',
    stars: 6,
    unknownKey: 1,
  };
  const expected = [
    'customer.budget',
    'customer.channel',
    'customer.headcount',
    'customer.keeper',
    'customer.markets',
    'customer.nickname',
    'customer.since',
    'customer.stars',
    'customer.unknownKey',
    'customer.vip',
  ];

  it('accepts good values and stores them typed', async () => {
    const res = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'INDIVIDUAL', name: '王五', customFields: good } },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createOneCustomer.customFields).toMatchObject({
      ...good,
      markets: expect.arrayContaining(['beijing', 'shanghai']),
    });
  });

  it('returns every failure with its field on create, writing nothing', async () => {
    const before = Number((await s.sql(`SELECT COUNT(*) AS n FROM ${table('customer')}`))[0].n);
    const res = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'INDIVIDUAL', name: '赵六', customFields: bad } },
      { token: admin },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(expected);
    const missing = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'INDIVIDUAL', name: '缺字段', customFields: {} } },
      { token: admin },
    );
    expect(fieldsOf(missing)).toEqual(['customer.nickname']);
    const dup = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'INDIVIDUAL', name: '重复', customFields: { ...good } } },
      { token: admin },
    );
    expect(fieldsOf(dup)).toEqual(['customer.licence']);
    const noName = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'ENTERPRISE', name: '', creditCode: '91350100M000100Y44' } },
      { token: admin },
    );
    expect(fieldsOf(noName)).toEqual(['customer.creditCode', 'customer.name']);
    expect(Number((await s.sql(`SELECT COUNT(*) AS n FROM ${table('customer')}`))[0].n)).toBe(
      before,
    );
  });

  it('returns the same failures on update', async () => {
    const created = (
      await s.gql(
        CREATE_CUSTOMER,
        { c: { kind: 'INDIVIDUAL', name: '孙七', customFields: { ...good, licence: 'L-002' } } },
        { token: admin },
      )
    ).data.createOneCustomer;
    const res = await s.gql(
      UPDATE_CUSTOMER,
      { i: { id: created.id, version: created.version, update: { customFields: bad } } },
      { token: admin },
    );
    expect(fieldsOf(res).map((f) => f.replace(/^update\./, 'customer.'))).toEqual(expected);
    const cleared = await s.gql(
      UPDATE_CUSTOMER,
      {
        i: {
          id: created.id,
          version: created.version,
          update: { customFields: { nickname: null } },
        },
      },
      { token: admin },
    );
    expect(fieldsOf(cleared)).toEqual(['update.nickname']);
    const dup = await s.gql(
      UPDATE_CUSTOMER,
      {
        i: {
          id: created.id,
          version: created.version,
          update: { customFields: { licence: 'L-001' } },
        },
      },
      { token: admin },
    );
    expect(fieldsOf(dup)).toEqual(['update.licence']);
    const ok = await s.gql(
      UPDATE_CUSTOMER,
      {
        i: {
          id: created.id,
          version: created.version,
          update: { customFields: { licence: 'L-002', stars: 5 } },
        },
      },
      { token: admin },
    );
    expect(ok.data.updateOneCustomer.customFields.stars).toBe(5);
  });

  it('accepts a valid credit code and refuses a bad checksum', async () => {
    const code = completeCreditCode('91310000MA1FL0000');
    const ok = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'ENTERPRISE', name: '上海某某科技有限公司', creditCode: code } },
      { token: admin },
    );
    expect(ok.errors).toBeUndefined();
    const again = await s.gql(
      CREATE_CUSTOMER,
      { c: { kind: 'ENTERPRISE', name: '另一家', creditCode: code } },
      { token: admin, lang: 'zh-CN' },
    );
    expect(fieldsOf(again)).toEqual(['customer.creditCode']);
  });

  it('refuses a type change while values exist, and deactivating hides a field but keeps its values', async () => {
    const change = await s.gql(
      `mutation($i: UpdateOneFieldDefinitionInput!) { updateOneFieldDefinition(input: $i) { type } }`,
      { i: { id: fieldIds.headcount, update: { type: 'TEXT' } } },
      { token: admin },
    );
    expect(change.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    const off = await s.gql(
      `mutation($i: UpdateOneFieldDefinitionInput!) { updateOneFieldDefinition(input: $i) { active } }`,
      { i: { id: fieldIds.vip, update: { active: false } } },
      { token: admin },
    );
    expect(off.data.updateOneFieldDefinition.active).toBe(false);
    const card = await s.gql(`{ dataCard(kind: INDIVIDUAL) { key } }`, {}, { token: admin });
    expect(card.data.dataCard.map((f: { key: string }) => f.key)).not.toContain('vip');
    const rows = await s.sql(`SELECT COUNT(*) AS n FROM customer_field_value WHERE field_id = ?`, [
      Number(fieldIds.vip),
    ]);
    expect(Number(rows[0].n)).toBeGreaterThan(0);
  });
});

describe('batched labels', () => {
  it('resolves 6 select labels for 200 customers in the same number of statements as for 5', async () => {
    const roleId = await createRole(s, admin, 'batch-admin', ['customer.create'], 'ALL');
    await createUser(s, admin, 'batcher', [roleId]);
    const token = await s.login('batcher', 'Passw0rd!');
    const values = {
      kind: 'ENTERPRISE',
      region: 'guangdong',
      industry: 'I',
      scale: 'range_100_499',
      nature: 'private',
      source: 'exhibition',
      grade: 'A',
    };
    for (let i = 0; i < 200; i += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          s.gql(CREATE_CUSTOMER, { c: { ...values, name: `批量客户${i + j}` } }, { token }),
        ),
      );
    }
    const Q = `query($n: Int) { customers(paging: { limit: $n }, filter: { name: { like: "批量客户%" } }) { nodes { region { label } industry { label } scale { label } nature { label } source { label } grade { label color } } } }`;
    await s.gql(Q, { n: 1 }, { token });
    const five = await s.gql(Q, { n: 5 }, { token });
    const many = await s.gql(Q, { n: 200 }, { token, lang: 'en' });
    expect(many.data.customers.nodes).toHaveLength(200);
    expect(many.data.customers.nodes[199].region.label).toBe('Guangdong');
    expect(many.statements).toBe(five.statements);
    expect(many.statements).toBeLessThanOrEqual(4);
  });
});
