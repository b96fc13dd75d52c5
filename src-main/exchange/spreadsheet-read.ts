// A table from an imported file: CSV (or tab/semicolon-separated text) in any of the encodings
// text-decoding.ts detects, or the first worksheet of an XLSX workbook (read in a worker).
import Papa from 'papaparse';
import type { TextEncodingName } from '../shared/contract/exchange-schemas';
import { ServiceError } from '../services/service-error';
import { decodeText } from './text-decoding';
import { XLSX_LIMITS } from './xlsx-guard';
import { readXlsx, type ReadXlsxOptions } from './xlsx-read';

export interface Spreadsheet {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  /** rows[0] is the header (spreadsheet row 1); every cell is text. Trailing empty rows are dropped. */
  rows: string[][];
}

/** Largest CSV: 10 MiB of text is far more than 10,000 participants. */
const MAX_CSV_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Excel format (.xls), an OLE compound file. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const unreadable = (detail: string) => new ServiceError('validation', 'errors:import.unreadable_file', { detail });

export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxOptions = {},
): Promise<Spreadsheet> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.byteLength === 0) throw new ServiceError('validation', 'errors:import.empty_file');
  if (startsWith(bytes, OLE) || extension === 'xls' || extension === 'numbers' || extension === 'ods') {
    throw new ServiceError('validation', 'errors:import.unsupported_format', { extension });
  }
  let spreadsheet: Spreadsheet;
  if (startsWith(bytes, ZIP)) {
    spreadsheet = { format: 'xlsx', encoding: null, rows: (await readXlsx(bytes, options)).rows };
  } else {
    if (extension === 'xlsx' || extension === 'xlsm') throw unreadable('not a zip archive');
    if (bytes.byteLength > MAX_CSV_BYTES) throw new ServiceError('validation', 'errors:import.too_large');
    spreadsheet = readCsv(bytes);
  }
  const rows = spreadsheet.rows;
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
  if (rows.length === 0 || isBlankRow(rows[0])) throw new ServiceError('validation', 'errors:import.empty_file');
  if (rows.length - 1 > XLSX_LIMITS.maxRows) {
    throw new ServiceError('validation', 'errors:import.too_many_rows', { max: XLSX_LIMITS.maxRows });
  }
  return spreadsheet;
}

export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function readCsv(bytes: Uint8Array): Spreadsheet {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw unreadable('binary content');
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', '\t', ';'],
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  // An opening quote that never closes swallows the rest of the file: refuse rather than guess.
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw unreadable(`unclosed quote in row ${(quoteError.row ?? 0) + 1}`);
  return { format: 'csv', encoding, rows: parsed.data.map((row) => row.map((cell) => String(cell ?? ''))) };
}
