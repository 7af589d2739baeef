// End-to-end checks of the admin console against the real built server.
//   node test/browser/run.mjs            all steps files, in file-name order
//   BROWSER_ONLY=actions node test/browser/run.mjs   only the steps files whose name contains it
// Needs `npm run build` first (server/dist and admin/dist) and a Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Seeds demo data into a temporary
// SQLite database, starts the server, runs the steps of test/browser/steps/*.mjs in order (a step
// whose prerequisite failed counts as failed), saves screenshots to docs/screenshots/ and
// prints `N passed, N failed`. Each step runs in one of the browser contexts (its own session):
// CONTEXTS from lib.mjs (desktop, zh-CN) plus those a steps file exports.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  ADMIN_PASSWORD,
  CONTEXTS,
  DEMO,
  DESKTOP,
  adminIndex,
  apiLogin,
  chromiumPath,
  createStaff,
  freePort,
  log,
  root,
  serverMain,
  stopServer,
  waitForHealth,
  STAFF,
} from './lib.mjs';

const stepsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'steps');
const only = process.env.BROWSER_ONLY;
const steps = [];
const contextOptions = Object.fromEntries(CONTEXTS.map((name) => [name, {}]));
for (const file of readdirSync(stepsDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const module = await import(pathToFileURL(path.join(stepsDir, file)).href);
  steps.push(...module.steps);
  Object.assign(contextOptions, module.contexts ?? {});
}

async function main() {
  for (const [file, hint] of [
    [serverMain, 'npm run build -w server'],
    [adminIndex, 'npm run build -w admin'],
    [chromiumPath, 'apt-get install -y chromium, or set CHROMIUM_PATH'],
  ]) {
    if (!existsSync(file)) {
      log(`missing ${path.relative(root, file) || file}: ${hint}`);
      return { passed: 0, failed: steps.length };
    }
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-browser-'));
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DOSSIER_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const serverOutput = [];
  let server;
  let browser;
  let passed = 0;
  let failed = 0;

  try {
    log('seeding demo data');
    const seed = spawnSync(
      process.execPath,
      [path.join(root, 'server/dist/scripts/seed-demo.js')],
      { cwd: root, env: { ...env, DEMO_CUSTOMERS: '120' }, encoding: 'utf8' },
    );
    if (seed.status !== 0) throw new Error(`seed:demo failed:\n${seed.stdout}\n${seed.stderr}`);
    DEMO.password = seed.stdout.match(/\(password (\S+?)\)/)?.[1] ?? DEMO.password;

    server = spawn(process.execPath, [serverMain], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => {
      serverOutput.push(chunk.toString());
      if (serverOutput.length > 200) serverOutput.shift();
    };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);

    await waitForHealth(baseUrl, server);
    log(`server up at ${baseUrl}`);
    const adminToken = await apiLogin(baseUrl, 'admin', ADMIN_PASSWORD);
    await createStaff(baseUrl, adminToken);
    const staffToken = await apiLogin(baseUrl, STAFF.username, STAFF.password);

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const consoleErrors = [];
    const pages = {};
    for (const [name, options] of Object.entries(contextOptions)) {
      const context = await browser.newContext({
        viewport: DESKTOP,
        locale: 'zh-CN',
        ...options,
      });
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(`${name} console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => consoleErrors.push(`${name} page error: ${err.message}`));
      pages[name] = page;
    }

    const state = {};
    const failedSteps = new Set();
    for (const step of steps) {
      if (step.needs && failedSteps.has(step.needs)) {
        failedSteps.add(step.name);
        failed += 1;
        log(`FAIL - ${step.name}: skipped, needs "${step.needs}"`);
        continue;
      }
      consoleErrors.length = 0;
      try {
        await step.run({ page: pages[step.context], baseUrl, state, adminToken, staffToken });
        if (consoleErrors.length > 0)
          throw new Error(`console errors:\n  ${consoleErrors.join('\n  ')}`);
        passed += 1;
        log(`ok - ${step.name}`);
      } catch (err) {
        failedSteps.add(step.name);
        failed += 1;
        log(`FAIL - ${step.name}: ${err instanceof Error ? err.message : String(err)}`);
        await pages[step.context]
          .screenshot({ path: path.join(dataDir, 'failure.png') })
          .catch(() => undefined);
      }
    }
    if (failed > 0 && serverOutput.length > 0)
      log(`server output (tail):\n${serverOutput.join('').split('\n').slice(-30).join('\n')}`);
    return { passed, failed };
  } catch (err) {
    log(`FAIL - setup: ${err instanceof Error ? err.message : String(err)}`);
    if (serverOutput.length > 0)
      log(`server output (tail):\n${serverOutput.join('').split('\n').slice(-30).join('\n')}`);
    return { passed, failed: steps.length - passed };
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer(server);
    if (process.env.KEEP_BROWSER_DATA) log(`data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

const { passed, failed } = await main();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
