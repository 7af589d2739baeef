// Prints what each route of the console downloads: the entry (index.html's scripts and styles,
// loaded by every route) and, per lazily loaded module, what it adds on top; sizes raw, gzip and
// brotli (the build's .gz/.br siblings when present). Says so when the login route's scripts exceed
// the budget (LOGIN_BUDGET_KB, default 500 kB brotli — what browsers get from the server) and then
// fails the build.
// Usage: node scripts/bundle-report.mjs [distDir]   (run after `vite build`; needs build.manifest)
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const budgetKb = Number(process.env.LOGIN_BUDGET_KB ?? 500);

const sizeCache = new Map();
function sizes(file) {
  if (!sizeCache.has(file)) {
    const full = path.join(dist, file);
    const sibling = (ext, compress) =>
      existsSync(`${full}.${ext}`)
        ? statSync(`${full}.${ext}`).size
        : compress(readFileSync(full)).length;
    sizeCache.set(file, {
      raw: statSync(full).size,
      gzip: sibling('gz', (b) => gzipSync(b, { level: 9 })),
      brotli: sibling('br', brotliCompressSync),
    });
  }
  return sizeCache.get(file);
}

/** Files a chunk loads with it: its own, its static imports' and their CSS. */
function closure(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const total = (files, only = () => true) =>
  [...files].filter(only).reduce(
    (sum, f) => {
      const s = sizes(f);
      return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );
const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} kB`;
const isScript = (f) => f.endsWith('.js');
const row = (name, t) =>
  console.log(`${name.padEnd(48)} ${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}`);

// The console's entry; the explorer (explorer.html) is its own page and reported on its own.
const entryKey = 'index.html';
const entry = closure(entryKey);
console.log(`\nBundle report (${path.relative(process.cwd(), dist) || '.'})`);
console.log(
  `${'chunk (adds to the entry)'.padEnd(48)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`,
);
row('entry: every route (scripts + css)', total(entry));
for (const other of Object.keys(manifest).filter((k) => manifest[k].isEntry && k !== entryKey))
  row(`other page: ${other}`, total(closure(other)));
/** Lazily loaded chunks the console can reach from its entry (not the explorer's). */
function consoleLazyKeys(key = entryKey, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])])
    consoleLazyKeys(next, seen);
  return seen;
}
const reachable = consoleLazyKeys();
const lazy = Object.keys(manifest)
  .filter((k) => manifest[k].isDynamicEntry && k !== entryKey && reachable.has(k))
  .map((k) => {
    const added = new Set([...closure(k)].filter((f) => !entry.has(f)));
    return { key: k, added, t: total(added) };
  })
  .sort((a, b) => a.key.localeCompare(b.key));
for (const { key, t } of lazy) row(`  + ${manifest[key].src ?? manifest[key].file}`, t);

const login = lazy.find((l) => /LoginPage/.test(l.key));
const loginFiles = new Set([...entry, ...(login?.added ?? [])]);
const loginScripts = total(loginFiles, isScript);
console.log(
  `\nlogin route scripts: ${kb(loginScripts.raw).trim()} raw, ${kb(loginScripts.gzip).trim()} gzip, ` +
    `${kb(loginScripts.brotli).trim()} brotli (budget ${budgetKb} kB)`,
);
if (loginScripts.brotli > budgetKb * 1024) {
  console.error(`login route scripts exceed the ${budgetKb} kB budget`);
  process.exitCode = 1;
}
