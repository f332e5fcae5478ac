import type { MessageTable } from './language.js';

/** The case workspace, the breach log and the audit log page. */
type Key =
  | 'calendar.SE'
  | 'calendar.DK'
  | 'calendar.DKCustomary'
  | 'caseReceived'
  | 'caseAware'
  | 'caseHandler'
  | 'caseNextDeadline'
  | 'caseNoDeadline'
  | 'caseHistory'
  | 'caseHistoryEntry'
  | 'event.register'
  | 'event.document'
  | 'caseReason'
  | 'caseNote'
  | 'reason.complexRequest'
  | 'reason.manyRequests'
  | 'reason.identityVerification'
  | 'reason.clarificationRequested'
  | 'reason.unlikelyRisk'
  | 'reason.dataEncrypted'
  | 'reason.riskRemovedPromptly'
  | 'reason.completed'
  | 'reason.withdrawn'
  | 'reason.manifestlyUnfounded'
  | 'reason.referredElsewhere'
  | 'reason.noFurtherAction'
  | 'breachFacts'
  | 'breachEffects'
  | 'breachRemedial'
  | 'confirmCloseTitle'
  | 'confirmCloseBody'
  | 'confirmDeleteTitle'
  | 'confirmDeleteBody'
  | 'confirm'
  | 'cancel'
  | 'savedEvent'
  | 'savedCase'
  | 'closedCases'
  | 'closedSearch'
  | 'closedNone'
  | 'closedOn'
  | 'deletesOn'
  | 'deletedCases'
  | 'deletedRow'
  | 'deletedNone'
  | 'pausedSince'
  | 'caseUnitChoose'
  | 'caseReferenceHint'
  | 'navBreaches'
  | 'breachLogTitle'
  | 'breachLogIntro'
  | 'breachLogEmpty'
  | 'breachLogExport'
  | 'breachAwareCol'
  | 'breachNotifiedCol'
  | 'breachNotifiedAt'
  | 'breachNotNotified'
  | 'breachUndecided'
  | 'navAudit'
  | 'auditTitle'
  | 'auditChoose'
  | 'auditEmpty'
  | 'auditAt'
  | 'auditAction'
  | 'auditActor'
  | 'auditVersion'
  | 'auditFields'
  | 'audit.reported'
  | 'audit.proposed'
  | 'audit.approved'
  | 'audit.rejected'
  | 'audit.changesRequested'
  | 'audit.imported'
  | 'audit.reviewed';

export const caseMessages: MessageTable<Key> = {
  sv: {
    'calendar.SE': 'Tidsfristerna räknas med svenska helgdagar; midsommar-, jul- och nyårsafton räknas som helgdag (lag 1930:173).',
    'calendar.DK': 'Tidsfristerna räknas med danska lagstadgade helgdagar; grundlovsdag, julafton och nyårsafton räknas som arbetsdagar.',
    'calendar.DKCustomary': 'Tidsfristerna räknas med danska helgdagar och kommunens stängda dagar grundlovsdag, julafton och nyårsafton.',
    caseReceived: 'Mottagen {date}',
    caseAware: 'Upptäckt {date}',
    caseHandler: 'Handläggare: {name}',
    caseNextDeadline: 'Nästa tidsfrist: {what}, {due}',
    caseNoDeadline: 'Inga öppna tidsfrister',
    caseHistory: 'Historik',
    caseHistoryEntry: '{event}: {date}',
    'event.register': 'Registrerad',
    'event.document': 'Spara dokumentation',
    caseReason: 'Skäl',
    caseNote: 'Kort anteckning (högst 200 tecken, inga namn, personnummer eller kontaktuppgifter)',
    'reason.complexRequest': 'Begäran är komplex',
    'reason.manyRequests': 'Många begäranden',
    'reason.identityVerification': 'Väntar på identifiering',
    'reason.clarificationRequested': 'Väntar på förtydligande',
    'reason.unlikelyRisk': 'Osannolikt att den medför risk',
    'reason.dataEncrypted': 'Uppgifterna var krypterade',
    'reason.riskRemovedPromptly': 'Risken undanröjdes direkt',
    'reason.completed': 'Handläggningen är klar',
    'reason.withdrawn': 'Återkallad',
    'reason.manifestlyUnfounded': 'Uppenbart ogrundad',
    'reason.referredElsewhere': 'Överlämnad till annan',
    'reason.noFurtherAction': 'Ingen vidare åtgärd',
    breachFacts: 'Vad som hänt',
    breachEffects: 'Följder',
    breachRemedial: 'Åtgärder',
    confirmCloseTitle: 'Avsluta {reference}?',
    confirmCloseBody: 'Ärendet avslutas och kan inte öppnas igen. Det går att söka fram under bevarandetiden och raderas sedan automatiskt.',
    confirmDeleteTitle: 'Bekräfta att personuppgifterna i {reference} är raderade?',
    confirmDeleteBody: 'Bekräfta bara när uppgifterna faktiskt är raderade i ärendesystemet. Det går inte att ångra.',
    confirm: 'Bekräfta',
    cancel: 'Avbryt',
    savedEvent: 'Sparat: {event} för {reference}.',
    savedCase: 'Registrerat: {reference} ({type}).',
    closedCases: 'Avslutade ärenden',
    closedSearch: 'Sök bland avslutade ärenden (diarienummer eller enhet)',
    closedNone: 'Inga avslutade ärenden.',
    closedOn: 'Avslutad {date}',
    deletesOn: 'raderas {date}',
    deletedCases: 'Raderade ärenden',
    deletedRow: '{type}, avslutat {closed}, raderat {deleted}',
    deletedNone: 'Inga ärenden har raderats ännu.',
    pausedSince: 'Pausad sedan {date}',
    caseUnitChoose: 'Välj enhet',
    caseReferenceHint: 'Till exempel {example}',
    navBreaches: 'Incidentlogg',
    breachLogTitle: 'Incidentlogg (artikel 33.5)',
    breachLogIntro: 'Alla personuppgiftsincidenter, anmälda till {authority} eller inte, med fakta, följder och vidtagna åtgärder.',
    breachLogEmpty: 'Inga incidenter registrerade.',
    breachLogExport: 'Exportera CSV',
    breachAwareCol: 'Upptäckt',
    breachNotifiedCol: 'Anmälan till {authority}',
    breachNotifiedAt: 'Anmäld {date}',
    breachNotNotified: 'Inte anmäld: {reason}',
    breachUndecided: 'Inte bedömd ännu',
    navAudit: 'Händelselogg',
    auditTitle: 'Händelselogg per behandling',
    auditChoose: 'Behandling',
    auditEmpty: 'Inga händelser.',
    auditAt: 'När',
    auditAction: 'Händelse',
    auditActor: 'Av',
    auditVersion: 'Version',
    auditFields: 'Ändrade fält',
    'audit.reported': 'Anmäld',
    'audit.proposed': 'Ändring föreslagen',
    'audit.approved': 'Godkänd',
    'audit.rejected': 'Avslagen',
    'audit.changesRequested': 'Komplettering begärd',
    'audit.imported': 'Importerad',
    'audit.reviewed': 'Årlig översyn gjord',
  },
  da: {
    'calendar.SE': 'Fristerne regnes med svenske helligdage; midsommer-, jule- og nytårsaften regnes som helligdag (lag 1930:173).',
    'calendar.DK': 'Fristerne regnes med de lovbestemte danske helligdage; grundlovsdag, juleaftensdag og nytårsaftensdag regnes som arbejdsdage.',
    'calendar.DKCustomary': 'Fristerne regnes med de danske helligdage og kommunens lukkedage grundlovsdag, juleaftensdag og nytårsaftensdag.',
    caseReceived: 'Modtaget {date}',
    caseAware: 'Opdaget {date}',
    caseHandler: 'Sagsbehandler: {name}',
    caseNextDeadline: 'Næste frist: {what}, {due}',
    caseNoDeadline: 'Ingen åbne frister',
    caseHistory: 'Historik',
    caseHistoryEntry: '{event}: {date}',
    'event.register': 'Registreret',
    'event.document': 'Gem dokumentation',
    caseReason: 'Begrundelse',
    caseNote: 'Kort note (højst 200 tegn, ingen navne, CPR-numre eller kontaktoplysninger)',
    'reason.complexRequest': 'Anmodningen er kompleks',
    'reason.manyRequests': 'Mange anmodninger',
    'reason.identityVerification': 'Afventer identifikation',
    'reason.clarificationRequested': 'Afventer præcisering',
    'reason.unlikelyRisk': 'Usandsynligt at det medfører risiko',
    'reason.dataEncrypted': 'Oplysningerne var krypterede',
    'reason.riskRemovedPromptly': 'Risikoen blev fjernet straks',
    'reason.completed': 'Behandlingen er afsluttet',
    'reason.withdrawn': 'Trukket tilbage',
    'reason.manifestlyUnfounded': 'Åbenbart grundløs',
    'reason.referredElsewhere': 'Oversendt til anden',
    'reason.noFurtherAction': 'Ingen yderligere handling',
    breachFacts: 'Hvad der er sket',
    breachEffects: 'Følger',
    breachRemedial: 'Afhjælpende tiltag',
    confirmCloseTitle: 'Afslut {reference}?',
    confirmCloseBody: 'Sagen afsluttes og kan ikke genåbnes. Den kan søges frem i opbevaringsperioden og slettes derefter automatisk.',
    confirmDeleteTitle: 'Bekræft at personoplysningerne i {reference} er slettet?',
    confirmDeleteBody: 'Bekræft kun, når oplysningerne faktisk er slettet i sagssystemet. Det kan ikke fortrydes.',
    confirm: 'Bekræft',
    cancel: 'Annuller',
    savedEvent: 'Gemt: {event} for {reference}.',
    savedCase: 'Registreret: {reference} ({type}).',
    closedCases: 'Afsluttede sager',
    closedSearch: 'Søg i afsluttede sager (sagsnummer eller enhed)',
    closedNone: 'Ingen afsluttede sager.',
    closedOn: 'Afsluttet {date}',
    deletesOn: 'slettes {date}',
    deletedCases: 'Slettede sager',
    deletedRow: '{type}, afsluttet {closed}, slettet {deleted}',
    deletedNone: 'Ingen sager er slettet endnu.',
    pausedSince: 'På pause siden {date}',
    caseUnitChoose: 'Vælg enhed',
    caseReferenceHint: 'For eksempel {example}',
    navBreaches: 'Log over brud',
    breachLogTitle: 'Log over brud (artikel 33, stk. 5)',
    breachLogIntro: 'Alle brud på persondatasikkerheden, anmeldt til {authority} eller ej, med fakta, følger og afhjælpende tiltag.',
    breachLogEmpty: 'Ingen brud registreret.',
    breachLogExport: 'Eksportér CSV',
    breachAwareCol: 'Opdaget',
    breachNotifiedCol: 'Anmeldelse til {authority}',
    breachNotifiedAt: 'Anmeldt {date}',
    breachNotNotified: 'Ikke anmeldt: {reason}',
    breachUndecided: 'Endnu ikke vurderet',
    navAudit: 'Hændelseslog for behandlinger',
    auditTitle: 'Hændelseslog pr. behandling',
    auditChoose: 'Behandling',
    auditEmpty: 'Ingen hændelser.',
    auditAt: 'Hvornår',
    auditAction: 'Hændelse',
    auditActor: 'Af',
    auditVersion: 'Version',
    auditFields: 'Ændrede felter',
    'audit.reported': 'Indberettet',
    'audit.proposed': 'Ændring foreslået',
    'audit.approved': 'Godkendt',
    'audit.rejected': 'Afvist',
    'audit.changesRequested': 'Ændringer ønsket',
    'audit.imported': 'Importeret',
    'audit.reviewed': 'Årlig gennemgang udført',
  },
  en: {
    'calendar.SE': "Deadlines count Swedish public holidays; Midsummer, Christmas and New Year's Eve count as holidays (Act 1930:173).",
    'calendar.DK': "Deadlines count the statutory Danish holidays; Constitution Day, Christmas Eve and New Year's Eve count as working days.",
    'calendar.DKCustomary': "Deadlines count the Danish holidays and the municipality's closed days Constitution Day, Christmas Eve and New Year's Eve.",
    caseReceived: 'Received {date}',
    caseAware: 'Became aware {date}',
    caseHandler: 'Handler: {name}',
    caseNextDeadline: 'Next deadline: {what}, {due}',
    caseNoDeadline: 'No open deadlines',
    caseHistory: 'History',
    caseHistoryEntry: '{event}: {date}',
    'event.register': 'Registered',
    'event.document': 'Save documentation',
    caseReason: 'Reason',
    caseNote: 'Short note (at most 200 characters, no names, ID numbers or contact details)',
    'reason.complexRequest': 'The request is complex',
    'reason.manyRequests': 'Many requests',
    'reason.identityVerification': 'Waiting for identification',
    'reason.clarificationRequested': 'Waiting for clarification',
    'reason.unlikelyRisk': 'Unlikely to result in a risk',
    'reason.dataEncrypted': 'The data was encrypted',
    'reason.riskRemovedPromptly': 'The risk was removed promptly',
    'reason.completed': 'Handling completed',
    'reason.withdrawn': 'Withdrawn',
    'reason.manifestlyUnfounded': 'Manifestly unfounded',
    'reason.referredElsewhere': 'Referred elsewhere',
    'reason.noFurtherAction': 'No further action',
    breachFacts: 'What happened',
    breachEffects: 'Effects',
    breachRemedial: 'Remedial action',
    confirmCloseTitle: 'Close {reference}?',
    confirmCloseBody: 'The case is closed and cannot be reopened. It can be found during its retention period and is then deleted automatically.',
    confirmDeleteTitle: 'Confirm that the personal data in {reference} is deleted?',
    confirmDeleteBody: 'Confirm only once the data is actually deleted in the case system. This cannot be undone.',
    confirm: 'Confirm',
    cancel: 'Cancel',
    savedEvent: 'Saved: {event} for {reference}.',
    savedCase: 'Registered: {reference} ({type}).',
    closedCases: 'Closed cases',
    closedSearch: 'Search closed cases (case number or unit)',
    closedNone: 'No closed cases.',
    closedOn: 'Closed {date}',
    deletesOn: 'deleted on {date}',
    deletedCases: 'Deleted cases',
    deletedRow: '{type}, closed {closed}, deleted {deleted}',
    deletedNone: 'No cases have been deleted yet.',
    pausedSince: 'Paused since {date}',
    caseUnitChoose: 'Choose a unit',
    caseReferenceHint: 'For example {example}',
    navBreaches: 'Breach log',
    breachLogTitle: 'Breach log (Article 33(5))',
    breachLogIntro: 'Every personal data breach, notified to {authority} or not, with its facts, effects and remedial action.',
    breachLogEmpty: 'No breaches recorded.',
    breachLogExport: 'Export CSV',
    breachAwareCol: 'Became aware',
    breachNotifiedCol: 'Notification to {authority}',
    breachNotifiedAt: 'Notified {date}',
    breachNotNotified: 'Not notified: {reason}',
    breachUndecided: 'Not assessed yet',
    navAudit: 'Audit log',
    auditTitle: 'Audit log per processing',
    auditChoose: 'Processing',
    auditEmpty: 'No events.',
    auditAt: 'When',
    auditAction: 'Event',
    auditActor: 'By',
    auditVersion: 'Version',
    auditFields: 'Changed fields',
    'audit.reported': 'Reported',
    'audit.proposed': 'Change proposed',
    'audit.approved': 'Approved',
    'audit.rejected': 'Rejected',
    'audit.changesRequested': 'Changes requested',
    'audit.imported': 'Imported',
    'audit.reviewed': 'Yearly review done',
  },
};
