// The first browser steps: admin pages, the staff card flow, approvals and the audit log.
import path from 'node:path';
import {
  ADMIN_PASSWORD,
  STAFF,
  DEMO,
  STEP_TIMEOUT,
  VALID_CREDIT_CODE,
  BAD_CREDIT_CODE,
  EAST_CHINA,
  RENAMED,
  log,
  gql,
  apiLogin,
  login,
  settle,
  screenshot,
  paintedPixels,
  waitForPaint,
  formItem,
  eventually,
  demoLogin,
  modalSettled,
  rowsWith,
  pickCascader,
} from '../lib.mjs';

export const steps = [
  {
    name: 'admin: login, the users list shows admin',
    context: 'admin',
    run: async ({ page, baseUrl }) => {
      await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
      await page.locator('.ant-menu a[href="/users"]').first().click({ timeout: STEP_TIMEOUT });
      await page.waitForURL(/\/users/, { timeout: STEP_TIMEOUT });
      await page
        .locator('.ant-table-tbody td')
        .filter({ hasText: /^admin$/ })
        .first()
        .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      await screenshot(page, 'users.png');
    },
  },
  {
    name: 'admin: the overview shows totals and draws its charts',
    context: 'admin',
    needs: 'admin: login, the users list shows admin',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
      const total = page
        .getByTestId('overview-total-customers')
        .locator('.ant-statistic-content-value');
      await total.filter({ hasText: /^[1-9]/ }).waitFor({ timeout: STEP_TIMEOUT });
      for (const chart of ['kind', 'status', 'grade', 'category', 'region-group', 'province']) {
        await page
          .getByTestId(`overview-chart-${chart}`)
          .locator('canvas')
          .first()
          .waitFor({ timeout: STEP_TIMEOUT });
        await waitForPaint(page, `[data-testid="overview-chart-${chart}"]`);
      }
      await screenshot(page, 'overview.png');
    },
  },
  {
    name: 'admin: the customers list filters by a region group through the cascader, state in the URL',
    context: 'admin',
    needs: 'admin: login, the users list shows admin',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/customers`, { waitUntil: 'domcontentloaded' });
      const table = page.getByTestId('customers-table');
      await table
        .locator('.ant-table-tbody tr.ant-table-row')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      await pickCascader(page, page.getByTestId('customer-filter-region'), ['华东']);
      await page.waitForURL(/[?&]region=\d+/, { timeout: STEP_TIMEOUT });
      const headers = await table.locator('thead th').allInnerTexts();
      const index = headers.findIndex((text) => text.trim() === '所属地区');
      if (index < 0) throw new Error(`no region column in ${JSON.stringify(headers)}`);
      await eventually(async () => {
        const regions = await table
          .locator(`tbody tr.ant-table-row td:nth-child(${index + 1})`)
          .allInnerTexts();
        if (regions.length === 0) throw new Error('no customers in 华东');
        const outside = regions.filter((region) => !EAST_CHINA.includes(region.trim()));
        if (outside.length > 0) throw new Error(`rows outside 华东: ${outside.join(', ')}`);
      });
      // The URL alone restores the filter (reload).
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page
        .getByTestId('customer-filter-region')
        .filter({ hasText: '华东' })
        .waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'customers.png');
    },
  },
  {
    name: 'admin: numbering rules page shows the rules, previews and saves a pattern',
    context: 'admin',
    needs: 'admin: login, the users list shows admin',
    run: async ({ page, baseUrl }) => {
      await page.locator('.ant-menu-submenu-title', { hasText: '系统设置' }).click();
      await page.locator('.ant-menu a[href="/numbering-rules"]').click({ timeout: STEP_TIMEOUT });
      await page.waitForURL(/\/numbering-rules/, { timeout: STEP_TIMEOUT });
      await page
        .getByTestId('numbering-table')
        .getByText('客户-{yyyy}-{seq:3}')
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('numbering-edit-ENTERPRISE').click();
      const input = page.getByTestId('numbering-form').locator('input');
      await input.fill('KH-{yy}-{seq:4}');
      const yy = String(new Date().getFullYear()).slice(-2);
      await page
        .getByTestId('numbering-preview')
        .filter({ hasText: `KH-${yy}-0001` })
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page
        .getByTestId('numbering-table')
        .getByText('KH-{yy}-{seq:4}')
        .waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'numbering-rules.png');
    },
  },
  {
    name: 'staff: creates an enterprise customer with the card form, region cascader and the server credit-code check',
    context: 'staff',
    run: async ({ page, baseUrl, state }) => {
      await login(page, baseUrl, STAFF.username, STAFF.password);
      await page.locator('.ant-menu a[href="/customers"]').first().click();
      await page.getByTestId('customer-create').click();
      await page.waitForURL(/\/customers\/create/, { timeout: STEP_TIMEOUT });
      const form = page.getByTestId('customer-form');
      await formItem(page, '客户名称', form).locator('input').fill('福州浏览器测试科技有限公司');
      await pickCascader(page, formItem(page, '所属地区', form).locator('.ant-select-selector'), [
        '华东',
        '福建',
      ]);
      await formItem(page, '所属地区', form)
        .filter({ hasText: '福建' })
        .waitFor({ timeout: STEP_TIMEOUT });
      const creditCode = formItem(page, '统一社会信用代码', form);
      await creditCode.locator('input').fill(BAD_CREDIT_CODE);
      await page.locator('.refine-save-button').click();
      // The server's message lands on the field itself.
      await creditCode
        .locator('.ant-form-item-explain-error')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'customer-form.png', { fullPage: false });
      await creditCode.locator('input').fill(VALID_CREDIT_CODE);
      await page.locator('.refine-save-button').click();
      await page.waitForURL(/\/customers\/show\/\d+/, { timeout: STEP_TIMEOUT });
      state.customerId = page.url().match(/\/customers\/show\/(\d+)/)[1];
      const yy = String(new Date().getFullYear()).slice(-2);
      await page
        .getByTestId('customer-header')
        .getByText(new RegExp(`^KH-${yy}-\\d{4}$`))
        .waitFor({ timeout: STEP_TIMEOUT });
      await page
        .getByTestId('card-tab')
        .getByText('福建')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'staff: adds a follow-up and sees it on the timeline',
    context: 'staff',
    needs:
      'staff: creates an enterprise customer with the card form, region cascader and the server credit-code check',
    run: async ({ page }) => {
      await page.locator('.ant-tabs-tab', { hasText: '跟进记录' }).click();
      const content = formItem(page, '跟进内容').locator('textarea');
      await content.fill('上门拜访，确认了年度采购需求');
      await page
        .locator('.ant-card', { hasText: '添加跟进' })
        .locator('button[type=submit]')
        .click();
      await page
        .locator('.ant-timeline')
        .getByText('上门拜访，确认了年度采购需求')
        .waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'customer-show.png');
    },
  },
  {
    name: 'staff: switching to English shows English dictionary labels',
    context: 'staff',
    needs:
      'staff: creates an enterprise customer with the card form, region cascader and the server credit-code check',
    run: async ({ page, baseUrl, state }) => {
      await page.goto(`${baseUrl}/customers/show/${state.customerId}`, {
        waitUntil: 'domcontentloaded',
      });
      await page
        .getByTestId('card-tab')
        .getByText('福建')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('language-switch').click();
      await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
      await page
        .getByTestId('card-tab')
        .getByText('Fujian')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      await page
        .locator('.ant-tabs-tab', { hasText: 'Follow-ups' })
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.goto(`${baseUrl}/customers`, { waitUntil: 'domcontentloaded' });
      await page
        .getByTestId('customers-table')
        .locator('tbody')
        .getByText('Fujian')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'staff: the relationship graph draws the customer and its partner',
    context: 'staff',
    needs:
      'staff: creates an enterprise customer with the card form, region cascader and the server credit-code check',
    run: async ({ page, baseUrl, state, staffToken }) => {
      const partner = await gql(
        baseUrl,
        `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`,
        { c: { kind: 'ENTERPRISE', name: '厦门合作伙伴有限公司', region: 'fujian' } },
        staffToken,
      );
      await gql(
        baseUrl,
        `mutation($r: CreateRelationshipInput!) { createOneRelationship(input: { relationship: $r }) { id } }`,
        {
          r: {
            type: 'partner',
            fromKind: 'CUSTOMER',
            fromId: state.customerId,
            toKind: 'CUSTOMER',
            toId: partner.createOneCustomer.id,
          },
        },
        staffToken,
      );
      await page.goto(`${baseUrl}/customers/show/${state.customerId}`, {
        waitUntil: 'domcontentloaded',
      });
      await page.locator('.ant-tabs-tab', { hasText: /^Graph$/ }).click();
      await page
        .getByTestId('relationship-graph')
        .locator('canvas')
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      await waitForPaint(page, '[data-testid="relationship-graph"]', 5000);
      await screenshot(page, 'graph.png');
    },
  },
  // Flow 1: a protected field goes for approval, the department manager applies it, history shows it.
  {
    name: 'owner: edits the name (protected) of an own customer; it goes for approval with a reason',
    context: 'owner',
    run: async ({ page, baseUrl, state }) => {
      // Two of zhang.wei's own enterprise customers: one to rename, one for the access-request flow.
      const token = await apiLogin(baseUrl, DEMO.owner, DEMO.password);
      const own = await gql(
        baseUrl,
        `query { customers(filter: { kind: { eq: "ENTERPRISE" } }, paging: { limit: 2 }) { nodes { id number name owner { username } department { name } } } }`,
        {},
        token,
      );
      const [renamed, requested] = own.customers.nodes;
      if (
        !requested ||
        renamed.owner?.username !== DEMO.owner ||
        requested.department?.name !== '华东销售部'
      ) {
        throw new Error(
          `unexpected demo customers of ${DEMO.owner}: ${JSON.stringify(own.customers.nodes)}`,
        );
      }
      state.renamed = renamed;
      state.requested = requested;

      await demoLogin(page, baseUrl, 'owner');
      await page.locator('.ant-menu a[href="/customers"]').first().click();
      await page.waitForURL(/\/customers/, { timeout: STEP_TIMEOUT });
      const search = page.locator('input[data-testid="customer-search"]');
      await search.fill(renamed.number);
      await search.press('Enter');
      const table = page.getByTestId('customers-table');
      await rowsWith(table, renamed.number)
        .locator('a', { hasText: renamed.name })
        .first()
        .click({ timeout: STEP_TIMEOUT });
      await page.waitForURL(new RegExp(`/customers/show/${renamed.id}$`), {
        timeout: STEP_TIMEOUT,
      });
      await page
        .locator('[data-testid="customer-header"][data-edit-access="edit"]')
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('customer-edit').click();
      await page.waitForURL(new RegExp(`/customers/edit/${renamed.id}$`), {
        timeout: STEP_TIMEOUT,
      });

      const form = page.getByTestId('customer-form');
      await page.getByTestId('protected-hint').waitFor({ timeout: STEP_TIMEOUT });
      const name = formItem(page, '客户名称', form).locator('input');
      await name.waitFor({ timeout: STEP_TIMEOUT });
      await eventually(async () => {
        if ((await name.inputValue()) !== renamed.name)
          throw new Error('the form has not loaded the customer yet');
      });
      // Staff see the customers they may edit in clear (业务员: viewSensitive at level EDIT).
      const phone = await formItem(page, '电话', form).locator('input').inputValue();
      if (phone.includes('*'))
        throw new Error(`expected the owner's phone in clear, got ${JSON.stringify(phone)}`);
      await name.fill(RENAMED);
      // Changing a protected field asks for the reason of the change.
      await page
        .getByTestId('change-reason-item')
        .getByText('将提交审批')
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('change-reason').fill('工商登记名称变更，已核对营业执照');
      const sent = page.waitForRequest(
        (request) =>
          request.url().endsWith('/graphql') &&
          (request.postData() ?? '').includes('mutation UpdateCustomer'),
        { timeout: STEP_TIMEOUT },
      );
      await page.locator('.refine-save-button').click();
      const { input } = JSON.parse((await sent).postData()).variables;
      if (JSON.stringify(input.update) !== JSON.stringify({ name: RENAMED }) || !input.reason)
        throw new Error(`sent ${JSON.stringify(input)}`);

      await page
        .locator('.ant-notification-notice', { hasText: '已提交审批' })
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.waitForURL(new RegExp(`/customers/show/${renamed.id}$`), {
        timeout: STEP_TIMEOUT,
      });
      // The record keeps its name until approved; the page says a change is waiting.
      await page
        .getByTestId('customer-header')
        .getByText(renamed.name, { exact: true })
        .waitFor({ timeout: STEP_TIMEOUT });
      const pending = page.getByTestId('pending-changes');
      await pending.getByText('客户名称').waitFor({ timeout: STEP_TIMEOUT });
      await pending.getByText('陈经理').waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('pending-changes-open').click();
      const diff = page.getByTestId('pending-change-requests').getByTestId('change-diff');
      await diff.getByText(RENAMED).waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'manager: sees the diff in the change review inbox and approves it',
    context: 'manager',
    needs:
      'owner: edits the name (protected) of an own customer; it goes for approval with a reason',
    run: async ({ page, baseUrl, state }) => {
      await demoLogin(page, baseUrl, 'manager');
      await page
        .locator('.ant-menu a[href="/change-requests"]')
        .first()
        .click({ timeout: STEP_TIMEOUT });
      await page.waitForURL(/\/change-requests/, { timeout: STEP_TIMEOUT });
      await page.getByTestId('tab-review').waitFor({ timeout: STEP_TIMEOUT });
      const review = page.getByTestId('change-review');
      const row = rowsWith(review, state.renamed.number);
      await row.getByTestId('change-diff').getByText(RENAMED).waitFor({ timeout: STEP_TIMEOUT });
      await row.getByText('工商登记名称变更，已核对营业执照').waitFor({ timeout: STEP_TIMEOUT });
      await row.locator('button[data-testid^="apply-change-"]').click();
      const modal = page.locator('.ant-modal-content', { hasText: '审核修改' });
      await modal.getByTestId('change-diff').getByText(RENAMED).waitFor({ timeout: STEP_TIMEOUT });
      await modal
        .getByTestId('change-diff')
        .getByText(state.renamed.name)
        .waitFor({ timeout: STEP_TIMEOUT });
      await modalSettled(page);
      await screenshot(page, 'change-requests.png', { fullPage: false });
      await modal.getByTestId('apply-submit').click();
      await page
        .locator('.ant-message-notice', { hasText: '修改已应用' })
        .waitFor({ timeout: STEP_TIMEOUT });
      await row.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
      // The tab's pending count follows.
      await page
        .locator('.ant-tabs-tab', { has: page.getByTestId('tab-review') })
        .locator('.ant-badge-count')
        .waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'owner: the customer has the new name and its history shows the change',
    context: 'owner',
    needs: 'manager: sees the diff in the change review inbox and approves it',
    run: async ({ page, baseUrl, state }) => {
      await page.goto(`${baseUrl}/customers/show/${state.renamed.id}`, {
        waitUntil: 'domcontentloaded',
      });
      await page
        .getByTestId('customer-header')
        .getByText(RENAMED, { exact: true })
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.locator('.ant-tabs-tab', { hasText: /^历史$/ }).click();
      const change = rowsWith(page.getByTestId('history-table'), '客户名称').filter({
        hasText: RENAMED,
      });
      await change.getByText(state.renamed.name).waitFor({ timeout: STEP_TIMEOUT });
      await change.getByText('陈经理').waitFor({ timeout: STEP_TIMEOUT });
      if ((await page.getByTestId('pending-changes').count()) !== 0)
        throw new Error('the change still shows as pending');
    },
  },
  // Flow 2: someone of another department finds nothing, asks for access, gets it, reads the record.
  {
    name: 'other: finds no customer of another department, requests access with a reason',
    context: 'other',
    needs:
      'owner: edits the name (protected) of an own customer; it goes for approval with a reason',
    run: async ({ page, baseUrl, state }) => {
      const target = state.requested;
      await demoLogin(page, baseUrl, 'other');
      await page.locator('.ant-menu a[href="/customers"]').first().click();
      const table = page.getByTestId('customers-table');
      await table.locator('tbody tr.ant-table-row').first().waitFor({ timeout: STEP_TIMEOUT });
      const search = page.locator('input[data-testid="customer-search"]');
      await search.fill(target.number);
      await search.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === target.number, {
        timeout: STEP_TIMEOUT,
      });
      await eventually(async () => {
        if ((await table.locator('.ant-spin-spinning').count()) > 0)
          throw new Error('still loading');
        const rows = await table.locator('tbody tr.ant-table-row').count();
        if (rows !== 0) throw new Error(`${rows} rows for ${target.number}`);
        await table.locator('.ant-table-placeholder').waitFor({ timeout: 1000 });
      });

      await page.locator('.ant-menu a[href="/access-requests"]').first().click();
      await page.getByTestId('new-access-request').click();
      await page.waitForURL(/\/access-requests\/create/, { timeout: STEP_TIMEOUT });
      const directory = page.locator('input[data-testid="directory-search"]');
      await directory.fill(target.number);
      await directory.press('Enter');
      const found = rowsWith(page.getByTestId('directory-results'), target.number);
      await found.waitFor({ timeout: STEP_TIMEOUT });
      // Only the number and a masked name: the first character, then asterisks.
      const shown = (await found.locator('td').nth(2).innerText()).trim();
      if (shown === target.name || !shown.startsWith(target.name[0]) || !/^.\*+$/u.test(shown))
        throw new Error(`directory shows ${JSON.stringify(shown)}`);
      await found.locator('.ant-checkbox-input').check();
      await page
        .getByTestId('picked-customers')
        .getByText(target.number)
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('reason-text').fill('参与华东客户联合投标，需要查阅客户档案');
      await page.getByTestId('request-submit').click();
      await page
        .locator('.ant-message-notice', { hasText: '陈经理' })
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.waitForURL(/\/access-requests\?tab=mine/, { timeout: STEP_TIMEOUT });
      await rowsWith(page.getByTestId('my-requests'), target.number)
        .getByText('待审批')
        .waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'manager: approves the access request in the access-request inbox',
    context: 'manager',
    needs: 'other: finds no customer of another department, requests access with a reason',
    run: async ({ page, baseUrl, state }) => {
      if (!page.url().startsWith(baseUrl) || page.url().includes('/login'))
        await demoLogin(page, baseUrl, 'manager');
      await page
        .locator('.ant-menu a[href="/access-requests"]')
        .first()
        .click({ timeout: STEP_TIMEOUT });
      await page.waitForURL(/\/access-requests/, { timeout: STEP_TIMEOUT });
      const row = rowsWith(page.getByTestId('access-inbox'), state.requested.number);
      await row.getByText('王强').waitFor({ timeout: STEP_TIMEOUT });
      await row
        .getByText('参与华东客户联合投标，需要查阅客户档案')
        .waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'access-requests.png');
      await row.locator('button[data-testid^="approve-request-"]').click();
      const modal = page.locator('.ant-modal-content', { hasText: '批准查阅申请' });
      await modal.getByText('王强').waitFor({ timeout: STEP_TIMEOUT });
      await modal.getByTestId('approve-submit').click();
      await page
        .locator('.ant-message-notice', { hasText: '已批准' })
        .waitFor({ timeout: STEP_TIMEOUT });
      await row.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
      await page
        .locator('.ant-tabs-tab', { has: page.getByTestId('tab-inbox') })
        .locator('.ant-badge-count')
        .waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'other: opens the granted customer, read only',
    context: 'other',
    needs: 'manager: approves the access request in the access-request inbox',
    run: async ({ page, baseUrl, state }) => {
      const target = state.requested;
      await page.goto(`${baseUrl}/access-requests?tab=mine`, { waitUntil: 'domcontentloaded' });
      const row = rowsWith(page.getByTestId('my-requests'), target.number);
      await row.getByText('已批准').waitFor({ timeout: STEP_TIMEOUT });
      await row.locator('a', { hasText: target.name }).click({ timeout: STEP_TIMEOUT });
      await page.waitForURL(new RegExp(`/customers/show/${target.id}$`), { timeout: STEP_TIMEOUT });
      await page
        .getByTestId('customer-header')
        .getByText(target.name, { exact: true })
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('card-tab').waitFor({ timeout: STEP_TIMEOUT });
      // A READ grant: no edit actions.
      await page
        .locator('[data-testid="customer-header"][data-edit-access="read"]')
        .waitFor({ timeout: STEP_TIMEOUT });
      await page.getByTestId('customer-read-only').waitFor({ timeout: STEP_TIMEOUT });
      for (const testId of ['customer-edit', 'status-dropdown']) {
        if ((await page.getByTestId(testId).count()) !== 0)
          throw new Error(`${testId} is shown on a read-only customer`);
      }
      // The customers list finds it now.
      await page.goto(`${baseUrl}/customers?q=${encodeURIComponent(target.number)}`, {
        waitUntil: 'domcontentloaded',
      });
      await rowsWith(page.getByTestId('customers-table'), target.number).waitFor({
        timeout: STEP_TIMEOUT,
      });
    },
  },
  {
    name: "manager: the customer's Access tab shows the grant and the approved request",
    context: 'manager',
    needs: 'manager: approves the access request in the access-request inbox',
    run: async ({ page, baseUrl, state }) => {
      await page.goto(`${baseUrl}/customers/show/${state.requested.id}`, {
        waitUntil: 'domcontentloaded',
      });
      await page.getByTestId('tab-access').click({ timeout: STEP_TIMEOUT });
      const tab = page.getByTestId('access-tab');
      const grant = rowsWith(tab.getByTestId('grants-table'), '王强');
      await grant.getByText('生效中').waitFor({ timeout: STEP_TIMEOUT });
      await rowsWith(tab, '王强')
        .filter({ hasText: '已批准' })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT });
      await screenshot(page, 'customer-access.png');
    },
  },
  {
    name: 'admin: the audit log filters by customer and date range',
    context: 'admin',
    needs: "manager: the customer's Access tab shows the grant and the approved request",
    run: async ({ page, baseUrl, state }) => {
      await page.goto(`${baseUrl}/audit-logs`, { waitUntil: 'domcontentloaded' });
      const table = page.locator('.ant-table').first();
      await table.locator('tbody tr.ant-table-row').first().waitFor({ timeout: STEP_TIMEOUT });
      const picker = page.getByTestId('audit-customer-filter');
      await picker.click();
      await picker.locator('input').fill(state.requested.number);
      await page
        .locator('.ant-select-item-option', { hasText: state.requested.number })
        .click({ timeout: STEP_TIMEOUT });
      const customerCells = async () => {
        const headers = await table.locator('thead th').allInnerTexts();
        const index = headers.findIndex((text) => text.trim() === '客户');
        if (index < 0) throw new Error(`no customer column in ${JSON.stringify(headers)}`);
        return table.locator(`tbody tr.ant-table-row td:nth-child(${index + 1})`).allInnerTexts();
      };
      await eventually(async () => {
        const cells = await customerCells();
        // The customer's number and name (the viewer may read it), never a bare id.
        const others = cells.filter((cell) => !cell.trim().startsWith(state.requested.number));
        if (cells.length === 0 || others.length > 0)
          throw new Error(`customer column: ${cells.join(', ')}`);
        // Actions in words: access.approve is 批准查阅申请.
        await rowsWith(table, '批准查阅申请').first().waitFor({ timeout: 1000 });
      });
      // A range that ended yesterday has none of today's entries; today's has them again.
      const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      // The range picker hands its test id to both of its inputs.
      const [start, end] = [
        page.getByTestId('audit-range-filter').first(),
        page.getByTestId('audit-range-filter').nth(1),
      ];
      const setRange = async (from, to) => {
        await start.click();
        await start.fill(from);
        await start.press('Enter');
        await end.fill(to);
        await end.press('Enter');
        await page.keyboard.press('Escape');
      };
      await setRange(day(-30), day(-1));
      await table.locator('.ant-table-placeholder').waitFor({ timeout: STEP_TIMEOUT });
      await setRange(day(-1), day(1));
      await rowsWith(table, '批准查阅申请').first().waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: "admin: /graphql opens the bundled explorer, which runs a query with the console's token and loads nothing from the internet",
    context: 'admin',
    needs: 'admin: login, the users list shows admin',
    run: async ({ page, baseUrl }) => {
      const foreign = [];
      const onRequest = (request) => {
        const url = request.url();
        if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      };
      page.on('request', onRequest);
      try {
        await page.goto(`${baseUrl}/graphql`, { waitUntil: 'domcontentloaded' });
        const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
        await editor.waitFor({ timeout: STEP_TIMEOUT });
        await editor.evaluate((node) => node.CodeMirror.setValue('{ me { username } }'));
        await page.locator('.graphiql-execute-button').click({ timeout: STEP_TIMEOUT });
        await page
          .locator('.result-window')
          .filter({ hasText: '"username": "admin"' })
          .waitFor({ timeout: STEP_TIMEOUT });
        await screenshot(page, 'explorer.png', { fullPage: false });
        if (foreign.length > 0) throw new Error(`requests off the server: ${foreign.join(', ')}`);
      } finally {
        page.off('request', onRequest);
      }
    },
  },
];
