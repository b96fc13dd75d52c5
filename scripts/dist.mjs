#!/usr/bin/env node
// `npm run dist [-- electron-builder options]`: builds the app (electron-vite), then the installers
// for this platform (electron-builder.yml; e.g. `npm run dist -- --linux deb`).
// electron-builder rebuilds better-sqlite3 for Electron inside node_modules; afterwards the Node
// build is put back, so `npm test` and the `svp` command keep working without a manual rebuild.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

let status = run('npx', ['electron-vite', 'build']);
if (status === 0) status = run('npx', ['electron-builder', '--publish', 'never', ...process.argv.slice(2)]);
if (run('npm', ['rebuild', 'better-sqlite3']) !== 0) {
  console.error('better-sqlite3 could not be rebuilt for Node: run "npm rebuild better-sqlite3" before "npm test".');
}
process.exit(status);
