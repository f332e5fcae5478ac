import type { Article6Basis, Processing, ProcessingStatus } from '../processing.js';
import { allowedTypos, withinDistance } from './editDistance.js';
import { buildSynonymIndex } from './synonyms.js';
import { stem, words } from './terms.js';

export const SEARCH_FIELDS = ['name', 'system', 'purpose', 'dataCategory', 'dataSubject', 'recipient', 'unit', 'legalBasis', 'retention'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The name says most about a processing; legal-basis and retention wording the least. */
const FIELD_WEIGHT: Record<SearchField, number> = {
  name: 10,
  system: 6,
  purpose: 4,
  dataCategory: 3,
  dataSubject: 3,
  unit: 2,
  recipient: 2,
  legalBasis: 1.5,
  retention: 1,
};

export type MatchKind = 'exact' | 'stem' | 'prefix' | 'synonym' | 'fuzzy';

const KIND_WEIGHT: Record<MatchKind, number> = { exact: 1, stem: 0.9, prefix: 0.7, synonym: 0.6, fuzzy: 0.4 };

export interface SearchFilters {
  organisationUnit?: string;
  legalBasis?: Article6Basis;
  specialCategories?: boolean;
  /** IT system name, case-insensitive ("Heroma", "W3D3"). */
  system?: string;
  status?: ProcessingStatus;
  /** "For me": processings tagged for this unit (department) or role (job title). */
  audience?: { unit?: string; role?: string };
}

export interface MatchReason {
  field: SearchField;
  /** The query word. */
  term: string;
  /** The word in the processing that it matched. */
  matched: string;
  kind: MatchKind;
}

export interface SearchHit {
  processing: Processing;
  score: number;
  matches: MatchReason[];
}

export interface Facets {
  organisationUnit: Record<string, number>;
  legalBasis: Record<string, number>;
  system: Record<string, number>;
  status: Record<string, number>;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** 'all' when every query word matched; 'any' when that found nothing and any word was enough. */
  mode: 'all' | 'any' | 'none';
  facets: Facets;
}

interface Entry {
  processing: Processing;
  /** Each stem this processing contributes, with its field-weighted frequency; kept so removal is exact. */
  stems: Map<string, number>;
  units: string;
  bases: Set<Article6Basis>;
  special: boolean;
  systems: Set<string>;
  /** Distinct system names as written, for facets. */
  systemNames: string[];
  audienceUnits: Set<string>;
  audienceRoles: Set<string>;
}

interface Expansion {
  stem: string;
  kind: MatchKind;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * An in-memory inverted index of one tenant's register. Upserts and removals touch only the changed
 * processing's postings, so keeping the index current on every write costs as much as indexing one document.
 */
export class SearchIndex {
  private readonly entries = new Map<string, Entry>();
  /** stem → (processing id → field-weighted frequency) */
  private readonly postings = new Map<string, Map<string, number>>();
  private sortedStems: string[] | undefined;
  /** Stems grouped by length, so a typo search only compares words of nearly the same length. */
  private stemsByLength: Map<number, string[]> | undefined;
  private readonly synonyms = buildSynonymIndex();

  get size(): number {
    return this.entries.size;
  }

  upsert(processing: Processing): void {
    this.remove(processing.id);
    const stems = new Map<string, number>();
    for (const [field, text] of fieldTexts(processing)) {
      for (const word of words(text)) {
        const s = stem(word);
        stems.set(s, (stems.get(s) ?? 0) + FIELD_WEIGHT[field]);
      }
    }
    for (const [s, weight] of stems) {
      let posting = this.postings.get(s);
      if (!posting) {
        posting = new Map();
        this.postings.set(s, posting);
        this.sortedStems = undefined;
        this.stemsByLength = undefined;
      }
      posting.set(processing.id, weight);
    }
    this.entries.set(processing.id, {
      processing,
      stems,
      units: norm(processing.organisationUnit),
      bases: new Set(processing.purposes.flatMap((p) => p.legalBasis.article6)),
      special: processing.purposes.some((p) => p.personalDataCategories.some((c) => c.special)),
      systems: new Set(processing.systems.map((s) => norm(s.name))),
      systemNames: [...new Set(processing.systems.map((s) => s.name))],
      audienceUnits: new Set(processing.audience.units.map(norm)),
      audienceRoles: new Set(processing.audience.roles.map(norm)),
    });
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    for (const s of entry.stems.keys()) {
      const posting = this.postings.get(s);
      posting?.delete(id);
      if (posting && posting.size === 0) {
        this.postings.delete(s);
        this.sortedStems = undefined;
        this.stemsByLength = undefined;
      }
    }
    this.entries.delete(id);
  }

  search(query: string, filters: SearchFilters = {}, options: { limit?: number } = {}): SearchResult {
    const limit = options.limit ?? 50;
    const queryWords = [...new Set(words(query))];
    const accepted = (e: Entry) => passes(e, filters);

    if (queryWords.length === 0) {
      const all = [...this.entries.values()].filter(accepted);
      return {
        hits: topK(all, limit, byName).map((e) => ({ processing: e.processing, score: 0, matches: [] })),
        total: all.length,
        mode: 'none',
        facets: facetsOf(all),
      };
    }

    const perWord = queryWords.map((w) => this.scoresFor(w));
    let mode: SearchResult['mode'] = 'all';
    let candidates = intersect(perWord);
    if (candidates.size === 0 && perWord.length > 1) {
      mode = 'any';
      candidates = union(perWord);
    }
    const scored: { entry: Entry; score: number }[] = [];
    for (const [id, score] of candidates) {
      const entry = this.entries.get(id)!;
      if (accepted(entry)) scored.push({ entry, score });
    }
    const hits = topK(scored, limit, (a, b) => b.score - a.score || byName(a.entry, b.entry)).map(({ entry, score }) => ({
      processing: entry.processing,
      score: Math.round(score * 1000) / 1000,
      matches: explain(entry.processing, queryWords, (w) => this.expand(w)),
    }));
    return { hits, total: scored.length, mode, facets: facetsOf(scored.map((s) => s.entry)) };
  }

  /** Score of every processing for one query word: its best expansion, weighted by kind, field and rarity. */
  private scoresFor(word: string): Map<string, number> {
    const scores = new Map<string, number>();
    const total = Math.max(1, this.entries.size);
    for (const { stem: s, kind } of this.expand(word)) {
      const posting = this.postings.get(s);
      if (!posting) continue;
      const idf = Math.log(1 + total / posting.size);
      for (const [id, weight] of posting) {
        const score = KIND_WEIGHT[kind] * weight * idf;
        if (score > (scores.get(id) ?? 0)) scores.set(id, score);
      }
    }
    return scores;
  }

  /** The index stems a query word stands for, best kind first; each stem appears once. */
  expand(word: string): Expansion[] {
    const out = new Map<string, MatchKind>();
    const add = (s: string, kind: MatchKind) => {
      if (this.postings.has(s) && !out.has(s)) out.set(s, kind);
    };
    const s = stem(word);
    add(word, 'exact');
    add(s, 'stem');
    // Compounds: "lön" finds "lönespecifikation", "rekryter" finds "rekryteringsprocess".
    if (s.length >= 3) for (const candidate of this.withPrefix(s)) add(candidate, 'prefix');
    for (const synonym of this.synonyms.get(s) ?? []) {
      add(synonym, 'synonym');
      if (synonym.length >= 4) for (const candidate of this.withPrefix(synonym)) add(candidate, 'synonym');
    }
    const typos = allowedTypos(word.length);
    if (typos > 0 && out.size === 0) {
      if (!this.stemsByLength) {
        this.stemsByLength = new Map();
        for (const candidate of this.postings.keys()) {
          const bucket = this.stemsByLength.get(candidate.length) ?? [];
          bucket.push(candidate);
          this.stemsByLength.set(candidate.length, bucket);
        }
      }
      for (let length = s.length - typos; length <= word.length + typos; length++) {
        for (const candidate of this.stemsByLength.get(length) ?? []) {
          if (withinDistance(s, candidate, typos) || withinDistance(word, candidate, typos)) add(candidate, 'fuzzy');
        }
      }
    }
    return [...out].map(([stemValue, kind]) => ({ stem: stemValue, kind }));
  }

  private withPrefix(prefix: string): string[] {
    this.sortedStems ??= [...this.postings.keys()].sort();
    const sorted = this.sortedStems;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
    return out;
  }
}

function fieldTexts(p: Processing): [SearchField, string][] {
  const out: [SearchField, string][] = [
    ['name', p.name],
    ['unit', p.organisationUnit],
    ...p.systems.map((s) => ['system', `${s.name} ${s.kind}`] as [SearchField, string]),
  ];
  for (const purpose of p.purposes) {
    out.push(['purpose', purpose.description]);
    out.push(['dataCategory', purpose.personalDataCategories.map((c) => c.name).join(' ')]);
    out.push(['dataSubject', purpose.dataSubjectCategories.join(' ')]);
    out.push(['recipient', [...purpose.recipients, ...purpose.thirdCountryTransfers.map((t) => `${t.country} ${t.details}`)].join(' ')]);
    out.push(['legalBasis', `${purpose.legalBasis.originalText} ${purpose.legalBasis.nationalLaw}`]);
    out.push(['retention', purpose.retention.text]);
  }
  return out;
}

/** Why a processing matched: the first few (field, word) pairs, best field first. Computed for returned hits only. */
function explain(p: Processing, queryWords: string[], expand: (word: string) => Expansion[]): MatchReason[] {
  const reasons: MatchReason[] = [];
  const texts = fieldTexts(p).sort((a, b) => FIELD_WEIGHT[b[0]] - FIELD_WEIGHT[a[0]]);
  for (const term of queryWords) {
    const expansions = new Map(expand(term).map((e) => [e.stem, e.kind]));
    let found = 0;
    for (const [field, text] of texts) {
      // Reasons name the word as written (lower case, with its å, ä, ö), not its folded index form.
      for (const written of new Set(text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])) {
        const word = words(written)[0];
        const expanded = word ? expansions.get(stem(word)) : undefined;
        if (!word || !expanded || reasons.some((r) => r.field === field && r.matched === written)) continue;
        reasons.push({ field, term, matched: written, kind: word === term ? 'exact' : expanded });
        if (++found >= 2) break;
      }
      if (found >= 2) break;
    }
  }
  return reasons.slice(0, 6);
}

function passes(e: Entry, f: SearchFilters): boolean {
  if (f.organisationUnit && e.units !== norm(f.organisationUnit)) return false;
  if (f.legalBasis && !e.bases.has(f.legalBasis)) return false;
  if (f.specialCategories !== undefined && e.special !== f.specialCategories) return false;
  if (f.system && !e.systems.has(norm(f.system))) return false;
  if (f.status && e.processing.status !== f.status) return false;
  if (f.audience) {
    const unit = f.audience.unit ? e.audienceUnits.has(norm(f.audience.unit)) : false;
    const role = f.audience.role ? e.audienceRoles.has(norm(f.audience.role)) : false;
    if (!unit && !role) return false;
  }
  return true;
}

function intersect(maps: Map<string, number>[]): Map<string, number> {
  const [first, ...rest] = [...maps].sort((a, b) => a.size - b.size);
  const out = new Map<string, number>();
  if (!first) return out;
  for (const [id, score] of first) {
    let total = score;
    let inAll = true;
    for (const m of rest) {
      const s = m.get(id);
      if (s === undefined) {
        inAll = false;
        break;
      }
      total += s;
    }
    if (inAll) out.set(id, total);
  }
  return out;
}

/** Any-word fallback: documents matching more of the words rank first. */
function union(maps: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, { score: number; count: number }>();
  for (const m of maps) {
    for (const [id, score] of m) {
      const current = out.get(id) ?? { score: 0, count: 0 };
      out.set(id, { score: current.score + score, count: current.count + 1 });
    }
  }
  return new Map([...out].map(([id, v]) => [id, v.score * v.count]));
}

function byName(a: Entry, b: Entry): number {
  return a.processing.name.localeCompare(b.processing.name, 'sv');
}

function facetsOf(entries: Entry[]): Facets {
  const facets: Facets = { organisationUnit: {}, legalBasis: {}, system: {}, status: {} };
  const bump = (record: Record<string, number>, key: string) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  for (const e of entries) {
    bump(facets.organisationUnit, e.processing.organisationUnit);
    bump(facets.status, e.processing.status);
    for (const b of e.bases) bump(facets.legalBasis, b);
    for (const s of e.systemNames) bump(facets.system, s);
  }
  return facets;
}

/**
 * The first k items in comparator order without sorting everything: a broad query can match most of a
 * 100k register, and only one page of it is shown.
 */
function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length < k) {
      kept.push(item);
      if (kept.length === k) kept.sort(compare);
    } else if (compare(item, kept[k - 1]!) < 0) {
      // Insert into the sorted window, dropping its last element.
      let i = k - 1;
      while (i > 0 && compare(item, kept[i - 1]!) < 0) {
        kept[i] = kept[i - 1]!;
        i--;
      }
      kept[i] = item;
    }
  }
  return kept.sort(compare);
}
