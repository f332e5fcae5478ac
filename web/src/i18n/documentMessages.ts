import type { MessageTable } from './language.js';

type Key =
  | 'navDocuments'
  | 'documentsTitle'
  | 'documentsIntro'
  | 'documentFile'
  | 'documentUnit'
  | 'documentController'
  | 'readDocument'
  | 'readingDocument'
  | 'foundProposals'
  | 'noProposals'
  | 'proposalSummary'
  | 'notUnderstoodTitle'
  | 'notUnderstoodIntro'
  | 'reviewProposal'
  | 'draftReviewTitle'
  | 'reviewIntro'
  | 'proposedFields'
  | 'documentText'
  | 'fromPassage'
  | 'showInText'
  | 'accept'
  | 'edit'
  | 'drop'
  | 'undoDecision'
  | 'saveEdit'
  | 'cancelEdit'
  | 'editValue'
  | 'decisionAccepted'
  | 'decisionEdited'
  | 'decisionDropped'
  | 'decisionNone'
  | 'acceptRemaining'
  | 'sendToReview'
  | 'sentToReview'
  | 'alreadySent'
  | 'purposeNumber'
  | 'draftSpecialCategory'
  | 'kindName'
  | 'kindDescription'
  | 'kindLegalBases'
  | 'kindNationalLaw'
  | 'kindDataSubjectCategories'
  | 'kindPersonalDataCategories'
  | 'kindRecipients'
  | 'kindThirdCountryTransfers'
  | 'kindRetention'
  | 'kindSources'
  | 'earlierDocuments'
  | 'draftOpen'
  | 'draftSubmitted'
  | 'openDraft'
  | 'checkTitle'
  | 'checkIntro'
  | 'checkProcessing'
  | 'checkChooseProcessing'
  | 'checkText'
  | 'checkFile'
  | 'runCheck'
  | 'noDifferences'
  | 'differencesCount'
  | 'columnField'
  | 'columnSide'
  | 'columnValue'
  | 'columnPassage'
  | 'sideNoticeOnly'
  | 'sideRegisterOnly'
  | 'diffLegalBasis'
  | 'diffNationalLaw'
  | 'diffRecipients'
  | 'diffRetention'
  | 'diffDataCategories'
  | 'diffDataSubjects'
  | 'diffSources'
  | 'diffTransfers';

export const documentMessages: MessageTable<Key> = {
  sv: {
    navDocuments: 'Dokument',
    documentsTitle: 'Utkast från dokument',
    documentsIntro:
      'Läs in en integritetsinformation eller en handbok som kommunen redan har (.txt, .html, .docx eller .pdf). Varje behandling som dokumentet beskriver blir ett utkast. Du granskar varje fält bredvid meningen det kommer från och skickar utkastet till granskning. Inget förs in i registret utan granskning.',
    documentFile: 'Dokument',
    documentUnit: 'Nämnd eller förvaltning',
    documentController: 'Personuppgiftsansvarig',
    readDocument: 'Läs dokumentet',
    readingDocument: 'Läser dokumentet …',
    foundProposals: 'Hittade {count} behandlingar i {file}.',
    noProposals: 'Dokumentet beskriver ingen behandling som gick att läsa.',
    proposalSummary: '{fields} fält i {purposes} ändamål',
    notUnderstoodTitle: 'Inte förstått ({count})',
    notUnderstoodIntro: 'Stycken som verkar viktiga (en hänvisning, en tidsgräns) men som ingen regel kunde placera. För in dem för hand om de behövs.',
    reviewProposal: 'Granska {name}',
    draftReviewTitle: 'Granska: {name}',
    reviewIntro: 'Godta, redigera eller stryk varje fält. Bara godtagna och redigerade fält skickas till granskning.',
    proposedFields: 'Föreslagna fält',
    documentText: 'Dokumentets text',
    fromPassage: 'Från texten:',
    showInText: 'Visa i texten',
    accept: 'Godta',
    edit: 'Redigera',
    drop: 'Stryk',
    undoDecision: 'Ångra',
    saveEdit: 'Spara',
    cancelEdit: 'Avbryt',
    editValue: 'Nytt värde för {field}',
    decisionAccepted: 'Godtaget',
    decisionEdited: 'Redigerat',
    decisionDropped: 'Struket',
    decisionNone: 'Inte beslutat',
    acceptRemaining: 'Godta alla återstående',
    sendToReview: 'Skicka till granskning',
    sentToReview: '”{name}” är skickad till granskning och väntar i dataskyddsombudets kö.',
    alreadySent: 'Skickad till granskning',
    purposeNumber: 'Ändamål {number}',
    draftSpecialCategory: 'känslig personuppgift',
    kindName: 'Namn',
    kindDescription: 'Ändamål',
    kindLegalBases: 'Rättslig grund',
    kindNationalLaw: 'Nationell lag',
    kindDataSubjectCategories: 'Registrerade',
    kindPersonalDataCategories: 'Personuppgifter',
    kindRecipients: 'Mottagare',
    kindThirdCountryTransfers: 'Överföring till tredje land',
    kindRetention: 'Lagring och gallring',
    kindSources: 'Varifrån uppgifterna kommer',
    earlierDocuments: 'Tidigare inlästa dokument',
    draftOpen: 'pågår',
    draftSubmitted: 'klart',
    openDraft: 'Öppna {file}',
    checkTitle: 'Jämför en integritetsinformation med registret',
    checkIntro: 'Välj en behandling och klistra in eller ladda upp den publicerade texten. Du ser vad texten säger som registret inte säger, och tvärtom.',
    checkProcessing: 'Behandling',
    checkChooseProcessing: 'Välj en behandling',
    checkText: 'Text från integritetsinformationen',
    checkFile: 'Eller ladda upp texten som fil',
    runCheck: 'Jämför',
    noDifferences: 'Texten och registret säger samma sak.',
    differencesCount: '{count} skillnader',
    columnField: 'Fält',
    columnSide: 'Var',
    columnValue: 'Vad',
    columnPassage: 'I texten',
    sideNoticeOnly: 'Bara i texten',
    sideRegisterOnly: 'Bara i registret',
    diffLegalBasis: 'Rättslig grund',
    diffNationalLaw: 'Nationell lag',
    diffRecipients: 'Mottagare',
    diffRetention: 'Lagring',
    diffDataCategories: 'Personuppgifter',
    diffDataSubjects: 'Registrerade',
    diffSources: 'Källor',
    diffTransfers: 'Överföringar',
  },
  da: {
    navDocuments: 'Dokumenter',
    documentsTitle: 'Udkast fra dokumenter',
    documentsIntro:
      'Indlæs en privatlivsmeddelelse eller en håndbog, som kommunen allerede har (.txt, .html, .docx eller .pdf). Hver behandling, dokumentet beskriver, bliver et udkast. Du gennemgår hvert felt ved siden af den sætning, det kommer fra, og sender udkastet til gennemgang. Intet kommer i fortegnelsen uden gennemgang.',
    documentFile: 'Dokument',
    documentUnit: 'Udvalg eller forvaltning',
    documentController: 'Dataansvarlig',
    readDocument: 'Læs dokumentet',
    readingDocument: 'Læser dokumentet …',
    foundProposals: 'Fandt {count} behandlinger i {file}.',
    noProposals: 'Dokumentet beskriver ingen behandling, der kunne læses.',
    proposalSummary: '{fields} felter i {purposes} formål',
    notUnderstoodTitle: 'Ikke forstået ({count})',
    notUnderstoodIntro: 'Afsnit, der ser vigtige ud (en henvisning, en frist), men som ingen regel kunne placere. Indfør dem i hånden, hvis de skal med.',
    reviewProposal: 'Gennemgå {name}',
    draftReviewTitle: 'Gennemgå: {name}',
    reviewIntro: 'Godkend, ret eller fjern hvert felt. Kun godkendte og rettede felter sendes til gennemgang.',
    proposedFields: 'Foreslåede felter',
    documentText: 'Dokumentets tekst',
    fromPassage: 'Fra teksten:',
    showInText: 'Vis i teksten',
    accept: 'Godkend',
    edit: 'Ret',
    drop: 'Fjern',
    undoDecision: 'Fortryd',
    saveEdit: 'Gem',
    cancelEdit: 'Annullér',
    editValue: 'Ny værdi for {field}',
    decisionAccepted: 'Godkendt',
    decisionEdited: 'Rettet',
    decisionDropped: 'Fjernet',
    decisionNone: 'Ikke besluttet',
    acceptRemaining: 'Godkend alle resterende',
    sendToReview: 'Send til gennemgang',
    sentToReview: '»{name}« er sendt til gennemgang og venter i databeskyttelsesrådgiverens kø.',
    alreadySent: 'Sendt til gennemgang',
    purposeNumber: 'Formål {number}',
    draftSpecialCategory: 'følsom personoplysning',
    kindName: 'Navn',
    kindDescription: 'Formål',
    kindLegalBases: 'Retsgrundlag',
    kindNationalLaw: 'National lov',
    kindDataSubjectCategories: 'Registrerede',
    kindPersonalDataCategories: 'Personoplysninger',
    kindRecipients: 'Modtagere',
    kindThirdCountryTransfers: 'Overførsel til tredjeland',
    kindRetention: 'Opbevaring og sletning',
    kindSources: 'Hvor oplysningerne kommer fra',
    earlierDocuments: 'Tidligere indlæste dokumenter',
    draftOpen: 'i gang',
    draftSubmitted: 'færdig',
    openDraft: 'Åbn {file}',
    checkTitle: 'Sammenlign en privatlivsmeddelelse med fortegnelsen',
    checkIntro: 'Vælg en behandling, og indsæt eller upload den offentliggjorte tekst. Du ser, hvad teksten siger, som fortegnelsen ikke siger, og omvendt.',
    checkProcessing: 'Behandling',
    checkChooseProcessing: 'Vælg en behandling',
    checkText: 'Tekst fra privatlivsmeddelelsen',
    checkFile: 'Eller upload teksten som fil',
    runCheck: 'Sammenlign',
    noDifferences: 'Teksten og fortegnelsen siger det samme.',
    differencesCount: '{count} forskelle',
    columnField: 'Felt',
    columnSide: 'Hvor',
    columnValue: 'Hvad',
    columnPassage: 'I teksten',
    sideNoticeOnly: 'Kun i teksten',
    sideRegisterOnly: 'Kun i fortegnelsen',
    diffLegalBasis: 'Retsgrundlag',
    diffNationalLaw: 'National lov',
    diffRecipients: 'Modtagere',
    diffRetention: 'Opbevaring',
    diffDataCategories: 'Personoplysninger',
    diffDataSubjects: 'Registrerede',
    diffSources: 'Kilder',
    diffTransfers: 'Overførsler',
  },
  en: {
    navDocuments: 'Documents',
    documentsTitle: 'Drafts from documents',
    documentsIntro:
      'Read in a privacy notice or a handbook the municipality already has (.txt, .html, .docx or .pdf). Each processing the document describes becomes a draft. You review every field next to the sentence it came from and send the draft to review. Nothing enters the register unreviewed.',
    documentFile: 'Document',
    documentUnit: 'Committee or department',
    documentController: 'Controller',
    readDocument: 'Read the document',
    readingDocument: 'Reading the document …',
    foundProposals: 'Found {count} processings in {file}.',
    noProposals: 'The document describes no processing that could be read.',
    proposalSummary: '{fields} fields in {purposes} purposes',
    notUnderstoodTitle: 'Not understood ({count})',
    notUnderstoodIntro: 'Passages that look like they matter (a reference, a time limit) but that no rule could place. Enter them by hand if they are needed.',
    reviewProposal: 'Review {name}',
    draftReviewTitle: 'Review: {name}',
    reviewIntro: 'Accept, edit or drop each field. Only accepted and edited fields are sent to review.',
    proposedFields: 'Proposed fields',
    documentText: 'The document’s text',
    fromPassage: 'From the text:',
    showInText: 'Show in the text',
    accept: 'Accept',
    edit: 'Edit',
    drop: 'Drop',
    undoDecision: 'Undo',
    saveEdit: 'Save',
    cancelEdit: 'Cancel',
    editValue: 'New value for {field}',
    decisionAccepted: 'Accepted',
    decisionEdited: 'Edited',
    decisionDropped: 'Dropped',
    decisionNone: 'Not decided',
    acceptRemaining: 'Accept all remaining',
    sendToReview: 'Send to review',
    sentToReview: '“{name}” has been sent to review and waits in the data protection officer’s queue.',
    alreadySent: 'Sent to review',
    purposeNumber: 'Purpose {number}',
    draftSpecialCategory: 'special category',
    kindName: 'Name',
    kindDescription: 'Purpose',
    kindLegalBases: 'Legal basis',
    kindNationalLaw: 'National law',
    kindDataSubjectCategories: 'Data subjects',
    kindPersonalDataCategories: 'Personal data',
    kindRecipients: 'Recipients',
    kindThirdCountryTransfers: 'Transfer to a third country',
    kindRetention: 'Retention',
    kindSources: 'Where the data comes from',
    earlierDocuments: 'Documents read earlier',
    draftOpen: 'in progress',
    draftSubmitted: 'done',
    openDraft: 'Open {file}',
    checkTitle: 'Check a privacy notice against the register',
    checkIntro: 'Pick a processing and paste or upload the published text. You see what the text says that the register does not, and the reverse.',
    checkProcessing: 'Processing',
    checkChooseProcessing: 'Choose a processing',
    checkText: 'Text of the privacy notice',
    checkFile: 'Or upload the text as a file',
    runCheck: 'Check',
    noDifferences: 'The text and the register say the same.',
    differencesCount: '{count} differences',
    columnField: 'Field',
    columnSide: 'Where',
    columnValue: 'What',
    columnPassage: 'In the text',
    sideNoticeOnly: 'Only in the text',
    sideRegisterOnly: 'Only in the register',
    diffLegalBasis: 'Legal basis',
    diffNationalLaw: 'National law',
    diffRecipients: 'Recipients',
    diffRetention: 'Retention',
    diffDataCategories: 'Personal data',
    diffDataSubjects: 'Data subjects',
    diffSources: 'Sources',
    diffTransfers: 'Transfers',
  },
};
