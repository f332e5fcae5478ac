import type { MessageTable } from './language.js';

type Key =
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'resultCount'
  | 'resultCountOne'
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
  | 'status.archived';

export const registerMessages: MessageTable<Key> = {
  sv: {
    searchLabel: 'Sök behandlingar',
    searchPlaceholder: 'T.ex. rekrytering, lön, Heroma',
    resultCount: '{count} behandlingar',
    resultCountOne: '1 behandling',
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
  },
  da: {
    searchLabel: 'Søg i behandlinger',
    searchPlaceholder: 'F.eks. rekruttering, løn, Heroma',
    resultCount: '{count} behandlinger',
    resultCountOne: '1 behandling',
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
  },
  en: {
    searchLabel: 'Search processings',
    searchPlaceholder: 'E.g. recruitment, payroll, Heroma',
    resultCount: '{count} processings',
    resultCountOne: '1 processing',
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
  },
};
