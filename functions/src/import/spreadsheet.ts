import ExcelJS from 'exceljs';
import type { TextRow } from './delimitedText.js';
import { IMPORT_LIMITS, tooManyColumns, tooManyRows } from './importLimits.js';
import { checkXlsxArchive } from './zipGuard.js';

export function isXlsx(bytes: Uint8Array): boolean {
  // XLSX is a zip archive: "PK\x03\x04".
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * The first worksheet that has content, as rows of text with their 1-based row numbers. The archive is checked
 * first (expanded size, entries, rows), and each row is read from its own cells only: asking the sheet for its
 * column count walks every row, which made reading quadratic in the number of rows.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<TextRow[]> {
  checkXlsxArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: TextRow[] = [];
  // Empty rows carry nothing a register needs; skipping them also keeps a lone cell on row 1,000,000 cheap.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length >= IMPORT_LIMITS.maxRows) throw tooManyRows();
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > IMPORT_LIMITS.maxColumns) throw tooManyColumns(rowNumber);
      while (cells.length < column - 1) cells.push('');
      cells.push(cellText(cell.value));
    });
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}
