import { foldDiacritics, slugify } from '../identity.js';
import { interpretDataCategories } from '../interpretation/dataCategoryText.js';
import { interpretLegalBasis, isUnreadableLegalBasis } from '../interpretation/legalBasisText.js';
import { splitList } from '../interpretation/textLists.js';
import { KLE_CODE, MAX_TEMPLATES_PER_SET, type ParsedTemplateSet, type ProcessingTemplate, type TemplateIssue } from './processingTemplate.js';
import { withVersion } from './templateVersion.js';

/**
 * An SKR-style Excel template: one row per standard processing under a header row, in Swedish (SKR's
 * "mall för registerförteckning") or Danish/English wording. The columns this reads, matched after case and
 * diacritic folding, are those the constant below lists; a title line above the header is allowed.
 */
type TemplateColumn = 'id' | 'name' | 'description' | 'legalBasis' | 'kle' | 'dataSubjects' | 'dataCategories' | 'recipients' | 'retention';

const HEADERS: ReadonlyArray<readonly [TemplateColumn, RegExp]> = [
  ['kle', /\bkle\b/],
  ['id', /^(id|nr|nummer|mall-?id|skabelon-?id|template id)$/],
  ['dataSubjects', /kategorier av registrerade|registrerade|kategorier af registrerede|registrerede|data subject/],
  ['dataCategories', /kategorier av personuppgifter|personuppgifter|kategorier af personoplysninger|personoplysninger|personal data/],
  ['recipients', /mottagare|modtager|recipient/],
  ['legalBasis', /rattslig grund|laglig grund|retsgrundlag|hjemmel|legal basis/],
  ['retention', /lagringstid|gallring|bevarande|opbevaring|sletning|retention/],
  ['description', /andamal|beskrivning|formal|beskrivelse|purpose|description/],
  ['name', /behandling|namn|navn|name|titel|title/],
];

export const SPREADSHEET_DEFAULT_SOURCE = 'skr-mall';

export interface TemplateRow {
  line: number;
  cells: readonly string[];
}

export function templateColumnFor(header: string): TemplateColumn | undefined {
  const folded = foldDiacritics(header.toLowerCase()).replace(/\s+/g, ' ').trim();
  if (!folded) return undefined;
  return HEADERS.find(([, re]) => re.test(folded))?.[0];
}

/** Rows of an Excel template (already read to text) to templates of the given set and a per-row report. */
export function parseSpreadsheetTemplates(rows: readonly TemplateRow[], source: string = SPREADSHEET_DEFAULT_SOURCE): ParsedTemplateSet {
  const issues: TemplateIssue[] = [];
  const headerIndex = rows.findIndex((r) => {
    const columns = new Set(r.cells.map(templateColumnFor).filter(Boolean));
    return columns.has('name') && columns.size >= 3;
  });
  if (headerIndex < 0) {
    const line = rows[0]?.line ?? 1;
    return {
      format: 'xlsx',
      templates: [],
      issues: [
        {
          item: line,
          severity: 'skipped',
          code: 'template.noHeader',
          params: {},
          message: 'no header row (expected "Behandling", "Ändamål", "Rättslig grund")',
        },
      ],
    };
  }
  const map: Partial<Record<TemplateColumn, number>> = {};
  rows[headerIndex]!.cells.forEach((cell, i) => {
    const column = templateColumnFor(cell);
    if (column && map[column] === undefined) map[column] = i;
  });
  const body = rows.slice(headerIndex + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length > MAX_TEMPLATES_PER_SET) {
    return {
      format: 'xlsx',
      templates: [],
      issues: [
        {
          item: body[MAX_TEMPLATES_PER_SET]!.line,
          severity: 'skipped',
          code: 'template.tooMany',
          params: { max: MAX_TEMPLATES_PER_SET },
          message: 'too many templates',
        },
      ],
    };
  }
  const templates: ProcessingTemplate[] = [];
  const seen = new Set<string>();
  for (const row of body) {
    const cell = (c: TemplateColumn) => (map[c] === undefined ? '' : (row.cells[map[c]] ?? '').trim());
    const name = cell('name').replace(/\s+/g, ' ');
    if (!name) {
      issues.push({ item: row.line, field: 'name', severity: 'skipped', code: 'template.nameMissing', params: {}, message: 'the row has no name' });
      continue;
    }
    const templateId = cell('id') || slugify(name) || 'template';
    if (seen.has(templateId)) {
      issues.push({
        item: row.line,
        templateId,
        field: 'id',
        severity: 'skipped',
        code: 'template.duplicateId',
        params: { id: templateId },
        message: `another row has the id ${templateId}`,
      });
      continue;
    }
    seen.add(templateId);
    const legalText = cell('legalBasis');
    const legalBasis = interpretLegalBasis(legalText);
    if (isUnreadableLegalBasis(legalText, legalBasis))
      issues.push({
        item: row.line,
        templateId,
        field: 'legalBasis',
        severity: 'partial',
        code: 'template.unreadableLegalBasis',
        params: { value: legalText },
        message: 'no Art. 6, 9 or 10 ground or law could be read from the legal basis; its text is kept',
      });
    const kleCodes: string[] = [];
    for (const code of splitList(cell('kle')).flatMap((c) => c.split(/\s+/))) {
      if (KLE_CODE.test(code)) kleCodes.push(code);
      else
        issues.push({
          item: row.line,
          templateId,
          field: 'kle',
          severity: 'partial',
          code: 'template.invalidKleCode',
          params: { value: code },
          message: `"${code}" is not a KLE number and was left out`,
        });
    }
    templates.push(
      withVersion({
        source,
        templateId,
        name,
        description: cell('description'),
        legalBasis,
        kleMainGroups: unique(kleCodes.map((c) => c.slice(0, 2))),
        kleGroups: unique(kleCodes.filter((c) => c.length > 2).map((c) => c.slice(0, 5))),
        dataSubjectCategories: splitList(cell('dataSubjects')),
        personalDataCategories: interpretDataCategories(cell('dataCategories')),
        recipients: splitList(cell('recipients')),
        retentionText: cell('retention'),
      }),
    );
  }
  return { format: 'xlsx', templates, issues };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
