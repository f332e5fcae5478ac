import type { Language } from '@prt/domain/language';

type Key =
  | 'newReportTitle'
  | 'changeTitle'
  | 'reportedBy'
  | 'unit'
  | 'version'
  | 'changedFields'
  | 'purposes'
  | 'morePurposes'
  | 'specialCategories'
  | 'yes'
  | 'no'
  | 'reasonLabel'
  | 'reasonPlaceholder'
  | 'approve'
  | 'reject'
  | 'requestChanges'
  | 'open'
  | 'decidedApprove'
  | 'decidedReject'
  | 'decidedRequestChanges'
  | 'decidedBy'
  | 'decidedAt'
  | 'reason'
  | 'decisionTitle'
  | 'decisionTextApprove'
  | 'decisionTextReject'
  | 'decisionTextRequestChanges'
  | 'notAllowed'
  | 'failed'
  | 'reasonRequired'
  | 'incomplete';

/** Chat texts for the DPO's review card and the reporter's decision message. */
export const REVIEW_TEXTS: Record<Language, Record<Key, string>> = {
  sv: {
    newReportTitle: 'Ny behandling att granska',
    changeTitle: 'Ändring av behandling att granska',
    reportedBy: 'Rapporterad av',
    unit: 'Nämnd/enhet',
    version: 'Version',
    changedFields: 'Ändrade fält',
    purposes: 'Ändamål och rättslig grund',
    morePurposes: '… och {count} ändamål till',
    specialCategories: 'Känsliga personuppgifter',
    yes: 'Ja',
    no: 'Nej',
    reasonLabel: 'Motivering (krävs vid avslag eller begäran om ändring)',
    reasonPlaceholder: 'Skriv en motivering till rapportören',
    approve: 'Godkänn',
    reject: 'Avslå',
    requestChanges: 'Begär ändring',
    open: 'Öppna i registret',
    decidedApprove: 'Godkänd',
    decidedReject: 'Avslagen',
    decidedRequestChanges: 'Ändring begärd',
    decidedBy: 'Beslut av',
    decidedAt: 'Beslutad',
    reason: 'Motivering',
    decisionTitle: 'Beslut om "{name}"',
    decisionTextApprove: 'Dataskyddsombudet har godkänt version {version} av "{name}". Den visas nu i registret.',
    decisionTextReject: 'Dataskyddsombudet har avslagit version {version} av "{name}".',
    decisionTextRequestChanges: 'Dataskyddsombudet ber dig ändra version {version} av "{name}" och skicka in den igen.',
    notAllowed: 'Bara dataskyddsombudet kan fatta beslut.',
    failed: 'Beslutet kunde inte sparas: {message}',
    reasonRequired: 'Skriv en motivering för att avslå eller begära ändring.',
    incomplete: 'kortet saknar uppgifter',
  },
  da: {
    newReportTitle: 'Ny behandling til godkendelse',
    changeTitle: 'Ændring af behandling til godkendelse',
    reportedBy: 'Indberettet af',
    unit: 'Forvaltning/enhed',
    version: 'Version',
    changedFields: 'Ændrede felter',
    purposes: 'Formål og retsgrundlag',
    morePurposes: '… og {count} formål mere',
    specialCategories: 'Følsomme personoplysninger',
    yes: 'Ja',
    no: 'Nej',
    reasonLabel: 'Begrundelse (påkrævet ved afvisning eller anmodning om ændring)',
    reasonPlaceholder: 'Skriv en begrundelse til indberetteren',
    approve: 'Godkend',
    reject: 'Afvis',
    requestChanges: 'Anmod om ændring',
    open: 'Åbn i fortegnelsen',
    decidedApprove: 'Godkendt',
    decidedReject: 'Afvist',
    decidedRequestChanges: 'Ændring anmodet',
    decidedBy: 'Afgjort af',
    decidedAt: 'Afgjort',
    reason: 'Begrundelse',
    decisionTitle: 'Afgørelse om "{name}"',
    decisionTextApprove: 'Databeskyttelsesrådgiveren har godkendt version {version} af "{name}". Den vises nu i fortegnelsen.',
    decisionTextReject: 'Databeskyttelsesrådgiveren har afvist version {version} af "{name}".',
    decisionTextRequestChanges: 'Databeskyttelsesrådgiveren beder dig ændre version {version} af "{name}" og indsende den igen.',
    notAllowed: 'Kun databeskyttelsesrådgiveren kan træffe afgørelse.',
    failed: 'Afgørelsen kunne ikke gemmes: {message}',
    reasonRequired: 'Skriv en begrundelse for at afvise eller anmode om ændring.',
    incomplete: 'kortet mangler oplysninger',
  },
  en: {
    newReportTitle: 'New processing to review',
    changeTitle: 'Change to a processing to review',
    reportedBy: 'Reported by',
    unit: 'Committee/unit',
    version: 'Version',
    changedFields: 'Changed fields',
    purposes: 'Purposes and legal basis',
    morePurposes: '… and {count} more purposes',
    specialCategories: 'Special categories of personal data',
    yes: 'Yes',
    no: 'No',
    reasonLabel: 'Reason (required when rejecting or asking for changes)',
    reasonPlaceholder: 'Write a reason for the reporter',
    approve: 'Approve',
    reject: 'Reject',
    requestChanges: 'Ask for changes',
    open: 'Open in the register',
    decidedApprove: 'Approved',
    decidedReject: 'Rejected',
    decidedRequestChanges: 'Changes requested',
    decidedBy: 'Decided by',
    decidedAt: 'Decided',
    reason: 'Reason',
    decisionTitle: 'Decision on "{name}"',
    decisionTextApprove: 'The DPO approved version {version} of "{name}". It now shows in the register.',
    decisionTextReject: 'The DPO rejected version {version} of "{name}".',
    decisionTextRequestChanges: 'The DPO asks you to change version {version} of "{name}" and submit it again.',
    notAllowed: 'Only the data protection officer can decide.',
    failed: 'The decision could not be saved: {message}',
    reasonRequired: 'Write a reason to reject or ask for changes.',
    incomplete: 'the card is missing details',
  },
};

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''));
}
