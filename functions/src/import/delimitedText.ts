export interface TextRow {
  /** 1-based physical line where the row starts, for import reports. */
  line: number;
  cells: string[];
}

const CANDIDATE_DELIMITERS = ['\t', ';', ',', '|'] as const;

/** Picks the delimiter that splits the most lines into the same number (>1) of cells. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 50);
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
 * RFC 4180-style parsing with any delimiter: quoted cells may hold delimiters, doubled quotes and line
 * breaks. Unquoted cells are taken as they are, since register exports rarely quote consistently.
 */
export function parseDelimited(text: string, delimiter = detectDelimiter(text)): TextRow[] {
  const rows: TextRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cellStart) {
      inQuotes = true;
      cellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      cellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowStart, cells });
      cells = [];
      cell = '';
      cellStart = true;
      line++;
      rowStart = line;
    } else {
      cell += ch;
      cellStart = false;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowStart, cells });
  }
  return rows;
}
