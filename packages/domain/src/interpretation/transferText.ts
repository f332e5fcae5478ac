import type { ThirdCountryTransfer, TransferSafeguard } from '../processing.js';
import { saysNone } from './textLists.js';

const SAFEGUARDS: ReadonlyArray<readonly [RegExp, TransferSafeguard]> = [
  [/data privacy framework|\bdpf\b|självcertifiering|selvcertificering/i, 'dpf'],
  [/standardavtalsklausul|standardkontraktbestemmelse|standard contractual|\bscc\b/i, 'scc'],
  [/bindande företagsbestämmelser|bindende virksomhedsregler|binding corporate|\bbcr\b/i, 'bcr'],
  [/adekvans|tilstrækkelighedsafgørelse|adequacy/i, 'adequacy'],
  [/undantag|artikel 49|article 49|undtagelse|derogation/i, 'derogation'],
];

/** Countries named in Nordic registers, with the name they are recorded under. */
const COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(usa|us|united states|förenta staterna|amerika)\b/i, 'USA'],
  [/\b(storbritannien|uk|united kingdom|england)\b/i, 'United Kingdom'],
  [/\b(indien|india)\b/i, 'India'],
  [/\b(kanada|canada)\b/i, 'Canada'],
  [/\b(schweiz|switzerland)\b/i, 'Switzerland'],
  [/\b(japan)\b/i, 'Japan'],
  [/\b(kina|china)\b/i, 'China'],
  [/\b(australien|australia)\b/i, 'Australia'],
];

/**
 * Reads a transfer cell. "Nej" means none; otherwise every named country becomes a transfer with the
 * safeguard the text mentions (provider names like "Microsoft" imply the USA when no country is named).
 */
export function interpretTransfers(text: string): ThirdCountryTransfer[] {
  const trimmed = text.trim();
  if (!trimmed || saysNone(trimmed)) return [];
  const safeguard = SAFEGUARDS.find(([re]) => re.test(trimmed))?.[1] ?? 'unspecified';
  let countries = COUNTRIES.filter(([re]) => re.test(trimmed)).map(([, name]) => name);
  if (countries.length === 0 && /microsoft|google|amazon|meta|facebook|apple|zoom|sociala medier|sociale medier/i.test(trimmed)) {
    countries = ['USA'];
  }
  if (countries.length === 0) countries = ['Unspecified third country'];
  return countries.map((country) => ({ country, safeguard, details: trimmed }));
}
