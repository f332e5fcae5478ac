import { fieldError, type FieldError, type Validated } from '../validation.js';

/**
 * A municipal thesaurus: concept groups rather than word pairs, so "föräldraledighet", "barselsorlov" and
 * "parental leave" all stand for one idea that a register may only name once ("ledigheter"). Each group carries
 * Swedish, Danish and English terms and the part of municipal work it belongs to; a DPO may edit the groups per
 * tenant. Terms may be several words ("sick leave"): those are recognised as a phrase in a query.
 */
export const THESAURUS_DOMAINS = ['hr', 'economy', 'social', 'school', 'building', 'election', 'it', 'general'] as const;
export type ThesaurusDomain = (typeof THESAURUS_DOMAINS)[number];

export const THESAURUS_LANGUAGES = ['sv', 'da', 'en'] as const;
export type ThesaurusLanguage = (typeof THESAURUS_LANGUAGES)[number];

export interface ConceptGroup {
  /** Stable, lower-case identifier ("sick-leave"); match reasons name it. */
  id: string;
  domain: ThesaurusDomain;
  terms: Record<ThesaurusLanguage, string[]>;
}

const g = (id: string, domain: ThesaurusDomain, sv: string, da: string, en: string): ConceptGroup => ({
  id,
  domain,
  terms: { sv: list(sv), da: list(da), en: list(en) },
});
const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export const DEFAULT_THESAURUS: readonly ConceptGroup[] = [
  // HR
  g(
    'recruitment',
    'hr',
    'rekrytering, rekrytera, nyanställning, jobbansökan, ansökan, platsannons, tjänstetillsättning, kandidat, sökande',
    'rekruttering, ansættelse, jobansøgning, ansøgning, stillingsopslag, kandidat, ansøger',
    'recruitment, recruiting, hiring, hire, job application, job applicant, vacancy, candidate',
  ),
  g(
    'salary',
    'hr',
    'lön, löner, löneutbetalning, lönespecifikation, lönebesked, lönelista, lönehantering, löneadministration, utbetalning av lön',
    'løn, lønudbetaling, lønseddel, lønsedler, lønadministration',
    'salary, salaries, payroll, pay, wage, wages, payslip, payslips, paycheck',
  ),
  g(
    'sick-leave',
    'hr',
    'sjukfrånvaro, sjukskrivning, sjukanmälan, sjukanmälning, sjukanmälningar, sjukdom, sjukledighet, sjuk',
    'sygefravær, sygemelding, sygdom, syg, sygedagpenge',
    'sick leave, sickness absence, sick, illness, sick note',
  ),
  g(
    'absence',
    'hr',
    'frånvaro, ledighet, ledigheter, semester, tjänstledighet, föräldraledighet, vab, föräldrapenning',
    'fravær, orlov, ferie, barsel, barselsorlov, forældreorlov',
    'absence, leave, parental leave, maternity leave, paternity leave, vacation, holiday',
  ),
  g(
    'travel',
    'hr',
    'resa, tjänsteresa, resor, reseersättning, reseersättningar, reseräkning, traktamente, körjournal, milersättning',
    'rejse, tjenesterejse, rejseafregning, kørselsgodtgørelse, kørebog, dagpenge',
    'business trip, travel, travel expenses, travel claim, mileage, per diem',
  ),
  g('pension', 'hr', 'pension, pensionsärende, tjänstepension, pensionär', 'pension, pensionist', 'pension, retirement, retiree'),
  g(
    'staff',
    'hr',
    'medarbetare, anställd, anställda, personal, arbetstagare',
    'medarbejder, ansat, ansatte, personale',
    'staff, employee, employees, personnel, worker',
  ),
  g(
    'work-environment',
    'hr',
    'arbetsmiljö, arbetsskada, tillbud, rehabilitering, rehab, företagshälsa, friskvård',
    'arbejdsmiljø, arbejdsskade, genoptræning, rehabilitering',
    'work environment, occupational health, workplace injury, rehabilitation, wellbeing',
  ),
  g(
    'trade-union',
    'hr',
    'facklig, fackförening, fack, skyddsombud, samverkan',
    'fagforening, tillidsrepræsentant, faglig',
    'trade union, union, safety representative',
  ),
  g(
    'employment-law',
    'hr',
    'uppsägning, avsked, varsel, omplacering, disciplinpåföljd, tvist, arbetsrätt',
    'afskedigelse, opsigelse, fyring, advarsel, arbejdsret',
    'dismissal, termination, fired, layoff, redundancy, employment dispute',
  ),
  g(
    'training',
    'hr',
    'utbildning, kurs, konferens, kompetensutveckling, fortbildning',
    'uddannelse, kursus, konference, efteruddannelse',
    'training, course, conference, professional development',
  ),
  g(
    'background-check',
    'hr',
    'registerkontroll, belastningsregister, utdrag ur belastningsregistret, brottsregister',
    'børneattest, straffeattest, kriminalregister',
    'criminal record check, background check, criminal record',
  ),
  g(
    'security-clearance',
    'hr',
    'säkerhetsprövning, säkerhetsklassning, säkerhetsskydd',
    'sikkerhedsgodkendelse, sikkerhedsklarering',
    'security clearance, security vetting',
  ),
  g('next-of-kin', 'hr', 'anhörig, anhöriga, närstående, nödkontakt', 'pårørende, nærmeste pårørende', 'next of kin, emergency contact, relative'),
  g(
    'whistleblowing',
    'hr',
    'visselblåsning, visseblåsning, visselblåsare, visselblåsarfunktion',
    'whistleblowerordning, whistleblower, whistleblowing',
    'whistleblowing, whistleblower, wrongdoing, misconduct report',
  ),
  // Economy
  g(
    'invoice',
    'economy',
    'faktura, fakturor, fakturering, leverantörsfaktura, kundfaktura, räkning',
    'faktura, fakturaer, regning, kreditorfaktura',
    'invoice, invoices, invoicing, billing, bill',
  ),
  g(
    'payment',
    'economy',
    'betalning, utbetalning, inbetalning, återbetalning, utlägg, ersättning, ersättningar',
    'betaling, udbetaling, indbetaling, tilbagebetaling, udlæg, godtgørelse',
    'payment, payout, refund, reimbursement, expenses, expense claim',
  ),
  g('debt-collection', 'economy', 'inkasso, påminnelse, kravhantering, skuld', 'inkasso, rykker, restance, gæld', 'debt collection, reminder, dunning, debt'),
  g(
    'procurement',
    'economy',
    'upphandling, upphandla, inköp, köpa in, avrop, beställning, leverantör',
    'udbud, indkøb, bestilling, leverandør',
    'procurement, purchasing, purchase, tender, order, supplier',
  ),
  g('sales', 'economy', 'försäljning, sälja, kundorder, kund, kunder', 'salg, kunde, kunder', 'sales, selling, customer, customers'),
  g(
    'accounting',
    'economy',
    'redovisning, bokföring, ekonomi, budget, transaktion, verifikation',
    'regnskab, bogføring, økonomi, budget',
    'accounting, bookkeeping, finance, budget, ledger',
  ),
  g(
    'tax',
    'economy',
    'skatt, skatteavdrag, arbetsgivardeklaration, kontrolluppgift, utmätning',
    'skat, a-skat, lønindeholdelse',
    'tax, taxes, withholding, tax return',
  ),
  // Social services
  g(
    'social-assistance',
    'social',
    'försörjningsstöd, ekonomiskt bistånd, socialbidrag, bistånd',
    'kontanthjælp, økonomisk hjælp, hjælp til forsørgelse',
    'social assistance, welfare, benefits, income support',
  ),
  g(
    'elderly-care',
    'social',
    'äldreomsorg, hemtjänst, äldreboende, särskilt boende, trygghetslarm',
    'ældrepleje, hjemmepleje, plejehjem, hjemmehjælp',
    'elderly care, home care, nursing home, care home',
  ),
  g(
    'child-welfare',
    'social',
    'barnavård, orosanmälan, orosanmälningar, barnutredning, utreda barn, familjehemsplacering, familjehem',
    'underretning, anbringelse, plejefamilie, børnesag',
    'child welfare, child protection, foster care, report of concern',
  ),
  g(
    'disability',
    'social',
    'funktionsnedsättning, lss, personlig assistans, färdtjänst, handikapp',
    'handicap, funktionsnedsættelse, handicapkørsel, hjælpemidler',
    'disability, disabled, personal assistance, mobility service',
  ),
  g(
    'health',
    'social',
    'hälsa, hälsouppgifter, sjukvård, vård, journal, patient',
    'helbred, sundhed, helbredsoplysninger, journal, patient',
    'health, health data, medical, healthcare, patient record',
  ),
  g(
    'addiction',
    'social',
    'missbruk, beroende, missbrukare, tvångsvård',
    'misbrug, afhængighed, misbrugsbehandling',
    'substance abuse, addiction, compulsory care',
  ),
  g('family', 'social', 'vårdnadshavare, förälder, föräldrar, vårdnad', 'forælder, forældre, forældremyndighed', 'guardian, parent, parents, custody'),
  g('children', 'social', 'barn, ungdom, unga, minderårig', 'barn, børn, unge', 'child, children, youth, minor'),
  g('citizen', 'general', 'medborgare, invånare, kommuninvånare, allmänheten', 'borger, borgere, indbygger', 'citizen, citizens, resident, residents, public'),
  // Schools
  g('school', 'school', 'skola, grundskola, gymnasium, gymnasieskola, skolan', 'skole, folkeskole, gymnasium', 'school, primary school, secondary school'),
  g('pupil', 'school', 'elev, elever, skolelev, studerande', 'elev, elever, skoleelev', 'pupil, pupils, student, students'),
  g(
    'preschool',
    'school',
    'förskola, förskoleplats, barnomsorg, fritidshem, dagis',
    'børnehave, børnehaveplads, vuggestue, dagpleje, sfo',
    'preschool, kindergarten, nursery, daycare, childcare',
  ),
  g(
    'school-health',
    'school',
    'elevhälsa, skolsköterska, skolhälsovård, kurator',
    'skolesundhed, sundhedsplejerske, skolepsykolog',
    'school health, school nurse, school counsellor',
  ),
  g('school-transport', 'school', 'skolskjuts, skolresa', 'skolebus, skolekørsel', 'school transport, school bus'),
  g('grades', 'school', 'betyg, skolresultat, omdöme, intyg', 'karakterer, karakter, udtalelse', 'grades, marks, school results, report card, certificate'),
  // Building permits
  g(
    'building-permit',
    'building',
    'bygglov, bygglovsansökan, rivningslov, marklov, bygganmälan, byggärende',
    'byggetilladelse, byggesag, byggeansøgning, nedrivningstilladelse',
    'building permit, planning permission, construction permit, demolition permit',
  ),
  g(
    'property',
    'building',
    'fastighet, fastighetsägare, tomt, detaljplan, lantmäteri',
    'ejendom, grundejer, lokalplan, matrikel',
    'property, property owner, plot, zoning plan, land registry',
  ),
  g('parking', 'building', 'parkering, parkeringstillstånd, p-tillstånd', 'parkering, parkeringstilladelse', 'parking, parking permit'),
  g(
    'environment',
    'building',
    'miljö, tillsyn, inspektion, miljötillsyn, energi, klimat',
    'miljø, tilsyn, inspektion, energi, klima',
    'environment, inspection, supervision, energy, climate',
  ),
  // Elections
  g(
    'election',
    'election',
    'val, valet, allmänna val, röstning, rösta, rösträtt, valdeltagande, röstkort, valsedel',
    'valg, afstemning, stemme, stemmeret, valgkort, stemmeseddel',
    'election, elections, vote, voting, polling card, ballot',
  ),
  g(
    'elected-officials',
    'election',
    'förtroendevald, förtroendevalda, politiker, ledamot, nämnd, fullmäktige, sammanträde, protokoll',
    'politiker, byrådsmedlem, udvalg, byråd, møde, referat',
    'elected official, councillor, politician, committee, council meeting, minutes',
  ),
  g('wedding', 'general', 'vigsel, borgerlig vigsel, bröllop, äktenskap, giftermål', 'vielse, bryllup, ægteskab', 'wedding, civil wedding, marriage'),
  // IT
  g(
    'it-support',
    'it',
    'it, it-system, support, felanmälan, felanmälningar, helpdesk, servicedesk, teknisk',
    'it, it-system, support, fejlmelding, helpdesk',
    'it, it support, helpdesk, service desk, ticket, technical support',
  ),
  g(
    'logging',
    'it',
    'loggning, logg, loggar, spårning, övervakning, användaraktivitet',
    'logning, log, overvågning, sporing',
    'logging, logs, log files, monitoring, audit trail, tracking',
  ),
  g('email', 'it', 'e-post, mejl, mail, epost, e-postkonto', 'e-mail, mail, email', 'email, e-mail, mailbox, mail'),
  g(
    'access-rights',
    'it',
    'behörighet, behörigheter, åtkomst, inloggning, konto, användarkonto, användar-id, lösenord',
    'adgang, adgangsrettighed, brugerkonto, login, adgangskode',
    'access rights, access, permissions, user account, login, password',
  ),
  g(
    'access-card',
    'it',
    'passerkort, inpassering, inpasseringsbricka, tagg, nyckelkort, lokaler',
    'adgangskort, nøglekort, adgangskontrol',
    'access card, key card, door access, badge',
  ),
  g(
    'camera',
    'it',
    'kamera, kameraövervakning, videoövervakning, övervakningskamera',
    'tv-overvågning, videoovervågning, kamera',
    'cctv, camera, camera surveillance, video surveillance',
  ),
  g(
    'website',
    'it',
    'webb, webbplats, hemsida, intranät, sociala medier, publicering',
    'hjemmeside, intranet, sociale medier',
    'website, web, intranet, social media, publishing',
  ),
  g(
    'photo',
    'it',
    'bild, bilder, foto, fotografi, film, filmer, video',
    'billede, billeder, foto, film, video',
    'photo, photos, picture, pictures, image, film, video',
  ),
  // General administration
  g(
    'complaint',
    'general',
    'klagomål, synpunkt, synpunkter, klagan, överklagande, förbättringsförslag',
    'klage, klager, klagesag, forslag',
    'complaint, complaints, feedback, appeal, suggestion',
  ),
  g(
    'archive',
    'general',
    'arkiv, arkivering, arkivera, gallring, bevarande, diarium, diarieföring',
    'arkiv, arkivering, journalisering, kassation',
    'archive, archiving, records management, retention, registry',
  ),
  g(
    'gdpr-request',
    'general',
    'registerutdrag, begäran, rättelse, radering, dataskydd, gdpr',
    'indsigt, indsigtsbegæring, berigtigelse, sletning, databeskyttelse',
    'data subject request, subject access request, right of access, erasure, rectification, data protection',
  ),
  g(
    'identity-number',
    'general',
    'personnummer, samordningsnummer, skyddad identitet',
    'cpr, cpr-nummer, personnummer',
    'personal identity number, social security number, national id',
  ),
  g(
    'contact-centre',
    'general',
    'kontaktcenter, medborgarservice, växel, ärende, ärenden',
    'borgerservice, kontaktcenter, henvendelse',
    'contact centre, contact center, customer service, enquiry, case',
  ),
  g(
    'consumer',
    'general',
    'konsumentvägledning, konsument, budgetrådgivning, reklamation',
    'forbruger, forbrugervejledning, reklamation',
    'consumer advice, consumer, budget advice',
  ),
  g(
    'communication',
    'general',
    'kommunikation, information, informera, press, pressmeddelande, nyhetsbrev, sms, utskick, sociala medier',
    'kommunikation, information, informere, pressemeddelelse, nyhedsbrev, sms, sociale medier',
    'communication, information, inform, press release, newsletter, text message, sms, mailing, social media',
  ),
  g('statistics', 'general', 'statistik, analys, uppföljning, rapport', 'statistik, analyse, opfølgning, rapport', 'statistics, analysis, follow-up, report'),
  g(
    'child-abuse-material',
    'it',
    'barnpornografi, övergreppsmaterial',
    'børnepornografi, overgrebsmateriale',
    'child sexual abuse material, child pornography, csam',
  ),
];

export const MAX_THESAURUS_GROUPS = 2000;
export const MAX_THESAURUS_TERM = 80;
export const MAX_THESAURUS_TERMS = 200;

/** Rejects a group list a DPO could not have meant: bad or repeated ids, unknown domains, groups with fewer than two terms. */
export function validateThesaurus(input: unknown): Validated<ConceptGroup[]> {
  if (!Array.isArray(input)) return { ok: false, errors: [fieldError('groups', 'field.notList', {}, 'groups must be a list')] };
  const errors: FieldError[] = [];
  if (input.length > MAX_THESAURUS_GROUPS)
    errors.push(fieldError('groups', 'list.tooLong', { max: MAX_THESAURUS_GROUPS }, `at most ${MAX_THESAURUS_GROUPS} groups`));
  const seen = new Set<string>();
  const groups: ConceptGroup[] = [];
  input.forEach((group: unknown, i) => {
    const at = `groups[${i}]`;
    if (!group || typeof group !== 'object' || Array.isArray(group)) {
      errors.push(fieldError(at, 'field.notObject', {}, 'must be an object'));
      return;
    }
    const { id, domain, terms } = group as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id))
      errors.push(fieldError(`${at}.id`, 'thesaurus.idInvalid', {}, 'must be lower-case letters, digits and dashes'));
    else if (seen.has(id)) errors.push(fieldError(`${at}.id`, 'thesaurus.idDuplicate', { id }, `"${id}" is used twice`));
    else seen.add(id);
    if (!THESAURUS_DOMAINS.includes(domain as ThesaurusDomain))
      errors.push(fieldError(`${at}.domain`, 'field.notOneOf', { allowed: [...THESAURUS_DOMAINS] }, `must be one of ${THESAURUS_DOMAINS.join(', ')}`));
    if (!terms || typeof terms !== 'object' || Array.isArray(terms)) {
      errors.push(fieldError(`${at}.terms`, 'field.notObject', {}, 'must give sv, da and en lists'));
      return;
    }
    const clean = { sv: [], da: [], en: [] } as Record<ThesaurusLanguage, string[]>;
    for (const language of THESAURUS_LANGUAGES) {
      const values = (terms as Record<string, unknown>)[language] ?? [];
      const field = `${at}.terms.${language}`;
      if (!Array.isArray(values)) errors.push(fieldError(field, 'field.notList', {}, 'must be a list'));
      else if (values.length > MAX_THESAURUS_TERMS)
        errors.push(fieldError(field, 'list.tooLong', { max: MAX_THESAURUS_TERMS }, `at most ${MAX_THESAURUS_TERMS} terms`));
      else
        values.forEach((v: unknown, k) => {
          if (typeof v !== 'string') errors.push(fieldError(`${field}[${k}]`, 'field.notString', {}, 'must be a text'));
          else if (v.length > MAX_THESAURUS_TERM)
            errors.push(fieldError(`${field}[${k}]`, 'field.tooLong', { max: MAX_THESAURUS_TERM }, `at most ${MAX_THESAURUS_TERM} characters`));
          else if (v.trim() && !clean[language].includes(v.trim())) clean[language].push(v.trim());
        });
    }
    if (clean.sv.length + clean.da.length + clean.en.length < 2)
      errors.push(fieldError(`${at}.terms`, 'thesaurus.tooFewTerms', { min: 2 }, 'a group needs at least two terms'));
    if (typeof id === 'string') groups.push({ id, domain: domain as ThesaurusDomain, terms: clean });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: groups };
}
