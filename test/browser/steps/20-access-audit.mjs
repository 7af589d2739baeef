// The access desk and the audit log: east.manager approves and rejects access requests from the
// customer's Access tab, grants to a non-head user found by search, and reads the audit log with
// translated actions, entities and customer number + name — desktop and phone, zh-CN and en.
import {
  DEMO,
  DESKTOP,
  PHONE,
  STEP_TIMEOUT,
  apiLogin,
  demoLogin,
  eventually,
  gql,
  modalSettled,
  screenshot,
} from '../lib.mjs';

const LOCALE_KEY = 'dossier.locale';

export const contexts = {
  'access-manager': { viewport: DESKTOP, locale: 'zh-CN' },
  'access-manager-phone-en': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-US' },
};

const MINE = `{ customers(paging: { limit: 5 }) { nodes { id number name } } }`;
const REQUEST = `mutation($i: RequestCustomerAccessInput!) { requestCustomerAccess(input: $i) { id status approver { username } } }`;

/** wang.qiang (华南) asks to read one of zhang.wei's (华东) customers: routed to east.manager. */
async function pendingRequest(baseUrl, state, key, index) {
  const owner = await apiLogin(baseUrl, DEMO.owner, DEMO.password);
  const other = await apiLogin(baseUrl, DEMO.other, DEMO.password);
  const customers = (await gql(baseUrl, MINE, {}, owner)).customers.nodes;
  const customer = customers[index];
  const data = await gql(
    baseUrl,
    REQUEST,
    {
      i: {
        customerIds: [customer.id],
        level: 'READ',
        until: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        reason: '浏览器测试：协助对账',
      },
    },
    other,
  );
  const request = data.requestCustomerAccess[0];
  if (request.approver?.username !== DEMO.manager)
    throw new Error(`routed to ${request.approver?.username}`);
  state[key] = { customer, requestId: request.id };
}

/**
 * Clicks a button; on a phone the console's side menu (not folded below the breakpoint) can lie
 * over the content for hit-testing, so the click is then dispatched on the button itself.
 */
async function press(button) {
  await button.waitFor({ timeout: STEP_TIMEOUT });
  await button.click({ timeout: 5_000 }).catch(() => button.dispatchEvent('click'));
}

async function openAccessTab(page, baseUrl, customerId) {
  await page.goto(`${baseUrl}/customers/show/${customerId}`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('tab-access').first().click({ timeout: STEP_TIMEOUT });
  await page.getByTestId('access-tab').waitFor({ timeout: STEP_TIMEOUT });
}

/** Grants READ to li.na (华东 staff, not a department head) found by typing part of her name. */
async function grantBySearch(page, search, pickText) {
  await press(page.getByTestId('grant-access'));
  await modalSettled(page);
  const modal = page.locator('.ant-modal:visible');
  await modal.getByTestId('grant-user').click();
  await page.keyboard.type(search);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: pickText,
  });
  await option.first().click({ timeout: STEP_TIMEOUT });
  // Three days ahead, typed as the picker shows it, confirmed with Enter.
  const at = new Date(Date.now() + 3 * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  const typed = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} 18:00`;
  const expires = modal.getByTestId('grant-expires');
  await expires.click();
  await expires.fill(typed);
  await page.keyboard.press('Enter');
  await page
    .locator('.ant-picker-dropdown:visible')
    .waitFor({ state: 'hidden', timeout: STEP_TIMEOUT })
    .catch(() => undefined);
  await modal.getByTestId('reason-text').fill('浏览器测试：临时协作');
  await modal.getByTestId('grant-submit').click();
  await modal.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

export const steps = [
  {
    name: 'access desk: manager approves a pending access request from the customer’s Access tab',
    context: 'access-manager',
    run: async ({ page, baseUrl, state }) => {
      await pendingRequest(baseUrl, state, 'approve', 0);
      await demoLogin(page, baseUrl, 'manager');
      await openAccessTab(page, baseUrl, state.approve.customer.id);
      const approve = page.getByTestId(`tab-approve-request-${state.approve.requestId}`);
      await approve.click({ timeout: STEP_TIMEOUT });
      await modalSettled(page);
      await page.getByTestId('approve-submit').click();
      await eventually(async () => {
        if (await approve.count()) throw new Error('approve button still shown');
        const row = page
          .getByTestId('access-requests-table')
          .locator('tbody tr.ant-table-row', { hasText: '王强' });
        const text = await row.first().innerText();
        if (!text.includes('已批准')) throw new Error(`row says ${text}`);
      });
    },
  },
  {
    name: 'access desk: manager grants to a non-head user found by search (zh-CN, desktop)',
    context: 'access-manager',
    needs: 'access desk: manager approves a pending access request from the customer’s Access tab',
    run: async ({ page, state }) => {
      await grantBySearch(page, '李', '李娜');
      const grants = page.getByTestId('grants-table');
      await grants
        .locator('tbody tr.ant-table-row', { hasText: '李娜' })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      // Only people in the manager's reach are offered: 华南's 王强 is not.
      await page.getByTestId('grant-access').click();
      await modalSettled(page);
      await page.locator('.ant-modal:visible').getByTestId('grant-user').click();
      await page.keyboard.type('王');
      await page
        .locator(
          '.ant-select-dropdown:visible .ant-empty, .ant-select-dropdown:visible .ant-select-item-empty',
        )
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      // Escape closes the list, then the dialog.
      const dialog = page.locator('.ant-modal:visible');
      await eventually(async () => {
        await page.keyboard.press('Escape');
        if (await dialog.count()) throw new Error('the grant dialog is still open');
      });
      state.grantedCustomer = state.approve.customer;
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'access-tab.png');
    },
  },
  {
    name: 'audit log: translated actions and entities, customer number and name (zh-CN, desktop)',
    context: 'access-manager',
    needs: 'access desk: manager grants to a non-head user found by search (zh-CN, desktop)',
    run: async ({ page, baseUrl, state }) => {
      await page.goto(`${baseUrl}/audit-logs`, { waitUntil: 'domcontentloaded' });
      const { number, name } = state.grantedCustomer;
      const row = page.locator('tbody tr.ant-table-row', { hasText: '授权查阅' }).first();
      await row.waitFor({ timeout: STEP_TIMEOUT });
      await eventually(async () => {
        const text = await row.innerText();
        for (const wanted of ['查阅授权', number, name])
          if (!text.includes(wanted)) throw new Error(`row lacks ${wanted}: ${text}`);
        if (/grant\.create|CustomerGrant|#\d/.test(text)) throw new Error(`raw codes: ${text}`);
      });
      // The diff as field rows with labels.
      await row.locator('.ant-table-row-expand-icon').click();
      const diff = page.getByTestId('audit-diff').first();
      await diff.waitFor({ timeout: STEP_TIMEOUT });
      const text = await diff.innerText();
      for (const wanted of ['字段', '权限级别', '只读', '到期时间', '理由'])
        if (!text.includes(wanted)) throw new Error(`diff lacks ${wanted}: ${text}`);
      await screenshot(page, 'audit-log.png');
    },
  },
  {
    name: 'access desk: manager rejects a request and grants by search on a phone in English',
    context: 'access-manager-phone-en',
    run: async ({ page, baseUrl, state }) => {
      await pendingRequest(baseUrl, state, 'reject', 1);
      await page.addInitScript(([key]) => localStorage.setItem(key, 'en'), [LOCALE_KEY]);
      await demoLogin(page, baseUrl, 'manager');
      await openAccessTab(page, baseUrl, state.reject.customer.id);
      const reject = page.getByTestId(`tab-reject-request-${state.reject.requestId}`);
      await press(reject);
      await modalSettled(page);
      const modal = page.locator('.ant-modal:visible');
      await modal.locator('textarea').fill('Not needed');
      await modal.locator('.ant-btn-primary').click();
      await eventually(async () => {
        const text = await page
          .getByTestId('access-requests-table')
          .locator('tbody tr.ant-table-row', { hasText: 'Rejected' })
          .count();
        if (!text) throw new Error('no rejected row');
      });
      await grantBySearch(page, 'li.na', 'li.na');
      await page
        .getByTestId('grants-table')
        .locator('tbody tr.ant-table-row', { hasText: '李娜' })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'audit log: translated actions and customer names on a phone in English',
    context: 'access-manager-phone-en',
    needs: 'access desk: manager rejects a request and grants by search on a phone in English',
    run: async ({ page, baseUrl, state }) => {
      await page.goto(`${baseUrl}/audit-logs`, { waitUntil: 'domcontentloaded' });
      const { number, name } = state.reject.customer;
      const row = page.locator('tbody tr.ant-table-row', { hasText: 'Reject access request' });
      await row.first().waitFor({ timeout: STEP_TIMEOUT });
      await eventually(async () => {
        const text = await row.first().innerText();
        for (const wanted of ['Access request', number, name])
          if (!text.includes(wanted)) throw new Error(`row lacks ${wanted}: ${text}`);
      });
      const grant = page.locator('tbody tr.ant-table-row', { hasText: 'Grant access' }).first();
      await grant.waitFor({ timeout: STEP_TIMEOUT });
      if (!(await grant.innerText()).includes('Access grant'))
        throw new Error('entity not translated');
    },
  },
];
