import { parseOs2ComplianceTemplates } from '@prt/domain/templates/os2complianceTemplates';
import type { ParsedTemplateSet } from '@prt/domain/templates/processingTemplate';
import { parseSpreadsheetTemplates, SPREADSHEET_DEFAULT_SOURCE } from '@prt/domain/templates/spreadsheetTemplates';
import { ValidationError } from '@prt/domain/errors';
import { unguardFormula } from '@prt/domain/formulaGuard';
import { withVersion } from '@prt/domain/templates/templateVersion';
import { fieldError } from '@prt/domain/validation';
import { htmlToText } from './cellHtml.js';
import { checkRowLimits } from './importLimits.js';
import { isXlsx, readXlsxRows } from './spreadsheet.js';

/**
 * A template set file: KL's standard fortegnelser as OS2compliance's JSON (one object or an array of them), or
 * an SKR-style .xlsx read with the register importer's spreadsheet reader and its limits.
 */
export async function parseTemplateFile(bytes: Uint8Array, options: { source?: string } = {}): Promise<ParsedTemplateSet> {
  if (isXlsx(bytes)) {
    const rows = await readXlsxRows(bytes);
    checkRowLimits(rows);
    const clean = rows.map((r) => ({ line: r.line, cells: r.cells.map((cell) => htmlToText(unguardFormula(cell))) }));
    return parseSpreadsheetTemplates(clean, options.source || SPREADSHEET_DEFAULT_SOURCE);
  }
  let json: unknown;
  try {
    // UTF-8 only: JSON is UTF-8 by definition (RFC 8259); a BOM some editors write is allowed.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    json = JSON.parse(text);
  } catch {
    throw new ValidationError([fieldError('body', 'template.invalidJson', {}, 'the file is neither JSON in UTF-8 nor an XLSX workbook')]);
  }
  const parsed = parseOs2ComplianceTemplates(json);
  return options.source
    ? { ...parsed, templates: parsed.templates.map(({ version: _version, ...t }) => withVersion({ ...t, source: options.source! })) }
    : parsed;
}
