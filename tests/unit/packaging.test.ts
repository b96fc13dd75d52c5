// The installers' configuration (electron-builder.yml), read and schema-checked by electron-builder's
// own loader, and the icon files each platform needs. Building installers cannot run here (it
// downloads the Electron runtime): this is what can be checked without doing it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const require = createRequire(join(ROOT, 'package.json'));
// electron-builder's own configuration loader and JSON-schema validation (app-builder-lib is its engine).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: unknown): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
// The same glob matcher electron-builder uses for `files`.
const minimatch = createRequire(require.resolve('app-builder-lib/package.json'))('minimatch') as {
  minimatch(path: string, pattern: string, options: { dot: boolean }): boolean;
};

type Target = string | { target: string; arch?: string[] };
interface Config {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  files?: Array<string | { filter: string[] }>;
  electronFuses?: Record<string, boolean>;
  directories?: { output?: string };
  win?: { target?: Target[]; icon?: string };
  nsis?: { installerIcon?: string; uninstallerIcon?: string; oneClick?: boolean };
  mac?: { target?: Target[]; icon?: string };
  linux?: { target?: Target[]; icon?: string; desktop?: { entry?: Record<string, string> } };
  [key: string]: unknown;
}

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  productName: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let config: Config;
beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false));
});

const targetNames = (targets: Target[] | undefined) =>
  (targets ?? []).map((t) => (typeof t === 'string' ? t : t.target));

/** electron-builder's rule: patterns in order; a later pattern can only flip the answer the other way. */
function packed(path: string): boolean {
  const patterns = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (included !== negated) continue;
    const matches = minimatch.minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true });
    if (matches) included = !negated;
  }
  return included;
}

function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** The sizes an .ico holds (its directory says them; each entry is a PNG or a 32-bit bitmap). */
function icoSizes(buffer: Buffer): number[] {
  expect([buffer.readUInt16LE(0), buffer.readUInt16LE(2)]).toEqual([0, 1]);
  const sizes: number[] = [];
  for (let i = 0; i < buffer.readUInt16LE(4); i++) {
    const at = 6 + 16 * i;
    const size = buffer[at] || 256;
    const data = buffer.subarray(
      buffer.readUInt32LE(at + 12),
      buffer.readUInt32LE(at + 12) + buffer.readUInt32LE(at + 8),
    );
    if (data.subarray(1, 4).toString('ascii') === 'PNG') expect(pngSize(data)).toEqual({ width: size, height: size });
    else
      expect([data.readUInt32LE(0), data.readInt32LE(4), data.readInt32LE(8), data.readUInt16LE(14)]).toEqual([
        40,
        size,
        size * 2,
        32,
      ]);
    sizes.push(size);
  }
  return sizes;
}

/** The entry types of an .icns and the pixel size of each (all PNG here). */
function icnsEntries(buffer: Buffer): Record<string, number> {
  expect(buffer.subarray(0, 4).toString('ascii')).toBe('icns');
  expect(buffer.readUInt32BE(4)).toBe(buffer.length);
  const entries: Record<string, number> = {};
  for (let at = 8; at < buffer.length;) {
    const type = buffer.subarray(at, at + 4).toString('ascii');
    const length = buffer.readUInt32BE(at + 4);
    entries[type] = pngSize(buffer.subarray(at + 8, at + length)).width;
    at += length;
  }
  return entries;
}

describe('installer configuration (electron-builder.yml)', () => {
  it('is valid for electron-builder and names the product', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Study Visit Planner');
    expect(packageJson.productName).toBe('Study Visit Planner');
    expect(packageJson.scripts.dist).toBe('node scripts/dist.mjs');
    const dist = readFileSync(join(ROOT, 'scripts', 'dist.mjs'), 'utf8');
    expect(dist).toContain("'electron-vite', 'build'");
    expect(dist).toContain("'electron-builder', '--publish', 'never'");
    expect(dist).toContain("'rebuild', 'better-sqlite3'");
    expect(packageJson.devDependencies['electron-builder']).toBeDefined();
    expect(packageJson.dependencies['electron-builder']).toBeUndefined();
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.linux?.desktop?.entry?.['Name[zh_CN]']).toBe('考察访问规划');
  });

  it('packs the app into an asar archive, with better-sqlite3 unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
    expect(packageJson.dependencies['better-sqlite3']).toBeDefined();
  });

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('includes the built app, resources and locales only', () => {
    for (const path of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'resources/gazetteer/places.json',
      'resources/icons/png/512x512.png',
      'locales/en/menu.json',
      'locales/zh-CN/menu.json',
    ]) {
      expect(packed(path), path).toBe(true);
    }
    for (const path of [
      'src-main/electron/bootstrap.ts',
      'src-renderer/src/main.tsx',
      'tests/unit/menu.test.ts',
      'scripts/make-icons.mjs',
      '.electron-native/better_sqlite3.node',
      'out/main/index.js.map',
      'resources/icons/icon.svg',
      'electron-builder.yml',
      'README.md',
      'dist/study-visit-planner-0.1.0.AppImage',
      'test-results/vitest.json',
      '.git/config',
    ]) {
      expect(packed(path), path).toBe(false);
    }
    expect(config.directories?.output).toBe('dist');
  });

  it('has the icons each platform needs, at the sizes it needs', () => {
    const icons = join(ROOT, 'resources', 'icons');
    // Windows: .ico with the shell's sizes up to 256 (installer and uninstaller too).
    expect(config.win?.icon).toBe('resources/icons/icon.ico');
    expect(config.nsis?.installerIcon).toBe(config.win?.icon);
    expect(config.nsis?.uninstallerIcon).toBe(config.win?.icon);
    expect(icoSizes(readFileSync(join(ROOT, config.win!.icon!)))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    // macOS: .icns from 16 to 1024 (512@2x), 1x and 2x.
    expect(config.mac?.icon).toBe('resources/icons/icon.icns');
    expect(icnsEntries(readFileSync(join(ROOT, config.mac!.icon!)))).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
    // Linux: a folder of PNGs named by size.
    expect(config.linux?.icon).toBe('resources/icons/png');
    const pngs = readdirSync(join(ROOT, config.linux!.icon!)).sort((a, b) => parseInt(a) - parseInt(b));
    expect(pngs).toEqual([16, 32, 48, 64, 128, 256, 512, 1024].map((n) => `${n}x${n}.png`));
    for (const file of pngs) {
      const size = parseInt(file);
      expect(pngSize(readFileSync(join(ROOT, config.linux!.icon!, file))), file).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(icons, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
    expect(readFileSync(join(icons, 'icon.svg'), 'utf8')).toContain('#1f4e8c');
  });
});
