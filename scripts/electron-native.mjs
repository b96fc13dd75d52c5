// better-sqlite3 is a native module: Node (tests, CLI, browser mode) and Electron need it built for
// different ABIs. node_modules keeps Node's build; this puts an Electron build beside it, in
// .electron-native/, which the Electron main process loads through better-sqlite3's nativeBinding
// option. So `npm start` and `npm test` both work, one after the other, without rebuilding.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function ensureElectronNativeBinding(root) {
  const require = createRequire(join(root, 'package.json'));
  const electronVersion = require('electron/package.json').version;
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const outDir = join(root, '.electron-native');
  const target = join(outDir, 'better_sqlite3.node');
  const stampFile = join(outDir, 'stamp.json');
  const stamp = JSON.stringify({ electronVersion, sqliteVersion, arch: process.arch, platform: process.platform });
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return target;

  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
  const work = join(outDir, 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), work, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion };
  const shell = process.platform === 'win32';
  const prebuilt = spawnSync(
    'npx',
    ['--no-install', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion],
    {
      cwd: work,
      stdio: 'inherit',
      env,
      shell,
    },
  );
  if (prebuilt.status !== 0) {
    const compiled = spawnSync(
      'npx',
      [
        '--no-install',
        'node-gyp',
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'inherit', env, shell },
    );
    if (compiled.status !== 0) throw new Error('Could not build better-sqlite3 for Electron; see the output above.');
  }
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stampFile, stamp);
  return target;
}
