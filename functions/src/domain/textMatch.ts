import { foldDiacritics } from './identity.js';
import type { Processing } from './processing.js';

function fold(text: string): string {
  return foldDiacritics(text.toLowerCase());
}

/** Every word of the query occurs in the processing's searchable text (case and diacritic insensitive). */
export function matchesText(processing: Processing, query: string): boolean {
  const haystack = fold(
    [
      processing.name,
      ...processing.systems.map((s) => s.name),
      ...processing.purposes.flatMap((p) => [p.description, ...p.dataSubjectCategories, ...p.personalDataCategories.map((c) => c.name), ...p.recipients]),
    ].join(' '),
  );
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
