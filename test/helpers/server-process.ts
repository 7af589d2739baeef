import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_PASSWORD, graphqlClient, type TestServer } from './test-server';

const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

/** A real server process (`node server/dist/main.js`), as a deployment runs it. */
export interface ServerProcess {
  name: string;
  url: string;
  gql: TestServer['gql'];
  login(username?: string, password?: string): Promise<string>;
  /** What the process wrote to stderr (shown when it fails to start). */
  output(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after 15 s). */
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts one server process with its own DATA_DIR and waits until /healthz answers 200. */
export async function startServerProcess(
  name: string,
  env: { DATABASE_URL: string; JWT_SECRET: string } & Record<string, string>,
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `dossier-${name}-`));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DOSSIER_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const gql = graphqlClient(() => url);
  const server: ServerProcess = {
    name,
    url,
    gql,
    output: () => stderr,
    async login(username = 'admin', password = ADMIN_PASSWORD) {
      const res = await gql(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
      );
      if (!res.data?.login)
        throw new Error(`login on ${name} failed for ${username}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token as string;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  // Start-up migrates and seeds first; allow a loaded machine plenty of time.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} while starting:\n${stderr}`);
    const healthy = await fetch(`${url}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} did not become healthy within 120 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Asks `read` again (every 250 ms, up to `withinMs`) until `seen` holds; returns the last answer. */
export async function eventually<T>(
  read: () => Promise<T>,
  seen: (value: T) => boolean,
  withinMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (seen(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}
