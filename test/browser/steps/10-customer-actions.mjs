// Customer page actions (H1): transactions, relationships (picker), contacts (edit, link, delete),
// follow-ups (edit, delete), documents (delete), customer delete and restore, the not-found page.
// The owner (zhang.wei, staff) works at desktop in zh-CN and at phone size in en; only the admin
// holds customer.delete.
import {
  ADMIN_PASSWORD,
  DEMO,
  DESKTOP,
  PHONE,
  STEP_TIMEOUT,
  apiLogin,
  demoLogin,
  eventually,
  gql,
  login,
  modalSettled,
  rowsWith,
  screenshot,
  settle,
} from '../lib.mjs';

export const contexts = {
  'actions-owner': { viewport: DESKTOP, locale: 'zh-CN' },
  'actions-owner-phone': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-US' },
  'actions-admin': { viewport: DESKTOP, locale: 'zh-CN' },
};

const OWNER_LOGIN = 'actions: the owner signs in (desktop, zh-CN)';
const PHONE_LOGIN = 'actions: the owner signs in (phone, en)';
const ADMIN_LOGIN = 'actions: the admin signs in';

async function ownerToken(baseUrl, state) {
  state.actionsToken ??= await apiLogin(baseUrl, DEMO.owner, DEMO.password);
  return state.actionsToken;
}

/** Customers the owner may edit, and others they may only read or not see at all. */
async function pickCustomers(baseUrl, state, adminToken) {
  if (state.actions) return state.actions;
  const token = await ownerToken(baseUrl, state);
  const mine = await gql(
    baseUrl,
    '{ customers(paging: { limit: 200 }) { nodes { id name canEdit } } }',
    {},
    token,
  );
  const all = await gql(
    baseUrl,
    '{ customers(paging: { limit: 200 }) { nodes { id name } } }',
    {},
    adminToken,
  );
  const nodes = mine.customers.nodes;
  const editable = nodes.filter((c) => c.canEdit);
  if (editable.length < 3) throw new Error('the owner edits fewer than 3 customers');
  const readable = new Set(nodes.map((c) => c.id));
  const hidden = all.customers.nodes.find((c) => !readable.has(c.id));
  const contacts = await gql(
    baseUrl,
    '{ contacts(paging: { limit: 200 }) { nodes { id name customers { id } } } }',
    {},
    token,
  );
  state.actions = { editable, hidden, contacts: contacts.contacts.nodes };
  return state.actions;
}

async function openCustomer(page, baseUrl, id) {
  await page.goto(`${baseUrl}/customers/show/${id}`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('customer-header').waitFor({ timeout: STEP_TIMEOUT });
}

/** Opens a tab by key, through the overflow menu when the tab bar is too narrow (phones). */
async function openTab(page, key, label) {
  const tab = page.locator(`.ant-tabs-tab[data-node-key="${key}"]`).first();
  await tab.waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
  const more = page.locator('.ant-tabs-nav-more').first();
  // Without an overflow menu every tab is on screen.
  if (!(await more.isVisible())) await tab.click();
  else
    try {
      await tab.click({ timeout: 3000 });
    } catch {
      await page.locator('.ant-tabs-nav-more').first().click();
      await page
        .locator('.ant-tabs-dropdown:visible .ant-tabs-dropdown-menu-item', { hasText: label })
        .first()
        .click();
      // The overflow menu opens on hover: move away and let it close before going on.
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
      await page
        .locator('.ant-tabs-dropdown:visible')
        .waitFor({ state: 'hidden', timeout: STEP_TIMEOUT })
        .catch(() => undefined);
    }
  await page
    .locator(`.ant-tabs-tab-active[data-node-key="${key}"]`)
    .waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
}

/**
 * Types into a searchable select and picks the option containing `text`; tries again when a
 * late search answer re-rendered the list under the click (seen on a loaded machine).
 */
async function searchAndPick(page, select, query, text) {
  for (let attempt = 0; ; attempt++) {
    await select.click();
    await page.keyboard.type(query);
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
      .first();
    await option.waitFor({ timeout: STEP_TIMEOUT });
    // Later tries click without the pointer checks: on a phone an overlapping re-render can
    // swallow the tap.
    if (attempt === 0) await option.click();
    else await option.dispatchEvent('click');
    const picked = await select
      .locator('.ant-select-selection-item', { hasText: text })
      .waitFor({ timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (picked) return;
    if (attempt >= 2) throw new Error(`could not pick ${text}`);
    await page.keyboard.press('Escape');
    await select.locator('input').fill('');
  }
}

async function pickFirstOption(page, select) {
  await select.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await option.waitFor({ timeout: STEP_TIMEOUT });
  const text = await option.innerText();
  await option.click();
  return text;
}

async function submitModal(page) {
  await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
}

async function confirmPopover(page) {
  const ok = page.locator('.ant-popover:visible .ant-popconfirm-buttons .ant-btn-dangerous');
  await ok.waitFor({ timeout: STEP_TIMEOUT });
  await ok.click();
}

async function waitModalClosed(page) {
  await page
    .locator('.ant-modal-wrap:visible')
    .waitFor({ state: 'detached', timeout: STEP_TIMEOUT })
    .catch(() =>
      page.locator('.ant-modal-wrap:visible').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT }),
    );
}

// Shared by the desktop and phone runs.
async function addTransaction(page, { amount, bad, note }) {
  await openTab(page, 'transactions', /交易|Transactions/);
  await page.getByTestId('add-transaction').click();
  await modalSettled(page);
  const modal = page.locator('.ant-modal-wrap:visible');
  await pickFirstOption(page, modal.locator('.ant-form-item').first().locator('.ant-select'));
  const amountInput = modal.locator('input[inputmode="decimal"]');
  await modal.locator('textarea').fill(note);
  // The server's own field error lands on the amount field.
  await amountInput.fill(bad);
  await submitModal(page);
  await modal
    .locator('.ant-form-item-has-error .ant-form-item-explain-error')
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  await amountInput.fill(amount);
  await submitModal(page);
  await waitModalClosed(page);
  const table = page.locator('.ant-tabs-tabpane-active');
  await eventually(async () => {
    if ((await rowsWith(table, note).count()) === 0)
      throw new Error('the new transaction is not listed');
  });
}

async function deleteTransaction(page, note) {
  const table = page.locator('.ant-tabs-tabpane-active');
  const row = rowsWith(table, note).first();
  const before = await rowsWith(table, note).count();
  const button = row.locator('button[aria-label]');
  if (!(await button.getAttribute('aria-label'))) throw new Error('delete button has no name');
  await button.click();
  await confirmPopover(page);
  await eventually(async () => {
    if ((await rowsWith(table, note).count()) >= before)
      throw new Error('the transaction is still listed');
  });
}

async function addFollowupEditDelete(page, { content, edited }) {
  await openTab(page, 'followups', /跟进|Follow-ups/);
  const pane = page.locator('.ant-tabs-tabpane-active');
  await pane.locator('textarea').first().fill(content);
  await pane.locator('button[type=submit]').click();
  const item = pane.locator('.ant-timeline-item', { hasText: content }).first();
  await item.waitFor({ timeout: STEP_TIMEOUT });
  await item.locator('[data-testid^="followup-edit-"]').click();
  await modalSettled(page);
  const modal = page.locator('.ant-modal-wrap:visible');
  await modal.locator('textarea').fill(edited);
  await submitModal(page);
  await waitModalClosed(page);
  const editedItem = pane.locator('.ant-timeline-item', { hasText: edited }).first();
  await editedItem.waitFor({ timeout: STEP_TIMEOUT });
  await editedItem.locator('[data-testid^="followup-delete-"]').click();
  await confirmPopover(page);
  await pane
    .locator('.ant-timeline-item', { hasText: edited })
    .first()
    .waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

async function addRelationship(page, other, { screenshotName } = {}) {
  await openTab(page, 'relationships', /关系|Relationships/);
  const pane = page.locator('.ant-tabs-tabpane-active');
  const before = await pane.locator('tbody tr.ant-table-row').count();
  await page.getByTestId('add-relationship').click();
  await modalSettled(page);
  const picker = page.getByTestId('relationship-picker');
  await searchAndPick(
    page,
    picker.locator('.ant-form-item').nth(0).locator('.ant-select'),
    other.name.slice(0, 4),
    other.name,
  );
  // On a phone the first list can stay open over the form: close it before the next select.
  await page.locator('.ant-modal-wrap:visible .ant-modal-title').click();
  await page
    .locator('.ant-select-dropdown:visible')
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
  // Only types that fit a customer on both ends are offered, each with its inverse label.
  await picker.locator('.ant-form-item').nth(1).locator('.ant-select').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options.first().waitFor({ timeout: STEP_TIMEOUT });
  await page
    .locator('.ant-select-dropdown:visible .ant-typography', { hasText: /对方视角|other side/ })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  const labels = await options.allInnerTexts();
  if (labels.some((label) => /任职于|Works at|配偶|Spouse/.test(label)))
    throw new Error(`contact-only types offered for a customer: ${labels.join(' | ')}`);
  if (screenshotName) await screenshot(page, screenshotName, { fullPage: false });
  await options.first().click();
  await submitModal(page);
  await waitModalClosed(page);
  await eventually(async () => {
    if ((await pane.locator('tbody tr.ant-table-row').count()) <= before)
      throw new Error('the new relationship is not listed');
  });
  return before;
}

/** A missing id and a hidden one read alike, "not found or not accessible", with a request link. */
async function checkNotFound(page, baseUrl, { hidden }, { text, screenshotName }) {
  const texts = [];
  for (const id of ['99999999', hidden?.id].filter(Boolean)) {
    await page.goto(`${baseUrl}/customers/show/${id}`, { waitUntil: 'domcontentloaded' });
    const notFound = page.getByTestId('customer-not-found');
    await notFound.waitFor({ timeout: STEP_TIMEOUT });
    texts.push(await notFound.innerText());
  }
  if (!texts[0].includes(text)) throw new Error(texts[0]);
  if (texts.length === 2 && texts[0] !== texts[1])
    throw new Error('a hidden customer reads differently from a missing one');
  if (screenshotName) await screenshot(page, screenshotName);
  await page.getByTestId('customer-not-found-request').click();
  await page.waitForURL(/\/access-requests\/create/, { timeout: STEP_TIMEOUT });
}

/** Adds a contact, edits it (server error on the e-mail first), links another customer's, deletes it. */
async function contactEditLinkDelete(page, baseUrl, customer, contacts) {
  await openCustomer(page, baseUrl, customer.id);
  await openTab(page, 'contacts', /联系人|Contacts/);
  const pane = page.locator('.ant-tabs-tabpane-active');
  // Add one to work on, so seeded contacts stay as they are.
  await page.getByTestId('add-contact').click();
  await modalSettled(page);
  let modal = page.locator('.ant-modal-wrap:visible');
  await modal.locator('input').first().fill('浏览器测试联系人');
  await submitModal(page);
  await waitModalClosed(page);
  const row = rowsWith(pane, '浏览器测试联系人').first();
  await row.waitFor({ timeout: STEP_TIMEOUT });
  await row.locator('[data-testid^="contact-edit-"]').click();
  await modalSettled(page);
  modal = page.locator('.ant-modal-wrap:visible');
  const email = modal.locator('.ant-form-item').nth(4).locator('input');
  await email.fill('not-an-email');
  await submitModal(page);
  await modal
    .locator('.ant-form-item-has-error .ant-form-item-explain-error')
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  await email.fill('browser.contact@example.com');
  await modal.locator('.ant-form-item').nth(1).locator('input').fill('采购经理');
  await submitModal(page);
  await waitModalClosed(page);
  await rowsWith(pane, 'browser.contact@example.com').first().waitFor({ timeout: STEP_TIMEOUT });

  // Link a contact of another customer.
  const other = contacts.find(
    (contact) => !contact.customers.some((c) => c.id === customer.id) && contact.name.length >= 2,
  );
  if (other) {
    await page.getByTestId('link-contact').click();
    await modalSettled(page);
    modal = page.locator('.ant-modal-wrap:visible');
    await searchAndPick(
      page,
      modal.locator('.ant-select').first(),
      other.name.slice(0, 2),
      other.name,
    );
    await submitModal(page);
    await waitModalClosed(page);
    await rowsWith(pane, other.name).first().waitFor({ timeout: STEP_TIMEOUT });
  }

  await rowsWith(pane, '浏览器测试联系人')
    .first()
    .locator('[data-testid^="contact-delete-"]')
    .click();
  await confirmPopover(page);
  await rowsWith(pane, '浏览器测试联系人')
    .first()
    .waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

/** Uploads a 12-byte note (its size reads "12 B") and deletes it. */
async function uploadAndDeleteDocument(page, baseUrl, customer) {
  await openCustomer(page, baseUrl, customer.id);
  await openTab(page, 'documents', /文件|文档|资料|Documents/);
  const pane = page.locator('.ant-tabs-tabpane-active');
  await pane
    .locator('button', { has: page.locator('.anticon-upload') })
    .first()
    .click();
  await modalSettled(page);
  const modal = page.locator('.ant-modal-wrap:visible');
  await modal.locator('input[type=file]').setInputFiles({
    name: 'browser-note.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('a small note'),
  });
  await modal.locator('.ant-form-item').first().locator('.ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await submitModal(page);
  await waitModalClosed(page);
  const row = rowsWith(pane, 'browser-note.txt').first();
  await row.waitFor({ timeout: STEP_TIMEOUT });
  const text = await row.innerText();
  if (!/\b12 B\b/.test(text)) throw new Error(`size not in bytes: ${text}`);
  await row.locator('[data-testid^="document-delete-"]').click();
  await confirmPopover(page);
  await row.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

export const steps = [
  {
    name: OWNER_LOGIN,
    context: 'actions-owner',
    run: async ({ page, baseUrl }) => {
      await demoLogin(page, baseUrl, 'owner');
    },
  },
  {
    name: 'actions: a missing or hidden customer shows "not found or not accessible" with a way to request access',
    context: 'actions-owner',
    needs: OWNER_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      await checkNotFound(page, baseUrl, await pickCustomers(baseUrl, state, adminToken), {
        text: '未找到或无权查看',
        screenshotName: 'customer-not-found.png',
      });
    },
  },
  {
    name: 'actions: the owner adds a transaction (server field error on the amount) and deletes it',
    context: 'actions-owner',
    needs: OWNER_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await openCustomer(page, baseUrl, editable[0].id);
      const note = '浏览器测试交易';
      await addTransaction(page, { amount: '4321.50', bad: '12.345', note });
      await screenshot(page, 'customer-actions.png', { fullPage: false });
      await deleteTransaction(page, note);
    },
  },
  {
    name: 'actions: the owner adds, edits and deletes a follow-up',
    context: 'actions-owner',
    needs: OWNER_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await openCustomer(page, baseUrl, editable[0].id);
      await addFollowupEditDelete(page, {
        content: '浏览器测试跟进：电话沟通',
        edited: '浏览器测试跟进：已改为上门拜访',
      });
    },
  },
  {
    name: 'actions: the relationship picker offers fitting types with inverse labels; add and delete',
    context: 'actions-owner',
    needs: OWNER_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await openCustomer(page, baseUrl, editable[0].id);
      const before = await addRelationship(page, editable[1], {
        screenshotName: 'relationship-picker.png',
      });
      const pane = page.locator('.ant-tabs-tabpane-active');
      await pane.locator('[data-testid^="relationship-delete-"]').first().click();
      await confirmPopover(page);
      await eventually(async () => {
        if ((await pane.locator('tbody tr.ant-table-row').count()) !== before)
          throw new Error('the relationship is still listed');
      });
    },
  },
  {
    name: 'actions: the owner edits a contact (server field error on the email), links another, deletes it',
    context: 'actions-owner',
    needs: OWNER_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable, contacts } = await pickCustomers(baseUrl, state, adminToken);
      await contactEditLinkDelete(page, baseUrl, editable[0], contacts);
    },
  },
  {
    name: 'actions: a small upload shows its size in bytes, and the owner deletes it',
    context: 'actions-owner',
    needs: OWNER_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await uploadAndDeleteDocument(page, baseUrl, editable[1]);
    },
  },
  {
    name: 'actions: the owner (no customer.delete) sees no delete button; the card shows labels',
    context: 'actions-owner',
    needs: OWNER_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await openCustomer(page, baseUrl, editable[0].id);
      await page.getByTestId('customer-edit').waitFor({ timeout: STEP_TIMEOUT });
      await settle(page);
      if ((await page.getByTestId('customer-delete').count()) > 0)
        throw new Error('delete offered without customer.delete');
      // Select values read as labels, never item codes.
      const card = await page.getByTestId('card-tab').innerText();
      const codes = card.match(/\b(customer_referral|website_ad|exhibition|phone)\b/);
      if (codes) throw new Error(`the card shows the item code ${codes[0]}`);
    },
  },
  {
    name: ADMIN_LOGIN,
    context: 'actions-admin',
    run: async ({ page, baseUrl }) => {
      await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
    },
  },
  {
    name: 'actions: the admin deletes a customer, lands on the list, and restores it from the message',
    context: 'actions-admin',
    needs: ADMIN_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      const victim = editable[2];
      await openCustomer(page, baseUrl, victim.id);
      await page.getByTestId('customer-delete').click();
      await confirmPopover(page);
      await page.waitForURL(/\/customers(\?|$)/, { timeout: STEP_TIMEOUT });
      await page.getByTestId('customer-restore').click();
      await page.waitForURL(new RegExp(`/customers/show/${victim.id}`), { timeout: STEP_TIMEOUT });
      await page.getByTestId('customer-header').waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: PHONE_LOGIN,
    context: 'actions-owner-phone',
    run: async ({ page, baseUrl }) => {
      await page.context().addInitScript(() => localStorage.setItem('dossier.locale', 'en'));
      await demoLogin(page, baseUrl, 'owner');
    },
  },
  {
    name: 'actions (phone, en): add a transaction and delete it',
    context: 'actions-owner-phone',
    needs: PHONE_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await openCustomer(page, baseUrl, editable[1].id);
      const note = 'Browser phone transaction';
      await addTransaction(page, { amount: '987.60', bad: 'abc', note });
      await deleteTransaction(page, note);
    },
  },
  {
    name: 'actions (phone, en): add, edit and delete a follow-up',
    context: 'actions-owner-phone',
    needs: PHONE_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await openCustomer(page, baseUrl, editable[1].id);
      await addFollowupEditDelete(page, {
        content: 'Phone follow-up: called the buyer',
        edited: 'Phone follow-up: visit booked',
      });
    },
  },
  {
    name: 'actions (phone, en): add a relationship through the picker',
    context: 'actions-owner-phone',
    needs: PHONE_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await openCustomer(page, baseUrl, editable[1].id);
      await addRelationship(page, editable[0]);
    },
  },
  {
    name: 'actions (phone, en): a missing or hidden customer reads "Not found or not accessible"',
    context: 'actions-owner-phone',
    needs: PHONE_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      await checkNotFound(page, baseUrl, await pickCustomers(baseUrl, state, adminToken), {
        text: 'not accessible',
      });
    },
  },
  {
    name: 'actions (phone, en): edit a contact, link another, delete it',
    context: 'actions-owner-phone',
    needs: PHONE_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable, contacts } = await pickCustomers(baseUrl, state, adminToken);
      await contactEditLinkDelete(page, baseUrl, editable[1], contacts);
    },
  },
  {
    name: 'actions (phone, en): upload a small document, see its size in bytes, delete it',
    context: 'actions-owner-phone',
    needs: PHONE_LOGIN,
    run: async ({ page, baseUrl, state, adminToken }) => {
      const { editable } = await pickCustomers(baseUrl, state, adminToken);
      await uploadAndDeleteDocument(page, baseUrl, editable[0]);
    },
  },
];
