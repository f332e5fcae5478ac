import type { MessageTable } from './language.js';

type Key =
  | 'navOverview'
  | 'overviewTitle'
  | 'overviewScope'
  | 'overviewWholeMunicipality'
  | 'overviewAsOf'
  | 'overviewLive'
  | 'overviewIncomplete'
  | 'overviewReviewOverdue'
  | 'overviewReviewDueSoon'
  | 'overviewReviewOnTime'
  | 'overviewDpiaMissing'
  | 'overviewDpiaRequired'
  | 'overviewDpaMissing'
  | 'overviewSupervisionOverdue'
  | 'overviewProcessors'
  | 'overviewProcessorsSummary'
  | 'overviewTransfer'
  | 'overviewArticle9'
  | 'overviewArticle10'
  | 'overviewCasesOverdue'
  | 'overviewChartStatus'
  | 'overviewChartReviews'
  | 'overviewChartSafeguards'
  | 'overviewChartMissing'
  | 'overviewChartCases'
  | 'overviewChartHint'
  | 'overviewShowTable'
  | 'overviewColumnCategory'
  | 'overviewColumnCount'
  | 'overviewColumnKind'
  | 'overviewUnits'
  | 'overviewColumnUnit'
  | 'overviewGaps'
  | 'overviewGapsMore'
  | 'overviewOpenInRegister'
  | 'overviewOpenDeadlines'
  | 'overviewNone'
  | 'overviewFailed'
  | 'caseState.onTime'
  | 'caseState.dueSoon'
  | 'caseState.overdue'
  | 'missing.name'
  | 'missing.organisationUnit'
  | 'missing.controller'
  | 'missing.purposes'
  | 'missing.purposes.description'
  | 'missing.purposes.legalBasis.article6'
  | 'missing.purposes.legalBasis.article9'
  | 'missing.purposes.dataSubjectCategories'
  | 'missing.purposes.personalDataCategories'
  | 'missing.purposes.retention'
  | 'missing.purposes.recipients'
  | 'missing.purposes.sources'
  | 'missing.purposes.dataFlows'
  | 'missing.systems'
  | 'missing.securityMeasures'
  | 'missing.jointControllers'
  | 'missing.processorRecord'
  | 'missing.processorRecord.controllers'
  | 'missing.processorRecord.categoriesOfProcessing'
  | 'missing.dpia.assessment'
  | 'missing.purposes.thirdCountryTransfers.impactAssessment';

export const overviewMessages: MessageTable<Key> = {
  sv: {
    navOverview: 'Översikt',
    overviewTitle: 'Översikt över registret',
    overviewScope: 'Visa för',
    overviewWholeMunicipality: 'Hela kommunen',
    overviewAsOf: 'Läget {date}',
    overviewLive: 'Behandlingar i registret',
    overviewIncomplete: 'Ofullständiga',
    overviewReviewOverdue: 'Översyn försenad',
    overviewReviewDueSoon: 'Översyn inom 30 dagar',
    overviewReviewOnTime: 'Översyn i tid',
    overviewDpiaMissing: 'Konsekvensbedömning saknas',
    overviewDpiaRequired: 'Kräver konsekvensbedömning',
    overviewDpaMissing: 'Biträdesavtal saknas',
    overviewSupervisionOverdue: 'Tillsyn av biträde försenad',
    overviewProcessors: 'Personuppgiftsbiträden',
    overviewProcessorsSummary: '{total} biträden, {missing} utan biträdesavtal, {overdue} med försenad tillsyn',
    overviewTransfer: 'Överföring till tredje land',
    overviewArticle9: 'Känsliga personuppgifter (art. 9)',
    overviewArticle10: 'Lagöverträdelser (art. 10)',
    overviewCasesOverdue: 'Ärenden med försenad tidsfrist',
    overviewChartStatus: 'Behandlingar per status',
    overviewChartReviews: 'Årlig översyn av godkända behandlingar',
    overviewChartSafeguards: 'Överföringar till tredje land per skyddsåtgärd',
    overviewChartMissing: 'Vad som saknas, i hur många behandlingar',
    overviewChartCases: 'Öppna ärenden per slag och tidsfrist',
    overviewChartHint: 'Klicka på en del av diagrammet för att se behandlingarna i registret.',
    overviewShowTable: 'Visa som tabell',
    overviewColumnCategory: 'Kategori',
    overviewColumnCount: 'Antal',
    overviewColumnKind: 'Slag',
    overviewUnits: 'Per nämnd',
    overviewColumnUnit: 'Nämnd',
    overviewGaps: 'Behandlingar med flest luckor',
    overviewGapsMore: '… och {count} till',
    overviewOpenInRegister: 'Visa i registret: {label} ({count})',
    overviewOpenDeadlines: 'Visa tidsfristerna',
    overviewNone: 'Inga',
    overviewFailed: 'Översikten kunde inte hämtas.',
    'caseState.onTime': 'I tid',
    'caseState.dueSoon': 'Tidsfrist inom 3 dygn',
    'caseState.overdue': 'Försenad',
    'missing.name': 'Namn',
    'missing.organisationUnit': 'Nämnd',
    'missing.controller': 'Personuppgiftsansvarig',
    'missing.purposes': 'Ändamål',
    'missing.purposes.description': 'Beskrivning av ändamålet',
    'missing.purposes.legalBasis.article6': 'Rättslig grund (art. 6)',
    'missing.purposes.legalBasis.article9': 'Undantag för känsliga uppgifter (art. 9.2)',
    'missing.purposes.dataSubjectCategories': 'Kategorier av registrerade',
    'missing.purposes.personalDataCategories': 'Kategorier av personuppgifter',
    'missing.purposes.retention': 'Lagringstid',
    'missing.purposes.recipients': 'Mottagare',
    'missing.purposes.sources': 'Källa',
    'missing.purposes.dataFlows': 'Vem får vad (matris)',
    'missing.systems': 'IT-system',
    'missing.securityMeasures': 'Säkerhetsåtgärder',
    'missing.jointControllers': 'Gemensamt personuppgiftsansvariga',
    'missing.processorRecord': 'Register som personuppgiftsbiträde (art. 30.2)',
    'missing.processorRecord.controllers': 'Personuppgiftsansvariga vi är biträde för',
    'missing.processorRecord.categoriesOfProcessing': 'Kategorier av behandling för de ansvarigas räkning',
    'missing.dpia.assessment': 'Konsekvensbedömning',
    'missing.purposes.thirdCountryTransfers.impactAssessment': 'Konsekvensbedömning av överföring (TIA)',
  },
  da: {
    navOverview: 'Overblik',
    overviewTitle: 'Overblik over fortegnelsen',
    overviewScope: 'Vis for',
    overviewWholeMunicipality: 'Hele kommunen',
    overviewAsOf: 'Status pr. {date}',
    overviewLive: 'Behandlinger i fortegnelsen',
    overviewIncomplete: 'Ufuldstændige',
    overviewReviewOverdue: 'Gennemgang overskredet',
    overviewReviewDueSoon: 'Gennemgang inden for 30 dage',
    overviewReviewOnTime: 'Gennemgang i tide',
    overviewDpiaMissing: 'Konsekvensanalyse mangler',
    overviewDpiaRequired: 'Kræver konsekvensanalyse',
    overviewDpaMissing: 'Databehandleraftale mangler',
    overviewSupervisionOverdue: 'Tilsyn med databehandler overskredet',
    overviewProcessors: 'Databehandlere',
    overviewProcessorsSummary: '{total} databehandlere, {missing} uden databehandleraftale, {overdue} med overskredet tilsyn',
    overviewTransfer: 'Overførsel til tredjeland',
    overviewArticle9: 'Følsomme personoplysninger (art. 9)',
    overviewArticle10: 'Strafbare forhold (art. 10)',
    overviewCasesOverdue: 'Sager med overskredet frist',
    overviewChartStatus: 'Behandlinger efter status',
    overviewChartReviews: 'Årlig gennemgang af godkendte behandlinger',
    overviewChartSafeguards: 'Overførsler til tredjelande efter garanti',
    overviewChartMissing: 'Hvad der mangler, i hvor mange behandlinger',
    overviewChartCases: 'Åbne sager efter type og frist',
    overviewChartHint: 'Klik på en del af diagrammet for at se behandlingerne i fortegnelsen.',
    overviewShowTable: 'Vis som tabel',
    overviewColumnCategory: 'Kategori',
    overviewColumnCount: 'Antal',
    overviewColumnKind: 'Type',
    overviewUnits: 'Pr. enhed',
    overviewColumnUnit: 'Enhed',
    overviewGaps: 'Behandlinger med flest mangler',
    overviewGapsMore: '… og {count} mere',
    overviewOpenInRegister: 'Vis i fortegnelsen: {label} ({count})',
    overviewOpenDeadlines: 'Vis fristerne',
    overviewNone: 'Ingen',
    overviewFailed: 'Overblikket kunne ikke hentes.',
    'caseState.onTime': 'I tide',
    'caseState.dueSoon': 'Frist inden for 3 døgn',
    'caseState.overdue': 'Overskredet',
    'missing.name': 'Navn',
    'missing.organisationUnit': 'Enhed',
    'missing.controller': 'Dataansvarlig',
    'missing.purposes': 'Formål',
    'missing.purposes.description': 'Beskrivelse af formålet',
    'missing.purposes.legalBasis.article6': 'Retsgrundlag (art. 6)',
    'missing.purposes.legalBasis.article9': 'Undtagelse for følsomme oplysninger (art. 9, stk. 2)',
    'missing.purposes.dataSubjectCategories': 'Kategorier af registrerede',
    'missing.purposes.personalDataCategories': 'Kategorier af personoplysninger',
    'missing.purposes.retention': 'Opbevaringsperiode',
    'missing.purposes.recipients': 'Modtagere',
    'missing.purposes.sources': 'Kilde',
    'missing.purposes.dataFlows': 'Hvem får hvad (matrix)',
    'missing.systems': 'It-systemer',
    'missing.securityMeasures': 'Sikkerhedsforanstaltninger',
    'missing.jointControllers': 'Fælles dataansvarlige',
    'missing.processorRecord': 'Fortegnelse som databehandler (art. 30, stk. 2)',
    'missing.processorRecord.controllers': 'Dataansvarlige vi er databehandler for',
    'missing.processorRecord.categoriesOfProcessing': 'Kategorier af behandling for de dataansvarliges regning',
    'missing.dpia.assessment': 'Konsekvensanalyse',
    'missing.purposes.thirdCountryTransfers.impactAssessment': 'Vurdering af overførslens virkning (TIA)',
  },
  en: {
    navOverview: 'Overview',
    overviewTitle: 'Register overview',
    overviewScope: 'Show for',
    overviewWholeMunicipality: 'The whole municipality',
    overviewAsOf: 'As of {date}',
    overviewLive: 'Processings in the register',
    overviewIncomplete: 'Incomplete',
    overviewReviewOverdue: 'Review overdue',
    overviewReviewDueSoon: 'Review due within 30 days',
    overviewReviewOnTime: 'Review on time',
    overviewDpiaMissing: 'DPIA missing',
    overviewDpiaRequired: 'DPIA required',
    overviewDpaMissing: 'DPA missing',
    overviewSupervisionOverdue: 'Processor supervision overdue',
    overviewProcessors: 'Processors',
    overviewProcessorsSummary: '{total} processors, {missing} without a DPA, {overdue} with supervision overdue',
    overviewTransfer: 'Third-country transfer',
    overviewArticle9: 'Special categories (Art. 9)',
    overviewArticle10: 'Criminal offences (Art. 10)',
    overviewCasesOverdue: 'Cases past a deadline',
    overviewChartStatus: 'Processings by status',
    overviewChartReviews: 'Yearly review of approved processings',
    overviewChartSafeguards: 'Third-country transfers by safeguard',
    overviewChartMissing: 'What is missing, in how many processings',
    overviewChartCases: 'Open cases by kind and deadline',
    overviewChartHint: 'Click a part of the chart to see those processings in the register.',
    overviewShowTable: 'Show as a table',
    overviewColumnCategory: 'Category',
    overviewColumnCount: 'Count',
    overviewColumnKind: 'Kind',
    overviewUnits: 'By unit',
    overviewColumnUnit: 'Unit',
    overviewGaps: 'Processings with the most gaps',
    overviewGapsMore: '… and {count} more',
    overviewOpenInRegister: 'Show in the register: {label} ({count})',
    overviewOpenDeadlines: 'Show the deadlines',
    overviewNone: 'None',
    overviewFailed: 'The overview could not be loaded.',
    'caseState.onTime': 'On time',
    'caseState.dueSoon': 'Due within 3 days',
    'caseState.overdue': 'Overdue',
    'missing.name': 'Name',
    'missing.organisationUnit': 'Unit',
    'missing.controller': 'Controller',
    'missing.purposes': 'Purposes',
    'missing.purposes.description': 'Description of the purpose',
    'missing.purposes.legalBasis.article6': 'Legal basis (Art. 6)',
    'missing.purposes.legalBasis.article9': 'Condition for special categories (Art. 9(2))',
    'missing.purposes.dataSubjectCategories': 'Categories of data subjects',
    'missing.purposes.personalDataCategories': 'Categories of personal data',
    'missing.purposes.retention': 'Retention',
    'missing.purposes.recipients': 'Recipients',
    'missing.purposes.sources': 'Source',
    'missing.purposes.dataFlows': 'Who gets what (matrix)',
    'missing.systems': 'IT systems',
    'missing.securityMeasures': 'Security measures',
    'missing.jointControllers': 'Joint controllers',
    'missing.processorRecord': 'Record as processor (Art. 30(2))',
    'missing.processorRecord.controllers': 'Controllers we process for',
    'missing.processorRecord.categoriesOfProcessing': 'Categories of processing for the controllers',
    'missing.dpia.assessment': 'Data protection impact assessment',
    'missing.purposes.thirdCountryTransfers.impactAssessment': 'Transfer impact assessment (TIA)',
  },
};
