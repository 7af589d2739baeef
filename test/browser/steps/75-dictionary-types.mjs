// Dictionary types edited and deleted from the dictionary manager (names, attributes; system types
// and types with items cannot be deleted).
import {
  ADMIN_PASSWORD,
  PHONE,
  STEP_TIMEOUT,
  formItem,
  gql,
  login,
  modalSettled,
} from '../lib.mjs';

const CODE = 'browser_visit_purpose';

export const contexts = {
  'dicttypes-admin': {},
  'dicttypes-admin-phone': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en' },
};

export const steps = [
  {
    name: 'dictionary types: admin renames a type and adds an attribute (zh-CN, desktop)',
    context: 'dicttypes-admin',
    run: async ({ page, baseUrl, adminToken }) => {
      await gql(
        baseUrl,
        `mutation($input: CreateOneDictionaryTypeInput!) { createOneDictionaryType(input: $input) { id } }`,
        { input: { dictionaryType: { code: CODE, nameZh: '拜访目的', nameEn: 'Visit purpose' } } },
        adminToken,
      );
      await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/dictionaries?type=${CODE}`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('type-edit').click({ timeout: STEP_TIMEOUT });
      await modalSettled(page);
      const modal = page.locator('.ant-modal-content', { hasText: '编辑字典类型' });
      await formItem(page, '中文名称', modal).locator('input').fill('客户拜访目的');
      await modal.getByRole('button', { name: /添加属性/ }).click();
      await modal.getByPlaceholder(/属性/).last().fill('weight');
      await modal.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByText('字典类型已保存').first().waitFor({ timeout: STEP_TIMEOUT });
      const stored = await gql(
        baseUrl,
        `query($code: String!) { dictionary(code: $code) { nameZh attributeSchema { key } } }`,
        { code: CODE },
        adminToken,
      );
      if (stored.dictionary.nameZh !== '客户拜访目的')
        throw new Error(`stored name ${stored.dictionary.nameZh}`);
      if (!stored.dictionary.attributeSchema.some((a) => a.key === 'weight'))
        throw new Error('attribute not stored');
    },
  },
  {
    name: 'dictionary types: admin deletes an empty type; system types offer no delete (en, phone)',
    context: 'dicttypes-admin-phone',
    needs: 'dictionary types: admin renames a type and adds an attribute (zh-CN, desktop)',
    run: async ({ page, baseUrl, adminToken }) => {
      await page.goto(`${baseUrl}/login`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => localStorage.setItem('dossier.locale', 'en'));
      await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/dictionaries?type=customer_grade`, {
        waitUntil: 'domcontentloaded',
      });
      await page.getByTestId('type-edit').waitFor({ timeout: STEP_TIMEOUT });
      if ((await page.getByTestId('type-delete').count()) !== 0)
        throw new Error('a system type offers delete');
      await page.goto(`${baseUrl}/dictionaries?type=${CODE}`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('type-delete').click({ timeout: STEP_TIMEOUT });
      await page.locator('.ant-popconfirm .ant-btn-dangerous').click({ timeout: STEP_TIMEOUT });
      await page.getByText('Dictionary type deleted').first().waitFor({ timeout: STEP_TIMEOUT });
      const types = await gql(
        baseUrl,
        `{ dictionaryTypes(paging: { limit: 200 }) { nodes { code } } }`,
        {},
        adminToken,
      );
      if (types.dictionaryTypes.nodes.some((t) => t.code === CODE))
        throw new Error('type still stored');
    },
  },
];
