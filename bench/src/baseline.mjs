// The raw baseline: the limit Dossier's GraphQL stack is measured against. A minimal node:http
// server with a mysql2 pool and one hand-written-SQL handler per scenario, returning the same JSON
// as the GraphQL queries in scenarios.mjs, under the same permission predicate (customerScope).
//
//   POST /bench/<scenario>   body: the scenario's variables   authorization: Bearer <username>
//
// Like Dossier it loads the caller on every request (so a deactivated user is refused at once) and
// keeps the dictionaries and the department tree in memory. It counts its statements per request
// and sends them as `x-statement-count`.
import http from 'node:http';
import shared from '@dossier/shared';
import mysql from 'mysql2/promise';
import { mysqlOptions } from './db.mjs';

const PAGE = 20;
const SCOPE_RANK = { SELF: 0, DEPT: 1, DEPT_AND_BELOW: 2, ALL: 3 };

/**
 * The access policy as SQL on customer rows (`alias`), mirroring customerScopePredicate in
 * server/src/modules/access/access-policy.ts: ALL sees everything; otherwise owner, team member,
 * an active grant to the caller or the caller's department, or the department scope. Two forms of
 * the same rule, built from the same parts:
 *  - `sql`: a predicate, for one row or a few ids (detail, graph, write);
 *  - `ids`: the readable ids as a derived table (a UNION of index lookups), for lists, which join
 *    it instead of testing every row (`null` when everything is readable).
 * (Territory rules will add one more part here: `<column> IN (<expanded item ids>)`.)
 */
export function customerScope(caller, alias, departments, mode = 'read') {
  if (caller.dataScope === 'ALL') return { sql: '1 = 1', ids: null, params: {} };
  const params = {
    scopeMe: caller.userId,
    scopeNow: new Date(),
    scopeOwnDept: caller.departmentId ?? -1,
  };
  const memberLevel = mode === 'edit' ? ` AND scope_m.level = 'EDIT'` : '';
  const grantLevel = mode === 'edit' ? ` AND scope_g.level = 'EDIT'` : '';
  const member = `FROM customer_member scope_m WHERE scope_m.user_id = :scopeMe${memberLevel}`;
  const grant = `FROM customer_grant scope_g WHERE scope_g.revoked_at IS NULL AND scope_g.expires_at > :scopeNow AND (scope_g.user_id = :scopeMe OR scope_g.department_id = :scopeOwnDept)${grantLevel}`;
  const parts = [
    `${alias}.owner_id = :scopeMe`,
    `EXISTS (SELECT 1 ${member} AND scope_m.customer_id = ${alias}.id)`,
    `EXISTS (SELECT 1 ${grant} AND scope_g.customer_id = ${alias}.id)`,
  ];
  const sets = [
    'SELECT scope_o.id FROM customer scope_o WHERE scope_o.owner_id = :scopeMe',
    `SELECT scope_m.customer_id ${member}`,
    `SELECT scope_g.customer_id ${grant}`,
  ];
  if (caller.departmentId && caller.dataScope === 'DEPT_AND_BELOW') {
    parts.push(`${alias}.department_id IN (:scopeDepts)`);
    sets.push(
      'SELECT scope_d.id FROM customer scope_d WHERE scope_d.department_id IN (:scopeDepts)',
    );
    params.scopeDepts = subtree(departments, caller.departmentId);
  } else if (caller.departmentId && caller.dataScope === 'DEPT') {
    parts.push(`${alias}.department_id = :scopeDept`);
    sets.push('SELECT scope_d.id FROM customer scope_d WHERE scope_d.department_id = :scopeDept');
    params.scopeDept = caller.departmentId;
  }
  return { sql: `(${parts.join(' OR ')})`, ids: `(${sets.join(' UNION ')})`, params };
}

/** `FROM customer c` joined to the readable ids (or alone for ALL), and the predicate left for WHERE. */
function readableCustomers(scope) {
  return scope.ids
    ? { from: `customer c JOIN ${scope.ids} scope_ids ON scope_ids.id = c.id`, where: '1 = 1' }
    : { from: 'customer c', where: scope.sql };
}

function subtree(departments, rootId) {
  const out = [rootId];
  for (let i = 0; i < out.length; i++)
    for (const d of departments) if (d.parent_id === out[i]) out.push(d.id);
  return out;
}

/** A query runner for one request: counts statements. */
function requestDb(pool) {
  const counter = { statements: 0 };
  return {
    counter,
    async q(sql, params = {}, conn = pool) {
      counter.statements++;
      const [rows] = await conn.query(sql, params);
      return rows;
    },
  };
}

export async function createBaseline(url) {
  const pool = mysql.createPool({
    ...mysqlOptions(url),
    connectionLimit: 10,
    namedPlaceholders: true,
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  // Cached for the life of the process, as Dossier caches its dictionary snapshot and department tree.
  const [items] = await pool.query(
    'SELECT i.id, i.code, i.label_zh, i.label_en, i.attributes, t.code AS type FROM dictionary_item i JOIN dictionary_type t ON t.id = i.type_id',
  );
  const dict = new Map(
    items.map((i) => [i.id, { ...i, attributes: i.attributes ? JSON.parse(i.attributes) : {} }]),
  );
  const dictByCode = new Map(items.map((i) => [`${i.type}:${i.code}`, i.id]));
  const [departments] = await pool.query('SELECT id, parent_id FROM department');
  const label = (id) => {
    const it = id ? dict.get(id) : null;
    return it ? { code: it.code, labelZh: it.label_zh, labelEn: it.label_en } : null;
  };

  async function callerOf(db, req) {
    const username = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!username) return null;
    const rows = await db.q(
      'SELECT u.id, u.display_name, u.department_id, r.data_scope FROM `user` u JOIN user_role ur ON ur.user_id = u.id JOIN role r ON r.id = ur.role_id WHERE u.username = :username AND u.active = 1',
      { username },
    );
    if (!rows.length) return null;
    const dataScope = rows
      .map((r) => r.data_scope)
      .sort((a, b) => SCOPE_RANK[b] - SCOPE_RANK[a])[0];
    return {
      userId: rows[0].id,
      name: rows[0].display_name,
      departmentId: rows[0].department_id,
      dataScope,
    };
  }

  async function contactsOf(db, customerIds) {
    if (!customerIds.length) return new Map();
    const rows = await db.q(
      `SELECT cc.customer_id, cc.is_primary, ct.id, ct.name, ct.title FROM customer_contact cc JOIN contact ct ON ct.id = cc.contact_id AND ct.deleted_at IS NULL
       WHERE cc.customer_id IN (:customerIds) ORDER BY cc.customer_id, cc.is_primary DESC, ct.id`,
      { customerIds },
    );
    const out = new Map(customerIds.map((id) => [id, []]));
    for (const r of rows)
      out
        .get(r.customer_id)
        .push({ id: String(r.id), name: r.name, title: r.title, isPrimary: !!r.is_primary });
    return out;
  }

  /** Which nodes the caller may read, with their labels: one statement per kind. */
  /** Readable nodes with their labels: customers by id, then contacts by id, at most `max`. */
  async function readableNodes(db, caller, nodes, max) {
    const found = { customers: [], contacts: [] };
    const limit = max === undefined ? '' : ` LIMIT ${Number(max)}`;
    const customers = [...new Set(nodes.filter((n) => n.kind === 'CUSTOMER').map((n) => n.id))];
    const contacts = [...new Set(nodes.filter((n) => n.kind === 'CONTACT').map((n) => n.id))];
    const work = [];
    if (customers.length) {
      const s = customerScope(caller, 'c', departments);
      work.push(
        db
          .q(
            `SELECT c.id, c.name FROM customer c WHERE c.id IN (:customers) AND c.deleted_at IS NULL AND ${s.sql} ORDER BY c.id${limit}`,
            { customers, ...s.params },
          )
          .then((rows) => rows.forEach((r) => found.customers.push([`CUSTOMER:${r.id}`, r.name]))),
      );
    }
    if (contacts.length) {
      const s = customerScope(caller, 'scope_c', departments);
      work.push(
        db
          .q(
            `SELECT ct.id, ct.name FROM contact ct WHERE ct.id IN (:contacts) AND ct.deleted_at IS NULL AND EXISTS (SELECT 1 FROM customer_contact scope_cc INNER JOIN customer scope_c ON scope_c.id = scope_cc.customer_id WHERE scope_cc.contact_id = ct.id AND scope_c.deleted_at IS NULL AND ${s.sql}) ORDER BY ct.id${limit}`,
            { contacts, ...s.params },
          )
          .then((rows) => rows.forEach((r) => found.contacts.push([`CONTACT:${r.id}`, r.name]))),
      );
    }
    await Promise.all(work);
    return new Map([...found.customers, ...found.contacts].slice(0, max));
  }

  async function edgesTouching(db, nodes) {
    const cu = nodes.filter((n) => n.kind === 'CUSTOMER').map((n) => n.id);
    const co = nodes.filter((n) => n.kind === 'CONTACT').map((n) => n.id);
    const ors = [];
    if (cu.length)
      ors.push(
        `(r.from_kind = 'CUSTOMER' AND r.from_id IN (:cu)) OR (r.to_kind = 'CUSTOMER' AND r.to_id IN (:cu))`,
      );
    if (co.length)
      ors.push(
        `(r.from_kind = 'CONTACT' AND r.from_id IN (:co)) OR (r.to_kind = 'CONTACT' AND r.to_id IN (:co))`,
      );
    if (!ors.length) return [];
    return db.q(
      `SELECT r.id, r.type_id, r.from_kind, r.from_id, r.to_kind, r.to_id FROM relationship r WHERE ${ors.join(' OR ')} ORDER BY r.id`,
      { cu, co },
    );
  }

  const handlers = {
    /** A page of 20 in some regions, newest transaction first, with totalCount, labels, owner and contacts. */
    async list(db, caller, { regions }) {
      const s = customerScope(caller, 'c', departments);
      const r = readableCustomers(s);
      const where = `c.deleted_at IS NULL AND c.region_id IN (:regions) AND ${r.where}`;
      const params = { regions: regions.map(Number), ...s.params };
      const [page, [{ n }]] = await Promise.all([
        db.q(
          `SELECT c.id, c.number, c.name, c.kind, c.status, c.last_transaction_on, c.total_amount, c.owner_id, u.display_name AS owner_name,
             c.region_id, c.grade_id, c.category_id, c.industry_id, c.importance_id
           FROM ${r.from} LEFT JOIN \`user\` u ON u.id = c.owner_id WHERE ${where} ORDER BY c.last_transaction_on DESC, c.id DESC LIMIT ${PAGE}`,
          params,
        ),
        db.q(`SELECT COUNT(*) AS n FROM ${r.from} WHERE ${where}`, params),
      ]);
      const contacts = await contactsOf(
        db,
        page.map((c) => c.id),
      );
      return {
        customers: {
          totalCount: Number(n),
          nodes: page.map((c) => ({
            id: String(c.id),
            number: c.number,
            name: c.name,
            kind: c.kind,
            status: c.status,
            lastTransactionOn: c.last_transaction_on,
            totalAmount: c.total_amount,
            owner: c.owner_id ? { id: String(c.owner_id), displayName: c.owner_name } : null,
            region: label(c.region_id),
            grade: label(c.grade_id),
            category: label(c.category_id),
            industry: label(c.industry_id),
            importance: label(c.importance_id),
            contacts: contacts.get(c.id),
          })),
        },
      };
    },

    /** One customer with contacts, relationships (the other end), the last 10 follow-ups and transaction totals. */
    async detail(db, caller, { id }) {
      const s = customerScope(caller, 'c', departments);
      const [c] = await db.q(
        `SELECT c.id, c.number, c.name, c.kind, c.status, c.region_id, c.grade_id, c.owner_id, u.display_name AS owner_name,
           c.transaction_count, c.total_amount, c.first_transaction_on, c.last_transaction_on
         FROM customer c LEFT JOIN \`user\` u ON u.id = c.owner_id WHERE c.id = :id AND c.deleted_at IS NULL AND ${s.sql}`,
        { id: Number(id), ...s.params },
      );
      if (!c) return notFound('Customer', id);
      const node = { kind: 'CUSTOMER', id: c.id };
      const [contacts, edges, followups] = await Promise.all([
        contactsOf(db, [c.id]),
        edgesTouching(db, [node]).then(async (rows) => {
          const readable = await readableNodes(
            db,
            caller,
            rows.flatMap((r) => [
              { kind: r.from_kind, id: r.from_id },
              { kind: r.to_kind, id: r.to_id },
            ]),
          );
          const out = [];
          for (const r of rows) {
            const type = dict.get(r.type_id);
            const attrs = type?.attributes ?? {};
            for (const [direction, mine, other] of [
              ['OUTGOING', [r.from_kind, r.from_id], [r.to_kind, r.to_id]],
              ['INCOMING', [r.to_kind, r.to_id], [r.from_kind, r.from_id]],
            ]) {
              const otherKey = `${other[0]}:${other[1]}`;
              if (mine[0] !== 'CUSTOMER' || mine[1] !== c.id || !readable.has(otherKey)) continue;
              out.push({
                direction,
                label:
                  direction === 'OUTGOING' ? type?.label_zh : (attrs.inverseZh ?? type?.label_zh),
                other: {
                  __typename: other[0] === 'CUSTOMER' ? 'Customer' : 'Contact',
                  id: String(other[1]),
                  name: readable.get(otherKey),
                },
              });
            }
          }
          return out;
        }),
        db.q(
          `SELECT f.id, f.happened_at, f.content, f.method_id, f.user_id, u.display_name FROM followup f LEFT JOIN \`user\` u ON u.id = f.user_id
           WHERE f.customer_id = :id ORDER BY f.happened_at DESC, f.id DESC LIMIT 10`,
          { id: c.id },
        ),
      ]);
      return {
        customer: {
          id: String(c.id),
          number: c.number,
          name: c.name,
          kind: c.kind,
          status: c.status,
          region: label(c.region_id),
          grade: label(c.grade_id),
          owner: c.owner_id ? { id: String(c.owner_id), displayName: c.owner_name } : null,
          contacts: contacts.get(c.id),
          relationships: edges,
          followups: followups.map((f) => ({
            id: String(f.id),
            happenedAt: f.happened_at.toISOString(),
            content: f.content,
            method: label(f.method_id),
            user: { id: String(f.user_id), displayName: f.display_name },
          })),
          transactionSummary: {
            count: c.transaction_count,
            totalAmount: c.total_amount,
            firstOn: c.first_transaction_on,
            lastOn: c.last_transaction_on,
          },
        },
      };
    },

    /** relationshipGraph: the same batched frontier expansion, through readable nodes only. */
    async graph(db, caller, { id, depth = 3, limit = 200 }) {
      const root = { kind: 'CUSTOMER', id: Number(id) };
      const labels = await readableNodes(db, caller, [root]);
      if (!labels.has(`CUSTOMER:${root.id}`)) return notFound('Customer', id);
      const depthOf = new Map([[`CUSTOMER:${root.id}`, 0]]);
      const edges = new Map();
      let frontier = [root];
      let truncated = false;
      for (let level = 1; level <= depth && frontier.length && !truncated; level++) {
        const rows = await edgesTouching(db, frontier);
        const unseen = new Map();
        for (const r of rows) {
          for (const end of [
            { kind: r.from_kind, id: r.from_id },
            { kind: r.to_kind, id: r.to_id },
          ]) {
            const key = `${end.kind}:${end.id}`;
            if (!depthOf.has(key)) unseen.set(key, end);
          }
        }
        const room = limit - depthOf.size;
        const readable = unseen.size
          ? [...(await readableNodes(db, caller, [...unseen.values()], room + 1))]
          : [];
        truncated = readable.length > room;
        const next = [];
        for (const [key, label] of readable.slice(0, room)) {
          depthOf.set(key, level);
          labels.set(key, label);
          next.push(unseen.get(key));
        }
        for (const r of rows)
          if (depthOf.has(`${r.from_kind}:${r.from_id}`) && depthOf.has(`${r.to_kind}:${r.to_id}`))
            edges.set(r.id, r);
        frontier = next;
      }
      const nodes = [...depthOf]
        .map(([key, d]) => ({
          key,
          kind: key.split(':')[0],
          id: key.split(':')[1],
          label: labels.get(key),
          depth: d,
        }))
        .sort((a, b) => a.depth - b.depth || a.key.localeCompare(b.key));
      return {
        relationshipGraph: {
          truncated,
          nodes,
          edges: [...edges.values()].map((r) => ({
            id: String(r.id),
            from: `${r.from_kind}:${r.from_id}`,
            to: `${r.to_kind}:${r.to_id}`,
          })),
        },
      };
    },

    /** Quick search: name or former name contains, number or phone starts with; page of 20 and totalCount. */
    async search(db, caller, { q }) {
      const s = customerScope(caller, 'c', departments);
      const r = readableCustomers(s);
      const text = String(q)
        .trim()
        .replace(/[!%_]/g, (ch) => `!${ch}`);
      // Candidates through the name-piece index (as the server keeps it), the number and the phone index.
      const tokens = shared.queryTokens(String(q));
      const names = tokens.length
        ? `SELECT t0.customer_id AS id FROM customer_name_token t0 ${tokens
            .slice(1)
            .map(
              (_, i) =>
                `JOIN customer_name_token t${i + 1} ON t${i + 1}.customer_id = t0.customer_id AND t${i + 1}.token = :token${i + 1}`,
            )
            .join(' ')} WHERE t0.token = :token0 UNION `
        : null;
      const candidates = names
        ? ` AND c.id IN (SELECT id FROM (${names}SELECT id FROM customer WHERE number LIKE :prefix ESCAPE '!' UNION SELECT id FROM customer WHERE phone LIKE :prefix ESCAPE '!') search_ids)`
        : '';
      const where = `c.deleted_at IS NULL AND ${r.where} AND (c.name LIKE :contains ESCAPE '!' OR c.number LIKE :prefix ESCAPE '!' OR c.phone LIKE :prefix ESCAPE '!' OR EXISTS (SELECT 1 FROM customer_former_name fn WHERE fn.customer_id = c.id AND fn.name LIKE :contains ESCAPE '!'))${candidates}`;
      const params = {
        contains: `%${text}%`,
        prefix: `${text}%`,
        ...Object.fromEntries(tokens.map((t, i) => [`token${i}`, t])),
        ...s.params,
      };
      const [page, [{ n }]] = await Promise.all([
        db.q(
          `SELECT c.id, c.number, c.name, c.phone FROM ${r.from} WHERE ${where} ORDER BY c.id DESC LIMIT ${PAGE}`,
          params,
        ),
        db.q(`SELECT COUNT(*) AS n FROM ${r.from} WHERE ${where}`, params),
      ]);
      return {
        customers: {
          totalCount: Number(n),
          nodes: page.map((c) => ({
            id: String(c.id),
            number: c.number,
            name: c.name,
            phone: c.phone,
          })),
        },
      };
    },

    /** createOneFollowup: edit access checked in SQL, row lock, insert, last follow-up and an audit row, in one transaction. */
    async write(db, caller, { customerId, content, method, milestone }) {
      const conn = await pool.getConnection();
      try {
        await conn.beginTransaction();
        const s = customerScope(caller, 'c', departments, 'edit');
        const [c] = await db.q(
          `SELECT c.id FROM customer c WHERE c.id = :id AND c.deleted_at IS NULL AND ${s.sql}`,
          { id: Number(customerId), ...s.params },
          conn,
        );
        if (!c) {
          await conn.rollback();
          return notFound('Customer', customerId);
        }
        const at = new Date();
        const row = {
          customerId: c.id,
          contactId: null,
          userId: caller.userId,
          happenedAt: at,
          methodId: dictByCode.get(`followup_method:${method}`) ?? null,
          content: String(content).trim(),
          feedback: null,
          nextStep: null,
          nextDate: null,
          milestoneId: dictByCode.get(`followup_milestone:${milestone}`) ?? null,
        };
        // Takes the row lock and keeps last_followup_at in one statement (an insert can only move it forward).
        await db.q(
          'UPDATE customer SET last_followup_at = GREATEST(COALESCE(last_followup_at, :at), :at) WHERE id = :id',
          { at, id: c.id },
          conn,
        );
        const [ins] = await conn.query(
          'INSERT INTO followup (customer_id, contact_id, user_id, happened_at, method_id, content, milestone_id, created_at) VALUES (:customerId, NULL, :userId, :happenedAt, :methodId, :content, :milestoneId, :happenedAt)',
          row,
        );
        db.counter.statements++;
        const diff = Object.fromEntries(
          Object.entries(row)
            .filter(([, v]) => v !== null)
            .map(([k, v]) => [k, { to: v instanceof Date ? v.toISOString() : v }]),
        );
        await db.q(
          "INSERT INTO audit_log (`at`, actor_id, actor_name, action, entity, entity_id, diff, ip) VALUES (:at, :actor, :name, 'followup.create', 'Followup', :entityId, :diff, :ip)",
          {
            at,
            actor: caller.userId,
            name: caller.name,
            entityId: String(ins.insertId),
            diff: JSON.stringify(diff),
            ip: '127.0.0.1',
          },
          conn,
        );
        await conn.commit();
        db.counter.statements += 2; // BEGIN and COMMIT are statements too (Dossier counts them)
        return {
          createOneFollowup: {
            id: String(ins.insertId),
            customerId: String(c.id),
            content: row.content,
          },
        };
      } catch (err) {
        await conn.rollback().catch(() => {});
        throw err;
      } finally {
        conn.release();
      }
    },
  };

  const server = http.createServer(async (req, res) => {
    if (req.url === '/healthz') return void res.end('ok');
    const name = /^\/bench\/(\w+)$/.exec(req.url ?? '')?.[1];
    const handler = name && handlers[name];
    if (!handler || req.method !== 'POST') {
      res.statusCode = 404;
      return void res.end();
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const db = requestDb(pool);
    let status = 200;
    let body;
    try {
      const variables = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const caller = await callerOf(db, req);
      body = caller
        ? wrap(await handler(db, caller, variables))
        : { errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] };
    } catch (err) {
      status = 500;
      body = { errors: [{ message: String(err?.message ?? err) }] };
    }
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-statement-count': String(db.counter.statements),
    });
    res.end(JSON.stringify(body));
  });
  return { server, pool };
}

function notFound(entity, id) {
  return { __error: { message: `${entity} ${id} not found`, extensions: { code: 'NOT_FOUND' } } };
}

function wrap(result) {
  return result?.__error ? { data: null, errors: [result.__error] } : { data: result };
}

// Run as a process: `BENCH_DATABASE_URL=… PORT=… node bench/src/baseline.mjs`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, pool } = await createBaseline(process.env.BENCH_DATABASE_URL);
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT || 4711), '127.0.0.1');
  process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}
