import type { Article6Basis, Article9Condition, LegalBasis } from '../processing.js';

/** Phrases registers use for each Art. 6(1) basis, in Swedish, Danish and English (lower case). */
const ARTICLE_6_PHRASES: ReadonlyArray<readonly [RegExp, Article6Basis]> = [
  [/samtyck|samtykke|consent|6\s*\.?\s*1\s*\.?\s*a\b|6\s*\(1\)\s*\(?a\)?/, 'consent'],
  [/avtal|aftale|kontrakt|contract|6\s*\(1\)\s*\(?b\)?/, 'contract'],
  [/rättslig förpliktelse|rättslig skyldighet|retlig forpligtelse|legal obligation|6\s*\(1\)\s*\(?c\)?/, 'legalObligation'],
  [/grundläggande intresse|vitale interesser|vital interest|6\s*\(1\)\s*\(?d\)?/, 'vitalInterests'],
  [
    /allmänt intresse|allmänintresse|myndighetsutövning|myndighedsudøvelse|samfundets interesse|almen interesse|offentlig myndighed|public (task|interest)|official authority|6\s*\(1\)\s*\(?e\)?/,
    'publicTask',
  ],
  [/intresse-?\s*avvägning|berättigat intresse|legitim[te]* interesse|interesseafvejning|legitimate interest|6\s*\(1\)\s*\(?f\)?/, 'legitimateInterests'],
];

const ARTICLE_9_PHRASES: ReadonlyArray<readonly [RegExp, Article9Condition]> = [
  [/uttryckligt samtycke|udtrykkeligt samtykke|explicit consent|9\s*\(2\)\s*\(?a\)?/, 'explicitConsent'],
  [/arbetsrätt|social trygghet|socialt skydd|arbejdsret|employment law|9\s*\(2\)\s*\(?b\)?/, 'employmentAndSocialSecurity'],
  [/rättsliga anspråk|retskrav|legal claims|9\s*\(2\)\s*\(?f\)?/, 'legalClaims'],
  [/viktigt allmänt intresse|væsentlig samfundsinteresse|substantial public interest|9\s*\(2\)\s*\(?g\)?/, 'substantialPublicInterest'],
  [/hälso- och sjukvård|social omsorg|sundhedspleje|health or social care|9\s*\(2\)\s*\(?h\)?/, 'healthOrSocialCare'],
  [/folkhälsa|folkesundhed|public health|9\s*\(2\)\s*\(?i\)?/, 'publicHealth'],
  [/arkiv|forskning|research|statisti\w* ändamål|9\s*\(2\)\s*\(?j\)?/, 'archivingResearchStatistics'],
];

const ARTICLE_10_PHRASE = /artikel 10|article 10|art\.\s*10\b|lagöverträdelse|brottmål|belastningsregist|strafbare forhold|straffedomme|criminal/;

/** Reads a register's legal-basis wording into Art. 6/9/10 terms; the original text is always kept. */
export function interpretLegalBasis(text: string): LegalBasis {
  const lower = text.toLowerCase();
  const article6 = unique(ARTICLE_6_PHRASES.filter(([re]) => re.test(lower)).map(([, basis]) => basis));
  const article9 = unique(ARTICLE_9_PHRASES.filter(([re]) => re.test(lower)).map(([, c]) => c));
  // "Uttryckligt samtycke" is Art. 9(2)(a), not a second Art. 6 basis of its own.
  return {
    article6,
    article9,
    article10: ARTICLE_10_PHRASE.test(lower),
    nationalLaw: extractNationalLaw(text),
    originalText: text.trim(),
  };
}

/** Swedish SFS numbers "(2009:400)" and Danish "lov nr. 502" / "LBK nr 1234" style references. */
function extractNationalLaw(text: string): string {
  const refs = text.match(/[^,;.]*\(\d{4}:\d+\)|(?:lov|lbk|bekendtgørelse)\s+nr\.?\s*\d+[^,;.]*/gi) ?? [];
  return refs.map((r) => r.trim()).join('; ');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
