/**
 * Reads a municipality's own prose (a privacy notice, an HR handbook) into proposed processings. The document is
 * cut into headed blocks; a heading that labels a field ("Formål", "Rättslig grund", "Mottagare") adds to the
 * processing above it, any other heading starts one. A notice that repeats its field headings for each service
 * without naming the service (Stockholm's "Vilka uppgifter behandlar vi om dig?" once per service) starts a new
 * processing at each repeat. A processing is proposed only when a legal basis, a national law, or a purpose with a
 * retention could be read from it; every field keeps the sentence it came from. Nothing here throws.
 */
import { foldDiacritics, slugify } from '../identity.js';
import type { DocumentReading, DraftPurpose, ProcessingProposal, Proposed, ReadDocumentOptions, ReadLegalBasis, SourcePassage } from './documentReading.js';
import { detectDocumentLanguage } from './documentLanguage.js';
import { documentBlocks, type DocumentBlock, type TextSpan } from './documentStructure.js';
import { findGdprCitations, isLegalBasisCitation, legalBasisFromCitations } from './gdprCitations.js';
import { headingLabel, type HeadingLabel } from './headingLabels.js';
import { findNationalLawCitations } from './nationalLawCitations.js';
import { readRetentionSentence } from './retentionSentences.js';
import {
  categoriesInSentence,
  categoryFromItem,
  dataSubjectsInText,
  recipientsInSentence,
  sourcesInSentence,
  transfersInSentence,
  verbalLegalBasis,
} from './sentenceFields.js';
import type { DataCategory } from '../processing.js';

interface LabelledBlock {
  block: DocumentBlock;
  label?: HeadingLabel;
}

interface Candidate {
  topic?: TextSpan;
  blocks: LabelledBlock[];
  /** Sentences before the first field heading that introduce an unnamed processing. */
  lead: TextSpan[];
  labels: Set<HeadingLabel>;
}

/** Field headings that, seen twice, mean the notice has moved on to the next service. */
const REPEAT_STARTS_NEW: ReadonlySet<HeadingLabel> = new Set(['purpose', 'legalBasis', 'categories']);
/** Rights and contact paragraphs that are not a processing's lead ("Du har rätt att begära rättelse ..."). */
const RIGHTS_TALK = /rätt|rättelse|(?<![\p{L}])ret(?:ten)?(?![\p{L}])|right|kontakt|contact|dataskyddsombud|databeskyttelsesrådgiver|klage|klaga|complain/iu;

function groupCandidates(blocks: DocumentBlock[]): Candidate[] {
  const candidates: Candidate[] = [];
  let current: Candidate | undefined;
  let pendingLead: TextSpan[] = [];
  const start = (topic: TextSpan | undefined, lead: TextSpan[]): Candidate => {
    const c: Candidate = { ...(topic ? { topic } : {}), blocks: [], lead, labels: new Set() };
    candidates.push(c);
    return c;
  };
  for (const block of blocks) {
    const label = block.heading ? headingLabel(block.heading.text) : undefined;
    if (label === 'closing') {
      current = undefined;
      pendingLead = block.sentences.filter((s) => !RIGHTS_TALK.test(s.text));
      continue;
    }
    if (label) {
      if (!current || (REPEAT_STARTS_NEW.has(label) && current.labels.has(label))) {
        current = start(undefined, pendingLead);
        pendingLead = [];
      }
      current.labels.add(label);
      current.blocks.push({ block, label });
      continue;
    }
    current = start(block.heading, []);
    pendingLead = [];
    current.blocks.push({ block });
  }
  return candidates;
}

const PURPOSE_SENTENCE =
  /(?<![\p{L}])(?:formålet|formål med|syftet|ändamålet|the purpose|purpose of|med det formål|i syfte att|with the purpose|for the purpose|in order to)(?![\p{L}])|^(?:för att|for at|to)\s/iu;
/** "När du söker ett jobb, skickar en offert, ..., lämnar du ...": the situation before the main clause names the service. */
const SITUATION_LEAD = /^(?:när du|når du|when you|if you|om du|hvis du)\s/iu;
const WITHIN = /(?<![\p{L}])(?:inom|within|inden for)\s{1,3}(?:ramen för\s{1,3})?([\p{L}][\p{L}-]{2,40})/giu;
const NAME_CHARS = 100;
const CUE_GDPR = /(?<![\p{L}])(?:artikel|article|art\.?)\s{0,3}\d/iu;
const CUE_LAW = /§|(?<![\p{L}])kap\.|\(\d{4}:\d{1,4}\)|(?<![\p{L}])\p{L}{3,}(?:lagen|loven|lovens)(?![\p{L}])/iu;
const CUE_PERIOD = /(?<![\p{L}\d])\d{1,4}\s{1,3}(?:år|dagar|dage|dag|måneder|måned|månader|månad|veckor|uger|days|months|years|weeks)(?![\p{L}])/iu;

/** A purpose's lists as they fill, plus the description candidates and the bases read from wording only. */
interface Fields extends Omit<DraftPurpose, 'description'> {
  descriptions: Array<{ rank: number; value: Proposed<string> }>;
  /** Bases stated in words only ("nödvändig för att fullgöra ett avtal"). */
  verbalBases: Proposed<ReadLegalBasis>[];
}

function passageOf(s: TextSpan, heading: string | undefined): SourcePassage {
  return { start: s.start, end: s.end, text: s.text, ...(heading ? { heading } : {}) };
}

function fold(text: string): string {
  return foldDiacritics(text.toLowerCase()).replace(/\s+/gu, ' ').trim();
}

function pushUnique<T>(list: Proposed<T>[], value: T, passage: SourcePassage, key: (v: T) => string): void {
  const k = key(value);
  if (!list.some((p) => key(p.value) === k)) list.push({ value, passage });
}

/** Tracks which sentences a rule placed, per kind of cue, for the "not understood" list. */
interface Understood {
  gdpr: Set<number>;
  law: Set<number>;
  period: Set<number>;
}

function readSentence(s: TextSpan, lb: LabelledBlock, fields: Fields, understood: Understood): void {
  const heading = lb.block.heading?.text;
  const passage = passageOf(s, heading);
  const citations = findGdprCitations(s.text);
  if (citations.some(isLegalBasisCitation)) {
    fields.legalBases.push({ value: legalBasisFromCitations(citations), passage });
    understood.gdpr.add(s.start);
  } else {
    const verbal = verbalLegalBasis(s.text);
    if (verbal) fields.verbalBases.push({ value: verbal, passage });
  }
  const laws = findNationalLawCitations(s.text);
  for (const law of laws) pushUnique(fields.nationalLaw, law.law, passage, (v) => fold(v.text));
  if (laws.length > 0) understood.law.add(s.start);
  const retention = readRetentionSentence(s.text, lb.label === 'retention');
  if (retention) {
    pushUnique(fields.retention, retention, passage, (v) => v.text);
    if (retention.periods.length > 0) understood.period.add(s.start);
  }
  for (const r of recipientsInSentence(s.text, lb.label === 'recipients')) pushUnique(fields.recipients, r, passage, fold);
  for (const src of sourcesInSentence(s.text)) pushUnique(fields.sources, src, passage, fold);
  const categories =
    lb.label === 'categories' && s.item ? [categoryFromItem(s.text)].filter((c): c is DataCategory => c !== undefined) : categoriesInSentence(s.text);
  for (const c of categories) pushUnique(fields.personalDataCategories, c, passage, (v) => fold(v.name));
  for (const subject of dataSubjectsInText(s.text)) pushUnique(fields.dataSubjectCategories, subject, passage, fold);
  for (const t of transfersInSentence(s.text)) pushUnique(fields.thirdCountryTransfers, t, passage, (v) => v.country);
  if (lb.label === 'purpose') fields.descriptions.push({ rank: 1, value: { value: s.text, passage } });
  else if (PURPOSE_SENTENCE.test(s.text)) fields.descriptions.push({ rank: 2, value: { value: s.text, passage } });
  else if (!lb.label) fields.descriptions.push({ rank: 3, value: { value: s.text, passage } });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').replace(/[.!?:]+$/u, '');
  if (clean.length <= NAME_CHARS) return clean;
  const cut = clean.lastIndexOf(' ', NAME_CHARS);
  return clean.slice(0, cut > 20 ? cut : NAME_CHARS);
}

function proposalName(c: Candidate): Proposed<string> | undefined {
  const topic = c.topic;
  if (topic && !topic.text.endsWith('?')) return { value: topic.text.replace(/\.$/u, ''), passage: passageOf(topic, undefined) };
  // An unnamed service: the word after "inom" / "within" that the section repeats most.
  const counts = new Map<string, { n: number; at: TextSpan; name: string }>();
  for (const lb of c.blocks) {
    for (const s of lb.block.sentences) {
      for (const m of s.text.matchAll(WITHIN)) {
        const name = m[1]!;
        const key = name.toLowerCase();
        const entry = counts.get(key) ?? { n: 0, at: s, name };
        entry.n++;
        counts.set(key, entry);
      }
    }
  }
  // Said once, "inom arbetsrätten" is an aside; a service the section is about is named again.
  const best = [...counts.values()].filter((e) => e.n >= 2).sort((a, b) => b.n - a.n)[0];
  if (best) return { value: capitalise(best.name), passage: passageOf(best.at, headingOf(c, best.at)) };
  const situation = c.lead.find((s) => SITUATION_LEAD.test(s.text));
  if (situation) {
    const clause = situation.text.slice(0, Math.max(situation.text.lastIndexOf(', ', 120), 0)) || situation.text;
    return { value: shorten(clause), passage: passageOf(situation, undefined) };
  }
  const lead = c.lead[0];
  if (lead) return { value: shorten(lead.text), passage: passageOf(lead, undefined) };
  if (topic) return { value: topic.text, passage: passageOf(topic, undefined) };
  const first = c.blocks[0]?.block.sentences[0];
  return first ? { value: shorten(first.text), passage: passageOf(first, c.blocks[0]?.block.heading?.text) } : undefined;
}

function headingOf(c: Candidate, s: TextSpan): string | undefined {
  return c.blocks.find((lb) => lb.block.sentences.includes(s))?.block.heading?.text;
}

function emptyFields(): Fields {
  return {
    descriptions: [],
    legalBases: [],
    verbalBases: [],
    nationalLaw: [],
    dataSubjectCategories: [],
    personalDataCategories: [],
    recipients: [],
    thirdCountryTransfers: [],
    retention: [],
    sources: [],
  };
}

export function readDocument(text: string, options: ReadDocumentOptions): DocumentReading {
  const language = options.language ?? detectDocumentLanguage(text);
  const blocks = documentBlocks(text);
  const understood: Understood = { gdpr: new Set(), law: new Set(), period: new Set() };
  const proposals: ProcessingProposal[] = [];

  for (const candidate of groupCandidates(blocks)) {
    const fields = emptyFields();
    const local: Understood = { gdpr: new Set(), law: new Set(), period: new Set() };
    for (const lb of candidate.blocks) for (const s of lb.block.sentences) readSentence(s, lb, fields, local);
    if (candidate.topic)
      for (const subject of dataSubjectsInText(candidate.topic.text)) {
        pushUnique(fields.dataSubjectCategories, subject, passageOf(candidate.topic, undefined), fold);
      }
    // Bases stated in words are a fallback for notices that cite no article; next to citations they are noise
    // ("nødvendige for at fastlægge et eventuelt retskrav" is not the processing's Art. 9(2)(f) basis).
    if (fields.legalBases.length === 0) fields.legalBases = fields.verbalBases;
    const hasPurposeStatement = fields.descriptions.some((d) => d.rank <= 2);
    const isProcessing = fields.legalBases.length > 0 || fields.nationalLaw.length > 0 || (hasPurposeStatement && fields.retention.length > 0);
    if (!isProcessing) continue;
    const name = proposalName(candidate);
    const description = fields.descriptions.slice().sort((a, b) => a.rank - b.rank)[0]?.value ?? name;
    if (!name || !description) continue;
    for (const set of ['gdpr', 'law', 'period'] as const) for (const n of local[set]) understood[set].add(n);
    const first = candidate.blocks[0]!.block;
    const last = candidate.blocks[candidate.blocks.length - 1]!.block;
    const sectionStart = Math.min(first.start, candidate.lead[0]?.start ?? first.start);
    const { descriptions: _descriptions, verbalBases: _verbal, ...lists } = fields;
    const purpose: DraftPurpose = { description, ...lists };
    proposals.push({
      key: `${proposals.length + 1}-${slugify(name.value).slice(0, 40) || 'processing'}`,
      name,
      section: {
        start: sectionStart,
        end: last.end,
        text: text.slice(sectionStart, last.end),
        ...(candidate.topic ? { heading: candidate.topic.text } : {}),
      },
      purposes: [purpose],
    });
  }

  const notUnderstood: SourcePassage[] = [];
  for (const block of blocks) {
    for (const s of block.sentences) {
      const missed =
        (CUE_GDPR.test(s.text) && !understood.gdpr.has(s.start)) ||
        (CUE_LAW.test(s.text) && !understood.law.has(s.start)) ||
        (CUE_PERIOD.test(s.text) && !understood.period.has(s.start));
      if (missed) {
        notUnderstood.push(passageOf(s, block.heading?.text));
      }
    }
  }
  return { language, text, proposals, notUnderstood };
}
