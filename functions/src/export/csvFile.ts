import { stringify } from 'csv-stringify/sync';
import type { RegisterTable } from './registerTable.js';

/** Semicolon-separated UTF-8 with a BOM: what Swedish and Danish Excel opens without an import dialog. */
export function toCsv(table: RegisterTable): Buffer {
  const text = stringify([table.headers, ...table.rows], {
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
    // csv-stringify quotes delimiters, quotes and the whole record delimiter; a lone line break inside a cell
    // needs quoting too, and Excel drops leading and trailing spaces from unquoted cells.
    quoted_match: /[\r\n]|^ | $/,
  });
  return Buffer.from(text, 'utf8');
}
