import type { DataFlow } from './dataFlows.js';

/** The lists a purpose's who-gets-what matrix is drawn from (structural, so register/ need not import the model). */
export interface MatrixSource {
  dataSubjectCategories: readonly string[];
  personalDataCategories: readonly { name: string }[];
  dataFlows?: readonly DataFlow[];
}

export interface MatrixLayout {
  /** Column headings: the purpose's data subjects that some cell names, in the purpose's order. */
  subjects: string[];
  /** Row headings: the purpose's data categories that some cell names, in the purpose's order. */
  categories: string[];
  /** The flow at a row and column; undefined where the category does not concern the subject. */
  cell: (subject: string, category: string) => DataFlow | undefined;
}

/**
 * The read-only matrix's rows and columns, shared by the record view and the public page so both show the same
 * grid. Names no cell uses are left out: a column of dashes tells a reader nothing.
 */
export function matrixLayout(purpose: MatrixSource): MatrixLayout {
  const flows = purpose.dataFlows ?? [];
  const subjects = purpose.dataSubjectCategories.filter((s) => flows.some((f) => f.subject === s));
  const categories = purpose.personalDataCategories.map((c) => c.name).filter((c) => flows.some((f) => f.dataCategory === c));
  return { subjects, categories, cell: (subject, category) => flows.find((f) => f.subject === subject && f.dataCategory === category) };
}
