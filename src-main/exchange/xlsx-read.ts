// Reads the first worksheet of an XLSX file into rows of text, off the main thread: ExcelJS runs in
// a worker_threads worker with its own heap limit and a deadline, so a large or hostile file can
// neither freeze the Electron main process nor exhaust its memory. The archive is checked first
// (xlsx-guard.ts); the worker verifies the real sizes again while inflating.
//
// The worker's code is a small CommonJS script evaluated by the worker (`eval: true`) that loads
// ExcelJS and yauzl by the absolute paths the main thread resolved. That works the same under tsx
// (CLI), vitest and the bundled Electron main process, with no separate worker file to ship.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ServiceError } from '../services/service-error';
import { checkZipArchive, XLSX_LIMITS, type XlsxLimits } from './xlsx-guard';

export interface SheetRows {
  /** Dense: rows[0] is spreadsheet row 1 (the header); empty rows are empty arrays. */
  rows: string[][];
}

const WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const yauzl = require(workerData.modules.yauzl);
const ExcelJS = require(workerData.modules.exceljs);
const limits = workerData.limits;
const bytes = Buffer.from(workerData.bytes.buffer, workerData.bytes.byteOffset, workerData.bytes.byteLength);

class Refused extends Error {
  constructor(reason, detail) { super(detail); this.reason = reason; }
}

// Inflates every entry and counts: yauzl stops an entry that yields more than it declared.
function verifySizes() {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(new Refused('unreadable', error.message));
      let total = 0;
      zip.on('error', (e) => reject(new Refused('unreadable', e.message)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry) => {
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(new Refused('unreadable', streamError.message));
          stream.on('data', (chunk) => {
            total += chunk.length;
            if (total > limits.maxUncompressedBytes) {
              stream.destroy();
              reject(new Refused('too_large', 'size'));
            }
          });
          stream.on('error', (e) =>
            reject(new Refused(/too many bytes|exceed/i.test(e.message) ? 'too_large' : 'unreadable', e.message)));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}

function text(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    if (Array.isArray(value.richText)) return value.richText.map((run) => text(run.text)).join('');
    // A formula is never evaluated: its cached result is the cell's text.
    if ('formula' in value || 'sharedFormula' in value) return text(value.result);
    if ('text' in value) return text(value.text);
  }
  return '';
}

(async () => {
  await verifySizes();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  const rows = [];
  if (sheet) {
    let refused = false;
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (refused) return;
      if (number > limits.maxRows + 1) { refused = true; return; }
      const values = Array.isArray(row.values) ? row.values : [];
      const cells = [];
      for (let i = 1; i < values.length; i++) cells.push(text(values[i]));
      while (rows.length < number - 1) rows.push([]);
      rows.push(cells);
    });
    if (refused) throw new Refused('too_many_rows', String(limits.maxRows));
  }
  parentPort.postMessage({ ok: true, rows });
})().catch((error) => {
  parentPort.postMessage({ ok: false, reason: error.reason || 'unreadable', detail: String(error.message || error) });
});
`;

const requireHere = createRequire(import.meta.url);
let modulePaths: { exceljs: string; yauzl: string } | undefined;
const modules = () =>
  (modulePaths ??= { exceljs: requireHere.resolve('exceljs'), yauzl: requireHere.resolve('yauzl') });

type WorkerAnswer = { ok: true; rows: string[][] } | { ok: false; reason: string; detail: string };

export interface ReadXlsxOptions {
  limits?: XlsxLimits;
  /** Milliseconds before the worker is stopped. */
  timeoutMs?: number;
  /** Heap of the worker, in MB. */
  heapMb?: number;
}

const refusal = (reason: string, detail: string): ServiceError => {
  if (reason === 'too_large') return new ServiceError('validation', 'errors:import.too_large', { detail });
  if (reason === 'too_many_rows') {
    return new ServiceError('validation', 'errors:import.too_many_rows', { max: XLSX_LIMITS.maxRows });
  }
  return new ServiceError('validation', 'errors:import.unreadable_file', { detail });
};

export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<SheetRows> {
  const limits = options.limits ?? XLSX_LIMITS;
  const check = await checkZipArchive(bytes, limits);
  if (!check.ok) throw refusal(check.reason, check.detail);

  const answer = await new Promise<WorkerAnswer>((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { bytes, limits, modules: modules() },
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 512, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (value: WorkerAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(
      () => settle({ ok: false, reason: 'too_large', detail: 'timeout' }),
      options.timeoutMs ?? 60_000,
    );
    worker.on('message', (message: WorkerAnswer) => settle(message));
    worker.on('error', (error: Error & { code?: string }) =>
      settle({
        ok: false,
        reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'unreadable',
        detail: error.message,
      }),
    );
    worker.on('exit', (code) => settle({ ok: false, reason: 'unreadable', detail: `worker exited (${code})` }));
  });
  if (!answer.ok) throw refusal(answer.reason, answer.detail);
  return { rows: answer.rows };
}
