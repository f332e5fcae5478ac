/**
 * Checks a published notice against the register: what the notice says about a processing that the register
 * does not (a legal basis, a national law, a recipient, a retention period, ...) and the reverse. Names are compared
 * folded (case, diacritics), by shared word stems, through the search thesaurus's concept groups and a short list
 * of authority abbreviations ("SCB" = "Statistiska centralbyrån"), so wording alone does not make a difference.
 */
import { foldDiacritics } from '../identity.js';
import type { Language } from '../language.js';
import type { Article6Basis, Article9Condition, Processing, RetentionPeriod } from '../processing.js';
import { compileThesaurus, type ConceptIndex } from '../search/conceptIndex.js';
import { stem, words } from '../search/terms.js';
import type { DocumentReading, NoticeDifference, ProcessingProposal, Proposed, SourcePassage } from './documentReading.js';
import { article6Point, article9Point, formatGdprCitation } from './gdprCitations.js';
import { actBaseForm, findNationalLawCitations } from './nationalLawCitations.js';

/** Abbreviations and short forms of authorities that notices and registers use interchangeably. */
const ALIASES: readonly (readonly string[])[] = [
  ['skatteverket', 'skv'],
  ['skat', 'skattestyrelsen'],
  ['scb', 'statistiska centralbyran', 'statistiska centralbyraen'],
  ['csn', 'centrala studiestodsnamnden'],
  ['forsakringskassan', 'fk'],
  ['arbetsformedlingen', 'af'],
  ['uhr', 'universitets- och hogskoleradet'],
  ['imy', 'integritetsskyddsmyndigheten'],
  ['atp', 'arbejdsmarkedets tillaegspension'],
  ['udbetaling danmark', 'ud'],
  ['politiet', 'polisen', 'police', 'the police'],
];

/** Stems too general to make two names the same thing ("andra", "oplysninger", "kommune"). */
const GENERIC = new Set(
  [
    'andra',
    'andre',
    'other',
    'övriga',
    'uppgifter',
    'personuppgifter',
    'oplysninger',
    'personoplysninger',
    'data',
    'kommun',
    'kommune',
    'myndighet',
    'myndighed',
    'personer',
    'information',
    'respektive',
  ].flatMap((w) => words(w).map(stem)),
);

let thesaurus: ConceptIndex | undefined;
function concepts(): ConceptIndex {
  thesaurus ??= compileThesaurus();
  return thesaurus;
}

function fold(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/\s+/gu, ' ')
    .replace(/^(?:the|den|det|de|vores|vara|vaar|our)\s/u, '')
    .trim();
}

/** Each word's stem and the stem of that: the light stemmer takes one ending at a time ("medarbejdere" → "medarbejder"). */
function stems(text: string): string[] {
  return words(text)
    .flatMap((w) => {
      const once = stem(w);
      return [once, stem(once)];
    })
    .filter((s) => s.length >= 4 && !GENERIC.has(s));
}

/** Whether two names (recipients, categories, subjects, sources) stand for the same thing. */
export function sameThing(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (ALIASES.some((group) => group.includes(fa) && group.includes(fb))) return true;
  const sa = stems(a);
  const sb = stems(b);
  if (sa.some((s) => sb.includes(s))) return true;
  const index = concepts();
  const groupsOf = (list: string[]) => new Set(list.flatMap((s) => index.byStem.get(s) ?? []));
  const ga = groupsOf(sa);
  return [...groupsOf(sb)].some((g) => ga.has(g));
}

const UNIT_WORDS: Record<Language, Record<RetentionPeriod['unit'], string>> = {
  sv: { days: 'dagar', weeks: 'veckor', months: 'månader', years: 'år' },
  da: { days: 'dage', weeks: 'uger', months: 'måneder', years: 'år' },
  en: { days: 'days', weeks: 'weeks', months: 'months', years: 'years' },
};
const PRESERVED_WORD: Record<Language, string> = { sv: 'bevaras', da: 'bevares', en: 'kept permanently' };

/** Days and weeks count in days, months and years in months, so "12 månader" and "1 år" are one period. */
function canonical(p: RetentionPeriod): string {
  if (p.unit === 'days') return `d${p.amount}`;
  if (p.unit === 'weeks') return `d${p.amount * 7}`;
  if (p.unit === 'months') return `m${p.amount}`;
  return `m${p.amount * 12}`;
}

interface NoticeSide {
  article6: Proposed<Article6Basis>[];
  article9: Proposed<Article9Condition>[];
  article10?: SourcePassage;
  laws: Proposed<{ act: string; provision: string; text: string }>[];
  periods: Proposed<{ period: RetentionPeriod; startingEvent?: string }>[];
  preserved?: SourcePassage;
  lists: Record<'recipients' | 'dataCategories' | 'dataSubjects' | 'sources' | 'transfers', Proposed<string>[]>;
}

function noticeSide(proposals: readonly ProcessingProposal[]): NoticeSide {
  const side: NoticeSide = {
    article6: [],
    article9: [],
    laws: [],
    periods: [],
    lists: { recipients: [], dataCategories: [], dataSubjects: [], sources: [], transfers: [] },
  };
  for (const purpose of proposals.flatMap((p) => p.purposes)) {
    for (const b of purpose.legalBases) {
      for (const a of b.value.article6) if (!side.article6.some((x) => x.value === a)) side.article6.push({ value: a, passage: b.passage });
      for (const c of b.value.article9) if (!side.article9.some((x) => x.value === c)) side.article9.push({ value: c, passage: b.passage });
      if (b.value.article10) side.article10 ??= b.passage;
    }
    for (const l of purpose.nationalLaw) side.laws.push(l);
    for (const r of purpose.retention) {
      for (const period of r.value.periods) {
        side.periods.push({ value: { period, ...(r.value.startingEvent ? { startingEvent: r.value.startingEvent } : {}) }, passage: r.passage });
      }
      if (r.value.preserved) side.preserved ??= r.passage;
    }
    side.lists.recipients.push(...purpose.recipients);
    side.lists.dataCategories.push(...purpose.personalDataCategories.map((c) => ({ value: c.value.name, passage: c.passage })));
    side.lists.dataSubjects.push(...purpose.dataSubjectCategories);
    side.lists.sources.push(...purpose.sources);
    side.lists.transfers.push(...purpose.thirdCountryTransfers.map((t) => ({ value: t.value.country, passage: t.passage })));
  }
  return side;
}

function provisionKey(provision: string): string {
  return (provision.match(/\d+\s?[a-z]?(?![\p{L}])/gu) ?? []).map((d) => d.replace(/\s/gu, '')).join('.');
}

function lawKey(act: string): string {
  return foldDiacritics(actBaseForm(act));
}

/** National-law references in a register's free text; a text no rule reads stays one reference of its own. */
function registerLaws(text: string): { act: string; provision: string; text: string }[] {
  const parts = text
    .split(/[;\n]/u)
    .map((t) => t.trim())
    .filter(Boolean);
  return parts.flatMap((part) => {
    const found = findNationalLawCitations(part).map((c) => c.law);
    return found.length > 0 ? found : [{ act: part, provision: '', text: part }];
  });
}

function sameLaw(a: { act: string; provision: string }, b: { act: string; provision: string }): boolean {
  if (lawKey(a.act) !== lawKey(b.act)) return false;
  return !a.provision || !b.provision || provisionKey(a.provision) === provisionKey(b.provision);
}

function pickProposals(input: DocumentReading | ProcessingProposal, processing: RegisterSide): readonly ProcessingProposal[] {
  if (!('proposals' in input)) return [input];
  // The section named as the processing is; else those naming the same thing; else the notice as a whole.
  const exact = input.proposals.filter((p) => fold(p.name.value) === fold(processing.name));
  if (exact.length > 0) return exact;
  const named = input.proposals.filter((p) => sameThing(p.name.value, processing.name));
  return named.length > 0 ? named : input.proposals;
}

/** What the comparison reads of a processing: its name (to pick the notice's section) and its purposes. */
export type RegisterSide = Pick<Processing, 'name' | 'purposes'>;

export function compareNoticeWithProcessing(input: DocumentReading | ProcessingProposal, processing: RegisterSide, language: Language): NoticeDifference[] {
  const notice = noticeSide(pickProposals(input, processing));
  const out: NoticeDifference[] = [];
  const add = (field: NoticeDifference['field'], side: NoticeDifference['side'], value: string, passage?: SourcePassage) =>
    out.push({ field, side, value, ...(passage ? { passage } : {}) });

  const register = processing.purposes;
  const reg6 = new Set(register.flatMap((p) => p.legalBasis.article6));
  const reg9 = new Set(register.flatMap((p) => p.legalBasis.article9));
  const reg10 = register.some((p) => p.legalBasis.article10);
  for (const b of notice.article6)
    if (!reg6.has(b.value)) add('legalBasis', 'noticeOnly', formatGdprCitation(6, 1, article6Point(b.value), language), b.passage);
  for (const c of notice.article9)
    if (!reg9.has(c.value)) add('legalBasis', 'noticeOnly', formatGdprCitation(9, 2, article9Point(c.value), language), c.passage);
  if (notice.article10 && !reg10) add('legalBasis', 'noticeOnly', formatGdprCitation(10, undefined, undefined, language), notice.article10);
  for (const b of reg6)
    if (!notice.article6.some((x) => x.value === b)) add('legalBasis', 'registerOnly', formatGdprCitation(6, 1, article6Point(b), language));
  for (const c of reg9)
    if (!notice.article9.some((x) => x.value === c)) add('legalBasis', 'registerOnly', formatGdprCitation(9, 2, article9Point(c), language));
  if (reg10 && !notice.article10) add('legalBasis', 'registerOnly', formatGdprCitation(10, undefined, undefined, language));

  const regLaws = register.flatMap((p) => (p.legalBasis.nationalLaw.trim() ? registerLaws(p.legalBasis.nationalLaw) : []));
  const seenLaw = new Set<string>();
  for (const l of notice.laws) {
    const key = `${lawKey(l.value.act)}|${provisionKey(l.value.provision)}`;
    if (seenLaw.has(key)) continue;
    seenLaw.add(key);
    if (!regLaws.some((r) => sameLaw(r, l.value))) add('nationalLaw', 'noticeOnly', l.value.text, l.passage);
  }
  for (const r of regLaws) if (!notice.laws.some((l) => sameLaw(r, l.value))) add('nationalLaw', 'registerOnly', r.text);

  const units = UNIT_WORDS[language];
  const regPeriods = register.flatMap((p) => p.retention.periods);
  const seenPeriod = new Set<string>();
  for (const p of notice.periods) {
    const key = canonical(p.value.period);
    if (seenPeriod.has(key) || regPeriods.some((r) => canonical(r) === key)) continue;
    seenPeriod.add(key);
    const event = p.value.startingEvent ? ` (${p.value.startingEvent})` : '';
    add('retention', 'noticeOnly', `${p.value.period.amount} ${units[p.value.period.unit]}${event}`, p.passage);
  }
  for (const r of regPeriods) {
    if (!notice.periods.some((p) => canonical(p.value.period) === canonical(r))) add('retention', 'registerOnly', `${r.amount} ${units[r.unit]}`);
  }
  const regPreserved = register.some((p) => p.retention.preserved);
  if (notice.preserved && !regPreserved) add('retention', 'noticeOnly', PRESERVED_WORD[language], notice.preserved);
  if (regPreserved && !notice.preserved) add('retention', 'registerOnly', PRESERVED_WORD[language]);

  const registerLists: Record<keyof NoticeSide['lists'], string[]> = {
    recipients: register.flatMap((p) => p.recipients),
    dataCategories: register.flatMap((p) => p.personalDataCategories.map((c) => c.name)),
    dataSubjects: register.flatMap((p) => p.dataSubjectCategories),
    sources: register.flatMap((p) => p.sources),
    transfers: register.flatMap((p) => p.thirdCountryTransfers.map((t) => t.country)),
  };
  for (const field of ['dataCategories', 'dataSubjects', 'recipients', 'sources', 'transfers'] as const) {
    const noticeValues = notice.lists[field];
    const registerValues = registerLists[field];
    const reported: string[] = [];
    for (const n of noticeValues) {
      if (reported.some((r) => fold(r) === fold(n.value)) || registerValues.some((r) => sameThing(r, n.value))) continue;
      reported.push(n.value);
      add(field, 'noticeOnly', n.value, n.passage);
    }
    const reportedRegister: string[] = [];
    for (const r of registerValues) {
      if (reportedRegister.some((x) => fold(x) === fold(r)) || noticeValues.some((n) => sameThing(r, n.value))) continue;
      reportedRegister.push(r);
      add(field, 'registerOnly', r);
    }
  }
  return out;
}
