import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataSource } from '../db/data-source';
import { CacheRevisionPoller, RevisionedCache } from './revisioned-cache';

// Two "servers" share one real SQLite database: `writer` stands for server A (its own cache
// instance), `reader` and its poller for server B.
let dir: string;
let ds: DataSource;
let value = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-cache-'));
  const sqlitePath = path.join(dir, 'cache.sqlite');
  ds = createDataSource(
    { dialect: 'sqlite', url: `sqlite:${sqlitePath}`, sqlitePath },
    pino({ level: 'silent' }),
  );
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.query('CREATE TABLE probe (value integer NOT NULL)');
  await ds.query('INSERT INTO probe (value) VALUES (0)');
});

afterAll(async () => {
  await ds?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  value = 0;
  await ds.query('UPDATE probe SET value = 0');
  await ds.query(`DELETE FROM cache_revision WHERE name = 'probe'`);
});

const readProbe = async (d: DataSource) =>
  Number((await d.query('SELECT value FROM probe'))[0].value);

/** Server A's write: the value and the revision bump in one transaction. */
function writeOnA(next: number) {
  const writer = new RevisionedCache(ds, 'probe', readProbe);
  return writer.write((em) => em.query('UPDATE probe SET value = ?', [(value = next)]));
}

describe('RevisionedCache and its poller', () => {
  it('reloads on the next poll when a write commits after the revision read, during the load', async () => {
    let afterRead: (() => Promise<unknown>) | undefined;
    const loads = vi.fn(async (d: DataSource) => {
      const read = await readProbe(d);
      const hook = afterRead;
      afterRead = undefined;
      await hook?.(); // A's write commits after B read the old value
      return read;
    });
    const reader = new RevisionedCache(ds, 'probe', loads);
    const poller = new CacheRevisionPoller(ds, [reader as RevisionedCache<unknown>]);
    await poller.poll();

    afterRead = () => writeOnA(1);
    expect(await reader.get()).toBe(0);
    expect(value).toBe(1);

    await poller.poll();
    expect(await reader.get()).toBe(1);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it('drops a snapshot loaded before the first poll (the start-up race), then keeps an unchanged one', async () => {
    const loads = vi.fn(readProbe);
    const reader = new RevisionedCache(ds, 'probe', loads);
    const poller = new CacheRevisionPoller(ds, [reader as RevisionedCache<unknown>]);
    expect(await reader.get()).toBe(0);
    await writeOnA(2);

    await poller.poll();
    expect(await reader.get()).toBe(2);
    await poller.poll();
    await poller.poll();
    expect(await reader.get()).toBe(2);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it('reloads after a write between two polls and never serves the old value after the next poll', async () => {
    const reader = new RevisionedCache(ds, 'probe', readProbe);
    const poller = new CacheRevisionPoller(ds, [reader as RevisionedCache<unknown>]);
    await poller.poll();
    expect(await reader.get()).toBe(0);
    await writeOnA(3);
    expect(await reader.get()).toBe(0); // stale until the next poll: the documented bound
    await poller.poll();
    expect(await reader.get()).toBe(3);
  });

  it('reads the revisions of every cache in one statement', async () => {
    const caches = ['probe', 'other', 'third'].map(
      (name) => new RevisionedCache(ds, name, readProbe) as RevisionedCache<unknown>,
    );
    const poller = new CacheRevisionPoller(ds, caches);
    const query = vi.spyOn(ds, 'query');
    await poller.poll();
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0][0]).toMatch(/^SELECT name, revision FROM cache_revision$/);
    query.mockRestore();
  });
});
