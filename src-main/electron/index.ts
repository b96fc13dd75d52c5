// Entry of the Electron main process (built to out/main/index.js by electron-vite).
import * as electron from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from './bootstrap';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
bootstrap(electron, {
  outDir,
  nativeBinding: join(outDir, '..', '.electron-native', 'better_sqlite3.node'),
  iconPath: join(outDir, '..', 'resources', 'icons', 'png', '512x512.png'),
});
