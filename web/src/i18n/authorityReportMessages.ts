import type { MessageTable } from './language.js';

type Key = 'exportReportsTitle' | 'exportReportsIntro' | 'exportScope' | 'exportPdf' | 'exportDocx' | 'printRecord' | 'printedOn';

export const authorityReportMessages: MessageTable<Key> = {
  sv: {
    exportReportsTitle: 'Registret för tillsynsmyndigheten',
    exportReportsIntro:
      'Godkända behandlingar med allt som hör till dem (artikel 30.4), med datum och version. Ange en nämnd, eller lämna tomt för hela kommunen.',
    exportScope: 'Nämnd/förvaltning',
    exportPdf: 'Registret som PDF',
    exportDocx: 'Registret som Word (DOCX)',
    printRecord: 'Skriv ut',
    printedOn: 'Utskrivet {date}',
  },
  da: {
    exportReportsTitle: 'Fortegnelsen til tilsynsmyndigheden',
    exportReportsIntro:
      'Godkendte behandlinger med alt, der hører til dem (artikel 30, stk. 4), med dato og version. Angiv et udvalg, eller lad feltet stå tomt for hele kommunen.',
    exportScope: 'Udvalg/forvaltning',
    exportPdf: 'Fortegnelsen som PDF',
    exportDocx: 'Fortegnelsen som Word (DOCX)',
    printRecord: 'Udskriv',
    printedOn: 'Udskrevet {date}',
  },
  en: {
    exportReportsTitle: 'The register for the supervisory authority',
    exportReportsIntro:
      'Approved processings with everything linked to them (Article 30(4)), with date and version. Name a board, or leave it empty for the whole municipality.',
    exportScope: 'Board/administration',
    exportPdf: 'Register as PDF',
    exportDocx: 'Register as Word (DOCX)',
    printRecord: 'Print',
    printedOn: 'Printed {date}',
  },
};
