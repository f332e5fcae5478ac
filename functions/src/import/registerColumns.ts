import { foldDiacritics } from '@prt/domain/identity';

import type { RegisterField } from '@prt/domain/fieldNames';

/**
 * Header wording in Swedish, Danish and English, matched after case and diacritic folding. Order matters:
 * the first field whose pattern matches a header wins, so specific patterns come before general ones.
 */
const HEADER_PATTERNS: ReadonlyArray<readonly [RegisterField, RegExp]> = [
  ['dpoContact', /dataskyddsombud|databeskyttelsesradgiver|data protection officer|\bdpo\b/],
  ['controller', /personuppgiftsansvarig|dataansvarlig|\bcontroller\b/],
  ['audienceUnits', /galler avdelning|gaelder afdeling|applies to unit|malgrupp avdelning/],
  ['audienceRoles', /galler roll|gaelder rolle|applies to role/],
  ['transfers', /overforing|tredje ?land|third countr|transfer/],
  ['sources', /kalla|kilde|source/],
  ['dataSubjects', /kategorier av registrerade|registrerade|kategorier af registrerede|registrerede|data subject/],
  [
    'dataCategories',
    /kategorier av personuppgifter|personuppgifter|kategorier af personoplysninger|personoplysninger|categories of personal data|personal data categor/,
  ],
  ['recipients', /mottagare|modtager|recipient/],
  ['legalBasis', /rattslig grund|laglig grund|retsgrundlag|hjemmel|legal basis|lawful basis/],
  ['retention', /lagringstid|gallring|bevarande|opbevaring|sletning|slettefrist|retention|storage period|time limit/],
  ['systems', /it-?system|system|medel|fagsystem|application/],
  ['processors', /personuppgiftsbitrade|bitrade|databehandler|processor/],
  ['securityMeasures', /sakerhet|sikkerhed|security/],
  ['organisationUnit', /namnd|forvaltning|forvaltningsomrade|enhet|afdeling|organisation|department|unit|committee/],
  ['dpia', /konsekvensbedomning|konsekvensanalyse|dpia|impact assessment/],
  ['purpose', /andamal|formal|purpose/],
  ['name', /namn|behandling|benaevnelse|navn|name|processing activity|title/],
];

export function fieldForHeader(header: string): RegisterField | undefined {
  const folded = foldDiacritics(header.toLowerCase()).replace(/\s+/g, ' ').trim();
  if (!folded) return undefined;
  return HEADER_PATTERNS.find(([, re]) => re.test(folded))?.[0];
}

export type ColumnMap = Partial<Record<RegisterField, number>>;

/** Maps header cells to fields; the first column per field wins so a stray duplicate header cannot shadow it. */
export function mapColumns(headerCells: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  headerCells.forEach((cell, index) => {
    const field = fieldForHeader(cell);
    if (field && map[field] === undefined) map[field] = index;
  });
  return map;
}

/** A header row names a processing or purpose column and at least two other register fields. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const map = mapColumns(cells);
  const count = Object.keys(map).length;
  return count >= 3 && (map.name !== undefined || map.purpose !== undefined);
}
