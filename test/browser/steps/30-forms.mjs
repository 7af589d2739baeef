// Forms: the customer create form's error summary, section badges and sticky Save; pattern
// errors in words; dictionary code hints and the server's refusal. Desktop and phone, zh-CN and en.
import {
  ADMIN_PASSWORD,
  DESKTOP,
  PHONE,
  STEP_TIMEOUT,
  eventually,
  formItem,
  login,
  modalSettled,
  screenshot,
} from '../lib.mjs';

export const contexts = {
  'forms-desktop': { viewport: DESKTOP, locale: 'zh-CN' },
  'forms-phone': { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en' },
};

/** The console's locale key (admin/src/providers/session.ts LOCALE_KEY). */
const LOCALE_KEY = 'dossier.locale';

async function signIn(page, baseUrl, locale) {
  await login(page, baseUrl, 'admin', ADMIN_PASSWORD);
  if (locale === 'en') {
    await page.evaluate((key) => localStorage.setItem(key, 'en'), LOCALE_KEY);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('current-user').waitFor({ timeout: STEP_TIMEOUT });
  }
}

/** Whether an element's box lies within the viewport. */
async function inViewport(page, locator) {
  const box = await locator.boundingBox();
  const { height } = page.viewportSize();
  return !!box && box.y >= 0 && box.y + box.height <= height;
}

/**
 * Empty create form, scrolled to the bottom first (so the first error lies above the screen):
 * Save stays on screen, the page scrolls to the first error, the footer counts the fields
 * and the section bar shows a badge.
 */
async function emptySubmit(page, baseUrl, attention) {
  await page.goto(`${baseUrl}/customers/create?kind=ENTERPRISE`, {
    waitUntil: 'domcontentloaded',
  });
  const form = page.getByTestId('customer-form');
  await form.locator('.ant-form-item').nth(20).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByTestId('card-section-nav').waitFor({ timeout: STEP_TIMEOUT });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const save = page.locator('.refine-save-button');
  await eventually(async () => {
    if (!(await inViewport(page, save))) throw new Error('Save is not on screen (sticky footer)');
  });
  await save.click();
  const summary = page.getByTestId('form-error-summary');
  await summary.waitFor({ timeout: STEP_TIMEOUT });
  const text = await summary.innerText();
  const count = Number(text.match(attention)?.[1]);
  if (!(count >= 1)) throw new Error(`unexpected summary ${JSON.stringify(text)}`);
  const firstError = form.locator('.ant-form-item-has-error').first();
  await eventually(async () => {
    if (!(await inViewport(page, firstError)))
      throw new Error('the first field in error was not scrolled into view');
  });
  await eventually(async () => {
    const badged = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="section-"]')].reduce(
        (sum, el) => sum + Number(el.getAttribute('data-errors') || 0),
        0,
      ),
    );
    if (badged !== count) throw new Error(`section badges count ${badged}, summary ${count}`);
    await page
      .getByTestId('card-section-nav')
      .locator('.ant-badge-count')
      .first()
      .waitFor({ timeout: 1000 });
  });
  return form;
}

/** An invalid e-mail: a sentence with an example, never the regular expression. */
async function invalidEmail(page, form, label, sentence) {
  const email = formItem(page, label, form);
  await email.locator('input').fill('not-an-email');
  await email.locator('input').blur();
  const error = email.locator('.ant-form-item-explain-error').first();
  await error.waitFor({ timeout: STEP_TIMEOUT });
  const text = await error.innerText();
  if (!text.includes(sentence) || !text.includes('name@example.com'))
    throw new Error(`unexpected e-mail error ${JSON.stringify(text)}`);
  if (/[\\^$[\]]/.test(text)) throw new Error(`the e-mail error shows a pattern: ${text}`);
  return email;
}

/** The new-dictionary modal: its code hint, the console's refusal, then the server's. */
async function dictionaryCode(page, baseUrl, { create, hint, names }) {
  await page.goto(`${baseUrl}/dictionaries`, { waitUntil: 'domcontentloaded' });
  // On a phone the header's wrapped user name lies over the button: press it from the keyboard.
  const button = page.getByRole('button', { name: create }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await modalSettled(page);
  const modal = page.locator('.ant-modal:visible');
  const shown = await modal.getByTestId('code-hint').innerText();
  if (!shown.includes(hint)) throw new Error(`unexpected code hint ${JSON.stringify(shown)}`);
  const code = modal.getByTestId('type-code');
  await code.fill('Product-Line');
  await code.blur();
  const error = modal.locator('.ant-form-item-explain-error').first();
  await error.waitFor({ timeout: STEP_TIMEOUT });
  if (!(await error.innerText()).includes(hint))
    throw new Error(`the code error does not repeat the hint: ${await error.innerText()}`);
  return { modal, code, names };
}

/** The server refuses the same code on its own, with the same sentence on the code field. */
async function serverRefuses(baseUrl, token, lang, hint) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': lang,
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      query: `mutation($t: CreateDictionaryTypeInput!) { createOneDictionaryType(input: { dictionaryType: $t }) { code } }`,
      variables: { t: { code: 'Product-Line', nameZh: '产品线', nameEn: 'Product line' } },
    }),
  });
  const body = await res.json();
  const problem = body.errors?.[0];
  if (problem?.extensions?.field !== 'dictionaryType.code' || !problem.message.includes(hint))
    throw new Error(`the server did not refuse Product-Line: ${JSON.stringify(body)}`);
}

export const steps = [
  {
    name: 'forms: empty create form scrolls to the first error, counts it and badges its section (desktop, zh-CN)',
    context: 'forms-desktop',
    run: async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, 'zh-CN');
      const form = await emptySubmit(page, baseUrl, /有 (\d+) 个字段需要处理/);
      const email = await invalidEmail(page, form, '邮箱', '格式不正确');
      await email.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, 'customer-form-errors.png', { fullPage: false });
    },
  },
  {
    name: 'forms: empty create form on a phone in English (scroll, count, badges, e-mail sentence)',
    context: 'forms-phone',
    run: async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, 'en');
      const form = await emptySubmit(page, baseUrl, /(\d+) fields? needs? attention/);
      await invalidEmail(page, form, 'E-mail', 'Not in the expected format');
    },
  },
  {
    name: 'forms: dictionary code hint, Product-Line refused by console and server, product_line saved (desktop, zh-CN)',
    context: 'forms-desktop',
    needs:
      'forms: empty create form scrolls to the first error, counts it and badges its section (desktop, zh-CN)',
    run: async ({ page, baseUrl, adminToken }) => {
      const hint = '以小写字母开头，只能包含小写字母、数字和下划线';
      const { modal, code } = await dictionaryCode(page, baseUrl, { create: '新建字典', hint });
      await serverRefuses(baseUrl, adminToken, 'zh-CN', hint);
      await code.fill('product_line');
      await formItem(page, '中文名称', modal).locator('input').fill('产品线');
      await formItem(page, '英文名称', modal).locator('input').fill('Product line');
      await modal.locator('.ant-modal-footer .ant-btn-primary').click();
      await modal.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
      await page.getByText('product_line').first().waitFor({ timeout: STEP_TIMEOUT });
    },
  },
  {
    name: 'forms: dictionary code hint and refusal on a phone in English',
    context: 'forms-phone',
    needs:
      'forms: empty create form on a phone in English (scroll, count, badges, e-mail sentence)',
    run: async ({ page, baseUrl, adminToken }) => {
      const hint = 'starts with a lowercase letter and holds only lowercase letters, digits';
      const { modal } = await dictionaryCode(page, baseUrl, {
        create: 'New dictionary',
        hint: 'Starts with a lowercase letter and holds only lowercase letters, digits',
      });
      await serverRefuses(baseUrl, adminToken, 'en', hint);
      await modal.locator('.ant-modal-footer .ant-btn:not(.ant-btn-primary)').first().click();
    },
  },
];
