// Facts read from a printed PDF without a PDF library.

/** Counts the page objects of a PDF (Chromium writes them as plain `/Type /Page` dictionaries). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
