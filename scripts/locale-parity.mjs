#!/usr/bin/env node
// Runs the shared locale-parity tool when the shared folder sits beside this checkout (as in CI);
// tests/unit/locales.test.ts checks the same rule everywhere.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tool = join(root, '..', 'shared', 'tools', 'locale-parity.mjs');
if (!existsSync(tool)) {
  console.log('locale parity: shared tool not found beside the checkout; tests/unit/locales.test.ts covers it');
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool, join(root, 'locales')], { stdio: 'inherit' });
process.exit(run.status ?? 1);
