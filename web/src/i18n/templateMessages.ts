import type { MessageTable } from './language.js';

type Key =
  | 'navTemplates'
  | 'templatesTitle'
  | 'templatesIntro'
  | 'templatesUploadTitle'
  | 'templatesFile'
  | 'templatesSource'
  | 'templatesSourceHint'
  | 'templatesUpload'
  | 'templatesUploaded'
  | 'templatesNothingStored'
  | 'templatesIssues'
  | 'templatesItem'
  | 'templatesProblem'
  | 'templatesLibraryTitle'
  | 'templatesEmpty'
  | 'templatesSetHeading'
  | 'templatesKle'
  | 'templatesLegalBasis'
  | 'templatesUnit'
  | 'templatesController'
  | 'templatesCreate'
  | 'templatesCreated'
  | 'templatesRefused'
  | 'templatesUpdatesTitle'
  | 'templatesNoUpdates'
  | 'templatesFromTo'
  | 'templatesRemoved'
  | 'templatesChanges'
  | 'templatesDrift'
  | 'templatesKeptLocal'
  | 'templatesPropose'
  | 'templatesProposalOpen'
  | 'templatesNone'
  | 'templatesYes'
  | 'templatesNo'
  | 'tplField.name'
  | 'tplField.description'
  | 'tplField.legalBasis.article6'
  | 'tplField.legalBasis.article9'
  | 'tplField.legalBasis.article10'
  | 'tplField.legalBasis.nationalLaw'
  | 'tplField.kleMainGroups'
  | 'tplField.kleGroups'
  | 'tplField.dataSubjectCategories'
  | 'tplField.personalDataCategories'
  | 'tplField.recipients'
  | 'tplField.retentionText';

export const templateMessages: MessageTable<Key> = {
  sv: {
    navTemplates: 'Mallar',
    templatesTitle: 'Mallar för behandlingar',
    templatesIntro:
      'Starta en enhets register från standardbehandlingar: KL:s standardfortegnelser i OS2compliance JSON-format eller en Excel-mall i SKR:s format. Behandlingarna går till granskning och godkänns aldrig direkt.',
    templatesUploadTitle: 'Ladda upp en mallsamling',
    templatesFile: 'Mallfil (.json eller .xlsx)',
    templatesSource: 'Samlingens namn',
    templatesSourceHint: 'Lämna tomt för namnet i filen (KL) eller "skr-mall" (Excel).',
    templatesUpload: 'Ladda upp',
    templatesUploaded: '{source}: {added} nya, {changed} ändrade, {removed} borttagna, {unchanged} oförändrade.',
    templatesNothingStored: 'Inget sparades. Rätta posterna nedan och ladda upp filen igen.',
    templatesIssues: 'Det som inte kunde läsas',
    templatesItem: 'Post',
    templatesProblem: 'Problem',
    templatesLibraryTitle: 'Mallbibliotek',
    templatesEmpty: 'Inga mallar ännu. Ladda upp en mallsamling ovan.',
    templatesSetHeading: '{source} ({count} mallar, uppladdad {at})',
    templatesKle: 'KLE',
    templatesLegalBasis: 'Rättslig grund',
    templatesUnit: 'Enhet',
    templatesController: 'Personuppgiftsansvarig',
    templatesCreate: 'Skapa behandlingar för enheten',
    templatesCreated: '{created} behandlingar skapades ({pending} till granskning, {drafts} utkast att komplettera), {existing} fanns redan.',
    templatesRefused: 'Skapades inte',
    templatesUpdatesTitle: 'Malluppdateringar',
    templatesNoUpdates: 'Alla behandlingar från mallar följer den senaste versionen.',
    templatesFromTo: 'Version {from} → {to}',
    templatesRemoved: 'Mallen finns inte längre i samlingen.',
    templatesChanges: 'Vad mallen ändrade',
    templatesDrift: 'Vad enheten har ändrat själv',
    templatesKeptLocal: 'Behåller enhetens text',
    templatesPropose: 'Föreslå uppdateringen',
    templatesProposalOpen: 'Förslag väntar på granskning (version {version}).',
    templatesNone: '–',
    templatesYes: 'Ja',
    templatesNo: 'Nej',
    'tplField.name': 'Namn',
    'tplField.description': 'Ändamål',
    'tplField.legalBasis.article6': 'Art. 6',
    'tplField.legalBasis.article9': 'Art. 9',
    'tplField.legalBasis.article10': 'Art. 10',
    'tplField.legalBasis.nationalLaw': 'Nationell lag',
    'tplField.kleMainGroups': 'KLE-huvudgrupper',
    'tplField.kleGroups': 'KLE-grupper',
    'tplField.dataSubjectCategories': 'Kategorier av registrerade',
    'tplField.personalDataCategories': 'Kategorier av personuppgifter',
    'tplField.recipients': 'Mottagare',
    'tplField.retentionText': 'Lagringstid',
  },
  da: {
    navTemplates: 'Skabeloner',
    templatesTitle: 'Skabeloner for behandlinger',
    templatesIntro:
      'Start en enheds fortegnelse fra standardbehandlinger: KL’s standardfortegnelser i OS2compliance’ JSON-format eller en Excel-skabelon i SKR’s format. Behandlingerne går til gennemsyn og godkendes aldrig direkte.',
    templatesUploadTitle: 'Upload en skabelonsamling',
    templatesFile: 'Skabelonfil (.json eller .xlsx)',
    templatesSource: 'Samlingens navn',
    templatesSourceHint: 'Lad feltet stå tomt for navnet i filen (KL) eller "skr-mall" (Excel).',
    templatesUpload: 'Upload',
    templatesUploaded: '{source}: {added} nye, {changed} ændrede, {removed} fjernede, {unchanged} uændrede.',
    templatesNothingStored: 'Intet blev gemt. Ret posterne nedenfor, og upload filen igen.',
    templatesIssues: 'Det, der ikke kunne læses',
    templatesItem: 'Post',
    templatesProblem: 'Problem',
    templatesLibraryTitle: 'Skabelonbibliotek',
    templatesEmpty: 'Ingen skabeloner endnu. Upload en skabelonsamling ovenfor.',
    templatesSetHeading: '{source} ({count} skabeloner, uploadet {at})',
    templatesKle: 'KLE',
    templatesLegalBasis: 'Retsgrundlag',
    templatesUnit: 'Enhed',
    templatesController: 'Dataansvarlig',
    templatesCreate: 'Opret behandlinger for enheden',
    templatesCreated: '{created} behandlinger blev oprettet ({pending} til gennemsyn, {drafts} kladder at udfylde), {existing} fandtes allerede.',
    templatesRefused: 'Blev ikke oprettet',
    templatesUpdatesTitle: 'Skabelonopdateringer',
    templatesNoUpdates: 'Alle behandlinger fra skabeloner følger den seneste version.',
    templatesFromTo: 'Version {from} → {to}',
    templatesRemoved: 'Skabelonen findes ikke længere i samlingen.',
    templatesChanges: 'Hvad skabelonen ændrede',
    templatesDrift: 'Hvad enheden selv har ændret',
    templatesKeptLocal: 'Beholder enhedens tekst',
    templatesPropose: 'Foreslå opdateringen',
    templatesProposalOpen: 'Forslag afventer gennemsyn (version {version}).',
    templatesNone: '–',
    templatesYes: 'Ja',
    templatesNo: 'Nej',
    'tplField.name': 'Navn',
    'tplField.description': 'Formål',
    'tplField.legalBasis.article6': 'Art. 6',
    'tplField.legalBasis.article9': 'Art. 9',
    'tplField.legalBasis.article10': 'Art. 10',
    'tplField.legalBasis.nationalLaw': 'National lov',
    'tplField.kleMainGroups': 'KLE-hovedgrupper',
    'tplField.kleGroups': 'KLE-grupper',
    'tplField.dataSubjectCategories': 'Kategorier af registrerede',
    'tplField.personalDataCategories': 'Kategorier af personoplysninger',
    'tplField.recipients': 'Modtagere',
    'tplField.retentionText': 'Opbevaring',
  },
  en: {
    navTemplates: 'Templates',
    templatesTitle: 'Processing templates',
    templatesIntro:
      'Start a unit’s register from standard processings: KL’s standard fortegnelser in OS2compliance’s JSON form or an SKR-style Excel template. The processings go to review and are never approved directly.',
    templatesUploadTitle: 'Upload a template set',
    templatesFile: 'Template file (.json or .xlsx)',
    templatesSource: 'Set name',
    templatesSourceHint: 'Leave empty for the name in the file (KL) or "skr-mall" (Excel).',
    templatesUpload: 'Upload',
    templatesUploaded: '{source}: {added} new, {changed} changed, {removed} removed, {unchanged} unchanged.',
    templatesNothingStored: 'Nothing was stored. Correct the items below and upload the file again.',
    templatesIssues: 'What could not be read',
    templatesItem: 'Item',
    templatesProblem: 'Problem',
    templatesLibraryTitle: 'Template library',
    templatesEmpty: 'No templates yet. Upload a template set above.',
    templatesSetHeading: '{source} ({count} templates, uploaded {at})',
    templatesKle: 'KLE',
    templatesLegalBasis: 'Legal basis',
    templatesUnit: 'Unit',
    templatesController: 'Controller',
    templatesCreate: 'Create processings for the unit',
    templatesCreated: '{created} processings created ({pending} to review, {drafts} drafts to complete), {existing} existed already.',
    templatesRefused: 'Not created',
    templatesUpdatesTitle: 'Template updates',
    templatesNoUpdates: 'Every processing from a template follows its latest version.',
    templatesFromTo: 'Version {from} → {to}',
    templatesRemoved: 'The template is no longer in its set.',
    templatesChanges: 'What the template changed',
    templatesDrift: 'What the unit changed itself',
    templatesKeptLocal: 'Keeps the unit’s text',
    templatesPropose: 'Propose the update',
    templatesProposalOpen: 'A proposal awaits review (version {version}).',
    templatesNone: '–',
    templatesYes: 'Yes',
    templatesNo: 'No',
    'tplField.name': 'Name',
    'tplField.description': 'Purpose',
    'tplField.legalBasis.article6': 'Art. 6',
    'tplField.legalBasis.article9': 'Art. 9',
    'tplField.legalBasis.article10': 'Art. 10',
    'tplField.legalBasis.nationalLaw': 'National law',
    'tplField.kleMainGroups': 'KLE main groups',
    'tplField.kleGroups': 'KLE groups',
    'tplField.dataSubjectCategories': 'Categories of data subjects',
    'tplField.personalDataCategories': 'Categories of personal data',
    'tplField.recipients': 'Recipients',
    'tplField.retentionText': 'Retention',
  },
};
