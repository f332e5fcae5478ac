import { stem, words } from './terms.js';

/**
 * Words municipal staff use for the same thing across Swedish, Danish and English. Each line is one group of
 * comma-separated terms; a query word in a group also finds the others. Register spellings (e.g. "visseblåsning") are included on purpose.
 */
const GROUPS: readonly string[] = [
  'visselblåsare, visselblåsning, visseblåsning, visselblåsarfunktion, whistleblower, whistleblowing, whistleblowerordning',
  'lön, löner, lönespecifikation, løn, lønning, salary, payroll',
  'rekrytering, rekruttering, recruitment, hiring, ansökan, ansøgning',
  'medarbetare, anställd, personale, medarbejder, ansat, staff, employee',
  'hälsa, helbred, sundhed, health',
  'sjukfrånvaro, sjukskrivning, sygefravær, sygemelding, sick leave',
  'elev, skolelev, pupil',
  'vårdnadshavare, förälder, forælder, forældremyndighed, guardian, parent',
  'kamera, kameraövervakning, tv-overvågning, videoovervågning, cctv',
  'barn, børn, child, children',
  'skola, skole, school',
  'förskola, børnehave, vuggestue, preschool, kindergarten',
  'äldreomsorg, hemtjänst, ældrepleje, hjemmepleje, elderly care',
  'försörjningsstöd, kontanthjælp, social assistance',
  'bygglov, byggetilladelse, building permit',
  'faktura, fakturering, invoice, billing',
  'upphandling, udbud, procurement',
  'klagomål, synpunkter, klage, complaint',
  'arkiv, arkivering, archive',
  'behörighet, åtkomst, adgang, access',
  'säkerhetsprövning, sikkerhedsgodkendelse, security clearance',
  'rehabilitering, rehabilitation',
  'facklig, fagforening, trade union',
  'personnummer, cpr-nummer, cpr, personal identity number',
  'vigsel, vielse, wedding, marriage',
  'val, valg, election',
];

/**
 * Stem → stems of every other term in its group(s). Multi-word entries ("sick leave") document the meaning but
 * expand nothing on their own: their single words ("personal") would match far too much.
 */
export function buildSynonymIndex(groups: readonly string[] = GROUPS): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const line of groups) {
    const stems = new Set(
      line
        .split(',')
        .map((entry) => words(entry))
        .filter((w) => w.length === 1)
        .map((w) => stem(w[0]!)),
    );
    for (const s of stems) {
      const existing = index.get(s) ?? new Set<string>();
      for (const other of stems) if (other !== s) existing.add(other);
      index.set(s, existing);
    }
  }
  return index;
}
