import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server';

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div></body></html>';
const APP_JS = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;

let s: TestServer;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'dossier-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), INDEX_HTML);
  const js = path.join(dist, 'assets', 'app-abc123.js');
  writeFileSync(js, APP_JS);
  writeFileSync(`${js}.gz`, gzipSync(APP_JS));
  writeFileSync(`${js}.br`, brotliCompressSync(APP_JS));
  s = await startTestServer({ ADMIN_DIST: dist });
});
afterAll(async () => {
  await s?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** A raw request (fetch would negotiate and decode on its own). */
function get(
  pathname: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${s.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('console assets', () => {
  it('serves the brotli sibling of a hashed asset, cached immutably', async () => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.equals(brotliCompressSync(APP_JS))).toBe(true);
  });

  it('serves the gzip sibling to a client without brotli', async () => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(res.body).toString()).toBe(APP_JS);
  });

  it('serves the plain file to a client accepting no encoding', async () => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.toString()).toBe(APP_JS);
  });

  it('never lets index.html be cached without revalidation, direct or as the SPA fallback', async () => {
    for (const pathname of ['/index.html', '/', '/customers/show/42']) {
      const res = await get(pathname, { accept: 'text/html', 'accept-encoding': 'identity' });
      expect(res.status, pathname).toBe(200);
      expect(res.headers['cache-control'], pathname).toBe('no-cache');
      expect(res.body.toString(), pathname).toBe(INDEX_HTML);
    }
  });

  it('answers 404 for a missing hashed asset instead of the SPA page', async () => {
    const res = await get('/assets/gone-000000.js', { accept: '*/*' });
    expect(res.status).toBe(404);
    expect(res.headers['cache-control'] ?? '').not.toMatch(/immutable/);
    expect(res.body.toString()).not.toBe(INDEX_HTML);
  });
});

describe('GraphQL responses', () => {
  it('are gzip-compressed when the client asks', async () => {
    const token = await s.login();
    const query = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const res = await get(
      '/graphql',
      {
        'accept-encoding': 'gzip',
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      'POST',
      query,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    const body = JSON.parse(gunzipSync(res.body).toString());
    expect(body.data.__schema.types.length).toBeGreaterThan(10);
  });
});
