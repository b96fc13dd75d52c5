// Each test gets its own workspace folder and its own `svp serve`, started exactly as a user would.
import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SVP = resolve(import.meta.dirname, '../../bin/svp.mjs');

export interface BrowserMode {
  dataDir: string;
  /** The address printed by `svp serve`, token included. */
  url: string;
  origin: string;
  /** Opens the app the way a user does: the printed URL first, then the app. */
  open(page: Page): Promise<void>;
}

async function startServe(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SVP, 'serve', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open: (\S+)/.exec(out);
      if (match) done(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => fail(new Error(`svp serve exited (${code}): ${out}`)));
  });
  return { child, url };
}

export const test = base.extend<{ browserMode: BrowserMode }>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  browserMode: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'svp-e2e-'));
    const { child, url } = await startServe(dataDir);
    const origin = new URL(url).origin;
    await use({
      dataDir,
      url,
      origin,
      open: async (page) => {
        await page.goto(url);
        await page.waitForURL(`${origin}/`);
      },
    });
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const stubborn = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(stubborn);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
