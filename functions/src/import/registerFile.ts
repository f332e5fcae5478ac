import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { htmlToText } from './cellHtml.js';
import { checkRowLimits } from './importLimits.js';
import { parseDelimited, type TextRow } from './delimitedText.js';
import { parseRegisterRows, type ImportOptions, type ParsedRegister } from './registerRows.js';
import { isXlsx, readXlsxRows } from './spreadsheet.js';
import { decodeText } from './textDecoding.js';

const YIELD_EVERY_ROWS = 500;

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
  checkRowLimits(rows);
  const clean: TextRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    clean.push({ line: r.line, cells: r.cells.map(htmlToText) });
    // A big file is cleaned in slices so the host keeps answering other requests meanwhile.
    if (i % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) await yieldToEventLoop();
  }
  await yieldToEventLoop();
  return { ...parseRegisterRows(clean, options), format, ...(encoding ? { encoding } : {}) };
}
