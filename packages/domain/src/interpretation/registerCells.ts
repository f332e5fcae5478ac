import {
  ARTICLE_6_BASES,
  ARTICLE_9_CONDITIONS,
  TRANSFER_SAFEGUARDS,
  type DataCategory,
  type LegalBasis,
  type Processor,
  type ThirdCountryTransfer,
  type TransferSafeguard,
} from '../processing.js';
import { interpretDataCategories, isSpecialCategoryName } from './dataCategoryText.js';
import { interpretLegalBasis } from './legalBasisText.js';
import { splitList } from './textLists.js';
import { interpretTransfers } from './transferText.js';

/*
 * How register cells are written and read, in one place, so an exported register imports back to the same
 * content. A cell keeps the register's own wording whenever interpreting that wording gives the stored value;
 * otherwise it is written in a canonical form the reader recognises exactly.
 */

const LETTERS = 'abcdefghij';
const CANONICAL_BASIS = /^GDPR art\. 6\.1( [a-f](, [a-f])*)?( \| art\. 9\.2 [a-j](, [a-j])*)?( \| art\. 10)?( \| lagstöd: (.*))?$/s;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function formatLegalBasisCell(basis: LegalBasis): string {
  if (basis.originalText && sameJson(interpretLegalBasis(basis.originalText), basis)) return basis.originalText;
  const parts = [`GDPR art. 6.1${basis.article6.length ? ` ${basis.article6.map((b) => LETTERS[ARTICLE_6_BASES.indexOf(b)]).join(', ')}` : ''}`];
  if (basis.article9.length) parts.push(`art. 9.2 ${basis.article9.map((c) => LETTERS[ARTICLE_9_CONDITIONS.indexOf(c)]).join(', ')}`);
  if (basis.article10) parts.push('art. 10');
  if (basis.nationalLaw) parts.push(`lagstöd: ${basis.nationalLaw}`);
  return parts.join(' | ');
}

export function parseLegalBasisCell(text: string): LegalBasis {
  const trimmed = text.trim();
  if (!CANONICAL_BASIS.test(trimmed)) return interpretLegalBasis(trimmed);
  const [first, ...rest] = trimmed.split(' | ');
  const letters = (part: string, prefix: string) =>
    part
      .slice(prefix.length)
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => LETTERS.indexOf(l));
  const nine = rest.find((p) => p.startsWith('art. 9.2 '));
  const law = rest.find((p) => p.startsWith('lagstöd: '));
  return {
    article6: letters(first!, 'GDPR art. 6.1').map((i) => ARTICLE_6_BASES[i]!),
    article9: nine ? letters(nine, 'art. 9.2 ').map((i) => ARTICLE_9_CONDITIONS[i]!) : [],
    article10: rest.includes('art. 10'),
    nationalLaw: law ? law.slice('lagstöd: '.length) : '',
    originalText: '',
  };
}

const SPECIAL_MARK = ' [känslig]';
const NOT_SPECIAL_MARK = ' [ej känslig]';

/** Categories as a list; a category is marked only where its flag differs from what its name suggests. */
export function formatCategoriesCell(categories: DataCategory[]): string {
  return categories.map((c) => c.name + (c.special === isSpecialCategoryName(c.name) ? '' : c.special ? SPECIAL_MARK : NOT_SPECIAL_MARK)).join(', ');
}

export function parseCategoriesCell(text: string): DataCategory[] {
  return interpretDataCategories(text).map((c) => {
    if (c.name.endsWith(NOT_SPECIAL_MARK.trim())) return { name: c.name.slice(0, -NOT_SPECIAL_MARK.trim().length).trim(), special: false };
    if (c.name.endsWith(SPECIAL_MARK.trim())) return { name: c.name.slice(0, -SPECIAL_MARK.trim().length).trim(), special: true };
    return c;
  });
}

const CANONICAL_TRANSFER = new RegExp(`^(.+?) \\((${TRANSFER_SAFEGUARDS.join('|')})\\)(?:: (.*))?$`, 's');

export function formatTransfersCell(transfers: ThirdCountryTransfer[]): string {
  if (transfers.length === 0) return 'Nej';
  const details = transfers[0]!.details;
  if (details && transfers.every((t) => t.details === details) && sameJson(interpretTransfers(details), transfers)) return details;
  return transfers.map((t) => `${t.country} (${t.safeguard})${t.details ? `: ${t.details}` : ''}`).join('\n');
}

export function parseTransfersCell(text: string): ThirdCountryTransfer[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const canonical = lines.map((l) => CANONICAL_TRANSFER.exec(l));
  if (lines.length > 0 && canonical.every(Boolean)) {
    return canonical.map((m) => ({ country: m![1]!, safeguard: m![2] as TransferSafeguard, details: m![3] ?? '' }));
  }
  return interpretTransfers(text);
}

const AGREEMENT_MARK = ' [avtal]';

/** Processors, marked where a data processing agreement (Art. 28(3)) is in place. */
export function formatProcessorsCell(processors: Processor[]): string {
  return processors.map((p) => p.name + (p.agreementInPlace ? AGREEMENT_MARK : '')).join(', ');
}

export function parseProcessorsCell(text: string): Processor[] {
  return splitList(text).map((name) =>
    name.endsWith(AGREEMENT_MARK.trim())
      ? { name: name.slice(0, -AGREEMENT_MARK.trim().length).trim(), agreementInPlace: true }
      : { name, agreementInPlace: false },
  );
}
