import type { MessageTable } from './language.js';

type Key =
  | 'navSystems'
  | 'navProcessors'
  | 'systemsTitle'
  | 'systemsIntro'
  | 'processorsTitle'
  | 'processorsIntro'
  | 'entitySearch'
  | 'entityNew'
  | 'entityEdit'
  | 'entityRetire'
  | 'entityRetired'
  | 'entitySave'
  | 'entityCancel'
  | 'entitySaved'
  | 'entityNone'
  | 'entityCount'
  | 'systemDialogTitle'
  | 'processorDialogTitle'
  | 'fieldEntityName'
  | 'fieldSystemKind'
  | 'fieldSupplier'
  | 'fieldSystemOwner'
  | 'fieldHosting'
  | 'fieldLocation'
  | 'fieldArchiveDuty'
  | 'fieldNotes'
  | 'fieldOrganisationNumber'
  | 'fieldContact'
  | 'hosting.onPremises'
  | 'hosting.municipalDataCentre'
  | 'hosting.supplierHosted'
  | 'hosting.saas'
  | 'hosting.publicCloud'
  | 'hosting.unknown'
  | 'dpaTitle'
  | 'dpaInPlace'
  | 'dpaSignedOn'
  | 'dpaValidUntil'
  | 'dpaReference'
  | 'dpaSubProcessors'
  | 'dpaSubProcessorsHint'
  | 'supervisionMethod'
  | 'supervisionInterval'
  | 'supervisionLastOn'
  | 'supervisionNextOn'
  | 'supervisionNextOnHint'
  | 'supervisionOwner'
  | 'supervisionOwnerHint'
  | 'supervisionNone'
  | 'supervisionNext'
  | 'method.auditReport'
  | 'method.questionnaire'
  | 'method.inspection'
  | 'method.meeting'
  | 'method.documentReview'
  | 'method.selfAssessment'
  | 'dpaStatus.none'
  | 'dpaStatus.inPlace'
  | 'dpaStatus.expiring'
  | 'dpaStatus.expired'
  | 'pickFromRegister'
  | 'linkedSystemsTitle'
  | 'linkedProcessorsTitle';

export const entityMessages: MessageTable<Key> = {
  sv: {
    navSystems: 'IT-system',
    navProcessors: 'Biträden',
    systemsTitle: 'IT-system',
    systemsIntro: 'Systemen som behandlingarna länkar till. Byter ett system namn ändras det i varje behandling som länkar det.',
    processorsTitle: 'Personuppgiftsbiträden',
    processorsIntro: 'Biträden med personuppgiftsbiträdesavtal (art. 28) och tillsyn. Nästa tillsyn visas bland tidsfristerna.',
    entitySearch: 'Sök',
    entityNew: 'Nytt',
    entityEdit: 'Ändra',
    entityRetire: 'Avveckla',
    entityRetired: 'Avvecklad',
    entitySave: 'Spara',
    entityCancel: 'Avbryt',
    entitySaved: 'Sparat.',
    entityNone: 'Inga poster ännu.',
    entityCount: '{count} poster',
    systemDialogTitle: 'IT-system',
    processorDialogTitle: 'Personuppgiftsbiträde',
    fieldEntityName: 'Namn',
    fieldSystemKind: 'Typ av system',
    fieldSupplier: 'Leverantör',
    fieldSystemOwner: 'Systemägare',
    fieldHosting: 'Drift',
    fieldLocation: 'Plats där uppgifterna lagras',
    fieldArchiveDuty: 'Omfattas av arkivredovisning',
    fieldNotes: 'Anteckningar',
    fieldOrganisationNumber: 'Organisationsnummer',
    fieldContact: 'Kontakt',
    'hosting.onPremises': 'Egen drift',
    'hosting.municipalDataCentre': 'Kommunens datacenter',
    'hosting.supplierHosted': 'Leverantörens drift',
    'hosting.saas': 'Molntjänst (SaaS)',
    'hosting.publicCloud': 'Publikt moln',
    'hosting.unknown': 'Okänd',
    dpaTitle: 'Personuppgiftsbiträdesavtal',
    dpaInPlace: 'Avtal finns',
    dpaSignedOn: 'Undertecknat',
    dpaValidUntil: 'Gäller till',
    dpaReference: 'Diarienummer eller referens',
    dpaSubProcessors: 'Underbiträden',
    dpaSubProcessorsHint: 'Ett per rad: namn; land; syfte',
    supervisionMethod: 'Tillsyn',
    supervisionInterval: 'Intervall (månader)',
    supervisionLastOn: 'Senaste tillsyn',
    supervisionNextOn: 'Nästa tillsyn',
    supervisionNextOnHint: 'Tomt: senaste tillsyn plus intervallet.',
    supervisionOwner: 'Ansvarig för tillsynen',
    supervisionOwnerHint: 'Tomt: dataskyddsombudet.',
    supervisionNone: 'Ingen tillsyn',
    supervisionNext: 'Nästa tillsyn {date}',
    'method.auditReport': 'Revisionsrapport',
    'method.questionnaire': 'Frågeformulär',
    'method.inspection': 'Inspektion',
    'method.meeting': 'Möte',
    'method.documentReview': 'Granskning av dokument',
    'method.selfAssessment': 'Egenkontroll',
    'dpaStatus.none': 'Inget avtal',
    'dpaStatus.inPlace': 'Avtal finns',
    'dpaStatus.expiring': 'Avtalet löper snart ut',
    'dpaStatus.expired': 'Avtalet har löpt ut',
    pickFromRegister: 'Välj ur registret eller skriv',
    linkedSystemsTitle: 'Länkade IT-system',
    linkedProcessorsTitle: 'Länkade biträden',
  },
  da: {
    navSystems: 'IT-systemer',
    navProcessors: 'Databehandlere',
    systemsTitle: 'IT-systemer',
    systemsIntro: 'De systemer, behandlingerne henviser til. Skifter et system navn, ændres det i hver behandling, der henviser til det.',
    processorsTitle: 'Databehandlere',
    processorsIntro: 'Databehandlere med databehandleraftale (art. 28) og tilsyn. Næste tilsyn vises blandt fristerne.',
    entitySearch: 'Søg',
    entityNew: 'Ny',
    entityEdit: 'Rediger',
    entityRetire: 'Udfas',
    entityRetired: 'Udfaset',
    entitySave: 'Gem',
    entityCancel: 'Annuller',
    entitySaved: 'Gemt.',
    entityNone: 'Ingen poster endnu.',
    entityCount: '{count} poster',
    systemDialogTitle: 'IT-system',
    processorDialogTitle: 'Databehandler',
    fieldEntityName: 'Navn',
    fieldSystemKind: 'Systemtype',
    fieldSupplier: 'Leverandør',
    fieldSystemOwner: 'Systemejer',
    fieldHosting: 'Drift',
    fieldLocation: 'Sted, hvor oplysningerne opbevares',
    fieldArchiveDuty: 'Omfattet af arkivpligt',
    fieldNotes: 'Noter',
    fieldOrganisationNumber: 'CVR-nummer',
    fieldContact: 'Kontakt',
    'hosting.onPremises': 'Egen drift',
    'hosting.municipalDataCentre': 'Kommunens datacenter',
    'hosting.supplierHosted': 'Leverandørens drift',
    'hosting.saas': 'Cloudtjeneste (SaaS)',
    'hosting.publicCloud': 'Offentlig cloud',
    'hosting.unknown': 'Ukendt',
    dpaTitle: 'Databehandleraftale',
    dpaInPlace: 'Aftale foreligger',
    dpaSignedOn: 'Underskrevet',
    dpaValidUntil: 'Gælder til',
    dpaReference: 'Journalnummer eller reference',
    dpaSubProcessors: 'Underdatabehandlere',
    dpaSubProcessorsHint: 'Én pr. linje: navn; land; formål',
    supervisionMethod: 'Tilsyn',
    supervisionInterval: 'Interval (måneder)',
    supervisionLastOn: 'Seneste tilsyn',
    supervisionNextOn: 'Næste tilsyn',
    supervisionNextOnHint: 'Tomt: seneste tilsyn plus intervallet.',
    supervisionOwner: 'Ansvarlig for tilsynet',
    supervisionOwnerHint: 'Tomt: databeskyttelsesrådgiveren.',
    supervisionNone: 'Intet tilsyn',
    supervisionNext: 'Næste tilsyn {date}',
    'method.auditReport': 'Revisionserklæring',
    'method.questionnaire': 'Spørgeskema',
    'method.inspection': 'Inspektion',
    'method.meeting': 'Møde',
    'method.documentReview': 'Gennemgang af dokumenter',
    'method.selfAssessment': 'Egenkontrol',
    'dpaStatus.none': 'Ingen aftale',
    'dpaStatus.inPlace': 'Aftale foreligger',
    'dpaStatus.expiring': 'Aftalen udløber snart',
    'dpaStatus.expired': 'Aftalen er udløbet',
    pickFromRegister: 'Vælg fra fortegnelsen, eller skriv',
    linkedSystemsTitle: 'Tilknyttede IT-systemer',
    linkedProcessorsTitle: 'Tilknyttede databehandlere',
  },
  en: {
    navSystems: 'IT systems',
    navProcessors: 'Processors',
    systemsTitle: 'IT systems',
    systemsIntro: 'The systems processings link to. Renaming a system renames it in every processing that links it.',
    processorsTitle: 'Processors',
    processorsIntro: 'Processors with their data processing agreements (Art. 28) and supervision. The next supervision is listed among the deadlines.',
    entitySearch: 'Search',
    entityNew: 'New',
    entityEdit: 'Edit',
    entityRetire: 'Retire',
    entityRetired: 'Retired',
    entitySave: 'Save',
    entityCancel: 'Cancel',
    entitySaved: 'Saved.',
    entityNone: 'Nothing here yet.',
    entityCount: '{count} entries',
    systemDialogTitle: 'IT system',
    processorDialogTitle: 'Processor',
    fieldEntityName: 'Name',
    fieldSystemKind: 'Kind of system',
    fieldSupplier: 'Supplier',
    fieldSystemOwner: 'System owner',
    fieldHosting: 'Hosting',
    fieldLocation: 'Where the data is stored',
    fieldArchiveDuty: 'Falls under archive law',
    fieldNotes: 'Notes',
    fieldOrganisationNumber: 'Organisation number',
    fieldContact: 'Contact',
    'hosting.onPremises': 'On premises',
    'hosting.municipalDataCentre': 'Municipal data centre',
    'hosting.supplierHosted': 'Hosted by the supplier',
    'hosting.saas': 'SaaS',
    'hosting.publicCloud': 'Public cloud',
    'hosting.unknown': 'Unknown',
    dpaTitle: 'Data processing agreement',
    dpaInPlace: 'Agreement in place',
    dpaSignedOn: 'Signed',
    dpaValidUntil: 'Valid until',
    dpaReference: 'Case number or reference',
    dpaSubProcessors: 'Sub-processors',
    dpaSubProcessorsHint: 'One per line: name; country; purpose',
    supervisionMethod: 'Supervision',
    supervisionInterval: 'Interval (months)',
    supervisionLastOn: 'Last supervision',
    supervisionNextOn: 'Next supervision',
    supervisionNextOnHint: 'Empty: last supervision plus the interval.',
    supervisionOwner: 'Who follows up the supervision',
    supervisionOwnerHint: 'Empty: the data protection officer.',
    supervisionNone: 'No supervision',
    supervisionNext: 'Next supervision {date}',
    'method.auditReport': 'Audit report',
    'method.questionnaire': 'Questionnaire',
    'method.inspection': 'Inspection',
    'method.meeting': 'Meeting',
    'method.documentReview': 'Document review',
    'method.selfAssessment': 'Self-assessment',
    'dpaStatus.none': 'No agreement',
    'dpaStatus.inPlace': 'Agreement in place',
    'dpaStatus.expiring': 'Agreement expires soon',
    'dpaStatus.expired': 'Agreement expired',
    pickFromRegister: 'Pick from the register or type',
    linkedSystemsTitle: 'Linked IT systems',
    linkedProcessorsTitle: 'Linked processors',
  },
};
