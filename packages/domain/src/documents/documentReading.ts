/**
 * What reading a document a municipality already publishes (a privacy notice, an HR handbook) yields: proposed
 * processings, each field with the passage it came from, and the passages nothing could be made of. The reader is
 * deterministic rules and dictionaries (sv, da, en); nothing it proposes enters the register without review.
 */
import type { Language } from '../language.js';
import type { Article6Basis, Article9Condition, DataCategory, RetentionPeriod, ThirdCountryTransfer } from '../processing.js';

/** A span of the document's plain text (UTF-16 offsets into DocumentReading.text) and its wording. */
export interface SourcePassage {
  start: number;
  end: number;
  text: string;
  /** The heading the passage sits under, for orientation in the side-by-side review. */
  heading?: string;
}

export interface Proposed<T> {
  value: T;
  /** The sentence (or list item) the value was read from. */
  passage: SourcePassage;
}

/** A legal-basis citation as read, e.g. "artikel 9, stk. 2, litra f, jf. artikel 6, stk. 1, litra e". */
export interface ReadLegalBasis {
  article6: Article6Basis[];
  article9: Article9Condition[];
  article10: boolean;
}

/** A national-law reference, e.g. "2 kap. 2 § dataskyddslagen", "databeskyttelseslovens § 11". */
export interface ReadNationalLaw {
  /** The act as cited ("dataskyddslagen", "databeskyttelsesloven", "whistleblowerloven"). */
  act: string;
  /** Chapter and section as cited, e.g. "2 kap. 2 §", "§ 11", "§ 22, stk. 1"; empty when only the act is named. */
  provision: string;
  /** The citation normalised for display, e.g. "2 kap. 2 § dataskyddslagen (2018:218)". */
  text: string;
}

export interface ReadRetention {
  /** The document's wording. */
  text: string;
  periods: RetentionPeriod[];
  /** The event the period counts from, e.g. "anställningens ophør", "ärendet avslutats". */
  startingEvent?: string;
  preserved: boolean;
}

export interface DraftPurpose {
  description: Proposed<string>;
  legalBases: Proposed<ReadLegalBasis>[];
  nationalLaw: Proposed<ReadNationalLaw>[];
  dataSubjectCategories: Proposed<string>[];
  /** Special categories (Art. 9(1)) come flagged; Art. 10 data is flagged through legalBases. */
  personalDataCategories: Proposed<DataCategory>[];
  recipients: Proposed<string>[];
  thirdCountryTransfers: Proposed<ThirdCountryTransfer>[];
  retention: Proposed<ReadRetention>[];
  sources: Proposed<string>[];
}

export interface ProcessingProposal {
  /** Stable within the reading (derived from the section), so a review can refer to it. */
  key: string;
  name: Proposed<string>;
  /** The whole section the proposal was read from. */
  section: SourcePassage;
  purposes: DraftPurpose[];
}

export interface DocumentReading {
  language: Language;
  /** The plain text the offsets refer to (after decoding .docx/.html/.pdf and normalising line ends). */
  text: string;
  proposals: ProcessingProposal[];
  /** Passages that look like they matter (a citation, a period) but that no rule could place. */
  notUnderstood: SourcePassage[];
}

export interface ReadDocumentOptions {
  /** When absent the reader detects sv, da or en from the text. */
  language?: Language;
  /** The organisation unit the document is imported for; becomes the proposals' unit. */
  unit: string;
}

/** What a published notice says that the register does not, and the reverse (see compareNoticeWithProcessing). */
export interface NoticeDifference {
  field: 'legalBasis' | 'nationalLaw' | 'recipients' | 'retention' | 'dataCategories' | 'dataSubjects' | 'sources' | 'transfers';
  /** "noticeOnly": the notice says it, the register does not; "registerOnly": the reverse. */
  side: 'noticeOnly' | 'registerOnly';
  /** The value, as worded on its side. */
  value: string;
  passage?: SourcePassage;
}
