// Browser timing of the console (`--only browser`): in headless Chromium, each page loaded in a
// fresh context (empty HTTP cache: cold) and then again in the same context (warm), timed from
// navigation until the page shows its content. Reported, never asserted: the figures depend on
// the machine and on what else runs on it.
import { chromium } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT = 60_000;

/** Milliseconds from navigation to `ready` visible, cold then warm, for login, list and customer. */
export async function runBrowserTiming({ base, token, customerId }) {
  const pages = [
    { name: 'login', path: '/login', ready: 'button[type=submit]', signedIn: false },
    { name: 'customer list', path: '/customers', ready: '.ant-table-row', signedIn: true },
    {
      name: 'customer page',
      path: `/customers/show/${customerId}`,
      ready: '.ant-descriptions',
      signedIn: true,
    },
  ];
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox'],
  });
  const rows = [];
  try {
    for (const p of pages) {
      const context = await browser.newContext();
      if (p.signedIn)
        await context.addInitScript((t) => localStorage.setItem('dossier.token', t), token);
      const page = await context.newPage();
      // Scripts and styles as sent (compressed), on the cold load.
      let assetBytes = 0;
      let phase = 'cold';
      page.on('response', (res) => {
        const type = res.request().resourceType();
        if (phase === 'cold' && (type === 'script' || type === 'stylesheet'))
          assetBytes += Number(res.headers()['content-length'] ?? 0);
      });
      const time = async () => {
        const started = performance.now();
        await page.goto(`${base}${p.path}`, { waitUntil: 'commit', timeout: TIMEOUT });
        await page.locator(p.ready).first().waitFor({ state: 'visible', timeout: TIMEOUT });
        return Math.round(performance.now() - started);
      };
      const cold = await time();
      phase = 'warm';
      const warm = await time();
      rows.push({
        page: p.name,
        path: p.path,
        coldMs: cold,
        warmMs: warm,
        coldAssetsKb: Math.round(assetBytes / 1024),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
