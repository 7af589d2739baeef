// Global search (Ctrl-K, "/", the header button on phones) and saved views of the customer list.
import {
  ADMIN_PASSWORD,
  DESKTOP,
  PHONE,
  STEP_TIMEOUT,
  gql,
  login,
  modalSettled,
  screenshot,
  eventually,
} from '../lib.mjs';

export const contexts = {
  'search-desktop': { viewport: DESKTOP, locale: 'zh-CN' },
  'search-en': { viewport: DESKTOP, locale: 'en' },
  'search-phone': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' },
  'search-phone-en': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en' },
};

const CUSTOMER = '寰宇搜索测试科技有限公司';
const CONTACT = '寰宇搜索联系人';
const LOCALE_KEY = 'dossier.locale';

async function signIn(page, baseUrl, locale) {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LOCALE_KEY, locale]);
  await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
}

/** The search dialog's input, once open. */
function searchInput(page) {
  return page.getByTestId('global-search-input');
}

async function typeAndWaitForHits(page, text) {
  await searchInput(page).fill(text);
  await page
    .getByTestId('global-search-hit')
    .filter({ hasText: CUSTOMER })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
}

/** Which hit the keyboard points at. */
async function activeHitText(page) {
  return page.locator('[data-testid="global-search-hit"][aria-selected="true"]').innerText();
}

export const steps = [
  {
    name: 'search: Ctrl-K opens the search, typing finds customer and contact, arrows + Enter open the customer (desktop, zh-CN)',
    context: 'search-desktop',
    run: async ({ page, baseUrl, state, adminToken }) => {
      const created = await gql(
        baseUrl,
        `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id number } }`,
        { c: { kind: 'ENTERPRISE', name: CUSTOMER } },
        adminToken,
      );
      state.searchCustomer = created.createOneCustomer;
      const contact = await gql(
        baseUrl,
        `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { id } }`,
        { c: { customerId: state.searchCustomer.id, name: CONTACT, title: '采购经理' } },
        adminToken,
      );
      state.searchContact = contact.createOneContact.id;

      await signIn(page, baseUrl, 'zh-CN');
      await page.keyboard.press('Control+k');
      await searchInput(page).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await modalSettled(page);
      await typeAndWaitForHits(page, '寰宇搜索');
      await page
        .getByTestId('global-search-contacts')
        .getByText(CONTACT)
        .waitFor({ timeout: STEP_TIMEOUT });
      const number = page
        .getByTestId('global-search-customers')
        .getByText(state.searchCustomer.number);
      await number.waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'global-search.png', { fullPage: false });
      // First hit is active; down moves to the contact, up comes back to the customer.
      if (!(await activeHitText(page)).includes(CUSTOMER)) throw new Error('first hit not active');
      await page.keyboard.press('ArrowDown');
      await eventually(async () => {
        if (!(await activeHitText(page)).includes(CONTACT)) throw new Error('down did not move');
      });
      await page.keyboard.press('ArrowUp');
      await eventually(async () => {
        if (!(await activeHitText(page)).includes(CUSTOMER)) throw new Error('up did not move');
      });
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/customers/show/${state.searchCustomer.id}$`), {
        timeout: STEP_TIMEOUT,
      });
      await page.getByText(CUSTOMER).first().waitFor({ timeout: STEP_TIMEOUT });
      await searchInput(page).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'search: "/" opens the search outside inputs only, Esc closes it (desktop, zh-CN)',
    context: 'search-desktop',
    needs:
      'search: Ctrl-K opens the search, typing finds customer and contact, arrows + Enter open the customer (desktop, zh-CN)',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/customers`, { waitUntil: 'domcontentloaded' });
      const listSearch = page.locator('input[data-testid="customer-search"]');
      await listSearch.waitFor({ timeout: STEP_TIMEOUT });
      await listSearch.click();
      await page.keyboard.type('a/b');
      if ((await listSearch.inputValue()) !== 'a/b') throw new Error('"/" did not reach the input');
      await page.waitForTimeout(300);
      if (await searchInput(page).isVisible()) throw new Error('"/" in an input opened the search');
      // Ctrl-K works even while typing.
      await page.keyboard.press('Control+k');
      await searchInput(page).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await modalSettled(page);
      await page.keyboard.press('Escape');
      await searchInput(page).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      await searchInput(page).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await modalSettled(page);
      if ((await searchInput(page).inputValue()) !== '')
        throw new Error('"/" was typed into search');
      await page.keyboard.press('Escape');
      await searchInput(page).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'search: Ctrl-K, a number finds the customer and Enter opens it (desktop, en)',
    context: 'search-en',
    needs:
      'search: Ctrl-K opens the search, typing finds customer and contact, arrows + Enter open the customer (desktop, zh-CN)',
    run: async ({ page, baseUrl, state }) => {
      await signIn(page, baseUrl, 'en');
      await page.keyboard.press('Control+k');
      await searchInput(page).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      const placeholder = await searchInput(page).getAttribute('placeholder');
      if (!placeholder?.startsWith('Search customers'))
        throw new Error(`placeholder ${placeholder}`);
      await typeAndWaitForHits(page, state.searchCustomer.number);
      await page
        .getByTestId('global-search-customers')
        .getByText('Customers')
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/customers/show/${state.searchCustomer.id}$`), {
        timeout: STEP_TIMEOUT,
      });
    },
  },
  {
    name: 'search: the header button opens the search on a phone, arrow + Enter open the contact (phone, zh-CN)',
    context: 'search-phone',
    needs:
      'search: Ctrl-K opens the search, typing finds customer and contact, arrows + Enter open the customer (desktop, zh-CN)',
    run: async ({ page, baseUrl, state }) => {
      await signIn(page, baseUrl, 'zh-CN');
      const open = page.getByTestId('global-search-open');
      await open.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await open.click();
      await searchInput(page).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await modalSettled(page);
      await typeAndWaitForHits(page, '寰宇搜索');
      await page
        .getByTestId('global-search-contacts')
        .getByText(CONTACT)
        .waitFor({ timeout: STEP_TIMEOUT });
      await eventually(async () => {
        if ((await activeHitText(page)).includes(CONTACT)) return;
        await page.keyboard.press('ArrowDown');
        throw new Error('the contact is not chosen yet');
      });
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/contacts/show/${state.searchContact}$`), {
        timeout: STEP_TIMEOUT,
      });
      await page.getByText(CONTACT).first().waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'search: tapping a hit opens the customer (phone, en)',
    context: 'search-phone-en',
    needs:
      'search: Ctrl-K opens the search, typing finds customer and contact, arrows + Enter open the customer (desktop, zh-CN)',
    run: async ({ page, baseUrl, state }) => {
      await signIn(page, baseUrl, 'en');
      await page.getByTestId('global-search-open').click();
      await searchInput(page).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await modalSettled(page);
      await typeAndWaitForHits(page, '寰宇搜索');
      await page.getByTestId('global-search-hit').filter({ hasText: CUSTOMER }).first().click();
      await page.waitForURL(new RegExp(`/customers/show/${state.searchCustomer.id}$`), {
        timeout: STEP_TIMEOUT,
      });
    },
  },
  ...savedViewSteps(),
];

/** Save a view with a status filter and a sort, open the list fresh, reload, pick it: both come back. */
function savedViewSteps() {
  const run =
    (locale, viewName, statusLabel, manage) =>
    async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/customers`, { waitUntil: 'domcontentloaded' });
      const table = page.getByTestId('customers-table');
      await table.locator('tbody tr.ant-table-row').first().waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('customer-filter-status').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: statusLabel })
        .click();
      await page.waitForURL(/filters.*status/, { timeout: STEP_TIMEOUT });
      await page.keyboard.press('Escape');
      // Sort by name (ascending); on a phone the wide table's fixed column covers the header.
      await table.locator('thead th.ant-table-column-has-sorters').nth(1).dispatchEvent('click');
      await page.waitForURL(/sorters\[0\]\[field\]=name/, { timeout: STEP_TIMEOUT });

      await page.getByTestId('saved-views').click();
      await page.getByTestId('saved-view-save').click();
      await page.getByTestId('saved-view-name').fill(viewName);
      await page.getByTestId('saved-view-name').press('Enter');
      await page.getByTestId('saved-views').filter({ hasText: viewName }).waitFor({
        timeout: STEP_TIMEOUT,
      });

      // Back to a plain list, reloaded: the view is not applied.
      await page.goto(`${baseUrl}/customers`, { waitUntil: 'domcontentloaded' });
      await page.reload({ waitUntil: 'domcontentloaded' });
      await table.locator('tbody tr.ant-table-row').first().waitFor({ timeout: STEP_TIMEOUT });
      if (/status/.test(page.url())) throw new Error(`fresh list kept the filter: ${page.url()}`);
      await page.getByTestId('saved-views').click();
      await page.getByTestId('saved-view-option').filter({ hasText: viewName }).click();
      await page.waitForURL(/filters.*status/, { timeout: STEP_TIMEOUT });
      await page.waitForURL(/sorters\[0\]\[field\]=name/, { timeout: STEP_TIMEOUT });
      await page
        .getByTestId('customer-filter-status')
        .getByText(statusLabel)
        .waitFor({ timeout: STEP_TIMEOUT });
      await table.locator('tbody tr.ant-table-row').first().waitFor({ timeout: STEP_TIMEOUT });
      if (locale === 'zh-CN') {
        await page.getByTestId('saved-views').click();
        await page.getByTestId('saved-view-save').waitFor({ timeout: STEP_TIMEOUT });
        await screenshot(page, 'saved-views.png', { fullPage: false });
        await page.keyboard.press('Escape');
      }
      if (manage) {
        // Rename, then delete it through "manage views".
        await page.getByTestId('saved-views').click();
        await page.getByTestId('saved-view-manage').click();
        await modalSettled(page);
        const row = page.getByTestId('saved-view-row').filter({ hasText: viewName });
        await row.getByTestId('saved-view-rename').click();
        await modalSettled(page);
        await page.getByTestId('saved-view-rename-input').fill(`${viewName} 2`);
        await page.getByTestId('saved-view-rename-input').press('Enter');
        const renamed = page.getByTestId('saved-view-row').filter({ hasText: `${viewName} 2` });
        await renamed.waitFor({ timeout: STEP_TIMEOUT });
        await page
          .getByTestId('saved-view-rename-input')
          .waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
        // The rename dialog may still be fading out over the list.
        // (on the phone emulation its empty wrap keeps covering the list: click without hit-testing).
        await renamed.getByTestId('saved-view-delete').dispatchEvent('click');
        await page
          .locator('.ant-popconfirm .ant-btn-dangerous')
          .first()
          .waitFor({ timeout: STEP_TIMEOUT });
        await page.locator('.ant-popconfirm .ant-btn-dangerous').first().dispatchEvent('click');
        await renamed.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
      }
    };
  return [
    {
      name: 'views: save a view with a status filter and sort, reload, pick it, it comes back (desktop, zh-CN)',
      context: 'search-desktop',
      needs:
        'search: Ctrl-K opens the search, typing finds customer and contact, arrows + Enter open the customer (desktop, zh-CN)',
      run: run('zh-CN', '正常客户按名称', '正常', false),
    },
    {
      name: 'views: save, reload, pick, rename and delete a view (phone, en)',
      context: 'search-phone-en',
      needs: 'search: tapping a hit opens the customer (phone, en)',
      run: run('en', 'Active by name', 'Active', true),
    },
  ];
}
