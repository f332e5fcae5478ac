import type { MessageTable } from './language.js';

type Key =
  | 'navExchange'
  | 'importTitle'
  | 'importIntro'
  | 'importFile'
  | 'importUnit'
  | 'importController'
  | 'preview'
  | 'importNow'
  | 'importSummary'
  | 'rejectedRows'
  | 'line'
  | 'problem'
  | 'nothingWritten'
  | 'exportTitle'
  | 'exportXlsx'
  | 'exportCsv'
  | 'exportPublic'
  | 'privacyNotice'
  | 'willCreate'
  | 'parsedCount';

export const exchangeMessages: MessageTable<Key> = {
  sv: {
    navExchange: 'Import och export',
    importTitle: 'Importera register',
    importIntro:
      'Läs in ett register från ett annat verktyg: Excel (XLSX) eller CSV/TSV, även med HTML i cellerna. Förhandsgranska först; en fil med fel läses inte in alls.',
    importFile: 'Registerfil',
    importUnit: 'Nämnd/förvaltning (om filen inte anger den)',
    importController: 'Personuppgiftsansvarig (om filen inte anger den)',
    preview: 'Förhandsgranska',
    importNow: 'Importera',
    importSummary: '{created} nya, {updated} ändrade, {unchanged} oförändrade.',
    rejectedRows: 'Rader som inte kan läsas in',
    line: 'Rad',
    problem: 'Problem',
    nothingWritten: 'Inget har sparats. Rätta raderna och försök igen.',
    exportTitle: 'Exportera',
    exportXlsx: 'Registret som Excel (XLSX)',
    exportCsv: 'Registret som CSV',
    exportPublic: 'Offentligt register (HTML)',
    privacyNotice: 'Integritetsmeddelande',
    willCreate: 'Förhandsgranskning: {created} nya, {updated} ändrade, {unchanged} oförändrade.',
    parsedCount: '{count} behandlingar i filen',
  },
  da: {
    navExchange: 'Import og eksport',
    importTitle: 'Importér fortegnelse',
    importIntro:
      'Indlæs en fortegnelse fra et andet værktøj: Excel (XLSX) eller CSV/TSV, også med HTML i cellerne. Se først et eksempel; en fil med fejl indlæses slet ikke.',
    importFile: 'Fil med fortegnelse',
    importUnit: 'Forvaltning (hvis filen ikke angiver den)',
    importController: 'Dataansvarlig (hvis filen ikke angiver den)',
    preview: 'Vis eksempel',
    importNow: 'Importér',
    importSummary: '{created} nye, {updated} ændrede, {unchanged} uændrede.',
    rejectedRows: 'Rækker, der ikke kan indlæses',
    line: 'Række',
    problem: 'Problem',
    nothingWritten: 'Intet er gemt. Ret rækkerne, og prøv igen.',
    exportTitle: 'Eksportér',
    exportXlsx: 'Fortegnelsen som Excel (XLSX)',
    exportCsv: 'Fortegnelsen som CSV',
    exportPublic: 'Offentlig fortegnelse (HTML)',
    privacyNotice: 'Oplysning om behandling',
    willCreate: 'Eksempel: {created} nye, {updated} ændrede, {unchanged} uændrede.',
    parsedCount: '{count} behandlinger i filen',
  },
  en: {
    navExchange: 'Import and export',
    importTitle: 'Import a register',
    importIntro: 'Read a register from another tool: Excel (XLSX) or CSV/TSV, HTML in cells included. Preview first; a file with errors is not read at all.',
    importFile: 'Register file',
    importUnit: 'Committee/unit (if the file does not say)',
    importController: 'Controller (if the file does not say)',
    preview: 'Preview',
    importNow: 'Import',
    importSummary: '{created} new, {updated} changed, {unchanged} unchanged.',
    rejectedRows: 'Rows that cannot be read',
    line: 'Line',
    problem: 'Problem',
    nothingWritten: 'Nothing was saved. Correct the rows and try again.',
    exportTitle: 'Export',
    exportXlsx: 'Register as Excel (XLSX)',
    exportCsv: 'Register as CSV',
    exportPublic: 'Public register (HTML)',
    privacyNotice: 'Privacy notice',
    willCreate: 'Preview: {created} new, {updated} changed, {unchanged} unchanged.',
    parsedCount: '{count} processings in the file',
  },
};
