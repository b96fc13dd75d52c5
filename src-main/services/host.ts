// What a service may need from the host it runs in (Electron, browser-mode server, CLI, tests).
// Each host passes its own; defaults suit plain Node.
import { dirname, join } from 'node:path';
import type { SaveAsResult } from '../shared/contract/file-schemas';

export interface PdfPrintOptions {
  paper: 'a4' | 'letter';
}

/** Turns a complete, self-contained HTML document into PDF bytes. */
export type PdfPrinter = (html: string, options: PdfPrintOptions) => Promise<Uint8Array>;

export interface HostServices {
  /** Folder where exported files (PDF, CSV, ICS, …) are written. */
  exportsDir: string;
  /** Undefined until a printer is configured for this host. */
  printPdf?: PdfPrinter;
  /** Gets the printer ready while the user is still choosing what to print (the export dialog is open). */
  warmUpPrinter?: () => void;
  /**
   * Gives the user a copy of an exported file (already checked to be in `exportsDir`): the desktop
   * app asks where with its Save dialog and copies it; browser mode answers with a download address.
   * Undefined where there is nobody to ask (CLI, tests).
   */
  saveAs?: (sourcePath: string) => Promise<SaveAsResult>;
}

/** Headless Chromium through playwright-core, loaded on first use (the desktop app passes Electron's own). */
const chromiumPrinter: PdfPrinter = async (html, options) =>
  (await import('../printing/chromium-printer')).createChromiumPrinter()(html, options);

export const defaultHostServices = (workspacePath: string): HostServices => ({
  exportsDir: join(dirname(workspacePath), 'exports'),
  printPdf: chromiumPrinter,
});
