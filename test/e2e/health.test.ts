import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DIALECT, type TestServer } from '../helpers/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());

describe('/healthz', () => {
  it('answers 200 with the database state while the database is up', async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up', dialect: TEST_DIALECT },
      requests: { inFlight: 0, queued: 0 },
    });
  });

  it('answers 503 once the database is unreachable', async () => {
    await s.app.dataSource.destroy();
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
  });
});

describe('/healthz on HEALTH_PORT', () => {
  it('answers on a port of its own as on the main one, and nothing else there', async () => {
    const h = await startTestServer({ HEALTH_PORT: '0' });
    try {
      const base = `http://127.0.0.1:${h.app.healthPort}`;
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
      expect((await fetch(`${base}/graphql`, { method: 'POST' })).status).toBe(404);
    } finally {
      await h.close();
    }
  });
});
