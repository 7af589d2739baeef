// The signed-in user's own account page: a password change with the server's field errors.
import { PHONE, STEP_TIMEOUT, apiLogin, gql, login, screenshot, formItem } from '../lib.mjs';

const USER = { username: 'account.tester', password: 'Account123', next: 'Account456' };

export const contexts = {
  'account-desktop': {},
  'account-phone': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en' },
};

async function openAccount(page) {
  await page.getByTestId('current-user').click();
  await page.waitForURL(/\/account$/, { timeout: STEP_TIMEOUT });
  await page.getByTestId('change-password-form').waitFor({ timeout: STEP_TIMEOUT });
}

export const steps = [
  {
    name: 'account: a wrong current password is refused on its field (zh-CN, desktop)',
    context: 'account-desktop',
    run: async ({ page, baseUrl, adminToken }) => {
      await gql(
        baseUrl,
        `mutation($input: CreateOneUserInput!) { createOneUser(input: $input) { id } }`,
        {
          input: {
            user: { username: USER.username, displayName: '账户测试', password: USER.password },
          },
        },
        adminToken,
      );
      await login(page, baseUrl, USER.username, USER.password);
      await openAccount(page);
      const form = page.getByTestId('change-password-form');
      await formItem(page, '当前密码', form).locator('input').fill('Wrong12345');
      await formItem(page, '新密码', form).locator('input').fill(USER.next);
      await formItem(page, '确认新密码', form).locator('input').fill(USER.next);
      await form.locator('button[type=submit]').click();
      await formItem(page, '当前密码', form)
        .locator('.ant-form-item-explain-error')
        .filter({ hasText: /\S/ })
        .waitFor({ timeout: STEP_TIMEOUT });
      // The password is unchanged.
      await apiLogin(baseUrl, USER.username, USER.password);
      await screenshot(page, 'account.png', { fullPage: false });
    },
  },
  {
    name: 'account: changes the password (en, phone); the new one signs in',
    context: 'account-phone',
    needs: 'account: a wrong current password is refused on its field (zh-CN, desktop)',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/login`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => localStorage.setItem('dossier.locale', 'en'));
      await login(page, baseUrl, USER.username, USER.password);
      await openAccount(page);
      const form = page.getByTestId('change-password-form');
      await formItem(page, 'Current password', form).locator('input').fill(USER.password);
      await formItem(page, 'New password', form).locator('input').fill('short');
      await formItem(page, 'Confirm new password', form).locator('input').fill('other');
      await form.locator('button[type=submit]').click();
      await formItem(page, 'Confirm new password', form)
        .getByText('The two new passwords differ')
        .waitFor({ timeout: STEP_TIMEOUT });
      await formItem(page, 'New password', form).locator('input').fill(USER.next);
      await formItem(page, 'Confirm new password', form).locator('input').fill(USER.next);
      await form.locator('button[type=submit]').click();
      await page.getByText('Password changed').first().waitFor({ timeout: STEP_TIMEOUT });
      await apiLogin(baseUrl, USER.username, USER.next);
    },
  },
];
