// Database access for the harness: create / check / drop the bench database, and a batch writer
// for the dataset, on MySQL/MariaDB (mysql2) or SQLite (better-sqlite3, the server's own driver).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { ROOT } from './options.mjs';

const requireFromServer = createRequire(path.join(ROOT, 'server/package.json'));
const q = (name) => `\`${name}\``;

/** `mysql://` or `mariadb://` URL → mysql2 connection options (database split off). */
export function mysqlOptions(url) {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database))
    throw new Error(`BENCH_DATABASE_URL must name a database ([A-Za-z0-9_]): ${url}`);
  if (database === 'test')
    throw new Error(
      'refusing to use the database "test" (the test suite uses it); name another one',
    );
  return {
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
    database,
  };
}

/** The target: how the server is started against it and how the harness talks to it. */
export function benchTarget(o) {
  if (o.sqlite) {
    const file = path.join(
      ROOT,
      'data/bench',
      `dossier-bench-s${String(o.scale).replace('.', '_')}.sqlite`,
    );
    return {
      dialect: 'sqlite',
      file,
      serverUrl: `sqlite:${file}`,
      label: `SQLite ${path.relative(ROOT, file)}`,
    };
  }
  const opts = mysqlOptions(o.databaseUrl);
  const flavor = o.databaseUrl.startsWith('mariadb:') ? 'mariadb' : 'mysql';
  const auth = opts.password
    ? `${encodeURIComponent(opts.user)}:${encodeURIComponent(opts.password)}`
    : encodeURIComponent(opts.user);
  return {
    dialect: 'mysql',
    opts,
    serverUrl: `${flavor}://${auth}@${opts.host}:${opts.port}/${opts.database}`,
    label: `${flavor} ${opts.host}:${opts.port}/${opts.database}`,
  };
}

/** Opens a writer on the target (creating the MySQL database when missing). */
export async function openWriter(target) {
  if (target.dialect === 'sqlite') {
    const Database = requireFromServer('better-sqlite3');
    mkdirSync(path.dirname(target.file), { recursive: true });
    const db = new Database(target.file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    return {
      dialect: 'sqlite',
      async query(sql, params = []) {
        const st = db.prepare(sql.replace(/`/g, '"'));
        return st.reader ? st.all(params) : (st.run(params), []);
      },
      async insert(table, columns, rows) {
        if (!rows.length) return;
        const st = db.prepare(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        db.transaction((all) => {
          for (const r of all) st.run(r);
        })(rows);
      },
      async close() {
        db.close();
      },
    };
  }
  const { database, ...server } = target.opts;
  const admin = await mysql.createConnection(server);
  await admin.query(
    `CREATE DATABASE IF NOT EXISTS ${q(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await admin.end();
  const conn = await mysql.createConnection({
    ...target.opts,
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  // Bulk load: the ids are explicit and fresh, so skip per-row unique and foreign key checks.
  await conn.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
  return {
    dialect: 'mysql',
    async query(sql, params = []) {
      const [rows] = await conn.query(sql, params);
      return Array.isArray(rows) ? rows : [];
    },
    async insert(table, columns, rows) {
      if (!rows.length) return;
      await conn.beginTransaction();
      await conn.query(`INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ?`, [rows]);
      await conn.commit();
    },
    async close() {
      await conn.end();
    },
  };
}

/** What is there: 'empty', 'bench' (with its meta) or 'foreign' (tables but not ours). */
export async function inspect(target) {
  if (target.dialect === 'sqlite') {
    if (!existsSync(target.file)) return { state: 'empty' };
  } else {
    const { database, ...server } = target.opts;
    const c = await mysql.createConnection(server);
    try {
      const [dbs] = await c.query(
        'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
        [database],
      );
      if (!dbs.length) return { state: 'empty' };
    } finally {
      await c.end();
    }
  }
  const db = await openWriter(target);
  try {
    const tables =
      target.dialect === 'sqlite'
        ? await db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        : await db.query('SHOW TABLES');
    const names = tables.map((r) => Object.values(r)[0]);
    if (!names.length) return { state: 'empty' };
    if (!names.includes('bench_meta')) return { state: 'foreign', tables: names.length };
    const meta = Object.fromEntries(
      (await db.query('SELECT k, v FROM bench_meta')).map((r) => [r.k, r.v]),
    );
    return { state: 'bench', meta };
  } finally {
    await db.close();
  }
}

/** Drops the bench database (only ever called on an empty one or one holding bench_meta). */
export async function dropDatabase(target) {
  if (target.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(target.file + suffix, { force: true });
    return;
  }
  const { database, ...server } = target.opts;
  const c = await mysql.createConnection(server);
  await c.query(`DROP DATABASE IF EXISTS ${q(database)}`);
  await c.end();
}

export async function writeMeta(target, meta) {
  const db = await openWriter(target);
  try {
    await db.query(
      'CREATE TABLE IF NOT EXISTS bench_meta (k varchar(64) NOT NULL PRIMARY KEY, v text NOT NULL)',
    );
    await db.query('DELETE FROM bench_meta');
    await db.insert(
      'bench_meta',
      ['k', 'v'],
      Object.entries(meta).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
  } finally {
    await db.close();
  }
}

/** `SELECT VERSION()` (or the SQLite library version). */
export async function databaseVersion(target) {
  const db = await openWriter(target);
  try {
    const [row] = await db.query(
      target.dialect === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SELECT VERSION() AS v',
    );
    return target.dialect === 'sqlite' ? `SQLite ${row.v}` : String(row.v);
  } finally {
    await db.close();
  }
}
