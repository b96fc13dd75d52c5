// The one page setup every printed document and both printers use (Electron's printToPDF and
// headless Chromium through playwright-core), so the desktop app, browser mode, the CLI and the tests
// produce the same layout. The document states it in CSS (@page size and margins; the running header
// and footer live in the page-margin boxes) and the printers pass the same values.
import type { PaperSize } from '../shared/contract/export-schemas';

export interface PaperSpec {
  widthMm: number;
  heightMm: number;
}

export const PAPER: Record<PaperSize, PaperSpec> = {
  a4: { widthMm: 210, heightMm: 297 },
  letter: { widthMm: 215.9, heightMm: 279.4 },
};

/** Page margins; the top and bottom ones hold the running header and footer. */
export const PAGE_MARGINS_MM = { top: 20, right: 14, bottom: 18, left: 14 } as const;

const MM_PER_INCH = 25.4;
const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 10000) / 10000;

/** The declarations of the document's `@page` rule. */
export function pageRuleCss(paper: PaperSize): string {
  const { widthMm, heightMm } = PAPER[paper];
  const m = PAGE_MARGINS_MM;
  return `size: ${widthMm}mm ${heightMm}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`;
}

/** The printer settings both printers pass (sizes in inches, as Electron and the DevTools protocol take them). */
export function printerSettings(paper: PaperSize) {
  const { widthMm, heightMm } = PAPER[paper];
  const m = PAGE_MARGINS_MM;
  return {
    widthInches: inches(widthMm),
    heightInches: inches(heightMm),
    margins: { top: inches(m.top), right: inches(m.right), bottom: inches(m.bottom), left: inches(m.left) },
    printBackground: true,
    /** The @page rule wins over the printer's paper and margins (they are the same values anyway). */
    preferCSSPageSize: true,
    /** Chromium's own header/footer templates cannot use the embedded fonts: the document draws its own. */
    displayHeaderFooter: false,
  };
}

/** Chromium ≥ 131 prints @page margin boxes with counter(page) and counter(pages), which the footer needs. */
export const MIN_CHROMIUM_MAJOR = 131;

/**
 * Run in the page before printing: loads every embedded font face and waits for them. Waiting for
 * document.fonts.ready alone is not enough: a face that only the page-margin boxes (running header and
 * footer) use is not loaded by the screen layout, and its text would print blank.
 */
export const LOAD_ALL_FONTS_SCRIPT =
  'Promise.all(Array.from(document.fonts, (face) => face.load())).then(() => document.fonts.ready).then(() => true)';
