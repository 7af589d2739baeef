#!/usr/bin/env node
// `npm run bench -- [--scale 1] [--sqlite] [--duration 10] [--only list,detail] …` — see docs/performance.md.
// 1. dataset (generate or reuse), 2. the real server in production mode, 3./4. each scenario under
// autocannon against Dossier and against the raw mysql2 baseline, 5. results table and JSON.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseVersion, openWriter } from './src/db.mjs';
import { BENCH_PASSWORD, STAFF_USERNAME } from './src/dataset.mjs';
import { runBrowserTiming } from './src/browser.mjs';
import { runLoad } from './src/load.mjs';
import { parseOptions, ROOT } from './src/options.mjs';
import { overloadProblems, runOverload } from './src/overload.mjs';
import { ensureDataset } from './src/prepare.mjs';
import { sampleRss, startBaseline, startDossier } from './src/processes.mjs';
import { markdown } from './src/report.mjs';
import { pickInputs, QUERIES, UNITS } from './src/scenarios.mjs';

const log = (...args) => console.log(...args);

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const dataset = await ensureDataset(o, log);
  if (o.generateOnly) return;
  const { target } = dataset;

  const cpus = os.cpus();
  const machine = {
    cores: cpus.length,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    database: await databaseVersion(target),
  };
  log(
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB; database ${machine.database}`,
  );

  const dossier = await startDossier({
    databaseUrl: target.serverUrl,
    port: o.port,
    cpuProf: o.cpuProf,
    log,
  });
  let raw = null;
  // Interrupted: stop the servers this run started, then leave.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      Promise.allSettled([dossier.stop(), raw?.stop()]).then(() => process.exit(130));
    });
  }
  const rows = [];
  const rssPeak = { dossier: 0, raw: 0 };
  let overload = null;
  let browser = null;
  try {
    if (o.baseline)
      raw = await startBaseline({ databaseUrl: o.databaseUrl, port: o.port ? o.port + 1 : 0, log });

    // Who asks, and what: users from the database, variables picked in a fixed order.
    const db = await openWriter(target);
    const users = {};
    for (const who of o.users)
      users[who] = await userInfo(db, who === 'admin' ? 'admin' : STAFF_USERNAME);
    const inputs = await pickInputs((sql, params) => db.query(sql, params), users);
    const shapes = {};
    for (const who of o.users)
      shapes[who] = await fewestAndMost(
        db,
        inputs[who].detail.map((v) => Number(v.id)),
      );
    await db.close();

    const base = dossier.base;
    const targets = {};
    for (const who of o.users) {
      const token = await login(base, users[who].username);
      targets[who] = {
        dossier: (handler) => ({
          base,
          path: '/graphql',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: (variables) => JSON.stringify({ query: QUERIES[handler], variables }),
        }),
        raw: (handler) => ({
          base: raw?.base,
          path: `/bench/${handler}`,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${users[who].username}`,
          },
          body: (variables) => JSON.stringify(variables),
        }),
      };
    }

    const procs = { dossier, raw };
    const units = UNITS.filter((u) => o.only.includes(u.scenario));
    const hi = Math.max(...o.concurrency);
    for (const unit of units) {
      for (const who of o.users) {
        const list = inputs[who][unit.name];
        if (!list.length) {
          log(`${unit.name} / ${who}: nothing to ask (no readable input); skipped`);
          continue;
        }
        const row = {
          unit: unit.name,
          scenario: unit.scenario,
          user: who,
          dossier: {},
          raw: raw ? {} : null,
          ratio: {},
          sameJson: null,
        };
        const kinds = raw ? ['raw', 'dossier'] : ['dossier'];

        // Two requests each first: they must succeed, and the second (process caches warm) tells the statement count.
        const answers = {};
        for (const kind of kinds) {
          const t = targets[who][kind](unit.handler);
          await ask(t, list[0]);
          const sample = await ask(t, list[0]);
          if (sample.errors)
            throw new Error(
              `${unit.name} / ${who} on ${kind} answered with errors: ${JSON.stringify(sample.errors).slice(0, 800)}`,
            );
          row[kind].statements = sample.statements;
          answers[kind] = sample;
        }
        if (raw && unit.scenario !== 'write') {
          const diffs = [];
          for (const variables of list.slice(0, 3)) {
            const [a, b] = await Promise.all([
              ask(targets[who].dossier(unit.handler), variables),
              ask(targets[who].raw(unit.handler), variables),
            ]);
            const d = difference(a.data, b.data);
            if (d) diffs.push(d);
          }
          row.sameJson = diffs.length === 0;
          if (diffs.length) row.jsonDifference = diffs[0];
        }
        if (unit.name === 'detail' && shapes[who]) {
          const s = shapes[who];
          row.statementsByShape = { few: s.few, many: s.many, dossier: [], raw: raw ? [] : null };
          for (const kind of kinds)
            for (const c of [s.few, s.many])
              row.statementsByShape[kind].push(
                (await ask(targets[who][kind](unit.handler), { id: String(c.id) })).statements,
              );
        }

        // Warm-up, then the measured runs: throughput at high concurrency, latency at c=1.
        for (const kind of kinds)
          await runLoad({
            target: targets[who][kind](unit.handler),
            inputs: list,
            connections: hi,
            duration: Math.min(2, o.duration),
          });
        for (const c of o.concurrency) {
          for (const kind of kinds) {
            const proc = procs[kind];
            const rss = sampleRss(proc.pid);
            const r = await runLoad({
              target: targets[who][kind](unit.handler),
              inputs: list,
              connections: c,
              duration: o.duration,
            });
            const peak = rss.stop();
            row[kind][`c${c}`] = r;
            row[kind].rssPeak = Math.max(row[kind].rssPeak ?? 0, peak ?? 0);
            rssPeak[kind] = Math.max(rssPeak[kind], peak ?? 0);
            if (r.errors || r.non2xx)
              log(
                `  ! ${kind} ${unit.name}/${who} c=${c}: ${r.errors} errors, ${r.non2xx} non-2xx${r.firstError ? `: ${r.firstError}` : ''}`,
              );
            if (!proc.alive())
              throw new Error(`${kind} died during ${unit.name}:\n${proc.output()}`);
          }
        }
        const lo = Math.min(...o.concurrency);
        row.ratio.rps =
          raw && row.raw[`c${hi}`]?.rps ? row.dossier[`c${hi}`].rps / row.raw[`c${hi}`].rps : null;
        row.ratio.p50 =
          raw && row.raw[`c${lo}`]?.p50 ? row.dossier[`c${lo}`].p50 / row.raw[`c${lo}`].p50 : null;
        rows.push(row);
        const d = row.dossier;
        log(
          `${unit.name.padEnd(14)} ${who.padEnd(5)} Dossier ${String(d[`c${hi}`].rps).padStart(7)} req/s, p50 ${d[`c${lo}`].p50} ms, p95 ${d[`c${lo}`].p95} ms, ${d.statements} statements, RSS ${d.rssPeak} MB` +
            (raw
              ? ` | raw ${row.raw[`c${hi}`].rps} req/s, p50 ${row.raw[`c${lo}`].p50} ms, ${row.raw.statements} statements | ratio ${Math.round(row.ratio.rps * 100)}%, p50 ×${row.ratio.p50?.toFixed(2)}`
              : ''),
        );
      }
    }
    if (o.only.includes('browser')) {
      const who = o.users.includes('admin') ? 'admin' : o.users[0];
      const customerId = inputs[who].detail[0]?.id;
      if (!existsSync(path.join(ROOT, 'admin/dist/index.html')))
        log('browser: admin/dist is not built (npm run build -w admin); skipped');
      else if (!customerId) log('browser: no readable customer; skipped');
      else {
        // Timings are reported only: a browser that fails to start or times out is logged, not fatal.
        browser = await runBrowserTiming({
          base,
          token: await login(base, users[who].username),
          customerId,
        }).catch((error) => {
          log(`browser: not measured: ${error.message.split('\n')[0]}`);
          return [];
        });
        for (const b of browser)
          log(
            `browser        ${who.padEnd(5)} ${b.page.padEnd(14)} cold ${b.coldMs} ms (${b.coldAssetsKb} kB of scripts and styles), warm ${b.warmMs} ms`,
          );
      }
    }
    // Last, since it may leave the server busy: 200 connections of 200-row pages (admin).
    if (o.only.includes('overload')) {
      const who = o.users.includes('admin') ? 'admin' : o.users[0];
      const token = await login(base, users[who].username);
      overload = await runOverload({ dossier, token, duration: o.duration });
      rssPeak.dossier = Math.max(rssPeak.dossier, overload.rssPeakMb ?? 0);
      const share =
        overload.overloadedShare === null ? '—' : `${Math.round(overload.overloadedShare * 100)}%`;
      log(
        `overload       ${who.padEnd(5)} ${overload.connections} connections: ${overload.counts.ok} pages (${overload.pagesPerSecond}/s), ${share} OVERLOADED, RSS peak ${overload.rssPeakMb} MB, /healthz max ${overload.healthz.maxMs} ms on HEALTH_PORT, ${overload.healthzMain.maxMs} ms on PORT (${overload.healthz.notOk + overload.healthzMain.notOk} failed), { me } max ${overload.me.maxMs} ms, server ${overload.alive ? 'alive' : 'DEAD'}`,
      );
      if (!dossier.alive()) throw new Error(`dossier died during overload:\n${dossier.output()}`);
    }
  } finally {
    await dossier.stop();
    await raw?.stop();
  }

  const now = new Date();
  const result = {
    date: now.toISOString(),
    commit: gitCommit(),
    target: target.label,
    machine,
    options: {
      scale: o.scale,
      duration: o.duration,
      concurrency: o.concurrency,
      users: o.users,
      only: o.only,
      sqlite: o.sqlite,
      baseline: o.baseline,
    },
    dataset: {
      scale: o.scale,
      sizes:
        typeof dataset.meta.sizes === 'string'
          ? JSON.parse(dataset.meta.sizes)
          : dataset.meta.sizes,
      reused: dataset.reused,
    },
    rssPeak,
    rows,
    browser,
    overload,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const md = markdown(result);
  console.log(`\n${md}`);
  mkdirSync(o.out, { recursive: true });
  let stem = path.join(o.out, now.toISOString().slice(0, 10));
  if (existsSync(`${stem}.json`)) stem += `-${now.toISOString().slice(11, 16).replace(':', '')}`;
  writeFileSync(`${stem}.json`, JSON.stringify(result, null, 2) + '\n');
  writeFileSync(`${stem}.md`, md);
  log(`Wrote ${path.relative(process.cwd(), stem)}.json and .md (${result.seconds} s in all)`);
  const failed = rows.filter((r) =>
    [r.dossier, r.raw].some(
      (k) =>
        k && Object.values(k).some((v) => v && typeof v === 'object' && (v.errors || v.non2xx)),
    ),
  );
  if (failed.length) {
    console.error(`Errors in ${failed.map((r) => `${r.unit}/${r.user}`).join(', ')}`);
    process.exitCode = 1;
  }
  const overloadFailed = overload ? overloadProblems(overload) : [];
  if (overloadFailed.length) {
    console.error(`Overload: ${overloadFailed.join('; ')}`);
    process.exitCode = 1;
  }
}

async function userInfo(db, username) {
  const rows = await db.query(
    'SELECT u.id, u.username, u.department_id, r.data_scope FROM `user` u JOIN user_role ur ON ur.user_id = u.id JOIN role r ON r.id = ur.role_id WHERE u.username = ?',
    [username],
  );
  if (!rows.length) throw new Error(`user ${username} is missing from the dataset`);
  return {
    id: Number(rows[0].id),
    username,
    departmentId: rows[0].department_id === null ? null : Number(rows[0].department_id),
    dataScope: rows.some((r) => r.data_scope === 'ALL') ? 'ALL' : rows[0].data_scope,
  };
}

/** Of the given customers, the one with the fewest contacts + follow-ups and the one with the most. */
async function fewestAndMost(db, ids) {
  if (!ids.length) return null;
  const list = ids.join(',');
  const rows = await db.query(
    `SELECT c.id, (SELECT COUNT(*) FROM customer_contact cc WHERE cc.customer_id = c.id) AS contacts, (SELECT COUNT(*) FROM followup f WHERE f.customer_id = c.id) AS followups FROM customer c WHERE c.id IN (${list})`,
  );
  const shaped = rows
    .map((r) => ({
      id: Number(r.id),
      contacts: Number(r.contacts),
      followups: Number(r.followups),
    }))
    .sort((a, b) => a.contacts + a.followups - (b.contacts + b.followups) || a.id - b.id);
  return { few: shaped[0], many: shaped[shaped.length - 1] };
}

async function login(base, username) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: BENCH_PASSWORD },
    }),
  });
  const body = await res.json();
  const token = body?.data?.login?.token;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(body).slice(0, 500)}`);
  return token;
}

async function ask(target, variables) {
  const res = await fetch(target.base + target.path, {
    method: 'POST',
    headers: target.headers,
    body: target.body(variables),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 300)}` }] };
  }
  const statements = res.headers.get('x-statement-count');
  return {
    data: body.data,
    errors: body.errors ?? (res.ok ? null : [{ message: `HTTP ${res.status}` }]),
    statements: statements === null ? null : Number(statements),
  };
}

/** null when equal (object key order ignored), else the first differing path and values. */
function difference(a, b, at = '') {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
    return `${at || '.'}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  if (Array.isArray(a) && a.length !== b.length) return `${at}: ${a.length} items ≠ ${b.length}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = difference(a[k], b[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'server', 'shared', 'bench'],
      { cwd: ROOT, encoding: 'utf8' },
    ).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
