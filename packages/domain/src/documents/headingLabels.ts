/**
 * Headings that label a field of the processing they sit under ("Formål", "Rättslig grund", "Who we share it
 * with") rather than name a processing of their own. Matched against the folded heading (lower case, no
 * diacritics: "formal", "rattslig grund"), whole or at its start as written per pattern.
 */
import { foldDiacritics } from '../identity.js';

export type HeadingLabel = 'purpose' | 'legalBasis' | 'categories' | 'recipients' | 'retention' | 'sources' | 'closing';

const LABELS: ReadonlyArray<readonly [RegExp, HeadingLabel]> = [
  [/^(?:(?:det overordnede )?formal(?:et)?(?: med| for)?\b|syfte(?:t)?(?: med)?\b|andamal(?:et)?\b|purposes?\b|why we (?:process|use))/u, 'purpose'],
  [/^(?:rattslig(?:a)? grund|laglig grund|retsgrundlag|hjemmel|legal basis|lawful basis|legal grounds?)\b/u, 'legalBasis'],
  [
    /^(?:vilka (?:person)?uppgifter|vilka kategorier|hvilke (?:kategorier|oplysninger|personoplysninger)|kategorier af|personuppgifter som behandlas|what (?:personal )?(?:data|information)|which (?:personal )?data|categories of)/u,
    'categories',
  ],
  [
    /^(?:vilka delar vi|vem delar vi|vem lamnar vi|mottagare$|modtagere$|hvem (?:giver|videregiver|deler)|videregivelse af (?:person)?oplysninger$|who (?:do )?we share|who receives|recipients$|sharing your)/u,
    'recipients',
  ],
  [
    /^(?:hur lange|vad arkiveras|hvor laenge|how long|lagring$|gallring$|bevarande$|opbevaring$|opbevaring af (?:person)?oplysninger$|sletning$|retention$|storage$)/u,
    'retention',
  ],
  [/^(?:varifran|var far vi|hvor (?:far|kommer)|kilder$|where (?:we get|does .{0,20} come)|sources?$)/u, 'sources'],
  [
    /^(?:dina rattigheter|ratt (?:att|till)|ar nagot fel|kontakta oss|kontakt$|medarbejderens rettigheder|dine rettigheder|ret til|klagevejledning|your rights|right (?:to|of)|contact us|contact$|complaints?)/u,
    'closing',
  ],
];

export function foldHeading(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[?.:!]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function headingLabel(heading: string): HeadingLabel | undefined {
  const folded = foldHeading(heading);
  return LABELS.find(([re]) => re.test(folded))?.[1];
}
