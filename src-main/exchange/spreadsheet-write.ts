// Tables the app writes for people to open in Excel, WPS or Numbers: CSV (UTF-8 with a BOM, so Excel
// on Chinese Windows reads the Chinese right; CRLF; RFC 4180 quoting) and XLSX (ExcelJS).
// Every cell that a spreadsheet could take for a formula (=, +, -, @, tab, carriage return first) gets
// an apostrophe in front, in both formats (OWASP "CSV injection").

const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralise = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export interface Table {
  /** Bilingual headers, e.g. "Name / 姓名". */
  headers: string[];
  rows: string[][];
  /** Column widths in characters (XLSX only). */
  widths?: number[];
}

const quoteCsv = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function tableToCsv(table: Table): Uint8Array {
  const lines = [table.headers, ...table.rows].map((row) => row.map((c) => quoteCsv(neutralise(c))).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export async function tableToXlsx(table: Table, sheetName: string): Promise<Uint8Array> {
  // Loaded on first use: ExcelJS is large, and most sessions never write a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Study Visit Planner';
  // Dates are left out on purpose: the same content gives a file that differs only where it must.
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(table.headers.map(neutralise)).font = { bold: true };
  for (const row of table.rows) {
    // Strings only: ExcelJS never writes a string cell as a formula, and the apostrophe guards the
    // file once it is saved again as CSV or copied elsewhere.
    sheet.addRow(row.map(neutralise));
  }
  table.headers.forEach((header, i) => {
    sheet.getColumn(i + 1).width = table.widths?.[i] ?? Math.min(40, Math.max(10, header.length + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
