import type { ProcessingContent } from './processing.js';

export interface FieldChange {
  /** Readable path, e.g. "purposes[1].retention.text". */
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * Field-level differences between two versions' content. Arrays of plain values (categories, recipients)
 * are compared as wholes so the history says "recipients: A, B → A, C" rather than index noise;
 * arrays of objects (purposes, systems) are compared element by element.
 */
export function diffProcessing(before: ProcessingContent | undefined, after: ProcessingContent): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before ?? {}, after, '', changes);
  return changes;
}

function walk(a: unknown, b: unknown, path: string, out: FieldChange[]): void {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) walk(a[key], b[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && (a.some(isPlainObject) || b.some(isPlainObject))) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) walk(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, before: a, after: b });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
