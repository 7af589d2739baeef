// Shared helpers for the browser steps (test/browser/steps/*.mjs) and their runner (run.mjs).
//   node test/browser/run.mjs
// Needs `npm run build` first (server/dist and admin/dist) and a Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Seeds demo data into a temporary
// SQLite database, starts the server, runs the steps below in order (a step whose
// prerequisite failed counts as failed), saves screenshots to docs/screenshots/ and
// prints `N passed, N failed`. Each step runs in one of the browser contexts in CONTEXTS
// (its own session): admin, a staff user the runner creates, and demo users (DEMO).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverMain = path.join(root, 'server/dist/main.js');
export const adminIndex = path.join(root, 'admin/dist/index.html');
export const screenshotDir = path.join(root, 'docs/screenshots');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'Admin12345';
export const STEP_TIMEOUT = 30_000;
export const STAFF = { username: 'zhang.san', password: 'Staff12345' };
export const VALID_CREDIT_CODE = '91350100M000100Y43';
// Passes the field pattern, fails the GB 32100 check digit: only the server can tell.
export const BAD_CREDIT_CODE = '91350100M000100Y44';
export const EAST_CHINA = ['上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '台湾'];
// Demo users (server/src/scripts/seed-demo.ts): zhang.wei is staff (SELF) in 华东销售部, managed by
// east.manager (部门经理, DEPT_AND_BELOW, change.approve, access.grant); wang.qiang is staff in 华南销售部.
// The password is the one the seed script prints.
export const DEMO = {
  password: 'Demo12345',
  owner: 'zhang.wei',
  manager: 'east.manager',
  other: 'wang.qiang',
};
// Who each page context signs in as ('admin' and 'staff' sign in through their first steps).
// Page contexts the core steps use, each its own session. A steps file may add its own by
// exporting `contexts` ({ name: { viewport, locale, isMobile } }).
export const CONTEXTS = ['admin', 'staff', 'owner', 'manager', 'other'];
export const DESKTOP = { width: 1366, height: 820 };
export const PHONE = { width: 390, height: 844 };
export const RENAMED = '浏览器审批测试更名科技有限公司';

export function log(message) {
  process.stdout.write(`[browser] ${message}\n`);
}

export function freePort() {
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

export async function waitForHealth(baseUrl, child, timeoutMs = 60_000) {
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

export function stopServer(child) {
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

export async function gql(baseUrl, query, variables = {}, token) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'zh-CN',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

export async function apiLogin(baseUrl, username, password) {
  const data = await gql(
    baseUrl,
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: username, p: password },
  );
  return data.login.token;
}

/** A staff user (SELF scope) who may create and update customers. */
export async function createStaff(baseUrl, adminToken) {
  const role = await gql(
    baseUrl,
    `mutation($input: CreateOneRoleInput!) { createOneRole(input: $input) { id } }`,
    {
      input: {
        role: {
          name: '浏览器测试业务员',
          permissions: ['customer.create', 'customer.update'],
          dataScope: 'SELF',
        },
      },
    },
    adminToken,
  );
  await gql(
    baseUrl,
    `mutation($input: CreateOneUserInput!) { createOneUser(input: $input) { id } }`,
    {
      input: {
        user: {
          username: STAFF.username,
          displayName: '张三',
          password: STAFF.password,
          roleIds: [role.createOneRole.id],
        },
      },
    },
    adminToken,
  );
}

export async function login(page, baseUrl, username, password) {
  await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForURL(/\/login/, { timeout: STEP_TIMEOUT });
  await page.locator('input#username').fill(username);
  await page.locator('input#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: STEP_TIMEOUT });
  await page.getByTestId('current-user').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
}

export async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT }).catch(() => undefined);
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  await settle(page);
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage });
}

/** Painted pixels of every canvas under `selector` (0 while blank). */
export async function paintedPixels(page, selector) {
  return page.evaluate((sel) => {
    let painted = 0;
    for (const canvas of document.querySelectorAll(`${sel} canvas`)) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
    }
    return painted;
  }, selector);
}

export async function waitForPaint(page, selector, minimum = 2000) {
  const deadline = Date.now() + STEP_TIMEOUT;
  let painted = 0;
  while (Date.now() < deadline) {
    painted = await paintedPixels(page, selector);
    if (painted >= minimum) return painted;
    await page.waitForTimeout(250);
  }
  throw new Error(`${selector}: only ${painted} painted canvas pixels`);
}

/** The form item (within `scope`) whose label is exactly `label`. */
export function formItem(page, label, scope = page) {
  return scope.locator('.ant-form-item').filter({
    has: page.locator('.ant-form-item-label label', { hasText: new RegExp(`^${label}$`) }),
  });
}

/** Retries `check` until it stops throwing. */
export async function eventually(check, timeout = STEP_TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** Signs a demo user in (see DEMO). */
export function demoLogin(page, baseUrl, role) {
  return login(page, baseUrl, DEMO[role], DEMO.password);
}

/** Waits until no modal is still fading or zooming in. */
export async function modalSettled(page) {
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '.ant-modal[class*="-appear"], .ant-modal[class*="-enter"], .ant-modal-mask[class*="-appear"], .ant-modal-mask[class*="-enter"]',
      ),
    null,
    {
      timeout: STEP_TIMEOUT,
    },
  );
}

/** Table rows (within `scope`) that contain `text`. */
export function rowsWith(scope, text) {
  return scope.locator('tbody tr.ant-table-row').filter({ hasText: text });
}

export async function pickCascader(page, trigger, labels) {
  await trigger.click();
  for (const label of labels) {
    await page
      .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item', {
        hasText: new RegExp(`^${label}$`),
      })
      .first()
      .click();
  }
  await page.keyboard.press('Escape');
}
