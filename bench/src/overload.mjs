// The overload scenario: 200 connections each asking for 200-row customer pages with nested
// fields, against the server started with the production heap cap. Measures what admission
// control promises: the server survives, its RSS stays bounded, /healthz always answers, and
// what does not fit is refused fast with OVERLOADED.
import autocannon from 'autocannon';
import { Worker } from 'node:worker_threads';
import { sampleRss } from './processes.mjs';

const DICT = 'code labelZh labelEn';
export const OVERLOAD_QUERY = `query BenchOverload {
  customers(paging: { limit: 200 }) {
    nodes {
      id number name kind status lastTransactionOn totalAmount
      owner { id displayName }
      region { ${DICT} } grade { ${DICT} } category { ${DICT} } industry { ${DICT} } importance { ${DICT} }
      contacts { id name title isPrimary }
    }
  }
}`;

/** Runs the overload load on `dossier` for `duration` s; resolves to the figures for the report. */
export async function runOverload({ dossier, token, duration, connections = 200 }) {
  const counts = { ok: 0, overloaded: 0, unavailable: 0, other: 0 };
  let firstOther = null;
  const rss = sampleRss(dossier.pid);
  // The probes run on their own thread, so autocannon's load does not delay their clocks.
  const probeWorker = new Worker(new URL('./overload-probe.mjs', import.meta.url), {
    workerData: { base: dossier.base, healthBase: dossier.healthBase, token },
  });
  const probesDone = new Promise((resolve, reject) => {
    probeWorker.once('message', resolve);
    probeWorker.once('error', reject);
  });
  const load = await new Promise((resolve, reject) => {
    autocannon(
      {
        url: dossier.base,
        connections,
        duration,
        timeout: 60,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: OVERLOAD_QUERY }),
            onResponse(status, body) {
              const code =
                status === 200 && !body.includes('"errors"') ? 'ok' : codeOf(status, body);
              if (code === 'ok') counts.ok++;
              else if (code === 'OVERLOADED') counts.overloaded++;
              else if (code === 'UNAVAILABLE') counts.unavailable++;
              else {
                counts.other++;
                firstOther ??= `${status} ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
  probeWorker.postMessage('stop');
  const probes = await probesDone;
  await probeWorker.terminate();
  const peak = rss.stop();
  const answered = counts.ok + counts.overloaded + counts.unavailable + counts.other;
  const summary = (list) => ({
    samples: list.length,
    maxMs: round(Math.max(0, ...list.map((p) => p.ms))),
    p50Ms: round(median(list.map((p) => p.ms))),
    notOk: list.filter((p) => p.outcome !== 'ok').length,
    unanswered: list.filter((p) => p.outcome.startsWith('failed')).length,
    outcomes: tally(list.map((p) => p.outcome)),
  });
  return {
    connections,
    duration,
    alive: dossier.alive(),
    rssPeakMb: peak,
    answered,
    pagesPerSecond: round(counts.ok / load.duration),
    counts,
    overloadedShare: answered ? round(counts.overloaded / answered, 3) : null,
    socketErrors: load.errors + load.timeouts,
    firstOther,
    healthz: summary(probes.healthz),
    healthzMain: summary(probes.healthzMain),
    me: summary(probes.me),
  };
}

/** Whether an overload result breaks the promise: crash, an unanswered /healthz, unexpected answers. */
export function overloadProblems(r) {
  const problems = [];
  if (!r.alive) problems.push('the server died');
  // Timing-dependent answers (a 503 when the ping took over 1 s) are reported, not failed on.
  if (r.healthz.unanswered)
    problems.push(`/healthz went unanswered ${r.healthz.unanswered} of ${r.healthz.samples} times`);
  if (r.healthzMain.unanswered)
    problems.push(
      `/healthz on the main port went unanswered ${r.healthzMain.unanswered} of ${r.healthzMain.samples} times`,
    );
  if (r.counts.other) problems.push(`${r.counts.other} unexpected answers: ${r.firstOther}`);
  if (r.socketErrors) problems.push(`${r.socketErrors} socket errors or timeouts`);
  return problems;
}

function codeOf(status, body) {
  const m = /"code":"([A-Z_]+)"/.exec(body);
  return m ? m[1] : `HTTP ${status}`;
}

function tally(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function median(values) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
