// Prints HTML to PDF with a headless Chromium driven by playwright-core: the printer of browser mode,
// the CLI and the tests (the desktop app prints with Electron's own Chromium, electron-printer.ts).
// Which Chromium: SVP_CHROMIUM, then Debian's /usr/bin/chromium, then Playwright's own download.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import type { PdfPrinter, PdfPrintOptions } from '../services/host';
import { LOAD_ALL_FONTS_SCRIPT, MIN_CHROMIUM_MAJOR, printerSettings } from './page-setup';

/** Flags for a headless Chromium on a machine without network (and as root in CI). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium to launch; undefined lets Playwright use its own browser (if it was installed). */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.SVP_CHROMIUM?.trim();
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
}

/** Whether any Chromium can be launched here (tests skip PDF printing otherwise). */
export function chromiumAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  const explicit = chromiumExecutable(env);
  if (explicit) return existsSync(explicit);
  try {
    // playwright-core is loaded only when needed: importing it costs a process some 90 MB.
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export class PrinterError extends Error {
  override name = 'PrinterError';
}

export interface ChromiumPrinter extends PdfPrinter {
  /** Ends the kept browser, if any (keepAlive only). */
  close(): Promise<void>;
  /** Whether a kept browser is running now (keepAlive only). */
  keepsBrowser(): boolean;
  /** Starts the kept browser ahead of the next print, if it is not running (keepAlive only). */
  warmUp(): void;
}

/**
 * By default prints in a fresh browser each time: nothing lingers after a CLI export, and one failure
 * cannot poison the next. With `keepAlive` one browser serves every print until close(), or until
 * it has been idle for `idleCloseMs`: for a long-running host (browser mode), where the next export
 * then skips starting Chromium. (The desktop app prints in Electron's own, already running Chromium.)
 */
export function createChromiumPrinter(
  options: { executablePath?: string; keepAlive?: boolean; idleCloseMs?: number } = {},
): ChromiumPrinter {
  let kept: Promise<Browser> | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  /** Prints (and warm-ups) holding the kept browser: it is idle only when none does. */
  let holders = 0;
  const launch = async (): Promise<Browser> => {
    let browser: Browser;
    try {
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: options.executablePath ?? chromiumExecutable(),
        args: CHROMIUM_ARGS,
        headless: true,
      });
    } catch (error) {
      throw new PrinterError(`Chromium could not be started: ${(error as Error).message}`);
    }
    const major = Number.parseInt(browser.version(), 10);
    if (major < MIN_CHROMIUM_MAJOR) {
      void browser.close();
      throw new PrinterError(
        `Chromium ${browser.version()} is too old: page headers need ${MIN_CHROMIUM_MAJOR} or later`,
      );
    }
    return browser;
  };
  const acquire = async (): Promise<Browser> => {
    if (!options.keepAlive) return launch();
    clearTimeout(idleTimer);
    kept ??= launch().catch((error: unknown) => {
      kept = undefined;
      throw error;
    });
    holders++;
    try {
      return await kept;
    } catch (error) {
      holders--;
      throw error;
    }
  };
  const release = (browser: Browser, failed: boolean) => {
    if (options.keepAlive) holders--;
    if (options.keepAlive && !failed && browser.isConnected()) {
      if (options.idleCloseMs !== undefined && holders === 0) {
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => void close(), options.idleCloseMs).unref();
      }
      return;
    }
    if (options.keepAlive) kept = undefined;
    // The PDF is ready: closing the browser need not delay the caller (Playwright also ends it on exit).
    browser.close().catch((error: unknown) => console.error('[svp] closing Chromium failed:', error));
  };
  const print = async (html: string, { paper }: PdfPrintOptions): Promise<Uint8Array> => {
    const browser = await acquire();
    let failed = true;
    let context: BrowserContext | undefined;
    try {
      context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      // The document is self-contained (fonts are data: URLs): nothing may be fetched.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(LOAD_ALL_FONTS_SCRIPT);
      const settings = printerSettings(paper);
      const pdf = await page.pdf({
        width: `${settings.widthInches}in`,
        height: `${settings.heightInches}in`,
        margin: {
          top: `${settings.margins.top}in`,
          right: `${settings.margins.right}in`,
          bottom: `${settings.margins.bottom}in`,
          left: `${settings.margins.left}in`,
        },
        printBackground: settings.printBackground,
        preferCSSPageSize: settings.preferCSSPageSize,
        displayHeaderFooter: settings.displayHeaderFooter,
      });
      failed = false;
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (options.keepAlive) await context?.close().catch(() => undefined);
      release(browser, failed);
    }
  };
  const close = async () => {
    clearTimeout(idleTimer);
    const browser = await kept?.catch(() => undefined);
    kept = undefined;
    await browser?.close();
  };
  const warmUp = () => {
    if (!options.keepAlive) return;
    // Started now, it is released at once: the idle timer ends it if no print comes.
    acquire().then(
      (browser) => release(browser, false),
      (error: unknown) => console.error('[svp] starting Chromium ahead of a print failed:', error),
    );
  };
  return Object.assign(print, { close, warmUp, keepsBrowser: () => kept !== undefined });
}
