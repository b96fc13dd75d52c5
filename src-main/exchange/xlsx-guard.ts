// An XLSX file is a zip archive. Before any XLSX library inflates it, its central directory is read
// (yauzl, nothing decompressed) and the archive is refused when what it declares is too big: too many
// entries, too many bytes once uncompressed, or an entry compressed suspiciously well (a zip bomb).
// The worker that parses the file then inflates every entry once more through yauzl, which fails as
// soon as an entry yields more bytes than it declared — so the declared sizes cannot lie either.
import yauzl from 'yauzl';

export const XLSX_LIMITS = {
  /** All entries together, uncompressed. */
  maxUncompressedBytes: 50 * 1024 * 1024,
  /** Uncompressed : compressed, for entries large enough to matter. */
  maxRatio: 100,
  /** Entries smaller than this may compress as well as they like (a sheet of empty cells does). */
  ratioCheckedFrom: 1024 * 1024,
  maxEntries: 10_000,
  /** Data rows of the first worksheet. */
  maxRows: 10_000,
};
export type XlsxLimits = typeof XLSX_LIMITS;

export type ZipCheck =
  | { ok: true; entries: number; uncompressedBytes: number }
  | { ok: false; reason: 'unreadable' | 'too_large'; detail: string };

/** Reads the central directory only. */
export function checkZipArchive(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<ZipCheck> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        resolve({ ok: false, reason: 'unreadable', detail: openError?.message ?? 'not a zip archive' });
        return;
      }
      let entries = 0;
      let total = 0;
      let settled = false;
      const finish = (result: ZipCheck) => {
        if (settled) return;
        settled = true;
        zip.close();
        resolve(result);
      };
      zip.on('error', (error: Error) => finish({ ok: false, reason: 'unreadable', detail: error.message }));
      zip.on('end', () => finish({ ok: true, entries, uncompressedBytes: total }));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        total += entry.uncompressedSize;
        if (entries > limits.maxEntries) return finish({ ok: false, reason: 'too_large', detail: 'entries' });
        if (total > limits.maxUncompressedBytes) return finish({ ok: false, reason: 'too_large', detail: 'size' });
        if (
          entry.uncompressedSize >= limits.ratioCheckedFrom &&
          entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
        ) {
          return finish({ ok: false, reason: 'too_large', detail: `ratio of ${entry.fileName}` });
        }
        zip.readEntry();
      });
      zip.readEntry();
    });
  });
}
