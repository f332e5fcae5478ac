import type { MessageTable } from './language.js';

/** Texts of the connected register's fields: who gets what, DPIA, roles and Art. 30(2), TIA, retention decisions. */
type Key =
  | 'recMatrixTitle'
  | 'recMatrixHelp'
  | 'recMatrixNeedsLists'
  | 'recMatrixRegion'
  | 'recMatrixCorner'
  | 'recMatrixCell'
  | 'recMatrixNotConcerned'
  | 'recInHouse'
  | 'recDpiaTitle'
  | 'recDpiaScreeningHelp'
  | 'recDpiaRequired'
  | 'recDpiaNotRequired'
  | 'recDpiaCount'
  | 'recDpiaReasons'
  | 'recDpiaOverride'
  | 'recDpiaReason'
  | 'recDpiaScreenedOn'
  | 'recCritHelp.evaluationOrScoring'
  | 'recCritHelp.automatedDecisionWithLegalEffect'
  | 'recCritHelp.systematicMonitoring'
  | 'recCritHelp.sensitiveOrHighlyPersonalData'
  | 'recCritHelp.largeScale'
  | 'recCritHelp.matchingOrCombiningDatasets'
  | 'recCritHelp.vulnerableDataSubjects'
  | 'recCritHelp.innovativeTechnology'
  | 'recCritHelp.preventsExercisingRights'
  | 'recCrit.evaluationOrScoring'
  | 'recCrit.automatedDecisionWithLegalEffect'
  | 'recCrit.systematicMonitoring'
  | 'recCrit.sensitiveOrHighlyPersonalData'
  | 'recCrit.largeScale'
  | 'recCrit.matchingOrCombiningDatasets'
  | 'recCrit.vulnerableDataSubjects'
  | 'recCrit.innovativeTechnology'
  | 'recCrit.preventsExercisingRights'
  | 'recDpiaRecord'
  | 'recAddDpiaRecord'
  | 'recRemoveDpiaRecord'
  | 'recPerformedOn'
  | 'recConclusion'
  | 'recResidualRisk'
  | 'recRisk.low'
  | 'recRisk.medium'
  | 'recRisk.high'
  | 'recPriorConsultation'
  | 'recPriorConsultationOn'
  | 'recReference'
  | 'recReviewInterval'
  | 'recNextReview'
  | 'recNextReviewHint'
  | 'recRoleTitle'
  | 'recRole'
  | 'recJointTitle'
  | 'recJointName'
  | 'recArrangement'
  | 'recContact'
  | 'recAddJoint'
  | 'recRemoveJoint'
  | 'recProcessorTitle'
  | 'recProcessorHelp'
  | 'recControllerName'
  | 'recRepresentative'
  | 'recAddController'
  | 'recRemoveController'
  | 'recCategoriesOfProcessing'
  | 'recAgreementReference'
  | 'recTiaTitle'
  | 'recTiaHelp'
  | 'recAssessedOn'
  | 'recSupplementary'
  | 'recDecisionTitle'
  | 'recDecisionKind'
  | 'recDecisionNone'
  | 'recDecidedOn'
  | 'recDecidedBy'
  | 'recDanishCode'
  | 'recCode.B'
  | 'recCode.K'
  | 'recControllerModel.unit'
  | 'recControllerModel.municipality'
  | 'recSharedDpo'
  | 'recSharedWith'
  | 'recWarnings'
  | 'recViewDpiaScreening'
  | 'recViewDpiaRecord'
  | 'recViewRole'
  | 'recViewTia';

export const recordMessages: MessageTable<Key> = {
  sv: {
    recMatrixTitle: 'Vem får vad',
    recMatrixHelp:
      'För varje kategori av personuppgifter (rad) och kategori av registrerade (kolumn): vilka mottagare får uppgifterna? Välj ”Stannar hos oss” om ingen får dem, och lämna tomt om uppgiften inte gäller de registrerade.',
    recMatrixNeedsLists: 'Fyll i kategorier av registrerade och personuppgifter först, så visas tabellen.',
    recMatrixRegion: 'Vem får vad, ändamål {n}',
    recMatrixCorner: 'Personuppgifter / registrerade',
    recMatrixCell: '{category} om {subject}',
    recMatrixNotConcerned: 'Gäller inte',
    recInHouse: 'Stannar hos oss',
    recDpiaTitle: 'Konsekvensbedömning (DPIA)',
    recDpiaScreeningHelp:
      'Kryssa för de kriterier ur EDPB:s riktlinjer (WP248) som stämmer in på behandlingen. Två eller fler innebär oftast att en konsekvensbedömning krävs.',
    recDpiaRequired: 'Konsekvensbedömning krävs',
    recDpiaNotRequired: 'Konsekvensbedömning krävs inte',
    recDpiaCount: '{count} av 9 kriterier',
    recDpiaReasons: 'Skäl: {criteria}',
    recDpiaOverride: 'Dataskyddsombudet gör en annan bedömning',
    recDpiaReason: 'Skäl för bedömningen',
    recDpiaScreenedOn: 'Bedömd den',
    'recCritHelp.evaluationOrScoring': 'Till exempel profilering eller bedömning av prestation, ekonomi eller hälsa.',
    'recCritHelp.automatedDecisionWithLegalEffect': 'Beslut utan mänsklig prövning som påverkar någons rättigheter.',
    'recCritHelp.systematicMonitoring': 'Till exempel kameror, loggning av beteende eller spårning.',
    'recCritHelp.sensitiveOrHighlyPersonalData': 'Hälsa, brott, socialtjänst, ekonomi eller annat mycket privat.',
    'recCritHelp.largeScale': 'Många registrerade, mycket data, lång tid eller stort område.',
    'recCritHelp.matchingOrCombiningDatasets': 'Uppgifter från olika register eller ändamål slås ihop.',
    'recCritHelp.vulnerableDataSubjects': 'Barn, elever, anställda, patienter, äldre, asylsökande.',
    'recCritHelp.innovativeTechnology': 'Till exempel AI, biometri eller sakernas internet.',
    'recCritHelp.preventsExercisingRights': 'Behandlingen avgör om någon får en tjänst, ett avtal eller en förmån.',
    'recCrit.evaluationOrScoring': 'Utvärdering eller poängsättning',
    'recCrit.automatedDecisionWithLegalEffect': 'Automatiserat beslutsfattande med rättslig eller liknande betydande verkan',
    'recCrit.systematicMonitoring': 'Systematisk övervakning',
    'recCrit.sensitiveOrHighlyPersonalData': 'Känsliga uppgifter eller uppgifter av mycket personlig karaktär',
    'recCrit.largeScale': 'Behandling i stor omfattning',
    'recCrit.matchingOrCombiningDatasets': 'Matchning eller kombination av datamängder',
    'recCrit.vulnerableDataSubjects': 'Sårbara registrerade (barn, anställda, patienter …)',
    'recCrit.innovativeTechnology': 'Ny teknik eller innovativ användning',
    'recCrit.preventsExercisingRights': 'Hindrar de registrerade att utöva en rättighet eller använda en tjänst',
    recDpiaRecord: 'Genomförd konsekvensbedömning',
    recAddDpiaRecord: 'Lägg till genomförd konsekvensbedömning',
    recRemoveDpiaRecord: 'Ta bort konsekvensbedömningen',
    recPerformedOn: 'Genomförd den',
    recConclusion: 'Slutsats',
    recResidualRisk: 'Restrisk',
    'recRisk.low': 'Låg',
    'recRisk.medium': 'Medel',
    'recRisk.high': 'Hög',
    recPriorConsultation: 'Förhandssamråd med tillsynsmyndigheten (artikel 36)',
    recPriorConsultationOn: 'Datum för samrådet',
    recReference: 'Diarienummer eller dokument',
    recReviewInterval: 'Översyn var (månader)',
    recNextReview: 'Nästa översyn',
    recNextReviewHint: 'Lämna tomt för genomförd datum plus intervallet: {date}.',
    recRoleTitle: 'Roll och ansvar',
    recRole: 'Organisationens roll i behandlingen',
    recJointTitle: 'Gemensamt personuppgiftsansvariga (artikel 26)',
    recJointName: 'Namn',
    recArrangement: 'Det väsentliga i arrangemanget (vem svarar de registrerade, vem anmäler incidenter …)',
    recContact: 'Kontaktuppgifter',
    recAddJoint: 'Lägg till gemensamt ansvarig',
    recRemoveJoint: 'Ta bort gemensamt ansvarig {n}',
    recProcessorTitle: 'Förteckning som personuppgiftsbiträde (artikel 30.2)',
    recProcessorHelp: 'För varje personuppgiftsansvarig ni behandlar uppgifter åt: vem, vilka kategorier av behandling och enligt vilket avtal.',
    recControllerName: 'Personuppgiftsansvarig',
    recRepresentative: 'Företrädare eller dataskyddsombud',
    recAddController: 'Lägg till personuppgiftsansvarig',
    recRemoveController: 'Ta bort personuppgiftsansvarig {n}',
    recCategoriesOfProcessing: 'Kategorier av behandling (kommaseparerade)',
    recAgreementReference: 'Biträdesavtal (referens)',
    recTiaTitle: 'Överföringsbedömning (TIA)',
    recTiaHelp: 'Behövs när överföringen bygger på standardavtalsklausuler.',
    recAssessedOn: 'Bedömd den',
    recSupplementary: 'Kompletterande åtgärder',
    recDecisionTitle: 'Beslut som tillåter lagringstiden',
    recDecisionKind: 'Typ av beslut',
    recDecisionNone: 'Inget angivet',
    recDecidedOn: 'Beslutsdatum',
    recDecidedBy: 'Beslutat av',
    recDanishCode: 'Bevaringsvurdering',
    'recCode.B': 'B – bevaras',
    'recCode.K': 'K – kasseras',
    'recControllerModel.unit': 'Hos er är varje nämnd eller styrelse personuppgiftsansvarig för sina behandlingar.',
    'recControllerModel.municipality': 'Hos er är kommunen som helhet personuppgiftsansvarig.',
    recSharedDpo: 'Dataskyddsombud',
    recSharedWith: 'gemensamt med {names}',
    recWarnings: 'Att se över',
    recViewDpiaScreening: 'Förhandsbedömning (DPIA)',
    recViewDpiaRecord: 'Konsekvensbedömning',
    recViewRole: 'Roll',
    recViewTia: 'Överföringsbedömning',
  },
  da: {
    recMatrixTitle: 'Hvem får hvad',
    recMatrixHelp:
      'For hver kategori af personoplysninger (række) og kategori af registrerede (kolonne): hvilke modtagere får oplysningerne? Vælg ”Bliver hos os”, hvis ingen får dem, og lad feltet stå tomt, hvis oplysningen ikke vedrører de registrerede.',
    recMatrixNeedsLists: 'Udfyld kategorier af registrerede og personoplysninger først, så vises tabellen.',
    recMatrixRegion: 'Hvem får hvad, formål {n}',
    recMatrixCorner: 'Personoplysninger / registrerede',
    recMatrixCell: '{category} om {subject}',
    recMatrixNotConcerned: 'Vedrører ikke',
    recInHouse: 'Bliver hos os',
    recDpiaTitle: 'Konsekvensanalyse (DPIA)',
    recDpiaScreeningHelp:
      'Sæt kryds ved de kriterier fra EDPB’s retningslinjer (WP248), der passer på behandlingen. To eller flere betyder som regel, at en konsekvensanalyse er påkrævet.',
    recDpiaRequired: 'Konsekvensanalyse påkrævet',
    recDpiaNotRequired: 'Konsekvensanalyse ikke påkrævet',
    recDpiaCount: '{count} af 9 kriterier',
    recDpiaReasons: 'Begrundelse: {criteria}',
    recDpiaOverride: 'Databeskyttelsesrådgiveren vurderer anderledes',
    recDpiaReason: 'Begrundelse for vurderingen',
    recDpiaScreenedOn: 'Vurderet den',
    'recCritHelp.evaluationOrScoring': 'For eksempel profilering eller vurdering af præstation, økonomi eller helbred.',
    'recCritHelp.automatedDecisionWithLegalEffect': 'Afgørelser uden menneskelig prøvelse, der påvirker nogens rettigheder.',
    'recCritHelp.systematicMonitoring': 'For eksempel kameraer, logning af adfærd eller sporing.',
    'recCritHelp.sensitiveOrHighlyPersonalData': 'Helbred, strafbare forhold, sociale forhold, økonomi eller andet meget privat.',
    'recCritHelp.largeScale': 'Mange registrerede, mange data, lang tid eller stort område.',
    'recCritHelp.matchingOrCombiningDatasets': 'Oplysninger fra forskellige registre eller formål samkøres.',
    'recCritHelp.vulnerableDataSubjects': 'Børn, elever, ansatte, patienter, ældre, asylansøgere.',
    'recCritHelp.innovativeTechnology': 'For eksempel AI, biometri eller tingenes internet.',
    'recCritHelp.preventsExercisingRights': 'Behandlingen afgør, om nogen får en ydelse, en aftale eller en fordel.',
    'recCrit.evaluationOrScoring': 'Evaluering eller scoring',
    'recCrit.automatedDecisionWithLegalEffect': 'Automatiske afgørelser med retsvirkning eller tilsvarende betydelig virkning',
    'recCrit.systematicMonitoring': 'Systematisk overvågning',
    'recCrit.sensitiveOrHighlyPersonalData': 'Følsomme oplysninger eller oplysninger af meget personlig karakter',
    'recCrit.largeScale': 'Behandling i stort omfang',
    'recCrit.matchingOrCombiningDatasets': 'Matchning eller sammenstilling af datasæt',
    'recCrit.vulnerableDataSubjects': 'Sårbare registrerede (børn, ansatte, patienter …)',
    'recCrit.innovativeTechnology': 'Ny teknologi eller innovativ anvendelse',
    'recCrit.preventsExercisingRights': 'Forhindrer de registrerede i at udøve en rettighed eller bruge en tjeneste',
    recDpiaRecord: 'Gennemført konsekvensanalyse',
    recAddDpiaRecord: 'Tilføj gennemført konsekvensanalyse',
    recRemoveDpiaRecord: 'Fjern konsekvensanalysen',
    recPerformedOn: 'Gennemført den',
    recConclusion: 'Konklusion',
    recResidualRisk: 'Restrisiko',
    'recRisk.low': 'Lav',
    'recRisk.medium': 'Middel',
    'recRisk.high': 'Høj',
    recPriorConsultation: 'Forudgående høring af tilsynsmyndigheden (artikel 36)',
    recPriorConsultationOn: 'Dato for høringen',
    recReference: 'Journalnummer eller dokument',
    recReviewInterval: 'Gennemgang hver (måneder)',
    recNextReview: 'Næste gennemgang',
    recNextReviewHint: 'Lad feltet stå tomt for gennemført dato plus intervallet: {date}.',
    recRoleTitle: 'Rolle og ansvar',
    recRole: 'Organisationens rolle i behandlingen',
    recJointTitle: 'Fælles dataansvarlige (artikel 26)',
    recJointName: 'Navn',
    recArrangement: 'Det væsentligste indhold af ordningen (hvem svarer de registrerede, hvem anmelder brud …)',
    recContact: 'Kontaktoplysninger',
    recAddJoint: 'Tilføj fælles dataansvarlig',
    recRemoveJoint: 'Fjern fælles dataansvarlig {n}',
    recProcessorTitle: 'Fortegnelse som databehandler (artikel 30, stk. 2)',
    recProcessorHelp: 'For hver dataansvarlig, I behandler oplysninger for: hvem, hvilke kategorier af behandling og efter hvilken aftale.',
    recControllerName: 'Dataansvarlig',
    recRepresentative: 'Repræsentant eller databeskyttelsesrådgiver',
    recAddController: 'Tilføj dataansvarlig',
    recRemoveController: 'Fjern dataansvarlig {n}',
    recCategoriesOfProcessing: 'Kategorier af behandling (kommaseparerede)',
    recAgreementReference: 'Databehandleraftale (reference)',
    recTiaTitle: 'Vurdering af overførsel (TIA)',
    recTiaHelp: 'Nødvendig, når overførslen bygger på standardkontraktbestemmelser.',
    recAssessedOn: 'Vurderet den',
    recSupplementary: 'Supplerende foranstaltninger',
    recDecisionTitle: 'Beslutning, der tillader opbevaringen',
    recDecisionKind: 'Type af beslutning',
    recDecisionNone: 'Ikke angivet',
    recDecidedOn: 'Beslutningsdato',
    recDecidedBy: 'Besluttet af',
    recDanishCode: 'Bevaringsvurdering',
    'recCode.B': 'B – bevares',
    'recCode.K': 'K – kasseres',
    'recControllerModel.unit': 'Hos jer er hvert udvalg eller hver styrelse dataansvarlig for sine behandlinger.',
    'recControllerModel.municipality': 'Hos jer er kommunen som helhed dataansvarlig.',
    recSharedDpo: 'Databeskyttelsesrådgiver',
    recSharedWith: 'delt med {names}',
    recWarnings: 'Til gennemsyn',
    recViewDpiaScreening: 'Screening (DPIA)',
    recViewDpiaRecord: 'Konsekvensanalyse',
    recViewRole: 'Rolle',
    recViewTia: 'Vurdering af overførsel',
  },
  en: {
    recMatrixTitle: 'Who gets what',
    recMatrixHelp:
      'For each category of personal data (row) and category of data subjects (column): which recipients get the data? Choose “Stays with us” if nobody does, and leave the cell empty if the data does not concern those data subjects.',
    recMatrixNeedsLists: 'Fill in the categories of data subjects and personal data first, and the table appears.',
    recMatrixRegion: 'Who gets what, purpose {n}',
    recMatrixCorner: 'Personal data / data subjects',
    recMatrixCell: '{category} about {subject}',
    recMatrixNotConcerned: 'Does not apply',
    recInHouse: 'Stays with us',
    recDpiaTitle: 'Impact assessment (DPIA)',
    recDpiaScreeningHelp:
      'Tick the criteria from the EDPB guidelines (WP248) that apply to the processing. Two or more usually mean an impact assessment is required.',
    recDpiaRequired: 'Impact assessment required',
    recDpiaNotRequired: 'Impact assessment not required',
    recDpiaCount: '{count} of 9 criteria',
    recDpiaReasons: 'Reasons: {criteria}',
    recDpiaOverride: 'The data protection officer assesses it differently',
    recDpiaReason: 'Reason for the assessment',
    recDpiaScreenedOn: 'Screened on',
    'recCritHelp.evaluationOrScoring': 'For example profiling or assessing performance, finances or health.',
    'recCritHelp.automatedDecisionWithLegalEffect': "Decisions without human review that affect someone's rights.",
    'recCritHelp.systematicMonitoring': 'For example cameras, logging behaviour or tracking.',
    'recCritHelp.sensitiveOrHighlyPersonalData': 'Health, offences, social services, finances or other very private data.',
    'recCritHelp.largeScale': 'Many data subjects, much data, a long time or a wide area.',
    'recCritHelp.matchingOrCombiningDatasets': 'Data from different registers or purposes is combined.',
    'recCritHelp.vulnerableDataSubjects': 'Children, pupils, employees, patients, the elderly, asylum seekers.',
    'recCritHelp.innovativeTechnology': 'For example AI, biometrics or the internet of things.',
    'recCritHelp.preventsExercisingRights': 'The processing decides whether someone gets a service, a contract or a benefit.',
    'recCrit.evaluationOrScoring': 'Evaluation or scoring',
    'recCrit.automatedDecisionWithLegalEffect': 'Automated decision-making with legal or similar significant effect',
    'recCrit.systematicMonitoring': 'Systematic monitoring',
    'recCrit.sensitiveOrHighlyPersonalData': 'Sensitive data or data of a highly personal nature',
    'recCrit.largeScale': 'Data processed on a large scale',
    'recCrit.matchingOrCombiningDatasets': 'Matching or combining datasets',
    'recCrit.vulnerableDataSubjects': 'Vulnerable data subjects (children, employees, patients …)',
    'recCrit.innovativeTechnology': 'Innovative use or new technology',
    'recCrit.preventsExercisingRights': 'Prevents data subjects from exercising a right or using a service',
    recDpiaRecord: 'Impact assessment performed',
    recAddDpiaRecord: 'Add the impact assessment performed',
    recRemoveDpiaRecord: 'Remove the impact assessment',
    recPerformedOn: 'Performed on',
    recConclusion: 'Conclusion',
    recResidualRisk: 'Residual risk',
    'recRisk.low': 'Low',
    'recRisk.medium': 'Medium',
    'recRisk.high': 'High',
    recPriorConsultation: 'Prior consultation of the supervisory authority (Article 36)',
    recPriorConsultationOn: 'Date of the consultation',
    recReference: 'Reference or document',
    recReviewInterval: 'Review every (months)',
    recNextReview: 'Next review',
    recNextReviewHint: 'Leave empty for the date performed plus the interval: {date}.',
    recRoleTitle: 'Role and responsibility',
    recRole: "The organisation's role in the processing",
    recJointTitle: 'Joint controllers (Article 26)',
    recJointName: 'Name',
    recArrangement: 'The essence of the arrangement (who answers data subjects, who notifies breaches …)',
    recContact: 'Contact details',
    recAddJoint: 'Add joint controller',
    recRemoveJoint: 'Remove joint controller {n}',
    recProcessorTitle: 'Record as processor (Article 30(2))',
    recProcessorHelp: 'For each controller you process data for: who, which categories of processing and under which agreement.',
    recControllerName: 'Controller',
    recRepresentative: 'Representative or data protection officer',
    recAddController: 'Add controller',
    recRemoveController: 'Remove controller {n}',
    recCategoriesOfProcessing: 'Categories of processing (comma-separated)',
    recAgreementReference: 'Processing agreement (reference)',
    recTiaTitle: 'Transfer impact assessment (TIA)',
    recTiaHelp: 'Needed when the transfer relies on standard contractual clauses.',
    recAssessedOn: 'Assessed on',
    recSupplementary: 'Supplementary measures',
    recDecisionTitle: 'Decision that allows the retention',
    recDecisionKind: 'Kind of decision',
    recDecisionNone: 'Not given',
    recDecidedOn: 'Date of decision',
    recDecidedBy: 'Decided by',
    recDanishCode: 'Preservation assessment',
    'recCode.B': 'B – preserved',
    'recCode.K': 'K – discarded',
    'recControllerModel.unit': 'Here each committee or board is the controller of its own processing.',
    'recControllerModel.municipality': 'Here the municipality as a whole is the controller.',
    recSharedDpo: 'Data protection officer',
    recSharedWith: 'shared with {names}',
    recWarnings: 'To look at',
    recViewDpiaScreening: 'DPIA screening',
    recViewDpiaRecord: 'Impact assessment',
    recViewRole: 'Role',
    recViewTia: 'Transfer impact assessment',
  },
};
