import type { MessageTable } from './language.js';

type Key =
  | 'navReview'
  | 'reviewTitle'
  | 'reviewEmpty'
  | 'newReport'
  | 'changeProposal'
  | 'reportedBy'
  | 'changes'
  | 'field'
  | 'before'
  | 'after'
  | 'reasonLabel'
  | 'approve'
  | 'reject'
  | 'requestChanges'
  | 'decided'
  | 'reasonRequired'
  | 'history'
  | 'historyEmpty'
  | 'decidedBy'
  | 'imported'
  | 'moreChanges';

export const reviewMessages: MessageTable<Key> = {
  sv: {
    navReview: 'Granskning',
    reviewTitle: 'Att granska',
    reviewEmpty: 'Inget väntar på granskning.',
    newReport: 'Ny behandling',
    changeProposal: 'Ändringsförslag',
    reportedBy: 'Från {name}, {date}',
    changes: 'Ändringar',
    field: 'Fält',
    before: 'Före',
    after: 'Efter',
    reasonLabel: 'Motivering till rapportören',
    approve: 'Godkänn',
    reject: 'Avslå',
    requestChanges: 'Begär ändring',
    decided: 'Beslutet är sparat.',
    reasonRequired: 'Skriv en motivering när du avslår eller begär ändring.',
    history: 'Historik',
    historyEmpty: 'Ingen historik.',
    decidedBy: 'Beslut av {name}',
    imported: 'Importerad',
    moreChanges: '… och {count} fält till',
  },
  da: {
    navReview: 'Godkendelse',
    reviewTitle: 'Til godkendelse',
    reviewEmpty: 'Intet afventer godkendelse.',
    newReport: 'Ny behandling',
    changeProposal: 'Ændringsforslag',
    reportedBy: 'Fra {name}, {date}',
    changes: 'Ændringer',
    field: 'Felt',
    before: 'Før',
    after: 'Efter',
    reasonLabel: 'Begrundelse til indberetteren',
    approve: 'Godkend',
    reject: 'Afvis',
    requestChanges: 'Anmod om ændring',
    decided: 'Afgørelsen er gemt.',
    reasonRequired: 'Skriv en begrundelse, når du afviser eller anmoder om ændring.',
    history: 'Historik',
    historyEmpty: 'Ingen historik.',
    decidedBy: 'Afgjort af {name}',
    imported: 'Importeret',
    moreChanges: '… og {count} felter mere',
  },
  en: {
    navReview: 'Review',
    reviewTitle: 'Awaiting review',
    reviewEmpty: 'Nothing awaits review.',
    newReport: 'New processing',
    changeProposal: 'Proposed change',
    reportedBy: 'From {name}, {date}',
    changes: 'Changes',
    field: 'Field',
    before: 'Before',
    after: 'After',
    reasonLabel: 'Reason for the reporter',
    approve: 'Approve',
    reject: 'Reject',
    requestChanges: 'Ask for changes',
    decided: 'The decision is saved.',
    reasonRequired: 'Write a reason when you reject or ask for changes.',
    history: 'History',
    historyEmpty: 'No history.',
    decidedBy: 'Decided by {name}',
    imported: 'Imported',
    moreChanges: '… and {count} more fields',
  },
};
