import type { RegisterTable } from './registerTable.js';

function quote(cell: string): string {
  return /[";\r\n]/.test(cell) || cell.startsWith(' ') || cell.endsWith(' ') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Semicolon-separated UTF-8 with a BOM: what Swedish and Danish Excel opens without an import dialog. */
export function toCsv(table: RegisterTable): Buffer {
  const lines = [table.headers, ...table.rows].map((row) => row.map(quote).join(';'));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
