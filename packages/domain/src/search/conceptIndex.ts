import { DEFAULT_THESAURUS, THESAURUS_LANGUAGES, type ConceptGroup } from './thesaurus.js';
import { stem, words } from './terms.js';

/** A thesaurus compiled for lookup: which groups a query word or phrase belongs to, and what each group expands to. */
export interface ConceptIndex {
  /** Stem of a single-word term → indexes of the groups holding it. */
  byStem: Map<string, number[]>;
  /** First folded word of a multi-word term → the term's folded words and its group. */
  phrases: Map<string, { words: string[]; group: number }[]>;
  groups: { id: string; stems: string[]; phrases: string[][] }[];
  /** Every single-word term stem: known words for compound splitting. */
  lexicon: Set<string>;
}

export function compileThesaurus(groups: readonly ConceptGroup[] = DEFAULT_THESAURUS): ConceptIndex {
  const index: ConceptIndex = { byStem: new Map(), phrases: new Map(), groups: [], lexicon: new Set() };
  groups.forEach((group, i) => {
    const stems = new Set<string>();
    const phrases: string[][] = [];
    for (const language of THESAURUS_LANGUAGES) {
      for (const term of group.terms[language] ?? []) {
        const folded = words(term);
        if (folded.length === 1) stems.add(stem(folded[0]!));
        else if (folded.length > 1) phrases.push(folded);
      }
    }
    for (const s of stems) {
      const list = index.byStem.get(s) ?? [];
      if (!list.includes(i)) list.push(i);
      index.byStem.set(s, list);
      if (s.length >= 3) index.lexicon.add(s);
    }
    for (const phrase of phrases) {
      const list = index.phrases.get(phrase[0]!) ?? [];
      list.push({ words: phrase, group: i });
      index.phrases.set(phrase[0]!, list);
    }
    index.groups.push({ id: group.id, stems: [...stems], phrases: phrases.map((p) => p.map(stem)) });
  });
  return index;
}
