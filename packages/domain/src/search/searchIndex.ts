import type { Article6Basis, Processing, ProcessingStatus } from '../processing.js';
import { GENERIC_HEADS, isCommonWord, STOP_WORDS } from './commonWords.js';
import { compileThesaurus, type ConceptIndex } from './conceptIndex.js';
import { editDistance, withinDistance } from './editDistance.js';
import type { ConceptGroup } from './thesaurus.js';
import { splitCompound } from './compounds.js';
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

/**
 * How a query word reached a processing's word. 'compound': a part of a split compound ("sjuk" + "frånvaro"), or
 * the query word as the tail of a register compound ("frånvaro" in "sjukfrånvaro"). 'synonym': through a concept
 * group of the thesaurus (the reason names the group).
 */
export type MatchKind = 'exact' | 'stem' | 'prefix' | 'compound' | 'synonym' | 'fuzzy';

/** Words the register itself uses rank above thesaurus words, and a typo guess below everything real. */
const KIND_WEIGHT: Record<MatchKind, number> = { exact: 1, stem: 0.9, prefix: 0.7, compound: 0.6, synonym: 0.4, fuzzy: 0.15 };

export interface SearchFilters {
  organisationUnit?: string;
  legalBasis?: Article6Basis;
  specialCategories?: boolean;
  /** IT system name, case-insensitive ("Visma", "W3D3"). */
  system?: string;
  status?: ProcessingStatus;
  /** "For me": processings tagged for this unit (department) or role (job title). */
  audience?: { unit?: string; role?: string };
  /** Any further test on the processing itself (the overview's register filters), applied after the indexed ones. */
  where?: (processing: Processing) => boolean;
}

export interface MatchReason {
  field: SearchField;
  /** The query word (or thesaurus phrase). */
  term: string;
  /** The word in the processing that it matched. */
  matched: string;
  kind: MatchKind;
  /** For kind 'synonym': the thesaurus concept group that joined the two words. */
  group?: string;
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
  /** "Did you mean": queries close to this one that do find something; only when it found nothing. */
  suggestions: string[];
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
  /** Swedish-ordered sort key of the name, compared with < (a collator per comparison is too slow at 100k). */
  nameKey: string;
}

/** One way a query word reaches the index: a stem, or a phrase whose stems must all be present. */
interface Alternative {
  stems: string[];
  kind: MatchKind;
  group?: string;
}

/** What one query word (or recognised phrase) stands for. */
interface WordPlan {
  /** As typed, lower case: what match reasons and suggestions show. */
  term: string;
  /** Folded, for lookup. */
  word: string;
  alternatives: Alternative[];
  /** All must match: the parts of a split compound, or the words of a phrase. */
  parts?: { plans: WordPlan[]; kind: MatchKind | 'own'; factor: number; partial?: boolean };
}

const norm = (s: string) => s.trim().toLowerCase();
const NONE: readonly number[] = [];

/** Scores per slot in a dense array, with the slots that have one: a query touches postings, never every entry. */
interface Sheet {
  scores: Float64Array;
  slots: number[];
}

/** A posting packed into arrays for the scoring loop; rebuilt after the posting changes. */
interface Packed {
  slots: Int32Array;
  weights: Float64Array;
}
const MIN_COMPOUND_HEAD = 3;
/** A compound's last part alone, without its modifiers. */
const HEAD_ONLY = 0.4;
const MODIFIER_ONLY = 0.3;
/** Words this long are split even when found whole: "arbetsmiljöärenden" also finds "arbetsmiljö- och ...ärenden". */
const ALWAYS_SPLIT = 12;
const LINKING = ['s', 'e', 'a', 'o', 'u'];

/**
 * An in-memory inverted index of one tenant's register. Upserts and removals touch only the changed
 * processing's postings, so keeping the index current on every write costs as much as indexing one document.
 * A query word is looked up in the vocabulary (exact, stem, prefix, compound head/tail, thesaurus concept),
 * so a query costs as much as the postings it touches, not the size of the register.
 */
export class SearchIndex {
  private readonly entries: (Entry | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private live = 0;
  /** stem → (slot → field-weighted frequency) */
  private readonly postings = new Map<string, Map<number, number>>();
  /** stem → the word as first written (lower case, with å, ä, ö), for suggestions and examples. */
  private readonly written = new Map<string, string>();
  private sortedStems: string[] | undefined;
  /** Stems written backwards and sorted: the query word as the tail of a compound is a prefix search here. */
  private reversedStems: string[] | undefined;
  /** Stems grouped by length, so a typo search only compares words of nearly the same length. */
  private stemsByLength: Map<number, string[]> | undefined;
  private concepts: ConceptIndex;
  private readonly packed = new Map<string, Packed>();
  /** Facet value ids by slot; legal bases as bits (there are six). */
  private readonly facetSlots = {
    unit: new Int32Array(0),
    status: new Int32Array(0),
    system: new Int32Array(0),
    bases: new Uint8Array(0),
    extraSystems: new Map<number, number[]>(),
    unitKey: new Int32Array(0),
    systemKey: new Int32Array(0),
    special: new Uint8Array(0),
    extraSystemKeys: new Map<number, number[]>(),
  };
  private readonly facetValues = {
    unit: new FacetValues(),
    status: new FacetValues(),
    basis: new FacetValues(),
    system: new FacetValues(),
    unitKey: new FacetValues(),
    systemKey: new FacetValues(),
  };
  private examplesCache: string[] | undefined;

  constructor(thesaurus?: readonly ConceptGroup[]) {
    this.concepts = compileThesaurus(thesaurus);
  }

  /** Replaces the concept groups (a DPO's edit); the register's postings stay. */
  setThesaurus(groups: readonly ConceptGroup[]): void {
    this.concepts = compileThesaurus(groups);
  }

  get size(): number {
    return this.live;
  }

  upsert(processing: Processing): void {
    this.remove(processing.id);
    const stems = new Map<string, number>();
    for (const [field, text] of fieldTexts(processing)) {
      for (const writtenWord of writtenWords(text)) {
        const s = stemOfWritten(writtenWord);
        if (!s) continue;
        stems.set(s, (stems.get(s) ?? 0) + FIELD_WEIGHT[field]);
        if (!this.written.has(s)) this.written.set(s, writtenWord);
      }
    }
    const slot = this.freeSlots.pop() ?? this.entries.length;
    for (const [s, weight] of stems) {
      let posting = this.postings.get(s);
      if (!posting) {
        posting = new Map();
        this.postings.set(s, posting);
        this.vocabularyChanged();
      }
      posting.set(slot, weight);
      this.packed.delete(s);
    }
    this.entries[slot] = {
      processing,
      stems,
      units: norm(processing.organisationUnit),
      bases: new Set(processing.purposes.flatMap((p) => p.legalBasis.article6)),
      special: processing.purposes.some((p) => p.personalDataCategories.some((c) => c.special)),
      systems: new Set(processing.systems.map((s) => norm(s.name))),
      systemNames: [...new Set(processing.systems.map((s) => s.name))],
      audienceUnits: new Set(processing.audience.units.map(norm)),
      audienceRoles: new Set(processing.audience.roles.map(norm)),
      nameKey: nameKey(processing.name),
    };
    this.setFacetSlots(slot, processing);
    this.slotOf.set(processing.id, slot);
    this.live++;
    this.examplesCache = undefined;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const entry = this.entries[slot]!;
    for (const s of entry.stems.keys()) {
      const posting = this.postings.get(s);
      posting?.delete(slot);
      this.packed.delete(s);
      if (posting && posting.size === 0) {
        this.postings.delete(s);
        this.vocabularyChanged();
      }
    }
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
    this.live--;
    this.examplesCache = undefined;
  }

  search(query: string, filters: SearchFilters = {}, options: { limit?: number } = {}): SearchResult {
    const limit = options.limit ?? 50;
    const filtered = hasFilters(filters);
    const accepted = filtered ? this.filterOf(filters) : () => true;
    const plans = this.plan(query);
    const byNameOf = (a: number, b: number) => byName(this.entries[a]!, this.entries[b]!);

    if (plans.length === 0) {
      const all: number[] = [];
      for (let slot = 0; slot < this.entries.length; slot++) if (this.entries[slot] && accepted(slot)) all.push(slot);
      const hits = topK(all, limit, byNameOf).map((slot) => ({ processing: this.entries[slot]!.processing, score: 0, matches: [] }));
      return { hits, total: all.length, mode: 'none', facets: this.facetsOf(all), suggestions: [] };
    }

    const perWord = plans.map((p) => this.scoresFor(p));
    let mode: SearchResult['mode'] = 'all';
    let candidates = intersect(perWord, this.entries.length);
    if (candidates.slots.length === 0 && perWord.length > 1) {
      mode = 'any';
      candidates = union(perWord, this.entries.length);
    }
    const scores = candidates.scores;
    const slots = filtered ? candidates.slots.filter(accepted) : candidates.slots;
    const hits = topK(slots, limit, (a, b) => scores[b]! - scores[a]! || byNameOf(a, b)).map((slot) => ({
      processing: this.entries[slot]!.processing,
      score: Math.round(scores[slot]! * 1000) / 1000,
      matches: explain(this.entries[slot]!.processing, plans),
    }));
    const suggestions = slots.length === 0 ? this.suggest(query, plans, perWord, filters) : [];
    return { hits, total: slots.length, mode, facets: this.facetsOf(slots), suggestions };
  }

  /**
   * A few words from this register to show as examples: the most used system and the commonest distinctive words in
   * processing names, so a placeholder never names something the tenant does not have.
   */
  examples(count = 3): string[] {
    if (this.examplesCache) return this.examplesCache.slice(0, count);
    const candidates = new Map<string, { written: string; count: number }>();
    const systems = new Map<string, number>();
    for (const e of this.entries) {
      if (!e) continue;
      for (const s of e.systemNames) systems.set(s, (systems.get(s) ?? 0) + 1);
      const seen = new Set<string>();
      // A name opens with what is done ("Tillhandahålla", "Utreda"); what staff look for is the rest.
      const nameWords = writtenWords(e.processing.name);
      for (const w of nameWords.length > 1 ? nameWords.slice(1) : nameWords) {
        const folded = words(w)[0];
        if (!folded || folded.length < 5 || STOP_WORDS.has(folded) || GENERIC_HEADS.has(folded) || seen.has(folded)) continue;
        seen.add(folded);
        const current = candidates.get(folded) ?? { written: w, count: 0 };
        current.count++;
        candidates.set(folded, current);
      }
    }
    const byCount = <T>(a: [T, number], b: [T, number]) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]), 'sv');
    // A word in most names ("hantera", "administrera") says nothing; prefer words a few processings share.
    const limit = Math.max(2, this.live / 4);
    // Among those, words the register also uses beyond the name are the ones a lookup is likely to start from.
    const mentions = (folded: string) => this.postings.get(stemOfWritten(folded))?.size ?? 0;
    const names = [...candidates]
      .filter(([, v]) => v.count <= limit || this.live < 4)
      .map(([folded, v]) => [v.written.toLowerCase(), v.count * 100 + mentions(folded)] as [string, number])
      .sort(byCount)
      .map(([w]) => w);
    const topSystem = [...systems].sort(byCount)[0]?.[0];
    this.examplesCache = [...names.slice(0, 2), ...(topSystem ? [topSystem] : []), ...names.slice(2, 6)];
    return this.examplesCache.slice(0, count);
  }

  /** Query words, less stop words, with thesaurus phrases ("parental leave") recognised as one unit. */
  private plan(query: string): WordPlan[] {
    // Folded words for lookup, each with the word as typed for match reasons and suggestions.
    const folded: string[] = [];
    const typed: string[] = [];
    for (const w of writtenWords(query)) {
      for (const f of words(w)) {
        folded.push(f);
        typed.push(w);
      }
    }
    const meaningful = folded.filter((w) => !STOP_WORDS.has(w));
    const plans: WordPlan[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < folded.length; i++) {
      const phrase = this.phraseAt(folded, i);
      if (phrase) {
        plans.push(this.phrasePlan(folded.slice(i, i + phrase.length), typed.slice(i, i + phrase.length).join(' '), phrase.groups));
        i += phrase.length - 1;
        continue;
      }
      const word = folded[i]!;
      // A query of stop words only is still looked up as typed.
      if ((meaningful.length > 0 && STOP_WORDS.has(word)) || seen.has(word)) continue;
      seen.add(word);
      plans.push(this.wordPlan(word, true, typed[i]));
    }
    return plans;
  }

  private phraseAt(folded: string[], i: number): { length: number; groups: number[] } | undefined {
    let best: { length: number; groups: number[] } | undefined;
    for (const candidate of this.concepts.phrases.get(folded[i]!) ?? []) {
      const n = candidate.words.length;
      if (i + n > folded.length) continue;
      if (!candidate.words.every((w, k) => stem(w) === stem(folded[i + k]!))) continue;
      if (!best || n > best.length) best = { length: n, groups: [candidate.group] };
      else if (n === best.length && !best.groups.includes(candidate.group)) best.groups.push(candidate.group);
    }
    return best;
  }

  private phrasePlan(phraseWords: string[], term: string, groups: number[]): WordPlan {
    const alternatives: Alternative[] = [];
    for (const g of groups) this.addGroup(alternatives, g);
    const own = phraseWords.filter((w) => !STOP_WORDS.has(w)).map((w) => this.wordPlan(w, false));
    return { term, word: phraseWords.join(' '), alternatives, parts: own.length > 0 ? { plans: own, kind: 'own', factor: 1 } : undefined };
  }

  /** The index stems a query word stands for, best kind first; each stem appears once. */
  private wordPlan(word: string, allowSplit: boolean, term = word): WordPlan {
    const alternatives: Alternative[] = [];
    const seen = new Set<string>();
    const add = (s: string, kind: MatchKind, group?: string) => {
      if (!seen.has(s) && this.postings.has(s)) {
        seen.add(s);
        alternatives.push({ stems: [s], kind, ...(group ? { group } : {}) });
      }
    };
    const s = stem(word);
    add(word, 'exact');
    add(s, 'stem');
    // "lön" finds "lönespecifikation", "rekryter" finds "rekryteringsprocess".
    if (s.length >= 3) for (const candidate of this.withPrefix(s)) add(candidate, 'prefix');
    // "frånvaro" finds "sjukfrånvaro": the query word as the tail of a register compound.
    if (s.length >= 4)
      for (const candidate of this.withSuffix(s)) if (this.knownHead(candidate.slice(0, candidate.length - s.length))) add(candidate, 'compound');
    const direct = alternatives.length > 0;

    let parts: WordPlan['parts'];
    if (allowSplit && (!direct || word.length >= ALWAYS_SPLIT)) {
      const split = splitCompound(word, (part) => this.isKnown(part));
      if (split) parts = { plans: split.map((p) => this.wordPlan(p, false)), kind: 'compound', factor: KIND_WEIGHT.compound, partial: !direct };
    }

    // The register's own word wins: a thesaurus only speaks for words the register does not use itself.
    if (!direct) for (const g of this.groupsOf(word)) this.addGroup(alternatives, g, seen);

    if (alternatives.length === 0 && !parts && !isCommonWord(word)) {
      const typos = allowedTypos(word.length);
      if (typos > 0) for (const candidate of this.nearby(s, word, typos, true)) add(candidate, 'fuzzy');
    }
    return { term, word, alternatives, ...(parts ? { parts } : {}) };
  }

  private groupsOf(word: string): number[] {
    const out = new Set<number>([...(this.concepts.byStem.get(stem(word)) ?? []), ...(this.concepts.byStem.get(word) ?? [])]);
    return [...out];
  }

  private addGroup(alternatives: Alternative[], g: number, seen = new Set<string>()): void {
    const group = this.concepts.groups[g]!;
    for (const s of group.stems) {
      if (this.postings.has(s) && !seen.has(s)) {
        seen.add(s);
        alternatives.push({ stems: [s], kind: 'synonym', group: group.id });
      }
      if (s.length >= 5) {
        for (const candidate of this.withPrefix(s)) {
          if (!seen.has(candidate)) {
            seen.add(candidate);
            alternatives.push({ stems: [candidate], kind: 'synonym', group: group.id });
          }
        }
      }
    }
    for (const phrase of group.phrases) {
      const stems = phrase.filter((p) => !STOP_WORDS.has(p));
      if (stems.length > 0 && stems.every((p) => this.postings.has(p))) alternatives.push({ stems, kind: 'synonym', group: group.id });
    }
  }

  /** Score of every processing for one query plan: its best alternative, weighted by kind, field and rarity. */
  private scoresFor(plan: WordPlan): Sheet {
    const sheet: Sheet = { scores: new Float64Array(this.entries.length), slots: [] };
    const total = Math.max(1, this.live);
    for (const { stems, kind } of plan.alternatives) {
      const factor = KIND_WEIGHT[kind];
      if (stems.length === 1) {
        const posting = this.packedPosting(stems[0]!);
        if (posting) raise(sheet, posting.slots, posting.weights, factor * Math.log(1 + total / posting.slots.length));
      } else {
        const sheets = stems.map((s) => {
          const posting = this.packedPosting(s)!;
          const one: Sheet = { scores: new Float64Array(this.entries.length), slots: [] };
          raise(one, posting.slots, posting.weights, (factor * Math.log(1 + total / posting.slots.length)) / stems.length);
          return one;
        });
        merge(sheet, intersect(sheets, this.entries.length), 1);
      }
    }
    if (plan.parts) {
      const { plans, factor, kind } = plan.parts;
      const partSheets = plans.map((p) => this.scoresFor(p));
      merge(sheet, intersect(partSheets, this.entries.length), factor / Math.max(1, plans.length - 0.5));
      // A "sjukfrånvaro" is a kind of "frånvaro", a "rekryteringsprocess" is about "rekrytering": one part alone
      // still finds when no processing has them all, ranked well below, the head (last part) above a modifier.
      if (kind === 'compound' && plan.parts.partial) {
        // A generic head ("process", "plan") says less than its modifier: "kommunikationsplan" is about communication.
        const genericHead = GENERIC_HEADS.has(plans[plans.length - 1]!.word);
        partSheets.forEach((part, i) => {
          const head = i === partSheets.length - 1;
          merge(sheet, part, factor * (head ? (genericHead ? MODIFIER_ONLY / 2 : HEAD_ONLY) : genericHead ? HEAD_ONLY : MODIFIER_ONLY));
        });
      }
    }
    return sheet;
  }

  /** A filter test on typed arrays by slot; only "for me" needs the entry itself. */
  private filterOf(filters: SearchFilters): (slot: number) => boolean {
    const f = this.facetSlots;
    const v = this.facetValues;
    const unit = filters.organisationUnit ? v.unitKey.find(norm(filters.organisationUnit)) : undefined;
    const system = filters.system ? v.systemKey.find(norm(filters.system)) : undefined;
    const basis = filters.legalBasis ? v.basis.find(filters.legalBasis) : undefined;
    const status = filters.status ? v.status.find(filters.status) : undefined;
    if (
      (filters.organisationUnit && unit === undefined) ||
      (filters.system && system === undefined) ||
      (filters.legalBasis && basis === undefined) ||
      (filters.status && status === undefined)
    )
      return () => false;
    return (slot) => {
      if (unit !== undefined && f.unitKey[slot] !== unit) return false;
      if (basis !== undefined && !((f.bases[slot]! >> basis) & 1)) return false;
      if (filters.specialCategories !== undefined && (f.special[slot] === 1) !== filters.specialCategories) return false;
      if (status !== undefined && f.status[slot] !== status) return false;
      if (system !== undefined && f.systemKey[slot] !== system && !(f.extraSystemKeys.get(slot) ?? NONE).includes(system)) return false;
      if (filters.where && !filters.where(this.entries[slot]!.processing)) return false;
      return !filters.audience || passes(this.entries[slot]!, { audience: filters.audience });
    };
  }

  private setFacetSlots(slot: number, processing: Processing): void {
    const f = this.facetSlots;
    if (slot >= f.unit.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const next = make(Math.max(64, a.length * 2));
        next.set(a);
        return next;
      };
      f.unit = grow(f.unit, (n) => new Int32Array(n));
      f.status = grow(f.status, (n) => new Int32Array(n));
      f.system = grow(f.system, (n) => new Int32Array(n));
      f.unitKey = grow(f.unitKey, (n) => new Int32Array(n));
      f.systemKey = grow(f.systemKey, (n) => new Int32Array(n));
      f.special = grow(f.special, (n) => new Uint8Array(n));
      f.bases = grow(f.bases, (n) => new Uint8Array(n));
    }
    const v = this.facetValues;
    f.unit[slot] = v.unit.id(processing.organisationUnit);
    f.status[slot] = v.status.id(processing.status);
    let bases = 0;
    for (const p of processing.purposes) for (const b of p.legalBasis.article6) bases |= 1 << v.basis.id(b);
    f.bases[slot] = bases;
    const systems = [...new Set(processing.systems.map((s) => s.name))].map((name) => v.system.id(name));
    f.system[slot] = systems[0] ?? -1;
    if (systems.length > 1) f.extraSystems.set(slot, systems.slice(1));
    else f.extraSystems.delete(slot);
    f.unitKey[slot] = v.unitKey.id(norm(processing.organisationUnit));
    const systemKeys = [...new Set(processing.systems.map((s) => norm(s.name)))].map((name) => v.systemKey.id(name));
    f.systemKey[slot] = systemKeys[0] ?? -1;
    if (systemKeys.length > 1) f.extraSystemKeys.set(slot, systemKeys.slice(1));
    else f.extraSystemKeys.delete(slot);
    f.special[slot] = processing.purposes.some((p) => p.personalDataCategories.some((c) => c.special)) ? 1 : 0;
  }

  private packedPosting(s: string): Packed | undefined {
    let packed = this.packed.get(s);
    if (packed) return packed;
    const posting = this.postings.get(s);
    if (!posting) return undefined;
    packed = { slots: new Int32Array(posting.size), weights: new Float64Array(posting.size) };
    let i = 0;
    for (const [slot, weight] of posting) {
      packed.slots[i] = slot;
      packed.weights[i++] = weight;
    }
    this.packed.set(s, packed);
    return packed;
  }

  /** Counted from typed arrays by slot: touching each matching entry object is what made facets slow at 100k. */
  private facetsOf(slots: number[]): Facets {
    const v = this.facetValues;
    const f = this.facetSlots;
    const counts = {
      unit: new Int32Array(v.unit.size),
      status: new Int32Array(v.status.size),
      basis: new Int32Array(v.basis.size),
      system: new Int32Array(v.system.size),
    };
    for (const slot of slots) {
      counts.unit[f.unit[slot]!]!++;
      counts.status[f.status[slot]!]!++;
      const bases = f.bases[slot]!;
      for (let b = 0; bases >> b; b++) if ((bases >> b) & 1) counts.basis[b]!++;
      const system = f.system[slot]!;
      if (system >= 0) counts.system[system]!++;
      for (const extra of f.extraSystems.get(slot) ?? NONE) counts.system[extra]!++;
    }
    return {
      organisationUnit: v.unit.record(counts.unit),
      legalBasis: v.basis.record(counts.basis),
      system: v.system.record(counts.system),
      status: v.status.record(counts.status),
    };
  }

  /** "Did you mean": each query word that found nothing replaced by the closest register word that finds something. */
  private suggest(query: string, plans: WordPlan[], perWord: Sheet[], filters: SearchFilters): string[] {
    const options = plans.map((plan, i) => {
      if (perWord[i]!.slots.length > 0 || plan.word.includes(' ')) return [plan.term];
      const s = stem(plan.word);
      const maxTypos = Math.min(3, Math.max(1, Math.floor(plan.word.length / 3)));
      const close = this.nearby(s, plan.word, maxTypos, false)
        .map((candidate) => ({
          candidate,
          distance: Math.min(editDistance(s, candidate), editDistance(plan.word, candidate)),
          df: this.postings.get(candidate)!.size,
        }))
        .sort((a, b) => a.distance - b.distance || b.df - a.df || a.candidate.localeCompare(b.candidate))
        .slice(0, 3)
        .map((c) => this.written.get(c.candidate) ?? c.candidate);
      return close.length > 0 ? close : [plan.term];
    });
    if (options.every((o, i) => o.length === 1 && o[0] === plans[i]!.term)) return [];
    const out: string[] = [];
    const maxLength = Math.max(...options.map((o) => o.length));
    for (let k = 0; k < maxLength && out.length < 3; k++) {
      const text = options.map((o) => o[Math.min(k, o.length - 1)]!).join(' ');
      if (text !== query.trim().toLowerCase() && !out.includes(text) && this.search(text, filters, { limit: 1 }).total > 0) out.push(text);
    }
    return out;
  }

  private isKnown(part: string): boolean {
    return (
      this.postings.has(part) ||
      this.postings.has(stem(part)) ||
      this.concepts.lexicon.has(part) ||
      this.concepts.lexicon.has(stem(part)) ||
      GENERIC_HEADS.has(part)
    );
  }

  private knownHead(head: string): boolean {
    if (head.length < MIN_COMPOUND_HEAD) return false;
    if (this.isKnown(head)) return true;
    const last = head[head.length - 1]!;
    return LINKING.includes(last) && head.length - 1 >= MIN_COMPOUND_HEAD && this.isKnown(head.slice(0, -1));
  }

  private nearby(s: string, word: string, typos: number, sameStart: boolean): string[] {
    if (!this.stemsByLength) {
      this.stemsByLength = new Map();
      for (const candidate of this.postings.keys()) {
        const bucket = this.stemsByLength.get(candidate.length) ?? [];
        bucket.push(candidate);
        this.stemsByLength.set(candidate.length, bucket);
      }
    }
    const out = new Set<string>();
    for (let length = s.length - typos; length <= word.length + typos; length++) {
      for (const candidate of this.stemsByLength.get(length) ?? []) {
        // Typos rarely hit the first letter; requiring it keeps "kaka" from reaching "taxa".
        if (sameStart && candidate[0] !== word[0]) continue;
        if (withinDistance(s, candidate, typos) || withinDistance(word, candidate, typos)) out.add(candidate);
      }
    }
    // A long word's typo sits in its ending as often as not: compare whole words too ("kameraövervakninng").
    if (word.length >= 8) {
      for (const [candidate, written] of this.written) {
        if (out.has(candidate) || !this.postings.has(candidate) || (sameStart && candidate[0] !== word[0])) continue;
        const whole = words(written)[0] ?? '';
        if (Math.abs(whole.length - word.length) <= typos && withinDistance(word, whole, typos)) out.add(candidate);
      }
    }
    // A typo in the modifier of a register compound: "visselblåsnig" is the start of "visselblåsningsärenden".
    if (out.size === 0 && word.length >= 8) {
      for (const candidate of this.withPrefix(word.slice(0, 3))) {
        if (candidate.length < word.length + MIN_COMPOUND_HEAD - typos) continue;
        for (let length = word.length - typos; length <= word.length + typos; length++) {
          if (candidate.length - length >= MIN_COMPOUND_HEAD && withinDistance(word, candidate.slice(0, length), typos)) {
            out.add(candidate);
            break;
          }
        }
      }
    }
    return [...out];
  }

  private vocabularyChanged(): void {
    this.sortedStems = undefined;
    this.reversedStems = undefined;
    this.stemsByLength = undefined;
  }

  private withPrefix(prefix: string): string[] {
    this.sortedStems ??= [...this.postings.keys()].sort();
    return prefixRange(this.sortedStems, prefix);
  }

  private withSuffix(suffix: string): string[] {
    this.reversedStems ??= [...this.postings.keys()].map(reverse).sort();
    return prefixRange(this.reversedStems, reverse(suffix))
      .map(reverse)
      .filter((s) => s.length >= suffix.length + MIN_COMPOUND_HEAD);
  }
}

/** Typos allowed for a query word: short words have too many neighbours to guess at. */
function allowedTypos(length: number): number {
  if (length >= 10) return 2;
  if (length >= 5) return 1;
  return 0;
}

const reverse = (s: string) => [...s].reverse().join('');

function prefixRange(sorted: string[], prefix: string): string[] {
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

/** Lower-case words as written, with their å, ä, ö. */
function writtenWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
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

interface Reach {
  kind: MatchKind;
  group?: string;
}

/** Stem → how the plan reaches it; a split compound's parts are reasons of kind 'compound'. */
function reachOf(plan: WordPlan): Map<string, Reach> {
  const out = new Map<string, Reach>();
  const put = (s: string, reach: Reach) => {
    const current = out.get(s);
    if (!current || KIND_WEIGHT[reach.kind] > KIND_WEIGHT[current.kind]) out.set(s, reach);
  };
  for (const alt of plan.alternatives) for (const s of alt.stems) put(s, { kind: alt.kind, ...(alt.group ? { group: alt.group } : {}) });
  if (plan.parts) {
    for (const part of plan.parts.plans) {
      for (const [s, reach] of reachOf(part)) put(s, plan.parts.kind === 'own' ? reach : { ...reach, kind: reach.kind === 'synonym' ? 'synonym' : 'compound' });
    }
  }
  return out;
}

/** Why a processing matched: the first few (field, word) pairs, best field first. Computed for returned hits only. */
function explain(p: Processing, plans: WordPlan[]): MatchReason[] {
  const reasons: MatchReason[] = [];
  const texts = fieldTexts(p).sort((a, b) => FIELD_WEIGHT[b[0]] - FIELD_WEIGHT[a[0]]);
  for (const plan of plans) {
    const reach = reachOf(plan);
    const candidates: { reason: MatchReason; rank: number }[] = [];
    for (const [field, text] of texts) {
      // Reasons name the word as written (lower case, with its å, ä, ö), not its folded index form.
      for (const written of new Set(writtenWords(text))) {
        const word = words(written)[0];
        const how = word ? reach.get(stem(word)) : undefined;
        if (!word || !how || candidates.some((c) => c.reason.field === field && c.reason.matched === written)) continue;
        const kind: MatchKind = word === plan.word ? 'exact' : how.kind;
        candidates.push({
          reason: { field, term: plan.term, matched: written, kind, ...(how.group && kind === 'synonym' ? { group: how.group } : {}) },
          rank: FIELD_WEIGHT[field] * KIND_WEIGHT[kind],
        });
      }
    }
    // The best two reasons per query word: a direct match in the name before a thesaurus match in a purpose.
    candidates.sort((a, b) => b.rank - a.rank);
    reasons.push(...candidates.slice(0, 2).map((c) => c.reason));
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

/** Raises each slot's score to weight × factor when that is higher: a word's best way of reaching a processing counts. */
function raise(sheet: Sheet, slots: Int32Array | number[], weights: Float64Array | null, factor: number): void {
  const scores = sheet.scores;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const value = (weights ? weights[i]! : 1) * factor;
    const current = scores[slot]!;
    if (value > current) {
      if (current === 0) sheet.slots.push(slot);
      scores[slot] = value;
    }
  }
}

function merge(into: Sheet, from: Sheet, factor: number): void {
  const scores = into.scores;
  for (const slot of from.slots) {
    const value = from.scores[slot]! * factor;
    const current = scores[slot]!;
    if (value > current) {
      if (current === 0) into.slots.push(slot);
      scores[slot] = value;
    }
  }
}

/** Processings every sheet scores, with the sum of their scores. */
function intersect(sheets: Sheet[], size: number): Sheet {
  const [first, ...rest] = [...sheets].sort((a, b) => a.slots.length - b.slots.length);
  const out: Sheet = { scores: new Float64Array(size), slots: [] };
  if (!first) return out;
  for (const slot of first.slots) {
    let total = first.scores[slot]!;
    let inAll = true;
    for (const m of rest) {
      const value = m.scores[slot]!;
      if (value === 0) {
        inAll = false;
        break;
      }
      total += value;
    }
    if (inAll) {
      out.scores[slot] = total;
      out.slots.push(slot);
    }
  }
  return out;
}

/** Any-word fallback: documents matching more of the words rank first. */
function union(sheets: Sheet[], size: number): Sheet {
  const out: Sheet = { scores: new Float64Array(size), slots: [] };
  const count = new Uint8Array(size);
  for (const sheet of sheets) {
    for (const slot of sheet.slots) {
      if (count[slot] === 0) out.slots.push(slot);
      count[slot]!++;
      out.scores[slot]! += sheet.scores[slot]!;
    }
  }
  for (const slot of out.slots) out.scores[slot]! *= count[slot]!;
  return out;
}

function hasFilters(f: SearchFilters): boolean {
  return Boolean(f.organisationUnit || f.legalBasis || f.specialCategories !== undefined || f.system || f.status || f.audience || f.where);
}

function byName(a: Entry, b: Entry): number {
  return a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0;
}

/** Lower case, Swedish alphabet order: å, ä, ö (and Danish æ, ø) after z; other accents as their letter. */
function nameKey(name: string): string {
  const swedish = name.toLowerCase().replace(/å/g, '\u007b').replace(/[äæ]/g, '\u007c').replace(/[öø]/g, '\u007d');
  return swedish.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Distinct values of one facet, numbered as first seen. */
class FacetValues {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];
  get size(): number {
    return this.values.length;
  }
  find(value: string): number | undefined {
    return this.ids.get(value);
  }
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
  record(counts: Int32Array): Record<string, number> {
    const out: Record<string, number> = {};
    counts.forEach((count, id) => {
      if (count > 0) out[this.values[id]!] = count;
    });
    return out;
  }
}

const foldCache = new Map<string, string>();
/** The stem of a word as written; memoised, as a register repeats its words many times over. */
function stemOfWritten(written: string): string {
  let s = foldCache.get(written);
  if (s === undefined) {
    const word = words(written)[0];
    s = word ? stem(word) : '';
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(written, s);
  }
  return s;
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
