// Child processes of the harness: the real Dossier server (production mode) and the raw
// baseline, each waited for on its health URL, with peak RSS sampled from /proc.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { BENCH_PASSWORD } from './dataset.mjs';
import { ROOT } from './options.mjs';

export const JWT_SECRET = 'bench-only-jwt-secret-0123456789-abcdefghijklmnop';
/** Node flags as the Docker image sets them (`NODE_OPTIONS` in the Dockerfile). */
export const PRODUCTION_NODE_OPTIONS = '--max-old-space-size=256';

/** Starts `node server/dist/main.js` against the bench database. */
export async function startDossier({ databaseUrl, port = 0, cpuProf = false, log }) {
  port = await freePort(port);
  const healthPort = await freePort(0);
  const main = path.join(ROOT, 'server/dist/main.js');
  if (!existsSync(main))
    throw new Error(
      'server/dist/main.js is missing: run `npm run build -w shared && npm run build -w server` first',
    );
  const dataDir = path.join(ROOT, 'data/bench/server');
  mkdirSync(dataDir, { recursive: true });
  const args = [];
  if (cpuProf) {
    const dir = path.join(ROOT, 'data/bench/prof');
    mkdirSync(dir, { recursive: true });
    args.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const child = await startChild('dossier', [...args, main], {
    env: {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      JWT_SECRET,
      DOSSIER_ADMIN_PASSWORD: BENCH_PASSWORD,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EXPOSE_STATEMENT_COUNT: '1',
      LOG_LEVEL: 'warn',
      // The built console when there is one (the `browser` scenario loads it).
      ADMIN_DIST: existsSync(path.join(ROOT, 'admin/dist/index.html'))
        ? path.join(ROOT, 'admin/dist')
        : path.join(dataDir, 'no-console'),
      NODE_OPTIONS: PRODUCTION_NODE_OPTIONS,
      HEALTH_PORT: String(healthPort),
      ...passedSettings(),
    },
    healthUrl: `http://127.0.0.1:${port}/healthz`,
    log,
  });
  return { ...child, healthBase: `http://127.0.0.1:${healthPort}` };
}

/** Overload settings given to the bench's environment reach the server (to compare bounds). */
const PASSED_SETTINGS = [
  'MAX_CONCURRENT_REQUESTS',
  'MAX_QUEUED_REQUESTS',
  'REQUEST_TIMEOUT_MS',
  'DATABASE_STATEMENT_TIMEOUT_MS',
];
function passedSettings() {
  return Object.fromEntries(
    PASSED_SETTINGS.filter((k) => process.env[k]).map((k) => [k, process.env[k]]),
  );
}

/** Starts the raw mysql2 baseline (baseline.mjs) in its own process. */
export async function startBaseline({ databaseUrl, port = 0, log }) {
  port = await freePort(port);
  return startChild('baseline', [path.join(ROOT, 'bench/src/baseline.mjs')], {
    env: { BENCH_DATABASE_URL: databaseUrl, PORT: String(port) },
    healthUrl: `http://127.0.0.1:${port}/healthz`,
    log,
  });
}

/** A port nobody listens on: the given one if free (refused otherwise), or a free one for 0. */
export function freePort(port = 0) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new Error(
          `port ${port} is in use (another server?): pick another with --port, or 0 for any`,
        ),
      ),
    );
    probe.listen(port, '0.0.0.0', () => {
      const { port: found } = probe.address();
      probe.close(() => resolve(found));
    });
  });
}

async function startChild(name, args, { env, healthUrl, log }) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited)
      throw new Error(`${name} exited during start-up (${JSON.stringify(exited)}):\n${output}`);
    try {
      const res = await fetch(healthUrl);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer ${healthUrl} within 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log?.(`  ${name} up (pid ${child.pid}, RSS ${rssMb(child.pid)} MB)`);
  return {
    name,
    pid: child.pid,
    base: healthUrl.replace(/\/healthz$/, ''),
    output: () => output,
    rssMb: () => rssMb(child.pid),
    alive: () => !exited,
    async stop() {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Resident set size of a process in MB (VmRSS from /proc), or null where /proc is missing. */
export function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every 200 ms; `stop()` returns the peak in MB. */
export function sampleRss(pid) {
  let peak = rssMb(pid) ?? 0;
  const timer = setInterval(() => {
    const v = rssMb(pid);
    if (v !== null && v > peak) peak = v;
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      const v = rssMb(pid);
      return Math.max(peak, v ?? 0) || null;
    },
  };
}
