/**
 * Edits of the who-gets-what matrix that follow edits of the purpose's lists, so renaming a category, a data
 * subject or a recipient keeps every cell that named it, and removing one drops only what named it.
 */
import type { DataFlow } from './dataFlows.js';

export type DataFlowAxis = 'subject' | 'dataCategory' | 'recipient';

const unique = (names: readonly string[]) => [...new Set(names)];

/**
 * Renames `from` to `to` on one axis. Cells that come to share subject and category are merged (recipients
 * united), so no cell and no recipient is lost; renaming to a fresh name and back gives the matrix unchanged.
 */
export function renameInDataFlows(flows: readonly DataFlow[], axis: DataFlowAxis, from: string, to: string): DataFlow[] {
  if (from === to) return flows.map(copy);
  const renamed = flows.map((f): DataFlow => {
    if (axis === 'recipient') return { ...f, recipients: unique(f.recipients.map((r) => (r === from ? to : r))) };
    return axis === 'subject'
      ? { ...copy(f), subject: f.subject === from ? to : f.subject }
      : { ...copy(f), dataCategory: f.dataCategory === from ? to : f.dataCategory };
  });
  return mergeCells(renamed);
}

/** Removes a name: a subject or category takes its cells with it; a recipient is taken out of every cell. */
export function removeFromDataFlows(flows: readonly DataFlow[], axis: DataFlowAxis, name: string): DataFlow[] {
  if (axis === 'recipient') return flows.map((f) => ({ ...f, recipients: f.recipients.filter((r) => r !== name) }));
  return flows.filter((f) => (axis === 'subject' ? f.subject : f.dataCategory) !== name).map(copy);
}

/**
 * Follows a list edit as a form makes it: same length with entries changed in place is a rename of each changed
 * entry (typing in a field); otherwise names that are gone are removed. Names added need nothing.
 */
export function followListEdit(flows: readonly DataFlow[], axis: DataFlowAxis, before: readonly string[], after: readonly string[]): DataFlow[] {
  let out = flows.map(copy);
  if (before.length === after.length) {
    const changed = before.map((b, i) => [b, after[i]!] as const).filter(([b, a]) => b !== a);
    // A rename onto a name still used elsewhere in the list would merge two rows; that is a removal instead.
    for (const [b, a] of changed) out = before.includes(a) || !a.trim() ? removeFromDataFlows(out, axis, b) : renameInDataFlows(out, axis, b, a);
    return out;
  }
  for (const gone of before.filter((b) => !after.includes(b))) out = removeFromDataFlows(out, axis, gone);
  return out;
}

/** The recipients of one cell; none when the matrix has no cell for it. */
export function cellRecipients(flows: readonly DataFlow[], subject: string, dataCategory: string): string[] {
  return flows.find((f) => f.subject === subject && f.dataCategory === dataCategory)?.recipients ?? [];
}

/** Sets one cell, keeping the matrix's order; a cell is kept even with no recipients (the data stays in-house). */
export function setCell(flows: readonly DataFlow[], subject: string, dataCategory: string, recipients: readonly string[]): DataFlow[] {
  const cell: DataFlow = { subject, dataCategory, recipients: unique(recipients) };
  const at = flows.findIndex((f) => f.subject === subject && f.dataCategory === dataCategory);
  if (at < 0) return [...flows.map(copy), cell];
  return flows.map((f, i) => (i === at ? cell : copy(f)));
}

/** Removes one cell (the category does not concern that subject). */
export function clearCell(flows: readonly DataFlow[], subject: string, dataCategory: string): DataFlow[] {
  return flows.filter((f) => !(f.subject === subject && f.dataCategory === dataCategory)).map(copy);
}

function copy(f: DataFlow): DataFlow {
  return { subject: f.subject, dataCategory: f.dataCategory, recipients: [...f.recipients] };
}

function mergeCells(flows: readonly DataFlow[]): DataFlow[] {
  const out: DataFlow[] = [];
  for (const f of flows) {
    const same = out.find((o) => o.subject === f.subject && o.dataCategory === f.dataCategory);
    if (same) same.recipients = unique([...same.recipients, ...f.recipients]);
    else out.push(copy(f));
  }
  return out;
}
