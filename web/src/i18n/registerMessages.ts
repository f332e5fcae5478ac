import type { MessageTable } from './language.js';

type Key =
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'resultCount'
  | 'resultCountOne'
  | 'dpoContact'
  | 'art10'
  | 'art9.explicitConsent'
  | 'art9.employmentAndSocialSecurity'
  | 'art9.vitalInterests'
  | 'art9.notForProfitBody'
  | 'art9.manifestlyMadePublic'
  | 'art9.legalClaims'
  | 'art9.substantialPublicInterest'
  | 'art9.healthOrSocialCare'
  | 'art9.publicHealth'
  | 'art9.archivingResearchStatistics'
  | 'purposeCount'
  | 'purposeCountOne'
  | 'noResults'
  | 'purposes'
  | 'purpose'
  | 'legalBasis'
  | 'dataSubjects'
  | 'dataCategories'
  | 'specialCategory'
  | 'recipients'
  | 'transfers'
  | 'noTransfers'
  | 'retention'
  | 'sources'
  | 'systems'
  | 'processors'
  | 'securityMeasures'
  | 'controller'
  | 'unit'
  | 'status'
  | 'version'
  | 'close'
  | 'openRecord'
  | 'dpia'
  | 'yes'
  | 'no'
  | 'none'
  | 'basis.consent'
  | 'basis.contract'
  | 'basis.legalObligation'
  | 'basis.vitalInterests'
  | 'basis.publicTask'
  | 'basis.legitimateInterests'
  | 'status.draft'
  | 'status.pending'
  | 'status.approved'
  | 'status.rejected'
  | 'status.archived'
  | 'forMe'
  | 'forMeNone'
  | 'forMeBasis'
  | 'filters'
  | 'filterUnit'
  | 'filterBasis'
  | 'filterSystem'
  | 'filterStatus'
  | 'filterSpecial'
  | 'any'
  | 'clearFilters'
  | 'matchedIn'
  | 'anyMode'
  | 'field.name'
  | 'field.system'
  | 'field.purpose'
  | 'field.dataCategory'
  | 'field.dataSubject'
  | 'field.recipient'
  | 'field.unit'
  | 'field.legalBasis'
  | 'field.retention'
  | 'kind.exact'
  | 'kind.stem'
  | 'kind.prefix'
  | 'kind.synonym'
  | 'kind.compound'
  | 'kind.fuzzy'
  | 'searchPlaceholderFrom'
  | 'didYouMean';

export const registerMessages: MessageTable<Key> = {
  sv: {
    searchLabel: 'Sök behandlingar',
    searchPlaceholder: 'Sök på vad du gör eller vilket system du använder',
    searchPlaceholderFrom: 'Sök på vad du gör, t.ex. {examples}',
    didYouMean: 'Menade du',
    resultCount: '{count} behandlingar',
    resultCountOne: '1 behandling',
    dpoContact: 'Kontakt till dataskyddsombudet',
    art10: 'Uppgifter om lagöverträdelser (art. 10)',
    'art9.explicitConsent': 'Uttryckligt samtycke (art. 9.2 a)',
    'art9.employmentAndSocialSecurity': 'Arbetsrätt, social trygghet och socialt skydd (art. 9.2 b)',
    'art9.vitalInterests': 'Grundläggande intressen när samtycke inte kan ges (art. 9.2 c)',
    'art9.notForProfitBody': 'Ideell organisations verksamhet (art. 9.2 d)',
    'art9.manifestlyMadePublic': 'Uppgifter som den registrerade själv offentliggjort (art. 9.2 e)',
    'art9.legalClaims': 'Rättsliga anspråk (art. 9.2 f)',
    'art9.substantialPublicInterest': 'Viktigt allmänt intresse (art. 9.2 g)',
    'art9.healthOrSocialCare': 'Hälso- och sjukvård, social omsorg (art. 9.2 h)',
    'art9.publicHealth': 'Folkhälsa (art. 9.2 i)',
    'art9.archivingResearchStatistics': 'Arkiv, forskning och statistik (art. 9.2 j)',
    purposeCount: '{count} ändamål',
    purposeCountOne: '1 ändamål',
    noResults: 'Inga behandlingar matchar sökningen.',
    purposes: 'Ändamål',
    purpose: 'Ändamål',
    legalBasis: 'Rättslig grund',
    dataSubjects: 'Kategorier av registrerade',
    dataCategories: 'Kategorier av personuppgifter',
    specialCategory: 'Känslig personuppgift',
    recipients: 'Kategorier av mottagare',
    transfers: 'Överföring till tredje land',
    noTransfers: 'Ingen överföring till tredje land',
    retention: 'Lagringstid',
    sources: 'Källa',
    systems: 'IT-system',
    processors: 'Personuppgiftsbiträden',
    securityMeasures: 'Säkerhetsåtgärder',
    controller: 'Personuppgiftsansvarig',
    unit: 'Nämnd/enhet',
    status: 'Status',
    version: 'Version',
    close: 'Stäng',
    openRecord: 'Visa behandling',
    dpia: 'Konsekvensbedömning krävs',
    yes: 'Ja',
    no: 'Nej',
    none: '–',
    'basis.consent': 'Samtycke (art. 6.1 a)',
    'basis.contract': 'Avtal (art. 6.1 b)',
    'basis.legalObligation': 'Rättslig förpliktelse (art. 6.1 c)',
    'basis.vitalInterests': 'Grundläggande intresse (art. 6.1 d)',
    'basis.publicTask': 'Allmänt intresse/myndighetsutövning (art. 6.1 e)',
    'basis.legitimateInterests': 'Intresseavvägning (art. 6.1 f)',
    'status.draft': 'Utkast',
    'status.pending': 'Väntar på granskning',
    'status.approved': 'Godkänd',
    'status.rejected': 'Avslagen',
    'status.archived': 'Arkiverad',
    forMe: 'För mig',
    forMeNone: 'Det finns inga behandlingar markerade för din avdelning eller roll ännu.',
    forMeBasis: 'Visar behandlingar för {department} och {jobTitle}.',
    filters: 'Filter',
    filterUnit: 'Nämnd/enhet',
    filterBasis: 'Rättslig grund',
    filterSystem: 'IT-system',
    filterStatus: 'Status',
    filterSpecial: 'Endast känsliga personuppgifter',
    any: 'Alla',
    clearFilters: 'Rensa filter',
    matchedIn: 'Träff i {field}: {word}',
    anyMode: 'Inga behandlingar innehåller alla orden; visar de som innehåller något av dem.',
    'field.name': 'namn',
    'field.system': 'IT-system',
    'field.purpose': 'ändamål',
    'field.dataCategory': 'personuppgifter',
    'field.dataSubject': 'registrerade',
    'field.recipient': 'mottagare',
    'field.unit': 'nämnd',
    'field.legalBasis': 'rättslig grund',
    'field.retention': 'lagringstid',
    'kind.exact': '',
    'kind.stem': 'böjningsform',
    'kind.prefix': 'sammansättning',
    'kind.synonym': 'synonym',
    'kind.compound': 'del av sammansatt ord',
    'kind.fuzzy': 'liknande stavning',
  },
  da: {
    searchLabel: 'Søg i behandlinger',
    searchPlaceholder: 'Søg på det, du laver, eller det system, du bruger',
    searchPlaceholderFrom: 'Søg på det, du laver, f.eks. {examples}',
    didYouMean: 'Mente du',
    resultCount: '{count} behandlinger',
    resultCountOne: '1 behandling',
    dpoContact: 'Kontakt til databeskyttelsesrådgiveren',
    art10: 'Oplysninger om strafbare forhold (art. 10)',
    'art9.explicitConsent': 'Udtrykkeligt samtykke (art. 9, stk. 2, litra a)',
    'art9.employmentAndSocialSecurity': 'Arbejds-, sikrings- og socialret (art. 9, stk. 2, litra b)',
    'art9.vitalInterests': 'Vitale interesser, når samtykke ikke kan gives (art. 9, stk. 2, litra c)',
    'art9.notForProfitBody': 'Foreningers legitime aktiviteter (art. 9, stk. 2, litra d)',
    'art9.manifestlyMadePublic': 'Oplysninger, som den registrerede selv har offentliggjort (art. 9, stk. 2, litra e)',
    'art9.legalClaims': 'Retskrav (art. 9, stk. 2, litra f)',
    'art9.substantialPublicInterest': 'Væsentlige samfundsinteresser (art. 9, stk. 2, litra g)',
    'art9.healthOrSocialCare': 'Sundhed og social behandling (art. 9, stk. 2, litra h)',
    'art9.publicHealth': 'Folkesundhed (art. 9, stk. 2, litra i)',
    'art9.archivingResearchStatistics': 'Arkiv, forskning og statistik (art. 9, stk. 2, litra j)',
    purposeCount: '{count} formål',
    purposeCountOne: '1 formål',
    noResults: 'Ingen behandlinger matcher søgningen.',
    purposes: 'Formål',
    purpose: 'Formål',
    legalBasis: 'Retsgrundlag',
    dataSubjects: 'Kategorier af registrerede',
    dataCategories: 'Kategorier af personoplysninger',
    specialCategory: 'Følsom personoplysning',
    recipients: 'Kategorier af modtagere',
    transfers: 'Overførsel til tredjeland',
    noTransfers: 'Ingen overførsel til tredjeland',
    retention: 'Slettefrist',
    sources: 'Kilde',
    systems: 'IT-systemer',
    processors: 'Databehandlere',
    securityMeasures: 'Sikkerhedsforanstaltninger',
    controller: 'Dataansvarlig',
    unit: 'Forvaltning/enhed',
    status: 'Status',
    version: 'Version',
    close: 'Luk',
    openRecord: 'Vis behandling',
    dpia: 'Konsekvensanalyse påkrævet',
    yes: 'Ja',
    no: 'Nej',
    none: '–',
    'basis.consent': 'Samtykke (art. 6, stk. 1, litra a)',
    'basis.contract': 'Kontrakt (art. 6, stk. 1, litra b)',
    'basis.legalObligation': 'Retlig forpligtelse (art. 6, stk. 1, litra c)',
    'basis.vitalInterests': 'Vitale interesser (art. 6, stk. 1, litra d)',
    'basis.publicTask': 'Offentlig myndighedsudøvelse (art. 6, stk. 1, litra e)',
    'basis.legitimateInterests': 'Legitime interesser (art. 6, stk. 1, litra f)',
    'status.draft': 'Kladde',
    'status.pending': 'Afventer godkendelse',
    'status.approved': 'Godkendt',
    'status.rejected': 'Afvist',
    'status.archived': 'Arkiveret',
    forMe: 'Til mig',
    forMeNone: 'Der er endnu ingen behandlinger markeret for din afdeling eller rolle.',
    forMeBasis: 'Viser behandlinger for {department} og {jobTitle}.',
    filters: 'Filtre',
    filterUnit: 'Forvaltning/enhed',
    filterBasis: 'Retsgrundlag',
    filterSystem: 'IT-system',
    filterStatus: 'Status',
    filterSpecial: 'Kun følsomme personoplysninger',
    any: 'Alle',
    clearFilters: 'Ryd filtre',
    matchedIn: 'Fundet i {field}: {word}',
    anyMode: 'Ingen behandlinger indeholder alle ordene; viser dem, der indeholder et af dem.',
    'field.name': 'navn',
    'field.system': 'IT-system',
    'field.purpose': 'formål',
    'field.dataCategory': 'personoplysninger',
    'field.dataSubject': 'registrerede',
    'field.recipient': 'modtagere',
    'field.unit': 'forvaltning',
    'field.legalBasis': 'retsgrundlag',
    'field.retention': 'slettefrist',
    'kind.exact': '',
    'kind.stem': 'bøjningsform',
    'kind.prefix': 'sammensætning',
    'kind.synonym': 'synonym',
    'kind.compound': 'del af sammensat ord',
    'kind.fuzzy': 'lignende stavemåde',
  },
  en: {
    searchLabel: 'Search processings',
    searchPlaceholder: 'Search for what you do or the system you use',
    searchPlaceholderFrom: 'Search for what you do, e.g. {examples}',
    didYouMean: 'Did you mean',
    resultCount: '{count} processings',
    resultCountOne: '1 processing',
    dpoContact: 'Data protection officer contact',
    art10: 'Data on criminal offences (Art. 10)',
    'art9.explicitConsent': 'Explicit consent (Art. 9(2)(a))',
    'art9.employmentAndSocialSecurity': 'Employment, social security and social protection law (Art. 9(2)(b))',
    'art9.vitalInterests': 'Vital interests where consent cannot be given (Art. 9(2)(c))',
    'art9.notForProfitBody': 'Activities of a not-for-profit body (Art. 9(2)(d))',
    'art9.manifestlyMadePublic': 'Data manifestly made public by the data subject (Art. 9(2)(e))',
    'art9.legalClaims': 'Legal claims (Art. 9(2)(f))',
    'art9.substantialPublicInterest': 'Substantial public interest (Art. 9(2)(g))',
    'art9.healthOrSocialCare': 'Health or social care (Art. 9(2)(h))',
    'art9.publicHealth': 'Public health (Art. 9(2)(i))',
    'art9.archivingResearchStatistics': 'Archiving, research and statistics (Art. 9(2)(j))',
    purposeCount: '{count} purposes',
    purposeCountOne: '1 purpose',
    noResults: 'No processings match the search.',
    purposes: 'Purposes',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    dataSubjects: 'Categories of data subjects',
    dataCategories: 'Categories of personal data',
    specialCategory: 'Special category',
    recipients: 'Categories of recipients',
    transfers: 'Transfers to third countries',
    noTransfers: 'No transfers to third countries',
    retention: 'Retention',
    sources: 'Source',
    systems: 'IT systems',
    processors: 'Processors',
    securityMeasures: 'Security measures',
    controller: 'Controller',
    unit: 'Committee/unit',
    status: 'Status',
    version: 'Version',
    close: 'Close',
    openRecord: 'Open processing',
    dpia: 'DPIA required',
    yes: 'Yes',
    no: 'No',
    none: '–',
    'basis.consent': 'Consent (Art. 6(1)(a))',
    'basis.contract': 'Contract (Art. 6(1)(b))',
    'basis.legalObligation': 'Legal obligation (Art. 6(1)(c))',
    'basis.vitalInterests': 'Vital interests (Art. 6(1)(d))',
    'basis.publicTask': 'Public task (Art. 6(1)(e))',
    'basis.legitimateInterests': 'Legitimate interests (Art. 6(1)(f))',
    'status.draft': 'Draft',
    'status.pending': 'Awaiting review',
    'status.approved': 'Approved',
    'status.rejected': 'Rejected',
    'status.archived': 'Archived',
    forMe: 'For me',
    forMeNone: 'No processings are tagged for your department or role yet.',
    forMeBasis: 'Showing processings for {department} and {jobTitle}.',
    filters: 'Filters',
    filterUnit: 'Committee/unit',
    filterBasis: 'Legal basis',
    filterSystem: 'IT system',
    filterStatus: 'Status',
    filterSpecial: 'Special categories only',
    any: 'All',
    clearFilters: 'Clear filters',
    matchedIn: 'Matched in {field}: {word}',
    anyMode: 'No processing contains all the words; showing those containing any of them.',
    'field.name': 'name',
    'field.system': 'IT system',
    'field.purpose': 'purpose',
    'field.dataCategory': 'personal data',
    'field.dataSubject': 'data subjects',
    'field.recipient': 'recipients',
    'field.unit': 'committee',
    'field.legalBasis': 'legal basis',
    'field.retention': 'retention',
    'kind.exact': '',
    'kind.stem': 'inflection',
    'kind.prefix': 'compound',
    'kind.synonym': 'synonym',
    'kind.compound': 'part of a compound',
    'kind.fuzzy': 'similar spelling',
  },
};
