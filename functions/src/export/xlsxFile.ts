import ExcelJS from 'exceljs';
import { guardFormula } from '@prt/domain/formulaGuard';
import type { RegisterTable } from './registerTable.js';

export async function toXlsx(table: RegisterTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers.map(guardFormula));
  // String cells are not formulas in the file, but they become one when someone edits the cell or saves the sheet as CSV.
  for (const row of table.rows) sheet.addRow(row.map(guardFormula));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 32 : 28;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
