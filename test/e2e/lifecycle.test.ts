import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../helpers/test-server';

const root = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

describe('process lifecycle (built server, SQLite)', () => {
  it('stops with a clear message on bad configuration', async () => {
    const child = spawn(process.execPath, ['server/dist/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: 'eighty',
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dossier-bad-')),
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(2);
    expect(stderr).toContain('PORT must be an integer between 0 and 65535 (got "eighty")');
  });

  it('finishes an in-flight request on SIGTERM, then exits cleanly', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['server/dist/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dossier-term-')),
        DOSSIER_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOG_LEVEL: 'info',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    for (let i = 0; i < 250 && !out.includes('Dossier listening'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('Dossier listening');
    // A first request opens a kept-alive connection, so the next one is already connected when
    // the signal arrives; argon2 verification keeps it busy meanwhile.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(username: "admin", password: "${ADMIN_PASSWORD}") { token } }`,
      }),
    });
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { login: { token: string } } }).data.login.token).toMatch(
      /^ey/,
    );
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(0);
    expect(out).toContain('SIGTERM: draining requests');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 60_000);
});

describe('start-up with the database unreachable', () => {
  it('serves /healthz as 503 "starting" while it retries, then gives up with status 1', async () => {
    const [port, dbPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['server/dist/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        // Nothing listens there: every attempt is refused.
        DATABASE_URL: `mysql://root@127.0.0.1:${dbPort}/dossier`,
        DATABASE_STARTUP_TIMEOUT_SECONDS: '3',
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dossier-nodb-')),
        LOG_LEVEL: 'info',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    for (let i = 0; i < 100 && !out.includes('retrying'); i++)
      await new Promise((r) => setTimeout(r, 50));
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'starting' });
    const gql = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(gql.status).toBe(503);
    expect(
      ((await gql.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions
        .code,
    ).toBe('UNAVAILABLE');
    expect(await exited).toBe(1);
    const retries = out.split('\n').filter((l) => l.includes('unreachable at start-up'));
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(out).toContain('database not usable; stopping');
  }, 30_000);
});

describe('demo data (npm run seed:demo)', () => {
  it('creates a company with customers, people and activity once, and skips the second run', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-demo-'));
    const run = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['server/dist/scripts/seed-demo.js'], {
          cwd: root,
          env: {
            ...process.env,
            DATABASE_URL: '',
            DATA_DIR: dataDir,
            DOSSIER_ADMIN_PASSWORD: ADMIN_PASSWORD,
            DEMO_CUSTOMERS: '24',
          },
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('exit', (code) => resolve({ code, out }));
      });
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.out).toContain('24 customers');
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.out).toContain('nothing to do');
  }, 120_000);
});

describe('CORS allow-list', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ CORS_ORIGINS: 'https://crm.example.com' });
  });
  afterAll(() => s?.close());

  it('answers preflights for listed origins only', async () => {
    const allowed = await fetch(`${s.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://crm.example.com', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://crm.example.com');
    const other = await fetch(`${s.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
