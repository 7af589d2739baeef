// End-to-end check of the admin console against the real built server.
//   node test/browser/run.mjs
// Needs `npm run build` first (server/dist and admin/dist) and a Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Prints `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverMain = path.join(root, 'server/dist/main.js');
const adminIndex = path.join(root, 'admin/dist/index.html');
const screenshotDir = path.join(root, 'docs/screenshots');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ADMIN_PASSWORD = 'Admin12345';
const STEP_TIMEOUT = 30_000;

function log(message) {
  process.stdout.write(`[browser] ${message}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`GET /healthz did not answer 200 within ${timeoutMs} ms`);
}

function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Logs in as admin, opens the users list and finds the admin row. */
async function usersListShowsAdmin(page, baseUrl) {
  await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForURL(/\/login/, { timeout: STEP_TIMEOUT });

  await page.locator('input#username').fill('admin');
  await page.locator('input#password').fill(ADMIN_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: STEP_TIMEOUT });
  await page.getByTestId('current-user').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });

  // Through the sider menu, as a person would.
  await page.locator('.ant-menu a[href="/users"]').first().click({ timeout: STEP_TIMEOUT });
  await page.waitForURL(/\/users/, { timeout: STEP_TIMEOUT });
  const adminCell = page.locator('.ant-table-tbody td').filter({ hasText: /^admin$/ });
  await adminCell.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT }).catch(() => undefined);

  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, 'users.png'), fullPage: true });
}

async function main() {
  for (const [file, hint] of [
    [serverMain, 'npm run build -w server'],
    [adminIndex, 'npm run build -w admin'],
    [chromiumPath, 'apt-get install -y chromium, or set CHROMIUM_PATH'],
  ]) {
    if (!existsSync(file)) {
      log(`missing ${path.relative(root, file) || file}: ${hint}`);
      return false;
    }
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-browser-'));
  const serverOutput = [];
  let server;
  let browser;
  const consoleErrors = [];

  try {
    server = spawn(process.execPath, [serverMain], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        DOSSIER_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOG_LEVEL: 'warn',
      },
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
    const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));

    await usersListShowsAdmin(page, baseUrl);
    if (consoleErrors.length > 0) throw new Error(`console errors:\n  ${consoleErrors.join('\n  ')}`);
    log('ok - login, users list shows admin, screenshot saved to docs/screenshots/users.png');
    return true;
  } catch (err) {
    log(`FAIL - ${err instanceof Error ? err.message : String(err)}`);
    if (consoleErrors.length > 0) log(`console errors seen:\n  ${consoleErrors.join('\n  ')}`);
    if (serverOutput.length > 0) log(`server output (tail):\n${serverOutput.join('').split('\n').slice(-30).join('\n')}`);
    return false;
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const passed = await main();
console.log(passed ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(passed ? 0 : 1);
