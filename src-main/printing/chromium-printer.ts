// Prints HTML to PDF with a headless Chromium driven by playwright-core: the printer of browser mode,
// the CLI and the tests (the desktop app prints with Electron's own Chromium, electron-printer.ts).
// Which Chromium: SVP_CHROMIUM, then Debian's /usr/bin/chromium, then Playwright's own download.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { PdfPrinter, PdfPrintOptions } from '../services/host';
import { MIN_CHROMIUM_MAJOR, printerSettings } from './page-setup';

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
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export class PrinterError extends Error {
  override name = 'PrinterError';
}

/** Prints in a fresh browser each time: nothing lingers after a CLI export, and one failure cannot poison the next. */
export function createChromiumPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  return async (html: string, { paper }: PdfPrintOptions): Promise<Uint8Array> => {
    let browser: Browser;
    try {
      browser = await chromium.launch({
        executablePath: options.executablePath ?? chromiumExecutable(),
        args: CHROMIUM_ARGS,
        headless: true,
      });
    } catch (error) {
      throw new PrinterError(`Chromium could not be started: ${(error as Error).message}`);
    }
    try {
      const major = Number.parseInt(browser.version(), 10);
      if (major < MIN_CHROMIUM_MAJOR) {
        throw new PrinterError(
          `Chromium ${browser.version()} is too old: page headers need ${MIN_CHROMIUM_MAJOR} or later`,
        );
      }
      const context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      // The document is self-contained (fonts are data: URLs): nothing may be fetched.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
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
        tagged: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await browser.close();
    }
  };
}
