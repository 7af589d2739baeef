#!/usr/bin/env node
// `npm start`: builds shared/, server/ and admin/ only when their inputs changed since the last
// build (a content hash stored beside each build output), then runs the server. A start with
// nothing changed takes seconds instead of rebuilding the console every time.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', '.vite']);

/** Every file under the given paths (files or folders), sorted, build outputs left out. */
function files(entries) {
  const out = [];
  const walk = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p)) if (!SKIP.has(name)) walk(path.join(p, name));
    } else out.push(p);
  };
  for (const entry of entries) walk(path.join(root, entry));
  return out.sort();
}

function hashOf(entries) {
  const hash = createHash('sha256');
  for (const file of files(entries)) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

// Each workspace with what its build reads; later ones include earlier ones' inputs.
const sharedInputs = [
  'shared/src',
  'shared/package.json',
  'shared/tsconfig.json',
  'tsconfig.base.json',
  'package-lock.json',
];
const workspaces = [
  { name: 'shared', inputs: sharedInputs, stamp: 'shared/dist/.build-hash' },
  {
    name: 'server',
    inputs: [
      ...sharedInputs,
      'server/src',
      'server/package.json',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
    ],
    stamp: 'server/dist/.build-hash',
  },
  {
    name: 'admin',
    inputs: [
      ...sharedInputs,
      'admin/src',
      'admin/index.html',
      'admin/package.json',
      'admin/tsconfig.json',
      'admin/vite.config.ts',
      'admin/public',
    ],
    stamp: 'admin/dist/.build-hash',
  },
];

for (const ws of workspaces) {
  const hash = hashOf(ws.inputs);
  const stamp = path.join(root, ws.stamp);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
    console.log(`[start] ${ws.name}: up to date`);
    continue;
  }
  console.log(`[start] ${ws.name}: building`);
  const res = spawnSync('npm', ['run', 'build', '-w', ws.name], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
  writeFileSync(stamp, `${hash}\n`);
}

// The server runs in this process, so signals (SIGTERM's graceful drain) reach it directly.
process.chdir(root);
await import(pathToFileURL(path.join(root, 'server/dist/main.js')).href);
