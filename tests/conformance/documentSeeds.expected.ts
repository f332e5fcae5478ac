/**
 * What the project expects the reader to find in the two document seeds, written by reading the documents (not by
 * running the reader). A processing is expected where the document gives it a legal basis or a national law; the
 * sections that only describe (Personalemappe, Videregivelse af oplysninger internt i kommunen, Tilbagekaldelse af
 * samtykke, the rights and contact sections) are not processings of their own.
 */
import type { Article6Basis, Article9Condition, RetentionPeriod } from '@prt/domain/processing';

export interface ExpectedProcessing {
  name: string;
  /** Which occurrence of the name, when the document uses it twice (Aalborg's "Løn", "Tv-overvågning"). */
  occurrence?: number;
  article6?: Article6Basis[];
  article9?: Article9Condition[];
  article10?: boolean;
  /** National-law references that must be among those read, as the reader words them. */
  nationalLaw?: string[];
  retention?: { periods: RetentionPeriod[]; startingEvent?: string }[];
  recipients?: string[];
  sources?: string[];
  specialCategories?: boolean;
}

/**
 * Stockholm's page lost its service headings on the way to text: the three services (adult education, Jobbtorg,
 * contracts and recruitment) each repeat "Vilka uppgifter behandlar vi om dig?", "Syftet ...", "Rättslig grund ...",
 * "Vilka delar vi ...". The reader names the first two by what the sections say they are "inom" (twice each), the
 * third by its opening situation. Its general "Hur länge sparar vi" / "Vad arkiveras?" sections follow the third
 * service with no heading between, so they land there (the DPO moves them in review). The third service cites no
 * article: its bases are read from the wording ("nödvändig för att fullgöra ett avtal", "rättslig förpliktelse").
 */
export const STOCKHOLM_EXPECTED: readonly ExpectedProcessing[] = [
  {
    name: 'Vuxenutbildningen',
    article6: ['publicTask'],
    article9: [],
    nationalLaw: ['2 kap. 2 § dataskyddslagen (2018:218)'],
    recipients: ['Centrala studiestödsnämnden', 'Statistiska centralbyrån', 'Universitets- och högskolerådet'],
    sources: ['Skatteverkets folkbokföringsregister'],
    specialCategories: true,
  },
  {
    name: 'Jobbtorg',
    article6: ['publicTask'],
    nationalLaw: ['2 kap. 2 § dataskyddslagen (2018:218)'],
    recipients: ['Försäkringskassan', 'Arbetsförmedlingen', 'Finsam'],
    specialCategories: true,
  },
  {
    name: 'När du söker ett jobb, skickar en offert, lämnar ett anbud eller ingår avtal med oss',
    article6: ['contract', 'publicTask', 'legalObligation'],
    article9: ['employmentAndSocialSecurity'],
    nationalLaw: [],
    specialCategories: true,
  },
];

/** Every Aalborg section with a legal basis or a national law, in document order (63). */
export const AALBORG_NAMES: readonly string[] = [
  'Inden ansættelsen',
  'Modtagelse af ansøgninger',
  'Referencer',
  'Indhentelse af referenceoplysninger om rent private forhold',
  'Børne- og straffeattester',
  'Helbredsoplysninger',
  'Anvendelse af test (personprofil)',
  'Oplysninger på sociale medier, f.eks. Facebook, LinkedIn og Instagram o.l',
  'Opbevaring af oplysninger om frivillige og praktikanter, der bliver tilknyttet kommunen',
  'Opbevaring af oplysninger om udpegede af Aalborg Kommune, der bliver tilknyttet kommunen',
  'Oplysninger om ansøgere, der ikke ansættes',
  'Under ansættelsen',
  'Ansættelseskontrakt',
  'Udlånte effekter',
  'Multifunktionsmaskiner',
  'Nøglekort/adgangsbrik og alarmsystemer',
  'Tv-overvågning',
  'GPS – overvågning',
  'Logning af brug af internettet, systemer og e-mails',
  'Scanning af drev (Office online), teams og mailpostkasser',
  'Dokumenter, kalenderoplysninger med videre',
  'Erhvervskort og P-abonnement',
  'Løn',
  'Syge- og barselsdagpenge',
  'Løn',
  'Elever',
  'Pensionsselskaber og Gruppelivsforsikring',
  'Vederlag',
  'Medarbejderudviklingssamtaler',
  'Uddannelses- og kursusbeviser',
  'Anvendelse af test (personprofil)',
  'Registrering af kørsel',
  'Registrering af udlæg',
  'Registrering af arbejdstid og fravær',
  'Indhentelse af mulighedserklæring',
  'Oplysninger om helbredsforhold',
  'Arbejdsulykker',
  'Erhvervssygdomme',
  'Offentliggørelse på hjemmesider',
  'Registrering af medarbejderes nærmeste pårørende',
  'Videregivelse af oplysninger til tillidsrepræsentanter',
  'Videregivelse af oplysninger til en fagforening',
  'Whistleblowerordningen',
  'Registrering af køb i kantiner samt køb af varer produceret på kommunens værksteder',
  'Interne møder',
  'Interne informationsmøder',
  'Møder med eksterne deltagere, for eksempel samarbejdspartnere eller borgere',
  'Tv-overvågning',
  'GPS – overvågning',
  'Logning og kontrol af brug af internettet, systemer og emails',
  'Scanning af drev (Office online), teams og mailpostkasser',
  'Logning af adgang til den fysiske lokationer',
  'Medarbejdernes tidsregistrering',
  'Kontrol af udbetalinger',
  'Efter ansættelsen',
  'Fratrædelse',
  'Videregivelse af oplysninger om fratrædelse/afskedigelse',
  'Særligt omkring tjenestemænd',
  'Afgivelse af referencer',
  'Andre oplysninger end rent ”neutrale” oplysninger, herunder følsomme og fortrolige oplysninger',
  'Lukning af systemadgange',
  'Lukning af e-mailkonto',
  'Aflevering af udlånte effekter',
];

/** Sections whose bases, laws and retention the handbook states explicitly, checked field by field. */
export const AALBORG_EXPECTED: readonly ExpectedProcessing[] = [
  {
    // The phase heading takes its "Formål med behandling af oplysninger" and "Retsgrundlag for behandlingen" labels.
    name: 'Inden ansættelsen',
    article6: ['consent', 'publicTask'],
    article9: ['explicitConsent', 'legalClaims', 'manifestlyMadePublic'],
    article10: false,
    nationalLaw: [
      'databeskyttelsesloven § 8',
      'databeskyttelsesloven § 11, stk. 1',
      'databeskyttelsesloven § 12',
      'forvaltningsloven § 29',
      'helbredsoplysningsloven §§ 2-5',
      'bekendtgørelse nr. 36',
      'lov om kompensation til handicappede i erhverv §§ 3-4',
    ],
  },
  {
    name: 'Modtagelse af ansøgninger',
    article6: ['publicTask'],
    article9: ['legalClaims'],
    nationalLaw: ['databeskyttelsesloven § 11'],
    specialCategories: true,
  },
  { name: 'Børne- og straffeattester', nationalLaw: ['databeskyttelsesloven § 8, stk. 1', 'forvaltningsloven § 29', 'lov om indhentelse af børneattest'] },
  {
    name: 'Helbredsoplysninger',
    article6: ['publicTask'],
    article9: ['legalClaims'],
    nationalLaw: ['helbredsoplysningsloven §§ 2-5'],
    specialCategories: true,
  },
  { name: 'Anvendelse af test (personprofil)', article6: ['publicTask'], retention: [{ periods: [{ amount: 6, unit: 'months' }] }] },
  {
    name: 'Opbevaring af oplysninger om frivillige og praktikanter, der bliver tilknyttet kommunen',
    article6: ['legalObligation'],
    nationalLaw: ['databeskyttelsesloven § 11'],
    retention: [{ periods: [{ amount: 5, unit: 'years' }], startingEvent: 'ophør som frivillig eller praktikant i Aalborg Kommune' }],
  },
  {
    name: 'Opbevaring af oplysninger om udpegede af Aalborg Kommune, der bliver tilknyttet kommunen',
    article6: ['publicTask'],
    retention: [{ periods: [{ amount: 5, unit: 'years' }], startingEvent: 'ophør som udpeget i et udvalg i Aalborg Kommune' }],
  },
  {
    name: 'Oplysninger om ansøgere, der ikke ansættes',
    article6: ['publicTask'],
    article9: ['legalClaims'],
    retention: [{ periods: [{ amount: 6, unit: 'months' }], startingEvent: 'ansøgningsfristens udløb' }],
  },
  {
    name: 'Under ansættelsen',
    article6: ['consent', 'contract', 'legalObligation', 'publicTask'],
    article9: ['explicitConsent', 'employmentAndSocialSecurity', 'legalClaims'],
    article10: true,
    nationalLaw: [
      'databeskyttelsesloven § 7, stk. 2',
      'ansættelsesbevisloven § 2',
      'tv-overvågningsloven § 2d, stk. 1',
      'tv-overvågningsloven § 4c, stk. 4',
      'whistleblowerloven § 22',
      'ligningsloven',
      'personskatteloven',
      'tjenestemandspensionsloven',
    ],
  },
  {
    name: 'Multifunktionsmaskiner',
    article6: ['publicTask'],
    retention: [{ periods: [{ amount: 30, unit: 'days' }] }, { periods: [{ amount: 7, unit: 'days' }] }],
  },
  {
    name: 'Tv-overvågning',
    article6: ['publicTask'],
    nationalLaw: ['tv-overvågningsloven § 4c, stk. 4'],
    retention: [{ periods: [{ amount: 30, unit: 'days' }] }],
    recipients: ['politiet'],
  },
  {
    name: 'Løn',
    article6: ['legalObligation', 'contract'],
    nationalLaw: ['ligningsloven', 'personskatteloven'],
    recipients: ['SKAT', 'ATP (feriekonto og feriepengeinfo)', 'pensionsselskaber'],
    sources: ['SKAT'],
  },
  { name: 'Syge- og barselsdagpenge', article6: ['publicTask'], article9: ['legalClaims'], recipients: ['Udbetaling Danmark'], specialCategories: true },
  { name: 'Medarbejderudviklingssamtaler', article6: [], article9: [], nationalLaw: ['databeskyttelsesloven § 12, stk. 1'] },
  {
    name: 'Oplysninger om helbredsforhold',
    article6: ['legalObligation'],
    article9: ['explicitConsent', 'legalClaims'],
    nationalLaw: ['helbredsoplysningsloven §§ 2-5', 'databeskyttelsesloven § 12, stk. 3'],
  },
  {
    name: 'Arbejdsulykker',
    article6: ['legalObligation'],
    article9: ['legalClaims'],
    nationalLaw: ['arbejdsskadesikringsloven § 1, stk. 2', 'arbejdsskadesikringsloven § 36'],
  },
  {
    name: 'Videregivelse af oplysninger til tillidsrepræsentanter',
    article6: ['legalObligation'],
    article9: ['employmentAndSocialSecurity'],
    nationalLaw: ['databeskyttelsesloven § 12, stk. 1', 'databeskyttelsesloven § 7, stk. 2', 'databeskyttelsesloven § 11, stk. 1'],
    recipients: ['tillidsrepræsentanten'],
  },
  {
    name: 'Whistleblowerordningen',
    article6: ['publicTask'],
    article10: true,
    nationalLaw: ['whistleblowerloven § 22', 'databeskyttelsesloven § 7, stk. 4'],
    recipients: ['politiet'],
    specialCategories: true,
  },
  { name: 'Tv-overvågning', occurrence: 2, article6: [], article10: true, nationalLaw: ['tv-overvågningsloven § 2d, stk. 1'] },
  { name: 'GPS – overvågning', occurrence: 2, article6: ['publicTask'], article10: true },
  {
    name: 'Efter ansættelsen',
    article6: ['consent', 'contract', 'legalObligation', 'publicTask'],
    article9: ['explicitConsent', 'legalClaims'],
    article10: true,
    nationalLaw: ['forældelsesloven § 3', 'tjenestemandspensionsloven'],
  },
  {
    name: 'Fratrædelse',
    article6: ['legalObligation'],
    nationalLaw: ['forældelsesloven § 3, stk. 3, nr. 4'],
    retention: [{ periods: [{ amount: 10, unit: 'years' }], startingEvent: 'ansættelsesforholdets ophør' }],
  },
  { name: 'Særligt omkring tjenestemænd', article6: ['contract'], article9: ['legalClaims'], nationalLaw: ['tjenestemandspensionsloven'] },
  { name: 'Lukning af e-mailkonto', article6: ['publicTask'], retention: [{ periods: [{ amount: 30, unit: 'days' }] }] },
];
