import { DomainError } from '@prt/domain/errors';
/**
 * What one import may hold. A register of a municipality has hundreds of processings, a few thousand rows at
 * most; the limits leave ample room for that while keeping a hostile or broken file from taking the host.
 */
export const IMPORT_LIMITS = {
  maxRows: 50_000,
  maxColumns: 200,
  maxCellChars: 100_000,
  /** XLSX: total bytes the archive expands to, entries in it, and expansion ratio of any large entry. */
  maxExpandedBytes: 100 * 1024 * 1024,
  maxZipEntries: 1_000,
  maxCompressionRatio: 100,
  ratioCheckedFromBytes: 1024 * 1024,
} as const;

export type ImportLimitCode =
  | 'import.tooLarge'
  | 'import.tooManyRows'
  | 'import.tooManyColumns'
  | 'import.cellTooLong'
  | 'import.invalidFile'
  | 'document.unsupportedType'
  | 'document.unreadable'
  | 'document.tooLarge'
  | 'document.noText';

/** A file refused as a whole, before any row is interpreted; the HTTP layer answers 413 or 400 with the code. */
export class ImportLimitError extends DomainError<ImportLimitCode> {
  readonly status: 400 | 413;
  constructor(code: ImportLimitCode, message: string) {
    super(code, {}, message);
    this.status = code === 'import.tooLarge' || code === 'document.tooLarge' ? 413 : 400;
  }
}

export function tooManyRows(): ImportLimitError {
  return new ImportLimitError('import.tooManyRows', `the file has more than ${IMPORT_LIMITS.maxRows} rows; split it into smaller files`);
}

export function tooManyColumns(line: number): ImportLimitError {
  return new ImportLimitError('import.tooManyColumns', `row ${line} has more than ${IMPORT_LIMITS.maxColumns} columns`);
}

export function cellTooLong(line: number): ImportLimitError {
  return new ImportLimitError('import.cellTooLong', `a cell on row ${line} is longer than ${IMPORT_LIMITS.maxCellChars} characters`);
}

/** Row, column and cell-length limits over rows already read, in one linear pass. */
export function checkRowLimits(rows: readonly { line: number; cells: readonly string[] }[]): void {
  if (rows.length > IMPORT_LIMITS.maxRows) throw tooManyRows();
  for (const row of rows) {
    if (row.cells.length > IMPORT_LIMITS.maxColumns) throw tooManyColumns(row.line);
    for (const cell of row.cells) if (cell.length > IMPORT_LIMITS.maxCellChars) throw cellTooLong(row.line);
  }
}
