import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

const MAX = 1024;
let s: TestServer;
let admin: string;
let staffRole: string;
beforeAll(async () => {
  s = await startTestServer({ MAX_UPLOAD_BYTES: String(MAX) });
  admin = await s.login();
  staffRole = await createRole(
    s,
    admin,
    '材料专员',
    ['customer.create', 'customer.update'],
    'SELF',
  );
});
afterAll(() => s?.close());

const CREATE_CUSTOMER = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
const DOC_FIELDS = `id fileName contentType size sha256 type { code label } uploadedBy { displayName } uploadedAt note downloadUrl`;
const LIST = `query($f: DocumentFilter) { documents(filter: $f, paging: { limit: 200 }) { nodes { ${DOC_FIELDS} } totalCount } }`;
const NESTED = `query($id: ID!) { customer(id: $id) { documents { id fileName } } }`;
const DELETE = `mutation($id: ID!) { deleteOneDocument(input: { id: $id }) { id fileName } }`;

interface UploadOptions {
  type?: string;
  note?: string;
  bytes?: Uint8Array;
  name?: string;
  contentType?: string;
  csrf?: boolean;
  lang?: string;
}

async function upload(token: string | null, customerId: string, options: UploadOptions = {}) {
  const form = new FormData();
  if (options.type !== undefined) form.append('type', options.type);
  if (options.note !== undefined) form.append('note', options.note);
  const bytes = options.bytes ?? new TextEncoder().encode('hello');
  form.append(
    'file',
    new Blob([bytes], { type: options.contentType ?? 'application/pdf' }),
    options.name ?? 'a.pdf',
  );
  const headers: Record<string, string> = { 'accept-language': options.lang ?? 'en' };
  if (options.csrf !== false) headers['x-dossier-csrf'] = '1';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${s.url}/files/customers/${customerId}/documents`, {
    method: 'POST',
    headers,
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function download(token: string | null, id: string) {
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${s.url}/files/documents/${id}`, { headers });
  return {
    status: res.status,
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

async function customer(token: string, name: string): Promise<string> {
  const res = await s.gql(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name } }, { token });
  if (!res.data?.createOneCustomer) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneCustomer.id;
}

async function staff(name: string) {
  await createUser(s, admin, name, [staffRole]);
  const token = await s.login(name, 'Passw0rd!');
  const id = (await s.gql(`{ me { id } }`, {}, { token })).data.me.id as string;
  return { token, id };
}

/** Every regular file under `<DATA_DIR>/files`. */
function storedFiles(): string[] {
  const root = path.join(s.dataDir, 'files');
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

const rowCount = async (customerId: string) =>
  Number(
    (
      await s.sql(`SELECT COUNT(*) AS n FROM customer_document WHERE customer_id = ?`, [
        Number(customerId),
      ])
    )[0].n,
  );
const auditRows = (action: string, entityId: string) =>
  s.sql<{ actor_name: string; diff: unknown }>(
    `SELECT actor_name, diff FROM ${table('audit_log')} WHERE action = ? AND entity = 'Document' AND entity_id = ?`,
    [action, entityId],
  );
const diffOf = (raw: unknown) =>
  (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;

describe('documents', () => {
  it('uploads, lists, nests and downloads a document, auditing upload and download', async () => {
    const c = await customer(admin, '材料客户');
    const bytes = randomBytes(700);
    const name = '合同 2025 "终版".pdf';
    const up = await upload(admin, c, { type: 'contract', note: ' 已盖章 ', bytes, name });
    expect(up.status).toBe(201);
    const doc = up.body;
    expect(doc).toMatchObject({
      customerId: c,
      fileName: name,
      contentType: 'application/pdf',
      size: 700,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      type: { code: 'contract', label: 'Contract' },
      uploadedBy: { displayName: '系统管理员' },
      note: '已盖章',
      downloadUrl: `/files/documents/${doc.id}`,
    });

    // Stored under a random key in a two-level fan-out, never under the client's name.
    const [key] = (
      await s.sql(`SELECT storage_key FROM customer_document WHERE id = ?`, [Number(doc.id)])
    ).map((r) => r.storage_key as string);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(storedFiles()).toContain(path.join(key.slice(0, 2), key.slice(2, 4), key));
    expect(storedFiles().some((f) => f.includes('合同'))).toBe(false);

    const list = await s.gql(LIST, { f: { customerId: { eq: c } } }, { token: admin });
    expect(list.errors).toBeUndefined();
    expect(list.data.documents.totalCount).toBe(1);
    expect(list.data.documents.nodes[0]).toMatchObject({
      id: doc.id,
      fileName: name,
      size: 700,
      type: { code: 'contract' },
      uploadedAt: doc.uploadedAt,
      downloadUrl: doc.downloadUrl,
      note: '已盖章',
    });
    const zh = await s.gql(LIST, { f: { id: { eq: doc.id } } }, { token: admin, lang: 'zh-CN' });
    expect(zh.data.documents.nodes[0].type.label).toBe('合同');

    const nested = await s.gql(NESTED, { id: c }, { token: admin });
    expect(nested.data.customer.documents).toEqual([{ id: doc.id, fileName: name }]);

    const got = await download(admin, doc.id);
    expect(got.status).toBe(200);
    expect(Buffer.from(got.bytes).equals(bytes)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = got.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; /);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);

    const uploads = await auditRows('document.upload', doc.id);
    expect(uploads).toHaveLength(1);
    const downloads = await auditRows('document.download', doc.id);
    expect(downloads).toHaveLength(1);
    expect(downloads[0].actor_name).toBe('系统管理员');
    expect(diffOf(downloads[0].diff)).toMatchObject({ customerId: Number(c) });

    // The column counts as usage of its dictionary item.
    const usage = await s.gql(
      `{ dictionary(code: "document_type") { tree { code usageCount } } }`,
      {},
      { token: admin },
    );
    const byCode = Object.fromEntries(
      (usage.data.dictionary.tree as { code: string; usageCount: number }[]).map((i) => [
        i.code,
        i.usageCount,
      ]),
    );
    expect(byCode.contract).toBe(1);
  });

  it('refuses a wrong dictionary code, a missing type or file, and requests without the CSRF header or a token', async () => {
    const c = await customer(admin, '校验材料客户');
    const before = storedFiles();

    const wrong = await upload(admin, c, { type: 'passport_scan' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'type',
    });
    const missingType = await upload(admin, c, {});
    expect(missingType.status).toBe(400);
    expect(missingType.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'type',
    });
    const longNote = await upload(admin, c, { type: 'other', note: 'x'.repeat(501) });
    expect(longNote.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });

    const noFile = await fetch(`${s.url}/files/customers/${c}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'x-dossier-csrf': '1' },
      body: (() => {
        const f = new FormData();
        f.append('type', 'other');
        return f;
      })(),
    });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as any).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
    });

    const noCsrf = await upload(admin, c, { type: 'other', csrf: false });
    expect(noCsrf.status).toBe(400);
    expect(noCsrf.body.errors[0].message).toContain('x-dossier-csrf');
    const anonymous = await upload(null, c, { type: 'other' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const missingCustomer = await upload(admin, '999999', { type: 'other' });
    expect(missingCustomer.status).toBe(404);

    expect(await rowCount(c)).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it('refuses a file over MAX_UPLOAD_BYTES with 413, storing nothing', async () => {
    const c = await customer(admin, '超限材料客户');
    const before = storedFiles();
    const big = await upload(admin, c, { type: 'invoice', bytes: randomBytes(MAX + 1) });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(big.body.errors[0].message).toBe('File must be at most 1 KB');
    const zh = await upload(admin, c, {
      type: 'invoice',
      bytes: randomBytes(5 * MAX),
      lang: 'zh-CN',
    });
    expect(zh.status).toBe(413);
    expect(zh.body.errors[0].message).toBe('文件 不能超过 1 KB');
    expect(await rowCount(c)).toBe(0);
    expect(storedFiles()).toEqual(before);
    // No temporary or partial files either, anywhere under the folder.
    expect(storedFiles().filter((f) => f.includes('.part'))).toEqual([]);

    // Exactly the limit is accepted.
    const edge = await upload(admin, c, { type: 'invoice', bytes: randomBytes(MAX) });
    expect(edge.status).toBe(201);
    expect(edge.body.size).toBe(MAX);
    expect(await rowCount(c)).toBe(1);
    expect(storedFiles()).toHaveLength(before.length + 1);
  });

  it("hides another user's documents from a SELF user, and lets a READ team member download but not upload", async () => {
    const alice = await staff('doc_alice');
    const bob = await staff('doc_bob');
    const bobs = await customer(bob.token, 'Bob 的材料客户');
    const shared = await customer(bob.token, 'Bob 共享材料客户');
    await s.gql(
      `mutation($c: ID!, $u: ID!) { setCustomerMember(customerId: $c, userId: $u, level: READ) { level } }`,
      { c: shared, u: alice.id },
      { token: bob.token },
    );

    const secret = await upload(bob.token, bobs, {
      type: 'contract',
      bytes: new TextEncoder().encode('secret'),
      name: 'secret.txt',
      contentType: 'text/plain',
    });
    expect(secret.status).toBe(201);
    const open = await upload(bob.token, shared, {
      type: 'quotation',
      bytes: new TextEncoder().encode('quote'),
      name: 'quote.txt',
      contentType: 'text/plain',
    });
    expect(open.status).toBe(201);
    const mine = await customer(alice.token, 'Alice 的材料客户');
    const own = await upload(alice.token, mine, { type: 'other', name: 'own.pdf' });
    expect(own.status).toBe(201);

    // Unreadable looks exactly like missing.
    const hidden = await download(alice.token, secret.body.id);
    expect(hidden.status).toBe(404);
    const missing = await download(alice.token, '999999');
    expect(missing.status).toBe(404);
    const hiddenBody = JSON.parse(Buffer.from(hidden.bytes).toString());
    const missingBody = JSON.parse(Buffer.from(missing.bytes).toString());
    expect(hiddenBody.errors[0].message).toBe(missingBody.errors[0].message);
    expect(hiddenBody.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(await auditRows('document.download', secret.body.id)).toHaveLength(0);

    const seen = await s.gql(LIST, {}, { token: alice.token });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.documents.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [open.body.id, own.body.id].sort(),
    );
    expect(seen.data.documents.totalCount).toBe(2);
    const filtered = await s.gql(LIST, { f: { customerId: { eq: bobs } } }, { token: alice.token });
    expect(filtered.data.documents.totalCount).toBe(0);

    // READ member: downloads, but cannot upload or delete.
    const readable = await download(alice.token, open.body.id);
    expect(readable.status).toBe(200);
    expect(Buffer.from(readable.bytes).toString()).toBe('quote');
    const refused = await upload(alice.token, shared, { type: 'other' });
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(DELETE, { id: open.body.id }, { token: alice.token }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await s.gql(DELETE, { id: secret.body.id }, { token: alice.token }))).toBe(
      'NOT_FOUND',
    );
    // Uploading to an unreadable customer is NOT_FOUND.
    expect((await upload(alice.token, bobs, { type: 'other' })).status).toBe(404);
    expect(await rowCount(shared)).toBe(1);
    expect(await rowCount(bobs)).toBe(1);
  });

  it('soft-deletes: the document disappears from lists and downloads, the row and file stay', async () => {
    const c = await customer(admin, '删除材料客户');
    const doc = (
      await upload(admin, c, {
        type: 'business_license',
        name: 'licence.png',
        contentType: 'image/png',
      })
    ).body;
    const files = storedFiles();
    const deleted = await s.gql(DELETE, { id: doc.id }, { token: admin });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteOneDocument).toEqual({ id: doc.id, fileName: 'licence.png' });

    expect(
      (await s.gql(LIST, { f: { customerId: { eq: c } } }, { token: admin })).data.documents
        .totalCount,
    ).toBe(0);
    expect((await s.gql(NESTED, { id: c }, { token: admin })).data.customer.documents).toEqual([]);
    expect((await download(admin, doc.id)).status).toBe(404);
    expect(errorCode(await s.gql(DELETE, { id: doc.id }, { token: admin }))).toBe('NOT_FOUND');
    const rows = await s.sql(`SELECT deleted_at FROM customer_document WHERE id = ?`, [
      Number(doc.id),
    ]);
    expect(rows[0].deleted_at).not.toBeNull();
    expect(await auditRows('document.delete', doc.id)).toHaveLength(1);
    expect(storedFiles()).toEqual(files);
  });
});
