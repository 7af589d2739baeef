#!/usr/bin/env node
// Runs the whole suite on SQLite, then again on MySQL/MariaDB when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const extra = process.argv.slice(2);
const runs = [{ name: 'sqlite', env: { TEST_DB_DIALECT: 'sqlite' }, args: [] }];
if (process.env.TEST_DATABASE_URL)
  runs.push({ name: 'mysql', env: { TEST_DB_DIALECT: 'mysql' }, args: ['test/e2e'] });

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
