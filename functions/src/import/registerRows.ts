import type { ErrorCode, ErrorParams } from '@prt/domain/errorCodes';
import { parseCategoriesCell, parseLegalBasisCell, parseProcessorsCell, parseTransfersCell } from '@prt/domain/interpretation/registerCells';
import { interpretRetention } from '@prt/domain/interpretation/retentionText';
import { saysNone, splitList } from '@prt/domain/interpretation/textLists';
import type { ItSystem, ProcessingContent, Purpose } from '@prt/domain/processing';
import type { TextRow } from './delimitedText.js';
import type { RegisterField } from '@prt/domain/fieldNames';
import { looksLikeHeader, mapColumns, type ColumnMap } from './registerColumns.js';

export interface ImportOptions {
  /** Overrides the unit read from the file's title line. */
  organisationUnit?: string;
  controller?: string;
  dpoContact?: string;
}

export interface ParsedProcessing {
  /** Line of the row that named the processing. */
  line: number;
  content: ProcessingContent;
}

/** A row that cannot be imported: its line, the field at fault if one is, and a code the tab translates. */
export interface RejectedRow {
  line: number;
  field?: string;
  code: ErrorCode;
  params?: ErrorParams;
  /** Developer English for the CLI and logs. */
  message: string;
}

export interface ParsedRegister {
  processings: ParsedProcessing[];
  rejected: RejectedRow[];
  /** Unit and controller read from a title line such as "BEHANDLINGSREGISTER - Kommunstyrelsen, Exempelby kommun". */
  title?: { organisationUnit: string; controller: string };
}

type Cells = Partial<Record<RegisterField, string>>;

/**
 * Turns the rows of a register export into processings. Register tools export one processing over several
 * rows: a row with a name starts a processing; a row without a name that fills other columns adds a purpose
 * to it; a row whose only filled cell is one column (beyond an empty first column) is that cell wrapping onto
 * the next physical line.
 */
export function parseRegisterRows(rows: readonly TextRow[], options: ImportOptions = {}): ParsedRegister {
  const rejected: RejectedRow[] = [];
  const headerIndex = rows.findIndex((r) => looksLikeHeader(r.cells));
  if (headerIndex < 0) {
    return {
      processings: [],
      rejected: [
        { line: 1, code: 'import.noHeader', message: 'no header row found (expected columns such as "Namn på behandling", "Ändamål", "Rättslig grund")' },
      ],
    };
  }
  const title = readTitle(rows.slice(0, headerIndex));
  const columns = mapColumns(rows[headerIndex]!.cells);
  const unitFallback = options.organisationUnit ?? title?.organisationUnit ?? '';
  const controller = options.controller ?? title?.controller ?? '';

  const drafts: { line: number; name: string; unit: string; rows: { line: number; cells: Cells }[] }[] = [];
  let previousCells: Cells | undefined;
  // Wrapped lines are collected and joined once per cell: joining on every line copied the growing cell each time.
  const wrapped = new Map<Cells, Partial<Record<RegisterField, string[]>>>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cells = pick(row.cells, columns);
    const filled = (Object.keys(cells) as RegisterField[]).filter((k) => cells[k]);
    if (filled.length === 0) continue;
    const current = drafts.at(-1);
    if (!cells.name && filled.length === 1 && current && previousCells && row.cells[0]?.trim() === '') {
      const field = filled[0]!;
      let parts = wrapped.get(previousCells);
      if (!parts) wrapped.set(previousCells, (parts = {}));
      (parts[field] ??= [previousCells[field] ?? '']).push(cells[field]!);
      continue;
    }
    if (cells.name) {
      drafts.push({ line: row.line, name: cells.name, unit: cells.organisationUnit || unitFallback, rows: [{ line: row.line, cells }] });
    } else if (current) {
      current.rows.push({ line: row.line, cells });
    } else {
      rejected.push({ line: row.line, code: 'import.noProcessingName', message: 'row has no processing name and no processing above it to continue' });
      continue;
    }
    previousCells = cells;
  }

  for (const [cells, parts] of wrapped) {
    for (const [field, lines] of Object.entries(parts) as [RegisterField, string[]][]) cells[field] = lines.filter(Boolean).join('\n');
  }

  const processings: ParsedProcessing[] = [];
  for (const draft of drafts) {
    const name = draft.name.replace(/\.$/, '').trim();
    if (!draft.unit) {
      rejected.push({
        line: draft.line,
        field: 'organisationUnit',
        code: 'import.noUnit',
        message: 'no organisation unit: give --unit or a title line naming it',
      });
      continue;
    }
    const purposes: Purpose[] = [];
    let lastDescription = '';
    draft.rows.forEach(({ cells }, index) => {
      // A continuation row that leaves the purpose empty restates the previous purpose under another basis.
      const description = cells.purpose || lastDescription || name;
      lastDescription = description;
      purposes.push(toPurpose(cells, description, index));
    });
    const first = draft.rows[0]!.cells;
    processings.push({
      line: draft.line,
      content: {
        name,
        organisationUnit: draft.unit,
        controller: options.controller ?? (first.controller || controller),
        dpoContact: options.dpoContact ?? first.dpoContact ?? '',
        purposes,
        systems: draft.rows.flatMap((r) => parseSystems(r.cells.systems ?? '')).filter(uniqueBy((s) => s.name.toLowerCase())),
        processors: parseProcessorsCell(first.processors ?? ''),
        securityMeasures: splitList(first.securityMeasures ?? ''),
        dpiaRequired: /^(ja|yes|j|x|true)/i.test(first.dpia ?? ''),
        audience: { units: splitList(first.audienceUnits ?? ''), roles: splitList(first.audienceRoles ?? '') },
      },
    });
  }
  return title ? { processings, rejected, title } : { processings, rejected };
}

function toPurpose(cells: Cells, description: string, index: number): Purpose {
  return {
    id: `p${index + 1}`,
    description,
    legalBasis: parseLegalBasisCell(cells.legalBasis ?? ''),
    dataSubjectCategories: listCell(cells.dataSubjects),
    personalDataCategories: parseCategoriesCell(cells.dataCategories ?? ''),
    recipients: listCell(cells.recipients),
    thirdCountryTransfers: parseTransfersCell(cells.transfers ?? ''),
    retention: interpretRetention(cells.retention ?? ''),
    sources: listCell(cells.sources),
  };
}

/** A list cell; "Nej", "Ingen", "None" mean an empty list, not an entry called "Ingen". */
function listCell(text: string | undefined): string[] {
  return !text || saysNone(text) ? [] : splitList(text);
}

/** "Heroma (HR-system); W3D3 (ärendehantering)" → systems with their kind. */
export function parseSystems(text: string): ItSystem[] {
  return text
    .split(/[;\n]/)
    .flatMap((part) => (part.includes('(') ? [part] : part.split(',')))
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s*\((.*)\)\s*$/.exec(part);
      return match ? { name: match[1]!.trim(), kind: match[2]!.trim() } : { name: part, kind: '' };
    });
}

function pick(cells: readonly string[], columns: ColumnMap): Cells {
  const out: Cells = {};
  for (const [field, index] of Object.entries(columns) as [RegisterField, number][]) {
    const value = (cells[index] ?? '').trim();
    if (value) out[field] = value;
  }
  return out;
}

function readTitle(rows: readonly TextRow[]): ParsedRegister['title'] {
  for (const row of rows) {
    const text = row.cells.join(' ').replace(/[*#_]/g, '').trim();
    const match = /^(?:behandlingsregister|fortegnelse|register|record)[^-–:]*[-–:]\s*(.+)$/i.exec(text);
    if (!match) continue;
    const [unit, ...rest] = match[1]!.split(',').map((s) => s.trim());
    if (unit) return { organisationUnit: unit, controller: rest.join(', ') };
  }
  return undefined;
}

/** Keeps the first item per key; a set, not a search per item, so 60,000 systems in one cell stay linear. */
function uniqueBy<T>(key: (item: T) => string): (item: T) => boolean {
  const seen = new Set<string>();
  return (item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
}
