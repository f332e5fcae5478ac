import type { MessageTable } from './language.js';

type Key =
  | 'navDeadlines'
  | 'deadlinesTitle'
  | 'deadlinesEmpty'
  | 'deadlinesNoneNear'
  | 'showLater'
  | 'hideLater'
  | 'overdue'
  | 'dueOn'
  | 'reference'
  | 'what'
  | 'markReviewed'
  | 'newCase'
  | 'caseType'
  | 'type.dsr'
  | 'type.whistleblower'
  | 'type.breach'
  | 'dsrKind'
  | 'kind.access'
  | 'kind.rectification'
  | 'kind.erasure'
  | 'kind.restriction'
  | 'kind.portability'
  | 'kind.objection'
  | 'caseReference'
  | 'caseUnit'
  | 'receivedOn'
  | 'awareAt'
  | 'deadlineAction'
  | 'registerCase'
  | 'openCases'
  | 'reason'
  | 'eventDone'
  | 'paused'
  | 'deadline.dsr.response'
  | 'deadline.dsr.extensionNotice'
  | 'deadline.whistleblower.acknowledge'
  | 'deadline.whistleblower.feedback'
  | 'deadline.whistleblower.deletion'
  | 'deadline.breach.notifyAuthority'
  | 'deadline.processing.review'
  | 'deadline.processing.dpiaReview'
  | 'deadline.processor.supervision'
  | 'event.respond'
  | 'event.extend'
  | 'event.sendExtensionNotice'
  | 'event.pause'
  | 'event.resume'
  | 'event.acknowledge'
  | 'event.giveFeedback'
  | 'event.close'
  | 'event.delete'
  | 'event.notifyAuthority'
  | 'event.notificationNotRequired';

export const deadlineMessages: MessageTable<Key> = {
  sv: {
    navDeadlines: 'Tidsfrister',
    deadlinesTitle: 'Kommande och försenade tidsfrister',
    deadlinesEmpty: 'Inga öppna tidsfrister.',
    deadlinesNoneNear: 'Inga tidsfrister de närmaste {days} dagarna.',
    showLater: 'Visa {count} senare tidsfrister (efter {days} dagar)',
    hideLater: 'Visa bara de närmaste {days} dagarna',
    overdue: 'Försenad',
    dueOn: 'Senast',
    reference: 'Ärende',
    what: 'Vad',
    markReviewed: 'Markera som granskad',
    newCase: 'Registrera ärende',
    caseType: 'Typ av ärende',
    'type.dsr': 'Begäran från registrerad',
    'type.whistleblower': 'Visselblåsning',
    'type.breach': 'Personuppgiftsincident',
    dsrKind: 'Begäran gäller',
    'kind.access': 'Registerutdrag',
    'kind.rectification': 'Rättelse',
    'kind.erasure': 'Radering',
    'kind.restriction': 'Begränsning',
    'kind.portability': 'Dataportabilitet',
    'kind.objection': 'Invändning',
    caseReference: 'Diarienummer',
    caseUnit: 'Nämnd/enhet',
    receivedOn: 'Mottagen',
    awareAt: 'Upptäckt (datum och tid)',
    deadlineAction: 'Åtgärd',
    registerCase: 'Registrera',
    openCases: 'Öppna ärenden',
    reason: 'Motivering',
    eventDone: 'Sparat.',
    paused: 'Pausad i väntan på identifiering',
    'deadline.dsr.response': 'Svar till den registrerade',
    'deadline.dsr.extensionNotice': 'Besked om förlängning',
    'deadline.whistleblower.acknowledge': 'Bekräfta mottagandet',
    'deadline.whistleblower.feedback': 'Återkoppling',
    'deadline.whistleblower.deletion': 'Radera personuppgifter',
    'deadline.breach.notifyAuthority': 'Anmäl till {authority} (72 timmar)',
    'deadline.processing.review': 'Årlig översyn av behandlingen',
    'deadline.processing.dpiaReview': 'Översyn av konsekvensbedömningen',
    'deadline.processor.supervision': 'Tillsyn av personuppgiftsbiträdet',
    'event.respond': 'Besvarad',
    'event.extend': 'Förläng två månader',
    'event.sendExtensionNotice': 'Besked om förlängning skickat',
    'event.pause': 'Pausa (väntar på identifiering)',
    'event.resume': 'Återuppta',
    'event.acknowledge': 'Bekräftelse skickad',
    'event.giveFeedback': 'Återkoppling lämnad',
    'event.close': 'Avsluta',
    'event.delete': 'Personuppgifter raderade',
    'event.notifyAuthority': 'Anmäld till {authority}',
    'event.notificationNotRequired': 'Anmälan behövs inte',
  },
  da: {
    navDeadlines: 'Frister',
    deadlinesTitle: 'Kommende og overskredne frister',
    deadlinesEmpty: 'Ingen åbne frister.',
    deadlinesNoneNear: 'Ingen frister de næste {days} dage.',
    showLater: 'Vis {count} senere frister (efter {days} dage)',
    hideLater: 'Vis kun de næste {days} dage',
    overdue: 'Overskredet',
    dueOn: 'Senest',
    reference: 'Sag',
    what: 'Hvad',
    markReviewed: 'Markér som gennemgået',
    newCase: 'Opret sag',
    caseType: 'Sagstype',
    'type.dsr': 'Anmodning fra registreret',
    'type.whistleblower': 'Whistleblowerindberetning',
    'type.breach': 'Brud på persondatasikkerheden',
    dsrKind: 'Anmodningen gælder',
    'kind.access': 'Indsigt',
    'kind.rectification': 'Berigtigelse',
    'kind.erasure': 'Sletning',
    'kind.restriction': 'Begrænsning',
    'kind.portability': 'Dataportabilitet',
    'kind.objection': 'Indsigelse',
    caseReference: 'Sagsnummer',
    caseUnit: 'Forvaltning/enhed',
    receivedOn: 'Modtaget',
    awareAt: 'Opdaget (dato og tid)',
    deadlineAction: 'Handling',
    registerCase: 'Opret',
    openCases: 'Åbne sager',
    reason: 'Begrundelse',
    eventDone: 'Gemt.',
    paused: 'Sat på pause i afventning af identifikation',
    'deadline.dsr.response': 'Svar til den registrerede',
    'deadline.dsr.extensionNotice': 'Meddelelse om forlængelse',
    'deadline.whistleblower.acknowledge': 'Kvittér for modtagelsen',
    'deadline.whistleblower.feedback': 'Feedback',
    'deadline.whistleblower.deletion': 'Slet personoplysninger',
    'deadline.breach.notifyAuthority': 'Anmeld til {authority} (72 timer)',
    'deadline.processing.review': 'Årlig gennemgang af behandlingen',
    'deadline.processing.dpiaReview': 'Gennemgang af konsekvensanalysen',
    'deadline.processor.supervision': 'Tilsyn med databehandleren',
    'event.respond': 'Besvaret',
    'event.extend': 'Forlæng med to måneder',
    'event.sendExtensionNotice': 'Meddelelse om forlængelse sendt',
    'event.pause': 'Sæt på pause (afventer identifikation)',
    'event.resume': 'Genoptag',
    'event.acknowledge': 'Kvittering sendt',
    'event.giveFeedback': 'Feedback givet',
    'event.close': 'Afslut',
    'event.delete': 'Personoplysninger slettet',
    'event.notifyAuthority': 'Anmeldt til {authority}',
    'event.notificationNotRequired': 'Anmeldelse ikke nødvendig',
  },
  en: {
    navDeadlines: 'Deadlines',
    deadlinesTitle: 'Upcoming and overdue deadlines',
    deadlinesEmpty: 'No open deadlines.',
    deadlinesNoneNear: 'No deadlines in the next {days} days.',
    showLater: 'Show {count} later deadlines (after {days} days)',
    hideLater: 'Show only the next {days} days',
    overdue: 'Overdue',
    dueOn: 'Due',
    reference: 'Case',
    what: 'What',
    markReviewed: 'Mark as reviewed',
    newCase: 'Register a case',
    caseType: 'Case type',
    'type.dsr': 'Data-subject request',
    'type.whistleblower': 'Whistleblower report',
    'type.breach': 'Personal data breach',
    dsrKind: 'The request is for',
    'kind.access': 'Access',
    'kind.rectification': 'Rectification',
    'kind.erasure': 'Erasure',
    'kind.restriction': 'Restriction',
    'kind.portability': 'Portability',
    'kind.objection': 'Objection',
    caseReference: 'Case number',
    caseUnit: 'Committee/unit',
    receivedOn: 'Received',
    awareAt: 'Became aware (date and time)',
    deadlineAction: 'Action',
    registerCase: 'Register',
    openCases: 'Open cases',
    reason: 'Reason',
    eventDone: 'Saved.',
    paused: 'Paused while waiting for identification',
    'deadline.dsr.response': 'Reply to the data subject',
    'deadline.dsr.extensionNotice': 'Notice of extension',
    'deadline.whistleblower.acknowledge': 'Acknowledge receipt',
    'deadline.whistleblower.feedback': 'Feedback',
    'deadline.whistleblower.deletion': 'Delete personal data',
    'deadline.breach.notifyAuthority': 'Notify {authority} (72 hours)',
    'deadline.processing.review': 'Yearly review of the processing',
    'deadline.processing.dpiaReview': 'Review of the impact assessment',
    'deadline.processor.supervision': 'Supervision of the processor',
    'event.respond': 'Answered',
    'event.extend': 'Extend by two months',
    'event.sendExtensionNotice': 'Extension notice sent',
    'event.pause': 'Pause (waiting for identification)',
    'event.resume': 'Resume',
    'event.acknowledge': 'Acknowledgement sent',
    'event.giveFeedback': 'Feedback given',
    'event.close': 'Close',
    'event.delete': 'Personal data deleted',
    'event.notifyAuthority': 'Notified {authority}',
    'event.notificationNotRequired': 'No notification needed',
  },
};
