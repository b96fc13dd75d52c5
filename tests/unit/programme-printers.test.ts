// The two printers share one page setup; the Electron printer is driven here with a stand-in for Electron.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createElectronPrinter, printWindowOptions } from '../../src-main/electron/electron-printer';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../src-main/printing/chromium-printer';
import { PAPER, pageRuleCss, printerSettings } from '../../src-main/printing/page-setup';

describe('page setup', () => {
  it('states A4 and Letter once, in millimetres for CSS and inches for the printers', () => {
    expect(pageRuleCss('a4')).toBe('size: 210mm 297mm; margin: 20mm 14mm 18mm 14mm;');
    expect(pageRuleCss('letter')).toContain('size: 215.9mm 279.4mm;');
    expect(printerSettings('letter')).toMatchObject({ widthInches: 8.5, heightInches: 11, preferCSSPageSize: true });
    expect(printerSettings('a4').widthInches).toBeCloseTo(PAPER.a4.widthMm / 25.4, 3);
    expect(printerSettings('a4').displayHeaderFooter).toBe(false);
  });
});

describe('headless Chromium printer', () => {
  it('finds Chromium: SVP_CHROMIUM first', () => {
    expect(chromiumExecutable({ SVP_CHROMIUM: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    const found = chromiumExecutable({});
    if (found) expect(['/usr/bin/chromium', '/usr/bin/chromium-browser']).toContain(found);
    expect(CHROMIUM_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-quic']));
  });
});

describe('Electron printer', () => {
  it('uses a hidden, sandboxed window without preload or Node', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.partition).toBe('svp-print');
  });

  it('prints the HTML with the shared paper settings, then removes the window and the temporary file', async () => {
    const seen: { url?: string; html?: string; pdfOptions?: Record<string, unknown>; destroyed?: boolean } = {};
    let requestFilter: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    class FakeWindow {
      webContents = {
        setWindowOpenHandler: () => undefined,
        on: () => undefined,
        executeJavaScript: async () => true,
        printToPDF: async (options: Record<string, unknown>) => {
          seen.pdfOptions = options;
          return Buffer.from('%PDF-1.4 fake');
        },
      };
      constructor(readonly options: unknown) {}
      async loadURL(url: string) {
        seen.url = url;
        seen.html = readFileSync(fileURLToPath(url), 'utf8');
      }
      destroy() {
        seen.destroyed = true;
      }
    }
    const session = {
      fromPartition: () => ({
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: (filter: typeof requestFilter) => (requestFilter = filter) },
      }),
    };
    const print = createElectronPrinter({ BrowserWindow: FakeWindow, session } as unknown as Parameters<
      typeof createElectronPrinter
    >[0]);
    const pdf = await print('<!DOCTYPE html><p>日程安排</p>', { paper: 'letter' });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake');
    expect(seen.html).toBe('<!DOCTYPE html><p>日程安排</p>');
    expect(seen.url).toMatch(/^file:\/\//);
    expect(existsSync(fileURLToPath(seen.url!))).toBe(false);
    expect(seen.destroyed).toBe(true);
    const settings = printerSettings('letter');
    expect(seen.pdfOptions).toMatchObject({
      pageSize: { width: settings.widthInches, height: settings.heightInches },
      margins: settings.margins,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
    });
    const verdict = (url: string) => {
      // (checked after printing: the document itself is no longer allowed either)
      let cancel: boolean | undefined;
      requestFilter?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://example.com/font.woff2')).toBe(true);
    expect(verdict('data:font/ttf;base64,AAAA')).toBe(false);
    expect(verdict(seen.url!)).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
  });
});
