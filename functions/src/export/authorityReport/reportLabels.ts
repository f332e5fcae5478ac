import type { Language } from '@prt/domain/language';
import type { ProcessingRole } from '@prt/domain/register/controllers';
import type { ResidualRisk, Wp248Criterion } from '@prt/domain/register/dpia';
import type { HostingKind } from '@prt/domain/register/entities';
import type { RetentionDecisionKind } from '@prt/domain/register/retentionDecision';
import type { Article9Condition, TransferSafeguard } from '@prt/domain/processing';

type Key =
  | 'title'
  | 'subtitle'
  | 'wholeMunicipality'
  | 'scope'
  | 'produced'
  | 'version'
  | 'versionValue'
  | 'contents'
  | 'notStated'
  | 'yes'
  | 'no'
  | 'none'
  | 'controller'
  | 'unit'
  | 'role'
  | 'dpoContact'
  | 'recordVersion'
  | 'updatedAt'
  | 'lastReviewed'
  | 'purpose'
  | 'article6'
  | 'article9'
  | 'article10'
  | 'nationalLaw'
  | 'originalWording'
  | 'dataSubjects'
  | 'dataCategories'
  | 'special'
  | 'recipients'
  | 'sources'
  | 'matrix'
  | 'matrixSubject'
  | 'matrixCategory'
  | 'matrixRecipients'
  | 'staysWithController'
  | 'transfers'
  | 'country'
  | 'safeguard'
  | 'details'
  | 'tia'
  | 'noTransfers'
  | 'retention'
  | 'startingEvent'
  | 'preserved'
  | 'decision'
  | 'decidedOn'
  | 'decidedBy'
  | 'systems'
  | 'systemName'
  | 'kind'
  | 'supplier'
  | 'systemOwner'
  | 'hosting'
  | 'location'
  | 'archiveDuty'
  | 'processors'
  | 'processorName'
  | 'dpa'
  | 'dpaInPlace'
  | 'dpaMissing'
  | 'signedOn'
  | 'validUntil'
  | 'reference'
  | 'subProcessors'
  | 'securityMeasures'
  | 'dpiaHeading'
  | 'dpiaRequired'
  | 'screening'
  | 'criteria'
  | 'reason'
  | 'screenedOn'
  | 'assessment'
  | 'performedOn'
  | 'conclusion'
  | 'residualRisk'
  | 'priorConsultation'
  | 'nextReview'
  | 'jointControllers'
  | 'arrangement'
  | 'contact'
  | 'processorRecord'
  | 'onBehalfOf'
  | 'representative'
  | 'categoriesOfProcessing'
  | 'agreementReference'
  | 'page';

export const REPORT_LABELS: Record<Language, Record<Key, string>> = {
  sv: {
    title: 'Register över behandlingar av personuppgifter',
    subtitle: 'Enligt artikel 30 i dataskyddsförordningen, för tillsynsmyndigheten (artikel 30.4)',
    wholeMunicipality: 'Hela kommunen',
    scope: 'Omfattning',
    produced: 'Framställt',
    version: 'Registerversion',
    versionValue: '{count} behandlingar, senast ändrad {latest}, kontrollsumma {hash}',
    contents: 'Innehåll',
    notStated: 'uppgift saknas',
    yes: 'Ja',
    no: 'Nej',
    none: 'Inga',
    controller: 'Personuppgiftsansvarig',
    unit: 'Nämnd/förvaltning',
    role: 'Roll',
    dpoContact: 'Dataskyddsombud',
    recordVersion: 'Version',
    updatedAt: 'Senast ändrad',
    lastReviewed: 'Senast granskad',
    purpose: 'Ändamål',
    article6: 'Rättslig grund (artikel 6)',
    article9: 'Undantag för känsliga uppgifter (artikel 9)',
    article10: 'Uppgifter om lagöverträdelser (artikel 10)',
    nationalLaw: 'Nationell rätt',
    originalWording: 'Registrets formulering',
    dataSubjects: 'Kategorier av registrerade',
    dataCategories: 'Kategorier av personuppgifter',
    special: 'känslig, artikel 9',
    recipients: 'Mottagare',
    sources: 'Källor',
    matrix: 'Vem får vad',
    matrixSubject: 'Registrerade',
    matrixCategory: 'Personuppgifter',
    matrixRecipients: 'Mottagare',
    staysWithController: 'stannar hos den personuppgiftsansvarige',
    transfers: 'Överföring till tredje land',
    country: 'Land',
    safeguard: 'Skyddsåtgärd',
    details: 'Detaljer',
    tia: 'Konsekvensbedömning av överföring (TIA)',
    noTransfers: 'Ingen överföring till tredje land',
    retention: 'Lagringstid',
    startingEvent: 'Räknas från',
    preserved: 'Bevaras',
    decision: 'Beslut',
    decidedOn: 'Beslutsdatum',
    decidedBy: 'Beslutat av',
    systems: 'IT-system',
    systemName: 'System',
    kind: 'Typ',
    supplier: 'Leverantör',
    systemOwner: 'Systemägare',
    hosting: 'Drift',
    location: 'Plats',
    archiveDuty: 'Arkivredovisning',
    processors: 'Personuppgiftsbiträden',
    processorName: 'Biträde',
    dpa: 'Biträdesavtal',
    dpaInPlace: 'finns',
    dpaMissing: 'saknas',
    signedOn: 'Undertecknat',
    validUntil: 'Gäller till',
    reference: 'Referens',
    subProcessors: 'Underbiträden',
    securityMeasures: 'Säkerhetsåtgärder',
    dpiaHeading: 'Konsekvensbedömning (DPIA)',
    dpiaRequired: 'Konsekvensbedömning krävs',
    screening: 'Förhandsbedömning',
    criteria: 'Kriterier (WP248)',
    reason: 'Motivering',
    screenedOn: 'Bedömd',
    assessment: 'Konsekvensbedömning',
    performedOn: 'Genomförd',
    conclusion: 'Slutsats',
    residualRisk: 'Kvarstående risk',
    priorConsultation: 'Förhandssamråd (artikel 36)',
    nextReview: 'Nästa översyn',
    jointControllers: 'Gemensamt personuppgiftsansvariga (artikel 26)',
    arrangement: 'Arrangemang',
    contact: 'Kontakt',
    processorRecord: 'Register som personuppgiftsbiträde (artikel 30.2)',
    onBehalfOf: 'Personuppgiftsansvariga',
    representative: 'Företrädare',
    categoriesOfProcessing: 'Kategorier av behandling',
    agreementReference: 'Avtal',
    page: 'Sida',
  },
  da: {
    title: 'Fortegnelse over behandlinger af personoplysninger',
    subtitle: 'Efter databeskyttelsesforordningens artikel 30, til tilsynsmyndigheden (artikel 30, stk. 4)',
    wholeMunicipality: 'Hele kommunen',
    scope: 'Omfang',
    produced: 'Udarbejdet',
    version: 'Fortegnelsens version',
    versionValue: '{count} behandlinger, senest ændret {latest}, kontrolsum {hash}',
    contents: 'Indhold',
    notStated: 'oplysning mangler',
    yes: 'Ja',
    no: 'Nej',
    none: 'Ingen',
    controller: 'Dataansvarlig',
    unit: 'Udvalg/forvaltning',
    role: 'Rolle',
    dpoContact: 'Databeskyttelsesrådgiver',
    recordVersion: 'Version',
    updatedAt: 'Senest ændret',
    lastReviewed: 'Senest gennemgået',
    purpose: 'Formål',
    article6: 'Retsgrundlag (artikel 6)',
    article9: 'Undtagelse for følsomme oplysninger (artikel 9)',
    article10: 'Oplysninger om strafbare forhold (artikel 10)',
    nationalLaw: 'National ret',
    originalWording: 'Fortegnelsens ordlyd',
    dataSubjects: 'Kategorier af registrerede',
    dataCategories: 'Kategorier af personoplysninger',
    special: 'følsom, artikel 9',
    recipients: 'Modtagere',
    sources: 'Kilder',
    matrix: 'Hvem får hvad',
    matrixSubject: 'Registrerede',
    matrixCategory: 'Personoplysninger',
    matrixRecipients: 'Modtagere',
    staysWithController: 'forbliver hos den dataansvarlige',
    transfers: 'Overførsel til tredjelande',
    country: 'Land',
    safeguard: 'Garanti',
    details: 'Detaljer',
    tia: 'Vurdering af overførslen (TIA)',
    noTransfers: 'Ingen overførsel til tredjelande',
    retention: 'Slettefrist',
    startingEvent: 'Regnes fra',
    preserved: 'Bevares',
    decision: 'Afgørelse',
    decidedOn: 'Dato',
    decidedBy: 'Besluttet af',
    systems: 'It-systemer',
    systemName: 'System',
    kind: 'Type',
    supplier: 'Leverandør',
    systemOwner: 'Systemejer',
    hosting: 'Drift',
    location: 'Placering',
    archiveDuty: 'Arkivpligt',
    processors: 'Databehandlere',
    processorName: 'Databehandler',
    dpa: 'Databehandleraftale',
    dpaInPlace: 'foreligger',
    dpaMissing: 'mangler',
    signedOn: 'Underskrevet',
    validUntil: 'Gælder til',
    reference: 'Reference',
    subProcessors: 'Underdatabehandlere',
    securityMeasures: 'Sikkerhedsforanstaltninger',
    dpiaHeading: 'Konsekvensanalyse (DPIA)',
    dpiaRequired: 'Konsekvensanalyse påkrævet',
    screening: 'Screening',
    criteria: 'Kriterier (WP248)',
    reason: 'Begrundelse',
    screenedOn: 'Screenet',
    assessment: 'Konsekvensanalyse',
    performedOn: 'Gennemført',
    conclusion: 'Konklusion',
    residualRisk: 'Restrisiko',
    priorConsultation: 'Forudgående høring (artikel 36)',
    nextReview: 'Næste revision',
    jointControllers: 'Fælles dataansvarlige (artikel 26)',
    arrangement: 'Ordning',
    contact: 'Kontakt',
    processorRecord: 'Fortegnelse som databehandler (artikel 30, stk. 2)',
    onBehalfOf: 'Dataansvarlige',
    representative: 'Repræsentant',
    categoriesOfProcessing: 'Kategorier af behandling',
    agreementReference: 'Aftale',
    page: 'Side',
  },
  en: {
    title: 'Record of processing activities',
    subtitle: 'Under Article 30 of the GDPR, for the supervisory authority (Article 30(4))',
    wholeMunicipality: 'The whole municipality',
    scope: 'Scope',
    produced: 'Produced',
    version: 'Register version',
    versionValue: '{count} processings, last changed {latest}, checksum {hash}',
    contents: 'Contents',
    notStated: 'not stated',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    controller: 'Controller',
    unit: 'Board/administration',
    role: 'Role',
    dpoContact: 'Data protection officer',
    recordVersion: 'Version',
    updatedAt: 'Last changed',
    lastReviewed: 'Last reviewed',
    purpose: 'Purpose',
    article6: 'Legal basis (Article 6)',
    article9: 'Condition for special categories (Article 9)',
    article10: 'Criminal offence data (Article 10)',
    nationalLaw: 'National law',
    originalWording: "The register's wording",
    dataSubjects: 'Categories of data subjects',
    dataCategories: 'Categories of personal data',
    special: 'special category, Article 9',
    recipients: 'Recipients',
    sources: 'Sources',
    matrix: 'Who gets what',
    matrixSubject: 'Data subjects',
    matrixCategory: 'Personal data',
    matrixRecipients: 'Recipients',
    staysWithController: 'stays with the controller',
    transfers: 'Transfers to third countries',
    country: 'Country',
    safeguard: 'Safeguard',
    details: 'Details',
    tia: 'Transfer impact assessment (TIA)',
    noTransfers: 'No transfer to third countries',
    retention: 'Retention',
    startingEvent: 'Counted from',
    preserved: 'Preserved',
    decision: 'Decision',
    decidedOn: 'Decided on',
    decidedBy: 'Decided by',
    systems: 'IT systems',
    systemName: 'System',
    kind: 'Kind',
    supplier: 'Supplier',
    systemOwner: 'System owner',
    hosting: 'Hosting',
    location: 'Location',
    archiveDuty: 'Archive duty',
    processors: 'Processors',
    processorName: 'Processor',
    dpa: 'Data processing agreement',
    dpaInPlace: 'in place',
    dpaMissing: 'missing',
    signedOn: 'Signed',
    validUntil: 'Valid until',
    reference: 'Reference',
    subProcessors: 'Sub-processors',
    securityMeasures: 'Security measures',
    dpiaHeading: 'Data protection impact assessment (DPIA)',
    dpiaRequired: 'DPIA required',
    screening: 'Screening',
    criteria: 'Criteria (WP248)',
    reason: 'Reason',
    screenedOn: 'Screened',
    assessment: 'Assessment',
    performedOn: 'Performed',
    conclusion: 'Conclusion',
    residualRisk: 'Residual risk',
    priorConsultation: 'Prior consultation (Article 36)',
    nextReview: 'Next review',
    jointControllers: 'Joint controllers (Article 26)',
    arrangement: 'Arrangement',
    contact: 'Contact',
    processorRecord: 'Record as processor (Article 30(2))',
    onBehalfOf: 'Controllers',
    representative: 'Representative',
    categoriesOfProcessing: 'Categories of processing',
    agreementReference: 'Agreement',
    page: 'Page',
  },
};

export const ROLE_LABELS: Record<Language, Record<ProcessingRole, string>> = {
  sv: { controller: 'Personuppgiftsansvarig', jointController: 'Gemensamt personuppgiftsansvarig', processor: 'Personuppgiftsbiträde' },
  da: { controller: 'Dataansvarlig', jointController: 'Fælles dataansvarlig', processor: 'Databehandler' },
  en: { controller: 'Controller', jointController: 'Joint controller', processor: 'Processor' },
};

export const SAFEGUARD_LABELS: Record<Language, Record<TransferSafeguard, string>> = {
  sv: {
    adequacy: 'Adekvat skyddsnivå (artikel 45)',
    dpf: 'EU–US Data Privacy Framework (artikel 45)',
    scc: 'Standardavtalsklausuler (artikel 46.2 c)',
    bcr: 'Bindande företagsbestämmelser (artikel 47)',
    derogation: 'Undantag (artikel 49)',
    unspecified: 'uppgift saknas',
  },
  da: {
    adequacy: 'Tilstrækkeligt beskyttelsesniveau (artikel 45)',
    dpf: 'EU–US Data Privacy Framework (artikel 45)',
    scc: 'Standardkontraktbestemmelser (artikel 46, stk. 2, litra c)',
    bcr: 'Bindende virksomhedsregler (artikel 47)',
    derogation: 'Undtagelse (artikel 49)',
    unspecified: 'oplysning mangler',
  },
  en: {
    adequacy: 'Adequacy decision (Article 45)',
    dpf: 'EU–US Data Privacy Framework (Article 45)',
    scc: 'Standard contractual clauses (Article 46(2)(c))',
    bcr: 'Binding corporate rules (Article 47)',
    derogation: 'Derogation (Article 49)',
    unspecified: 'not stated',
  },
};

export const DECISION_KIND_LABELS: Record<Language, Record<RetentionDecisionKind, string>> = {
  sv: {
    disposalDecision: 'Gallringsbeslut',
    documentManagementPlan: 'Dokumenthanteringsplan',
    preservation: 'Bevaras enligt arkivlagen',
    danishPreservationAssessment: 'Bevaringsvurdering',
    law: 'Lag',
  },
  da: {
    disposalDecision: 'Kassationsbeslutning',
    documentManagementPlan: 'Journal- og arkivplan',
    preservation: 'Bevares efter arkivloven',
    danishPreservationAssessment: 'Bevaringsvurdering',
    law: 'Lov',
  },
  en: {
    disposalDecision: 'Disposal decision',
    documentManagementPlan: 'Document management plan',
    preservation: 'Preserved under archive law',
    danishPreservationAssessment: 'Danish preservation assessment',
    law: 'Statute',
  },
};

export const HOSTING_LABELS: Record<Language, Record<HostingKind, string>> = {
  sv: {
    onPremises: 'Egen drift',
    municipalDataCentre: 'Kommunal driftcentral',
    supplierHosted: 'Leverantörens drift',
    saas: 'Molntjänst (SaaS)',
    publicCloud: 'Publikt moln',
    unknown: 'uppgift saknas',
  },
  da: {
    onPremises: 'Egen drift',
    municipalDataCentre: 'Kommunalt driftcenter',
    supplierHosted: 'Leverandørens drift',
    saas: 'Cloudtjeneste (SaaS)',
    publicCloud: 'Offentlig cloud',
    unknown: 'oplysning mangler',
  },
  en: {
    onPremises: 'On premises',
    municipalDataCentre: 'Municipal data centre',
    supplierHosted: 'Hosted by the supplier',
    saas: 'Cloud service (SaaS)',
    publicCloud: 'Public cloud',
    unknown: 'not stated',
  },
};

export const RISK_LABELS: Record<Language, Record<ResidualRisk, string>> = {
  sv: { low: 'Låg', medium: 'Medel', high: 'Hög' },
  da: { low: 'Lav', medium: 'Middel', high: 'Høj' },
  en: { low: 'Low', medium: 'Medium', high: 'High' },
};

export const CRITERION_LABELS: Record<Language, Record<Wp248Criterion, string>> = {
  sv: {
    evaluationOrScoring: 'Utvärdering eller poängsättning',
    automatedDecisionWithLegalEffect: 'Automatiserat beslutsfattande med rättsliga följder',
    systematicMonitoring: 'Systematisk övervakning',
    sensitiveOrHighlyPersonalData: 'Känsliga eller mycket personliga uppgifter',
    largeScale: 'Behandling i stor omfattning',
    matchingOrCombiningDatasets: 'Matchning eller sammanförande av datamängder',
    vulnerableDataSubjects: 'Sårbara registrerade',
    innovativeTechnology: 'Ny teknik',
    preventsExercisingRights: 'Hindrar utövande av rättigheter',
  },
  da: {
    evaluationOrScoring: 'Evaluering eller scoring',
    automatedDecisionWithLegalEffect: 'Automatiske afgørelser med retsvirkning',
    systematicMonitoring: 'Systematisk overvågning',
    sensitiveOrHighlyPersonalData: 'Følsomme eller meget personlige oplysninger',
    largeScale: 'Behandling i stort omfang',
    matchingOrCombiningDatasets: 'Sammenkøring eller kombination af datasæt',
    vulnerableDataSubjects: 'Sårbare registrerede',
    innovativeTechnology: 'Ny teknologi',
    preventsExercisingRights: 'Forhindrer udøvelse af rettigheder',
  },
  en: {
    evaluationOrScoring: 'Evaluation or scoring',
    automatedDecisionWithLegalEffect: 'Automated decision with legal effect',
    systematicMonitoring: 'Systematic monitoring',
    sensitiveOrHighlyPersonalData: 'Sensitive or highly personal data',
    largeScale: 'Large-scale processing',
    matchingOrCombiningDatasets: 'Matching or combining datasets',
    vulnerableDataSubjects: 'Vulnerable data subjects',
    innovativeTechnology: 'Innovative technology',
    preventsExercisingRights: 'Prevents exercising a right',
  },
};

export const ARTICLE_9_LABELS: Record<Language, Record<Article9Condition, string>> = {
  sv: {
    explicitConsent: 'Uttryckligt samtycke (artikel 9.2 a)',
    employmentAndSocialSecurity: 'Arbetsrätt, social trygghet och socialt skydd (artikel 9.2 b)',
    vitalInterests: 'Grundläggande intressen (artikel 9.2 c)',
    notForProfitBody: 'Ideell organisation (artikel 9.2 d)',
    manifestlyMadePublic: 'Offentliggjorda av den registrerade (artikel 9.2 e)',
    legalClaims: 'Rättsliga anspråk (artikel 9.2 f)',
    substantialPublicInterest: 'Viktigt allmänt intresse (artikel 9.2 g)',
    healthOrSocialCare: 'Hälso- och sjukvård, social omsorg (artikel 9.2 h)',
    publicHealth: 'Folkhälsa (artikel 9.2 i)',
    archivingResearchStatistics: 'Arkiv, forskning och statistik (artikel 9.2 j)',
  },
  da: {
    explicitConsent: 'Udtrykkeligt samtykke (artikel 9, stk. 2, litra a)',
    employmentAndSocialSecurity: 'Arbejds-, sikrings- og socialret (artikel 9, stk. 2, litra b)',
    vitalInterests: 'Vitale interesser (artikel 9, stk. 2, litra c)',
    notForProfitBody: 'Foreningers aktiviteter (artikel 9, stk. 2, litra d)',
    manifestlyMadePublic: 'Offentliggjort af den registrerede (artikel 9, stk. 2, litra e)',
    legalClaims: 'Retskrav (artikel 9, stk. 2, litra f)',
    substantialPublicInterest: 'Væsentlige samfundsinteresser (artikel 9, stk. 2, litra g)',
    healthOrSocialCare: 'Sundhed og social behandling (artikel 9, stk. 2, litra h)',
    publicHealth: 'Folkesundhed (artikel 9, stk. 2, litra i)',
    archivingResearchStatistics: 'Arkiv, forskning og statistik (artikel 9, stk. 2, litra j)',
  },
  en: {
    explicitConsent: 'Explicit consent (Article 9(2)(a))',
    employmentAndSocialSecurity: 'Employment and social security law (Article 9(2)(b))',
    vitalInterests: 'Vital interests (Article 9(2)(c))',
    notForProfitBody: 'Not-for-profit body (Article 9(2)(d))',
    manifestlyMadePublic: 'Manifestly made public (Article 9(2)(e))',
    legalClaims: 'Legal claims (Article 9(2)(f))',
    substantialPublicInterest: 'Substantial public interest (Article 9(2)(g))',
    healthOrSocialCare: 'Health or social care (Article 9(2)(h))',
    publicHealth: 'Public health (Article 9(2)(i))',
    archivingResearchStatistics: 'Archiving, research or statistics (Article 9(2)(j))',
  },
};
