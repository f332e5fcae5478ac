/**
 * Spreadsheet formula injection (OWASP "CSV injection"): Excel and LibreOffice run a cell that begins with
 * = + - @ (and, after trimming, TAB or CR) as a formula, so a processing named `=HYPERLINK(...)` would act in the
 * DPO's Excel. Exported cells that begin so get a leading apostrophe, which makes them text. A cell that already
 * begins with an apostrophe gets one too, so the importer can strip exactly one guard apostrophe and every
 * text comes back as it was exported.
 */

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const GUARD = "'";

export function guardFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) || cell.startsWith(GUARD) ? GUARD + cell : cell;
}

/** Undoes guardFormula: one apostrophe before a trigger or another apostrophe is the guard; others are text. */
export function unguardFormula(cell: string): string {
  if (!cell.startsWith(GUARD)) return cell;
  const rest = cell.slice(1);
  return FORMULA_TRIGGER.test(rest) || rest.startsWith(GUARD) ? rest : cell;
}

/** True when a spreadsheet would read the cell as a formula. */
export function startsLikeFormula(cell: string): boolean {
  return FORMULA_TRIGGER.test(cell);
}
