// The desktop app itself, through Playwright's Electron support. The Electron binary cannot be
// downloaded on every machine (ELECTRON_SKIP_BINARY_DOWNLOAD=1); there the test skips with the reason.
import { _electron as electron, expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function electronBinary(): { path?: string; reason?: string } {
  try {
    // The electron package's main export is the binary's path; it throws when the binary is missing.
    return { path: createRequire(import.meta.url)('electron') as string };
  } catch (error) {
    return { reason: `Electron binary not installed (${(error as Error).message.split('\n')[0]})` };
  }
}

const binary = electronBinary();

test('the desktop app opens its window and creates a visit through IPC', async () => {
  test.skip(!binary.path, binary.reason);
  const dataDir = mkdtempSync(join(tmpdir(), 'svp-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [resolve(import.meta.dirname, '../../out/main/index.js'), `--data-dir=${dataDir}`],
  });
  try {
    const window = await app.firstWindow();
    // Isolated, sandboxed page: no Node, and the bridge exposes functions only.
    const page = await window.evaluate(() => ({
      process: typeof (globalThis as { process?: unknown }).process,
      require: typeof (globalThis as { require?: unknown }).require,
      bridge: Object.values((globalThis as unknown as { svp: Record<string, unknown> }).svp).every(
        (f) => typeof f === 'function',
      ),
    }));
    expect(page).toEqual({ process: 'undefined', require: 'undefined', bridge: true });
    await window.getByRole('button', { name: 'New study visit' }).click();
    await window.getByLabel('Title (English)').fill('Desktop visit');
    await window.getByRole('button', { name: 'Create study visit' }).click();
    await expect(window.getByRole('heading', { level: 1 })).toHaveText('Desktop visit');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
