// The scenarios: one GraphQL document each (what Dossier is asked) and the variables per request,
// picked once per run from the bench database in a fixed order (so every run asks the same things).
// The raw baseline answers the same variables at POST /bench/<handler> with the same JSON.
import { AREA_CODES, CITIES, WORDS, mulberry32 } from './dataset.mjs';

const DICT = 'code labelZh labelEn';

export const QUERIES = {
  list: `query BenchList($regions: [ID!]!) {
  customers(filter: { regionId: { in: $regions } }, sorting: [{ field: lastTransactionOn, direction: DESC }], paging: { limit: 20 }) {
    totalCount
    nodes {
      id number name kind status lastTransactionOn totalAmount
      owner { id displayName }
      region { ${DICT} } grade { ${DICT} } category { ${DICT} } industry { ${DICT} } importance { ${DICT} }
      contacts { id name title isPrimary }
    }
  }
}`,
  detail: `query BenchDetail($id: ID!) {
  customer(id: $id) {
    id number name kind status
    region { ${DICT} } grade { ${DICT} }
    owner { id displayName }
    contacts { id name title isPrimary }
    relationships { direction label other { __typename ... on Customer { id name } ... on Contact { id name } } }
    followups(limit: 10) { id happenedAt content method { ${DICT} } user { id displayName } }
    transactionSummary { count totalAmount firstOn lastOn }
  }
}`,
  graph: `query BenchGraph($id: ID!) {
  relationshipGraph(rootType: CUSTOMER, rootId: $id, depth: 3, limit: 200) {
    truncated
    nodes { key kind id label depth }
    edges { id from to }
  }
}`,
  search: `query BenchSearch($q: String!) {
  customers(search: $q, paging: { limit: 20 }) { totalCount nodes { id number name phone } }
}`,
  write: `mutation BenchWrite($customerId: ID!, $content: String!, $method: String, $milestone: String) {
  createOneFollowup(input: { followup: { customerId: $customerId, content: $content, method: $method, milestone: $milestone } }) { id customerId content }
}`,
};

/**
 * Measured units: search is three (name, phone, number), each its own row in the results.
 * `handler` is the baseline's handler and the GraphQL document.
 */
export const UNITS = [
  { name: 'list', scenario: 'list', handler: 'list' },
  { name: 'detail', scenario: 'detail', handler: 'detail' },
  { name: 'graph', scenario: 'graph', handler: 'graph' },
  { name: 'search:name', scenario: 'search', handler: 'search' },
  { name: 'search:phone', scenario: 'search', handler: 'search' },
  { name: 'search:number', scenario: 'search', handler: 'search' },
  { name: 'write', scenario: 'write', handler: 'write' },
];

const HOW_MANY = 200;

/** Variables per unit and user, read from the database (`query(sql, params)` → rows). */
export async function pickInputs(query, users) {
  const inputs = {};
  const regions = await query(
    `SELECT p.id AS province, r.id AS region FROM dictionary_item p JOIN dictionary_item r ON r.id = p.parent_id JOIN dictionary_type t ON t.id = r.type_id
     WHERE t.code = 'region' ORDER BY r.sort_order, r.id, p.id`,
  );
  const byRegion = new Map();
  for (const row of regions)
    byRegion.set(row.region, [...(byRegion.get(row.region) ?? []), String(row.province)]);
  const regionSets = [...byRegion.values()].map((provinces) => ({ regions: provinces }));

  const random = mulberry32(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const names = Array.from({ length: 50 }, () => ({ q: `${pick(CITIES)}${pick(WORDS)}` }));
  const phones = Array.from({ length: 50 }, () => ({
    q: `${pick(AREA_CODES)}-${Math.floor(60 + random() * 30)}`,
  }));
  const [{ n }] = await query("SELECT COUNT(*) AS n FROM customer WHERE kind = 'ENTERPRISE'");
  // Number prefixes with 4 of the 6 digits: each matches up to 100 enterprise numbers.
  const numbers = Array.from({ length: 50 }, () => ({
    q: `客户-2020-${String(1 + Math.floor(random() * Number(n)))
      .padStart(6, '0')
      .slice(0, 4)}`,
  }));

  for (const [who, user] of Object.entries(users)) {
    const readable = await readableIds(query, user);
    const spread = (ids) =>
      ids.length <= HOW_MANY
        ? ids
        : Array.from({ length: HOW_MANY }, (_, i) => ids[Math.floor((i * ids.length) / HOW_MANY)]);
    const editable =
      user.dataScope === 'ALL'
        ? readable
        : (
            await query(
              'SELECT id FROM customer WHERE owner_id = ? AND deleted_at IS NULL ORDER BY id',
              [user.id],
            )
          ).map((r) => Number(r.id));
    const roots = await wellConnected(query, readable);
    inputs[who] = {
      list: regionSets,
      detail: spread(readable).map((id) => ({ id: String(id) })),
      graph: roots.map((id) => ({ id: String(id) })),
      'search:name': names,
      'search:phone': phones,
      'search:number': numbers,
      write: spread(editable).map((id, i) => ({
        customerId: String(id),
        content: `基准跟进 ${i}`,
        method: 'phone',
        milestone: 'first_contact',
      })),
    };
  }
  return inputs;
}

/** Customer ids the user may read, as the policy says (ALL: every live customer). */
async function readableIds(query, user) {
  if (user.dataScope === 'ALL')
    return (await query('SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id')).map((r) =>
      Number(r.id),
    );
  const rows = await query(
    `SELECT c.id FROM customer c WHERE c.deleted_at IS NULL AND (c.owner_id = ? OR EXISTS (SELECT 1 FROM customer_member m WHERE m.customer_id = c.id AND m.user_id = ?)
       OR EXISTS (SELECT 1 FROM customer_grant g WHERE g.customer_id = c.id AND g.revoked_at IS NULL AND g.expires_at > ? AND (g.user_id = ? OR g.department_id = ?))) ORDER BY c.id`,
    [
      user.id,
      user.id,
      new Date().toISOString().replace('T', ' ').replace('Z', ''),
      user.id,
      user.departmentId ?? -1,
    ],
  );
  return rows.map((r) => Number(r.id));
}

/** Graph roots: the 50 best-connected readable customers (customer–customer edges). */
async function wellConnected(query, readable) {
  const rows = await query(
    `SELECT id, COUNT(*) AS degree FROM (SELECT from_id AS id FROM relationship WHERE from_kind = 'CUSTOMER' AND to_kind = 'CUSTOMER'
       UNION ALL SELECT to_id AS id FROM relationship WHERE from_kind = 'CUSTOMER' AND to_kind = 'CUSTOMER') e GROUP BY id`,
  );
  const ok = new Set(readable);
  return rows
    .map((r) => ({ id: Number(r.id), degree: Number(r.degree) }))
    .filter((r) => ok.has(r.id))
    .sort((a, b) => b.degree - a.degree || a.id - b.id)
    .slice(0, 50)
    .map((r) => r.id);
}
