#!/usr/bin/env node
// Runs the whole suite on SQLite, then again on MySQL/MariaDB when TEST_DATABASE_URL is set, then
// a subset on MySQL/MariaDB databases created with latin1 defaults (TEST_DB_CHARSET=latin1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const extra = process.argv.slice(2);
const LATIN1_SUBSET = [
  'test/e2e/customers.test.ts',
  'test/e2e/people.test.ts',
  'test/e2e/activity.test.ts',
  'test/e2e/column-limits.test.ts',
];
const runs = [{ name: 'sqlite', env: { TEST_DB_DIALECT: 'sqlite' }, args: [] }];
if (process.env.TEST_DATABASE_URL) {
  runs.push({ name: 'mysql', env: { TEST_DB_DIALECT: 'mysql' }, args: ['test/e2e'] });
  // Once more on databases created with latin1 defaults (tables must declare utf8mb4 themselves).
  if (extra.length === 0)
    runs.push({
      name: 'mysql, latin1 database defaults',
      env: { TEST_DB_DIALECT: 'mysql', TEST_DB_CHARSET: 'latin1' },
      args: LATIN1_SUBSET,
    });
}

let passed = 0;
let failed = 0;
let ok = true;
for (const run of runs) {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-vitest-')), 'report.json');
  console.log(`\n=== test suite on ${run.name} ===`);
  const res = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...run.args,
      ...extra,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, ...run.env },
    },
  );
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    if (summary.numTotalTests === 0) ok = false;
  } catch {
    ok = false;
  }
  if (res.status !== 0) ok = false;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
