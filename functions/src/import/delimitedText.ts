import { CsvError, parse } from 'csv-parse/sync';
import { ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';

export interface TextRow {
  /** 1-based physical line where the row starts, for import reports. */
  line: number;
  cells: string[];
}

const CANDIDATE_DELIMITERS = ['\t', ';', ',', '|'] as const;

/**
 * csv-parse needs the delimiter up front and has no sniffing, while register exports come with tab, semicolon
 * (Swedish/Danish Excel) or comma, so this picks the delimiter that splits the most lines into the same number (>1)
 * of cells.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 50);
  let best: string = '\t';
  let bestScore = -1;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const counts = lines.map((l) => l.split(delimiter).length).filter((n) => n > 1);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    const [width, agreeing] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const score = agreeing * 1000 + width;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

/**
 * RFC 4180 parsing (csv-parse) with any delimiter: quoted cells may hold delimiters, doubled quotes and line
 * breaks. Quotes inside unquoted cells are kept as they are and rows may differ in width, since register exports
 * rarely quote consistently. Blank lines come back as rows with one empty cell, so line numbers stay true.
 */
export function parseDelimited(text: string, delimiter = detectDelimiter(text)): TextRow[] {
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, { delimiter, relax_quotes: true, relax_column_count: true, raw: true }) as unknown as typeof records;
  } catch (error) {
    // What remains with relaxed quoting is a quote never closed: the file is cut off or not delimited text.
    if (error instanceof CsvError)
      throw new ValidationError([fieldError('body', 'import.unreadableText', {}, `not readable as delimited text: ${error.message}`)]);
    throw error;
  }
  // Counted from each record's raw text: csv-parse's own line count takes a CRLF inside a quoted cell as two lines.
  let line = 1;
  return records.map(({ record, raw }) => {
    const row = { line, cells: record };
    line += raw.match(/\r\n|\r|\n/g)?.length ?? 0;
    return row;
  });
}
