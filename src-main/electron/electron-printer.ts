// The desktop app's PDF printer: Electron's own Chromium prints the programme HTML in a hidden,
// sandboxed window with no preload and no network, with the same page setup as the headless printer.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../services/host';
import { LOAD_ALL_FONTS_SCRIPT, printerSettings } from '../printing/page-setup';

type Electron = typeof import('electron');

/** An in-memory session of its own: the print window shares no cookies or cache with the app. */
export const PRINT_PARTITION = 'svp-print';

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Only used by main to wait for the fonts; the document has no scripts and its CSP forbids them.
      javascript: true,
    },
  };
}

export function createElectronPrinter(electron: Pick<Electron, 'BrowserWindow' | 'session'>): PdfPrinter {
  let sessionReady = false;
  /** The documents being printed: the only files the print session may load. */
  const documents = new Set<string>();
  return async (html, { paper }) => {
    // A data: URL would hit Chromium's 2 MB URL limit (the fonts are inlined): load a temporary file.
    const dir = await mkdtemp(join(tmpdir(), 'svp-print-'));
    const file = join(dir, 'programme.html');
    const fileUrl = pathToFileURL(file).toString();
    await writeFile(file, html, 'utf8');
    if (!sessionReady) {
      const printSession = electron.session.fromPartition(PRINT_PARTITION);
      printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      printSession.setPermissionCheckHandler(() => false);
      // The document itself and its inlined data: fonts load; anything else is refused.
      printSession.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: !(details.url.startsWith('data:') || documents.has(details.url)) }),
      );
      sessionReady = true;
    }
    const window = new electron.BrowserWindow(printWindowOptions());
    documents.add(fileUrl);
    try {
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      await window.loadURL(fileUrl);
      await window.webContents.executeJavaScript(LOAD_ALL_FONTS_SCRIPT);
      const settings = printerSettings(paper);
      const pdf = await window.webContents.printToPDF({
        pageSize: { width: settings.widthInches, height: settings.heightInches },
        margins: settings.margins,
        printBackground: settings.printBackground,
        preferCSSPageSize: settings.preferCSSPageSize,
        displayHeaderFooter: settings.displayHeaderFooter,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      documents.delete(fileUrl);
      window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
