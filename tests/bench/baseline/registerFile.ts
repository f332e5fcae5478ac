/** The import parser as it was before the linear rewrite, kept only so `npm run bench` can print both side by side. */
import { htmlToText } from '@prt/functions/import/cellHtml.js';
import { parseDelimited, type TextRow } from '@prt/functions/import/delimitedText.js';
import { parseRegisterRows, type ImportOptions, type ParsedRegister } from './registerRows.js';
import { isXlsx, readXlsxRows } from './spreadsheet.js';
import { decodeText } from '@prt/functions/import/textDecoding.js';

export interface ParsedRegisterFile extends ParsedRegister {
  format: 'xlsx' | 'delimited';
  encoding?: 'utf-8' | 'windows-1252';
}

/** Any supported register file (XLSX, or delimited text in UTF-8 or Windows-1252) to processings and a row report. */
export async function parseRegisterFile(bytes: Uint8Array, options: ImportOptions = {}): Promise<ParsedRegisterFile> {
  let rows: TextRow[];
  let format: ParsedRegisterFile['format'];
  let encoding: ParsedRegisterFile['encoding'];
  if (isXlsx(bytes)) {
    format = 'xlsx';
    rows = await readXlsxRows(bytes);
  } else {
    format = 'delimited';
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    rows = parseDelimited(decoded.text);
  }
  const clean = rows.map((r) => ({ line: r.line, cells: r.cells.map(htmlToText) }));
  return { ...parseRegisterRows(clean, options), format, ...(encoding ? { encoding } : {}) };
}
