#!/usr/bin/env node
// `npm start`: builds, then runs the desktop app — or, where the Electron runtime is missing
// (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), says so in one line and serves browser mode.
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNativeBinding } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

const built = spawnSync('npx', ['electron-vite', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (built.status !== 0) process.exit(built.status ?? 1);

let electronPath;
try {
  electronPath = createRequire(import.meta.url)('electron');
} catch {
  electronPath = undefined;
}

if (electronPath) {
  ensureElectronNativeBinding(root);
  const child = spawn(electronPath, [join(root, 'out/main/index.js'), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron runtime not installed here, so starting browser mode instead (open the URL below).');
  const child = spawn(process.execPath, [join(root, 'bin/svp.mjs'), 'serve', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
