import { stringify } from 'csv-stringify/sync';
import type { BreachCase } from '@prt/domain/deadlines/cases';
import type { Language } from '@prt/domain/language';

const HEADERS: Record<Language, string[]> = {
  sv: ['Diarienummer', 'Enhet', 'Upptäckt', 'Vad som hänt', 'Följder', 'Åtgärder', 'Anmäld till {authority}', 'Skäl att inte anmäla', 'Anteckning', 'Avslutad'],
  da: [
    'Journalnummer',
    'Enhed',
    'Opdaget',
    'Hvad der er sket',
    'Følger',
    'Afhjælpende tiltag',
    'Anmeldt til {authority}',
    'Begrundelse for ikke at anmelde',
    'Note',
    'Afsluttet',
  ],
  en: [
    'Case number',
    'Unit',
    'Became aware',
    'What happened',
    'Effects',
    'Remedial action',
    'Notified to {authority}',
    'Reason not to notify',
    'Note',
    'Closed',
  ],
};

const REASONS: Record<Language, Record<string, string>> = {
  sv: { unlikelyRisk: 'Osannolikt att den medför risk', dataEncrypted: 'Uppgifterna var krypterade', riskRemovedPromptly: 'Risken undanröjdes direkt' },
  da: {
    unlikelyRisk: 'Usandsynligt at det medfører risiko',
    dataEncrypted: 'Oplysningerne var krypterede',
    riskRemovedPromptly: 'Risikoen blev fjernet straks',
  },
  en: { unlikelyRisk: 'Unlikely to result in a risk', dataEncrypted: 'The data was encrypted', riskRemovedPromptly: 'The risk was removed promptly' },
};

/** A cell Excel would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe (OWASP CSV injection). */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The breach log of Art. 33(5) as semicolon-separated UTF-8 with a BOM, as Swedish and Danish Excel opens it. */
export function breachLogCsv(breaches: readonly BreachCase[], language: Language, authority: string): Buffer {
  const rows = breaches.map((b) => [
    b.reference,
    b.unit,
    b.awareAt,
    b.facts ?? '',
    b.effects ?? '',
    b.remedialAction ?? '',
    b.notifiedAt ?? '',
    b.notificationNotRequired ? (REASONS[language][b.notificationNotRequired] ?? b.notificationNotRequired) : '',
    b.notificationNotRequiredNote ?? '',
    b.closedOn ?? '',
  ]);
  const headers = HEADERS[language].map((h) => h.replace('{authority}', authority));
  const text = stringify([headers, ...rows.map((r) => r.map(neutraliseFormula))], {
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
    quoted_match: /[\r\n]|^ | $/,
  });
  return Buffer.from(text, 'utf8');
}
