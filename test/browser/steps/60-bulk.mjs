// Bulk actions on customers (docs/console/bulk.md): row selection, the bulk toolbar, one modal
// per action and the per-row results, at desktop and phone size, in zh-CN and en. The steps work
// on four customers of their own (created through the API), found by a quick search.
import {
  DEMO,
  DESKTOP,
  PHONE,
  STEP_TIMEOUT,
  apiLogin,
  demoLogin,
  eventually,
  formItem,
  gql,
  modalSettled,
  screenshot,
} from '../lib.mjs';

const NAME = '批量操作客户';
const NAMES = ['一', '二', '三', '四'].map((n) => `${NAME}${n}`);

export const contexts = {
  'bulk-desktop-zh': { viewport: DESKTOP, locale: 'zh-CN' },
  'bulk-phone-en': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en' },
  'bulk-manager-desktop-en': { viewport: DESKTOP, locale: 'en' },
  'bulk-manager-phone-zh': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' },
};

/** Signs a demo user in with the console in `locale` (the language switch's stored choice). */
async function signIn(page, baseUrl, role, locale) {
  await page.addInitScript((value) => localStorage.setItem('dossier.locale', value), locale);
  await demoLogin(page, baseUrl, role);
}

/** Opens the customers list searched down to this file's customers and ticks `names`. */
async function select(page, baseUrl, names) {
  await page.goto(`${baseUrl}/customers?q=${encodeURIComponent(NAME)}`, {
    waitUntil: 'domcontentloaded',
  });
  const table = page.getByTestId('customers-table');
  await eventually(async () => {
    const count = await table.locator('tbody tr.ant-table-row').count();
    if (count < 4) throw new Error(`${count} rows for ${NAME}`);
  });
  for (const name of names) {
    const row = table.locator('tbody tr.ant-table-row').filter({ hasText: name });
    await row.locator('.ant-checkbox-input').check({ timeout: STEP_TIMEOUT });
  }
  await page.getByTestId('customer-bulk-toolbar').waitFor({ timeout: STEP_TIMEOUT });
}

/** Picks `label` in the select of the form item labelled `item` inside the open modal. */
async function pick(page, item, label) {
  const modal = page.locator('.ant-modal:visible');
  await formItem(page, item, modal).locator('.ant-select').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
    .first()
    .click({ timeout: STEP_TIMEOUT });
}

/** Runs the open bulk modal and waits for one result row per customer, each `result`. */
async function runAndExpect(page, names, result) {
  await page.getByTestId('customer-bulk-submit').click();
  const results = page.getByTestId('customer-bulk-results');
  await results.waitFor({ timeout: STEP_TIMEOUT });
  for (const name of names) {
    const row = results.locator('tbody tr.ant-table-row').filter({ hasText: name });
    await row
      .locator(`[data-result="${result}"]`)
      .waitFor({ timeout: STEP_TIMEOUT })
      .catch(async (err) => {
        throw new Error(`${name}: not ${result}: ${await row.innerText()}`, { cause: err });
      });
  }
}

async function closeResults(page) {
  await page.getByTestId('customer-bulk-done').click();
  await page.getByTestId('customer-bulk-toolbar').waitFor({ state: 'detached' });
}

export const steps = [
  {
    name: 'bulk: staff sets the status of two customers (desktop, zh-CN), per-row results',
    context: 'bulk-desktop-zh',
    run: async ({ page, baseUrl }) => {
      const token = await apiLogin(baseUrl, DEMO.owner, DEMO.password);
      for (const name of NAMES)
        await gql(
          baseUrl,
          `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`,
          { c: { kind: 'ENTERPRISE', name: `${name}有限公司` } },
          token,
        );
      await signIn(page, baseUrl, 'owner', 'zh-CN');
      await select(page, baseUrl, NAMES.slice(0, 2));
      await page
        .getByTestId('customer-bulk-toolbar')
        .getByText('已选择 2 个客户')
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('customer-bulk-status').click();
      await modalSettled(page);
      await pick(page, '状态', '交易中断');
      await formItem(page, '原因', page.locator('.ant-modal:visible'))
        .locator('input')
        .fill('半年无交易');
      await runAndExpect(page, NAMES.slice(0, 2), 'done');
      await page
        .getByText('成功 2 个，提交审批 0 个，失败 0 个')
        .waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'bulk-actions.png', { fullPage: false });
      await closeResults(page);
      const table = page.getByTestId('customers-table');
      for (const name of NAMES.slice(0, 2))
        await table
          .locator('tbody tr.ant-table-row')
          .filter({ hasText: name })
          .filter({ hasText: '交易中断' })
          .waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'bulk: staff sets a status, adds a team member, asks for transfers (phone, en)',
    context: 'bulk-phone-en',
    needs: 'bulk: staff sets the status of two customers (desktop, zh-CN), per-row results',
    run: async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, 'owner', 'en');
      await select(page, baseUrl, NAMES.slice(2));
      await page
        .getByTestId('customer-bulk-toolbar')
        .getByText('2 customers selected')
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('customer-bulk-status').click();
      await modalSettled(page);
      await pick(page, 'Status', 'Archived');
      await runAndExpect(page, NAMES.slice(2), 'done');
      await closeResults(page);

      await select(page, baseUrl, NAMES.slice(2));
      await page.getByTestId('customer-bulk-member').click();
      await modalSettled(page);
      await pick(page, 'Member', 'east.manager');
      await pick(page, 'Access', 'Edit');
      await runAndExpect(page, NAMES.slice(2), 'done');
      await page.getByText('2 done, 0 sent for approval, 0 not done').waitFor();
      await closeResults(page);

      // The owner is protected: without change.approve each transfer becomes a change request.
      await select(page, baseUrl, NAMES.slice(2));
      await page.getByTestId('customer-bulk-transfer').click();
      await modalSettled(page);
      await pick(page, 'New owner', DEMO.manager);
      // The change request needs a reason: the form asks before anything is sent.
      await page.getByTestId('customer-bulk-submit').click();
      await page.getByText('each transfer is sent for approval').waitFor();
      await page.locator('.ant-modal:visible .ant-form-item-explain-error').first().waitFor();
      await formItem(page, 'Reason', page.locator('.ant-modal:visible'))
        .locator('input')
        .fill('handover to the manager');
      await runAndExpect(page, NAMES.slice(2), 'approval');
      await page.getByText('0 done, 2 sent for approval, 0 not done').waitFor();
      await closeResults(page);
    },
  },
  {
    name: 'bulk: a manager transfers two customers to themselves (desktop, en)',
    context: 'bulk-manager-desktop-en',
    needs: 'bulk: staff sets the status of two customers (desktop, zh-CN), per-row results',
    run: async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, 'manager', 'en');
      await select(page, baseUrl, NAMES.slice(0, 2));
      await page.getByTestId('customer-bulk-transfer').click();
      await modalSettled(page);
      await pick(page, 'New owner', DEMO.manager);
      await pick(page, 'Keep previous owner as', 'Read');
      await formItem(page, 'Reason', page.locator('.ant-modal:visible'))
        .locator('input')
        .fill('handover');
      await runAndExpect(page, NAMES.slice(0, 2), 'done');
      await closeResults(page);
      const table = page.getByTestId('customers-table');
      for (const name of NAMES.slice(0, 2))
        await table
          .locator('tbody tr.ant-table-row')
          .filter({ hasText: name })
          .filter({ hasText: '陈经理' })
          .waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'bulk: a manager transfers two more customers on a phone (zh-CN)',
    context: 'bulk-manager-phone-zh',
    needs: 'bulk: a manager transfers two customers to themselves (desktop, en)',
    run: async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, 'manager', 'zh-CN');
      await select(page, baseUrl, NAMES.slice(2));
      await page.getByTestId('customer-bulk-transfer').click();
      await modalSettled(page);
      await pick(page, '新负责人', DEMO.manager);
      await runAndExpect(page, NAMES.slice(2), 'done');
      await closeResults(page);
    },
  },
];
