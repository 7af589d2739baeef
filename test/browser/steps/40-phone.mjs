// Phone layout (390×844) and keyboard access: the drawer menu, no sideways page scroll on the main
// pages in both languages, reachable customer tabs, accessible names of icon-only controls, a
// visible focus ring, and reordering dictionary items without dragging.
import {
  ADMIN_PASSWORD,
  DEMO,
  DESKTOP,
  PHONE,
  STEP_TIMEOUT,
  apiLogin,
  demoLogin,
  eventually,
  formItem,
  gql,
  login,
  rowsWith,
  screenshot,
  settle,
  waitForPaint,
} from '../lib.mjs';

const phone = { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' };
export const contexts = {
  'phone-staff-zh': phone,
  'phone-staff-en': phone,
  'phone-admin-zh': phone,
  'phone-admin-en': phone,
  'phone-a11y-admin': { viewport: DESKTOP, locale: 'zh-CN' },
  'phone-a11y-staff': { viewport: DESKTOP, locale: 'zh-CN' },
};

/** The main pages every tour visits (the customer page is added with its id). */
const MAIN_PAGES = [
  '/',
  '/customers',
  '/contacts',
  '/access-requests',
  '/change-requests',
  '/audit-logs',
  '/users',
  '/dictionaries',
  '/data-card',
];

/** A customer of the staff demo user (zhang.wei), read by both the staff user and admin. */
async function ownCustomer(baseUrl, state) {
  if (state.phoneCustomer) return state.phoneCustomer;
  const token = await apiLogin(baseUrl, DEMO.owner, DEMO.password);
  const data = await gql(
    baseUrl,
    `query { customers(filter: { kind: { eq: "ENTERPRISE" } }, paging: { limit: 1 }) { nodes { id number name } } }`,
    {},
    token,
  );
  state.phoneCustomer = data.customers.nodes[0];
  if (!state.phoneCustomer) throw new Error(`${DEMO.owner} has no enterprise customer`);
  return state.phoneCustomer;
}

/** Waits until the page has loaded its data (no spinner, network quiet). */
async function pageReady(page) {
  await page.locator('.app-content').waitFor({ timeout: STEP_TIMEOUT });
  await settle(page);
  await eventually(async () => {
    const spinning = await page.locator('.app-content .ant-spin-spinning').count();
    if (spinning > 0) throw new Error('still loading');
  });
}

/** Fails, naming the widest culprits, when the page scrolls sideways. */
async function assertNoSideScroll(page, where) {
  const result = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const width = document.documentElement.scrollWidth;
    if (width <= viewport) return null;
    const clipped = (el) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement)
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      return false;
    };
    const culprits = [];
    for (const el of document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= viewport + 1 || clipped(el)) continue;
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > viewport + 1) continue; // report the outermost only
      const cls = typeof el.className === 'string' ? el.className.split(/\s+/).slice(0, 3) : [];
      culprits.push(`${el.tagName.toLowerCase()}.${cls.join('.')} right=${Math.round(rect.right)}`);
    }
    return { viewport, width, culprits: culprits.slice(0, 8) };
  });
  if (result)
    throw new Error(
      `${where}: page is ${result.width}px wide in a ${result.viewport}px viewport: ${result.culprits.join('; ')}`,
    );
}

async function visit(page, baseUrl, path) {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
  await pageReady(page);
}

/**
 * On the graph tab, waits until G6 has drawn and finished its layout: leaving it mid-layout
 * makes G6 log "The graph instance has been destroyed" (customers/graph.tsx).
 */
async function graphSettled(page) {
  if ((await page.getByTestId('relationship-graph').count()) === 0) return;
  await waitForPaint(page, '[data-testid="relationship-graph"]', 2000);
  await page.waitForTimeout(2000);
}

/** The customer page's own tab bar (the one holding the Access tab). */
function customerTabs(page) {
  return page.locator('.ant-tabs', { has: page.getByTestId('tab-access') }).first();
}

/** Clicks every tab of the customer page, checking each opens and fits the screen. */
async function clickEveryCustomerTab(page, where) {
  const tabs = customerTabs(page).locator('.ant-tabs-nav').first().locator('.ant-tabs-tab');
  await tabs.first().waitFor({ timeout: STEP_TIMEOUT });
  const count = await tabs.count();
  if (count < 8) throw new Error(`${where}: only ${count} customer tabs`);
  for (let index = 0; index < count; index += 1) {
    const tab = tabs.nth(index);
    const label = (await tab.innerText()).trim();
    await tab.click({ timeout: STEP_TIMEOUT, trial: false });
    await eventually(async () => {
      const selected = await tab.locator('[role=tab]').getAttribute('aria-selected');
      if (selected !== 'true') throw new Error(`${where}: tab ${label} did not open`);
    });
    await pageReady(page);
    // Let the relationship graph finish drawing: leaving mid-render makes G6 log an error.
    await graphSettled(page);
    await assertNoSideScroll(page, `${where}, tab ${label}`);
  }
}

/** Signs in at phone size, optionally switching the console to English in the header. */
async function phoneLogin(page, baseUrl, who, english) {
  const signedIn =
    page.url().startsWith(baseUrl) && !new URL(page.url()).pathname.startsWith('/login');
  if (signedIn) return;
  if (who === 'admin') await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
  else await demoLogin(page, baseUrl, who);
  if (english) {
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
    await page.getByTestId('menu-toggle').and(page.getByLabel('Open the navigation menu')).waitFor({
      timeout: STEP_TIMEOUT,
    });
  }
  await assertNoSideScroll(page, 'header after sign-in');
}

/** Opens the drawer menu and navigates through it; the drawer closes on navigation. */
async function navigateThroughDrawer(page, href) {
  const drawer = page.getByTestId('menu-drawer');
  if (await page.locator('.ant-layout-sider').count())
    throw new Error('the side bar is shown at phone size');
  await page.getByTestId('menu-toggle').click();
  await drawer.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await drawer.locator(`a[href="${href}"]`).first().click({ timeout: STEP_TIMEOUT });
  await page.waitForURL((url) => url.pathname === href, { timeout: STEP_TIMEOUT });
  await drawer.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

function phoneTour(context, who, english) {
  return {
    name: `${context}: at 390×844 the drawer menu navigates, no main page or customer tab scrolls sideways`,
    context,
    run: async ({ page, baseUrl, state }) => {
      await phoneLogin(page, baseUrl, who, english);
      await navigateThroughDrawer(page, '/customers');
      await pageReady(page);
      const customer = await ownCustomer(baseUrl, state);
      for (const path of [...MAIN_PAGES, `/customers/show/${customer.id}`]) {
        await visit(page, baseUrl, path);
        await assertNoSideScroll(page, `${context} ${path}`);
      }
      await page
        .getByTestId('customer-header')
        .getByText(customer.name, { exact: true })
        .waitFor({ timeout: STEP_TIMEOUT });
      await clickEveryCustomerTab(page, `${context} customer ${customer.id}`);
      // The drawer still works from a deep page, and the language switch stays reachable.
      await navigateThroughDrawer(page, '/contacts');
      await page.getByTestId('language-switch').waitFor({ state: 'visible' });
      await page.getByTestId('current-user').waitFor({ state: 'visible' });
    },
  };
}

/** Visible buttons and links that have no text and no accessible name. */
async function unnamedControls(page) {
  return page.evaluate(() => {
    const offenders = [];
    for (const el of document.querySelectorAll('button, [role=button], a')) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (el.closest('[aria-hidden=true]')) continue;
      const text = (el.innerText || el.textContent || '').trim();
      const named =
        text ||
        el.getAttribute('aria-label')?.trim() ||
        el.getAttribute('title')?.trim() ||
        (el.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .some((id) => id && document.getElementById(id)?.textContent?.trim()) ||
        [...(el.labels ?? [])].some((label) => label.textContent?.trim()) ||
        [...el.querySelectorAll('img[alt]')].some((img) => img.alt.trim());
      // A link wrapping a named button (Refine's show/edit buttons) is named by it.
      const namedControlInside = [...el.querySelectorAll('button, [role=button]')].some(
        (inner) => inner.getAttribute('aria-label')?.trim() || inner.getAttribute('title')?.trim(),
      );
      // Out of the tab order (antd's pagination arrows, table filter triggers): the list item's
      // title or the icon's label names it for pointer users.
      const unfocusable =
        el.getAttribute('tabindex') === '-1' &&
        (el.closest('li[title]') || el.querySelector('[aria-label]'));
      if (!named && !namedControlInside && !unfocusable)
        offenders.push(el.outerHTML.replace(/\s+/g, ' ').slice(0, 160));
    }
    return offenders;
  });
}

function a11yStep(context, who) {
  return {
    name: `${context}: every icon-only button and link on the main pages has an accessible name; Tab shows a focus ring`,
    context,
    run: async ({ page, baseUrl, state }) => {
      if (who === 'admin') await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
      else await demoLogin(page, baseUrl, who);
      const customer = await ownCustomer(baseUrl, state);
      const found = [];
      const check = async (where) => {
        for (const html of await unnamedControls(page)) found.push(`${where}: ${html}`);
      };
      for (const path of [...MAIN_PAGES, '/numbering-rules', `/customers/show/${customer.id}`]) {
        await visit(page, baseUrl, path);
        await check(path);
      }
      const tabs = customerTabs(page).locator('.ant-tabs-nav').first().locator('.ant-tabs-tab');
      for (let index = 0; index < (await tabs.count()); index += 1) {
        await tabs.nth(index).click();
        await pageReady(page);
        await graphSettled(page);
        await check(`customer tab ${(await tabs.nth(index).innerText()).trim()}`);
      }
      if (found.length > 0)
        throw new Error(`${found.length} controls without a name:\n  ${found.join('\n  ')}`);

      // Keyboard: Tab moves the focus onto buttons, and the focused one shows a ring.
      await visit(page, baseUrl, '/customers');
      await page.locator('input[data-testid="customer-search"]').focus();
      let ring = null;
      for (let presses = 0; presses < 40 && !ring; presses += 1) {
        await page.keyboard.press('Tab');
        ring = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || !el.matches('button, .ant-btn')) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
          const shadow = style.boxShadow && style.boxShadow !== 'none';
          return { outline, shadow, html: el.outerHTML.slice(0, 120) };
        });
      }
      if (!ring) throw new Error('Tab never reached a button on the customers page');
      if (!ring.outline && !ring.shadow)
        throw new Error(`the focused button shows no focus ring: ${ring.html}`);
    },
  };
}

/** Signs in unless this context already has a session. */
async function ensureLogin(page, baseUrl, who) {
  const url = page.url();
  if (url.startsWith(baseUrl) && !new URL(url).pathname.startsWith('/login')) return;
  if (who === 'admin') await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
  else await demoLogin(page, baseUrl, who);
}

/** The item codes of the dictionary on screen, in order. */
function itemCodes(page) {
  return page
    .locator('[data-item-code]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-item-code')));
}

async function openDictionary(page, baseUrl, code) {
  await page.goto(`${baseUrl}/dictionaries?type=${code}`, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-item-code]').first().waitFor({ timeout: STEP_TIMEOUT });
  await settle(page);
  return itemCodes(page);
}

async function expectOrder(page, expected, where) {
  await eventually(async () => {
    const codes = await itemCodes(page);
    if (JSON.stringify(codes) !== JSON.stringify(expected))
      throw new Error(`${where}: order ${codes.join(',')}, expected ${expected.join(',')}`);
  });
}

function swap(list, a, b) {
  const copy = [...list];
  [copy[a], copy[b]] = [copy[b], copy[a]];
  return copy;
}

export const steps = [
  {
    name: 'phone-staff-zh: a staff user opens a customer from the list, adds a follow-up and sees it on the timeline at 390×844',
    context: 'phone-staff-zh',
    run: async ({ page, baseUrl, state }) => {
      await phoneLogin(page, baseUrl, 'owner', false);
      const customer = await ownCustomer(baseUrl, state);
      await navigateThroughDrawer(page, '/customers');
      const search = page.locator('input[data-testid="customer-search"]');
      await search.fill(customer.number);
      await search.press('Enter');
      const link = rowsWith(page.getByTestId('customers-table'), customer.number)
        .locator('a', { hasText: customer.name })
        .first();
      await link.waitFor({ timeout: STEP_TIMEOUT });
      await pageReady(page);
      await assertNoSideScroll(page, 'customers list');
      await screenshot(page, 'phone-customers.png', { fullPage: false });
      await link.click({ timeout: STEP_TIMEOUT });
      await page.waitForURL(new RegExp(`/customers/show/${customer.id}$`), {
        timeout: STEP_TIMEOUT,
      });
      await customerTabs(page).locator('.ant-tabs-tab', { hasText: '跟进记录' }).click();
      const note = '手机上记录：电话回访，客户确认下周到访';
      await formItem(page, '跟进内容').locator('textarea').fill(note);
      await page
        .locator('.ant-card', { hasText: '添加跟进' })
        .locator('button[type=submit]')
        .click();
      await page.locator('.ant-timeline').getByText(note).waitFor({ timeout: STEP_TIMEOUT });
      await pageReady(page);
      await assertNoSideScroll(page, 'customer follow-ups');
      await customerTabs(page).locator('.ant-tabs-tab').first().click();
      await pageReady(page);
      await screenshot(page, 'phone-customer.png', { fullPage: false });
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('menu-drawer').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await page.waitForTimeout(400); // the drawer's slide-in
      await screenshot(page, 'phone-menu.png', { fullPage: false });
      await page.keyboard.press('Escape');
      await page.getByTestId('menu-drawer').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    },
  },
  phoneTour('phone-staff-zh', 'owner', false),
  phoneTour('phone-staff-en', 'owner', true),
  phoneTour('phone-admin-zh', 'admin', false),
  phoneTour('phone-admin-en', 'admin', true),
  a11yStep('phone-a11y-admin', 'admin'),
  a11yStep('phone-a11y-staff', 'owner'),
  {
    name: 'phone-a11y-admin: dictionary items move down with a button and back up with Alt+ArrowUp; the order persists after reload',
    context: 'phone-a11y-admin',
    run: async ({ page, baseUrl }) => {
      await ensureLogin(page, baseUrl, 'admin');
      const original = await openDictionary(page, baseUrl, 'industry_status');
      if (original.length < 3) throw new Error(`too few items: ${original.join(',')}`);
      const first = page.locator(`[data-item-code="${original[0]}"]`);
      const down = first.locator('button[data-move="down"]');
      const label = await down.getAttribute('aria-label');
      if (!/^下移「.+」$/.test(label ?? '')) throw new Error(`move-down button named ${label}`);
      await down.click();
      const moved = swap(original, 0, 1);
      await expectOrder(page, moved, 'after move down');
      await page.locator('.ant-message-notice', { hasText: '顺序已更新' }).first().waitFor();
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.locator('[data-item-code]').first().waitFor({ timeout: STEP_TIMEOUT });
      await expectOrder(page, moved, 'after reload');
      // Keyboard only: focus the item's move-down button, then Alt+ArrowUp.
      await page.locator(`[data-item-code="${original[0]}"] button[data-move="down"]`).focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expectOrder(page, original, 'after Alt+ArrowUp');
      await settle(page);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.locator('[data-item-code]').first().waitFor({ timeout: STEP_TIMEOUT });
      await expectOrder(page, original, 'after the second reload');
      // The first item cannot move up.
      const up = page.locator(`[data-item-code="${original[0]}"] button[data-move="up"]`);
      if (!(await up.isDisabled())) throw new Error('the first item can move up');
    },
  },
  {
    name: 'phone-admin-en: at 390×844 in English a dictionary item moves up with its button; the order persists',
    context: 'phone-admin-en',
    run: async ({ page, baseUrl }) => {
      await phoneLogin(page, baseUrl, 'admin', true);
      const original = await openDictionary(page, baseUrl, 'settlement_method');
      const up = page.locator(`[data-item-code="${original[1]}"] button[data-move="up"]`);
      const label = await up.getAttribute('aria-label');
      if (!/^Move ".+" up$/.test(label ?? '')) throw new Error(`move-up button named ${label}`);
      await up.click();
      const moved = swap(original, 0, 1);
      await expectOrder(page, moved, 'after move up');
      await page.locator('.ant-message-notice', { hasText: 'Order updated' }).first().waitFor();
      await assertNoSideScroll(page, 'dictionaries');
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.locator('[data-item-code]').first().waitFor({ timeout: STEP_TIMEOUT });
      await expectOrder(page, moved, 'after reload');
    },
  },
];
