import type { Language } from './language.js';

/** One language's entries of every table exported by the given modules. */
export function mergeTables(modules: Record<string, Record<string, unknown>>, language: Language): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const module of Object.values(modules)) {
    for (const table of Object.values(module)) {
      if (table && typeof table === 'object' && language in table) Object.assign(merged, (table as Record<Language, Record<string, string>>)[language]);
    }
  }
  return merged;
}
