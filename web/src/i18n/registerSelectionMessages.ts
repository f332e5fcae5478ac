import type { MessageTable } from './language.js';

/** The register's DPO filters, sorting and selection with bulk actions. */

type Key =
  | 'filterFlag.transfer'
  | 'filterFlag.dpiaRequired'
  | 'filterFlag.dpiaMissing'
  | 'filterFlag.article9'
  | 'filterFlag.article10'
  | 'filterFlag.incomplete'
  | 'filterFlag.reviewOverdue'
  | 'filterFlag.reviewDueSoon'
  | 'filterFlag.reviewOnTime'
  | 'filterFlag.dpaMissing'
  | 'filterFlag.supervisionOverdue'
  | 'filterDpoGroup'
  | 'filterSafeguard'
  | 'filterMissing'
  | 'filterOwner'
  | 'filterProcessor'
  | 'sortBy'
  | 'sort.relevance'
  | 'sort.name'
  | 'sort.unit'
  | 'sort.updated'
  | 'sort.nextReview'
  | 'sortDirection'
  | 'sortAscending'
  | 'sortDescending'
  | 'selectProcessing'
  | 'selectAllShown'
  | 'selectionCount'
  | 'selectionActions'
  | 'clearSelection'
  | 'bulkMarkReviewed'
  | 'bulkReviewedDone'
  | 'bulkReviewedFailed'
  | 'bulkReviewedChanged'
  | 'exportSelectionCsv'
  | 'exportSelectionXlsx'
  | 'nextReviewOn';

export const registerSelectionMessages: MessageTable<Key> = {
  sv: {
    'filterFlag.transfer': 'Överföring till tredje land',
    'filterFlag.dpiaRequired': 'Kräver konsekvensbedömning',
    'filterFlag.dpiaMissing': 'Konsekvensbedömning saknas',
    'filterFlag.article9': 'Art. 9 (känsliga uppgifter)',
    'filterFlag.article10': 'Art. 10 (lagöverträdelser)',
    'filterFlag.incomplete': 'Uppgifter saknas',
    'filterFlag.reviewOverdue': 'Översyn försenad',
    'filterFlag.reviewDueSoon': 'Översyn inom 30 dagar',
    'filterFlag.reviewOnTime': 'Översyn i tid',
    'filterFlag.dpaMissing': 'Biträdesavtal saknas',
    'filterFlag.supervisionOverdue': 'Tillsyn av biträde försenad',
    filterDpoGroup: 'Dataskyddsombudets filter',
    filterSafeguard: 'Skyddsåtgärd vid överföring',
    filterMissing: 'Saknar',
    filterOwner: 'Skapad av',
    filterProcessor: 'Personuppgiftsbiträde',
    sortBy: 'Sortera efter',
    'sort.relevance': 'Relevans',
    'sort.name': 'Namn',
    'sort.unit': 'Nämnd',
    'sort.updated': 'Senast ändrad',
    'sort.nextReview': 'Nästa översyn',
    sortDirection: 'Ordning',
    sortAscending: 'Stigande',
    sortDescending: 'Fallande',
    selectProcessing: 'Välj {name}',
    selectAllShown: 'Välj alla som visas',
    selectionCount: '{count} valda',
    selectionActions: 'Åtgärder för valda behandlingar',
    clearSelection: 'Avmarkera alla',
    bulkMarkReviewed: 'Markera som översedda',
    bulkReviewedDone: '{count} markerade som översedda.',
    bulkReviewedFailed: 'Kunde inte markeras: {names}',
    bulkReviewedChanged: 'Ändrade av någon annan sedan de lästes, titta på dem igen: {names}',
    exportSelectionCsv: 'Exportera valda (CSV)',
    exportSelectionXlsx: 'Exportera valda (Excel)',
    nextReviewOn: 'Nästa översyn {date}',
  },
  da: {
    'filterFlag.transfer': 'Overførsel til tredjeland',
    'filterFlag.dpiaRequired': 'Kræver konsekvensanalyse',
    'filterFlag.dpiaMissing': 'Konsekvensanalyse mangler',
    'filterFlag.article9': 'Art. 9 (følsomme oplysninger)',
    'filterFlag.article10': 'Art. 10 (strafbare forhold)',
    'filterFlag.incomplete': 'Oplysninger mangler',
    'filterFlag.reviewOverdue': 'Gennemgang overskredet',
    'filterFlag.reviewDueSoon': 'Gennemgang inden for 30 dage',
    'filterFlag.reviewOnTime': 'Gennemgang i tide',
    'filterFlag.dpaMissing': 'Databehandleraftale mangler',
    'filterFlag.supervisionOverdue': 'Tilsyn med databehandler overskredet',
    filterDpoGroup: 'Databeskyttelsesrådgiverens filtre',
    filterSafeguard: 'Garanti ved overførsel',
    filterMissing: 'Mangler',
    filterOwner: 'Oprettet af',
    filterProcessor: 'Databehandler',
    sortBy: 'Sortér efter',
    'sort.relevance': 'Relevans',
    'sort.name': 'Navn',
    'sort.unit': 'Enhed',
    'sort.updated': 'Senest ændret',
    'sort.nextReview': 'Næste gennemgang',
    sortDirection: 'Rækkefølge',
    sortAscending: 'Stigende',
    sortDescending: 'Faldende',
    selectProcessing: 'Vælg {name}',
    selectAllShown: 'Vælg alle viste',
    selectionCount: '{count} valgt',
    selectionActions: 'Handlinger for valgte behandlinger',
    clearSelection: 'Fravælg alle',
    bulkMarkReviewed: 'Markér som gennemgået',
    bulkReviewedDone: '{count} markeret som gennemgået.',
    bulkReviewedFailed: 'Kunne ikke markeres: {names}',
    bulkReviewedChanged: 'Ændret af en anden siden de blev læst, se på dem igen: {names}',
    exportSelectionCsv: 'Eksportér valgte (CSV)',
    exportSelectionXlsx: 'Eksportér valgte (Excel)',
    nextReviewOn: 'Næste gennemgang {date}',
  },
  en: {
    'filterFlag.transfer': 'Third-country transfer',
    'filterFlag.dpiaRequired': 'DPIA required',
    'filterFlag.dpiaMissing': 'DPIA missing',
    'filterFlag.article9': 'Art. 9 (special categories)',
    'filterFlag.article10': 'Art. 10 (criminal offences)',
    'filterFlag.incomplete': 'Fields missing',
    'filterFlag.reviewOverdue': 'Review overdue',
    'filterFlag.reviewDueSoon': 'Review due within 30 days',
    'filterFlag.reviewOnTime': 'Review on time',
    'filterFlag.dpaMissing': 'DPA missing',
    'filterFlag.supervisionOverdue': 'Processor supervision overdue',
    filterDpoGroup: "The DPO's filters",
    filterSafeguard: 'Transfer safeguard',
    filterMissing: 'Missing',
    filterOwner: 'Created by',
    filterProcessor: 'Processor',
    sortBy: 'Sort by',
    'sort.relevance': 'Relevance',
    'sort.name': 'Name',
    'sort.unit': 'Unit',
    'sort.updated': 'Last changed',
    'sort.nextReview': 'Next review',
    sortDirection: 'Order',
    sortAscending: 'Ascending',
    sortDescending: 'Descending',
    selectProcessing: 'Select {name}',
    selectAllShown: 'Select all shown',
    selectionCount: '{count} selected',
    selectionActions: 'Actions for the selected processings',
    clearSelection: 'Clear selection',
    bulkMarkReviewed: 'Mark as reviewed',
    bulkReviewedDone: '{count} marked as reviewed.',
    bulkReviewedFailed: 'Could not be marked: {names}',
    bulkReviewedChanged: 'Changed by someone else since they were read, look at them again: {names}',
    exportSelectionCsv: 'Export selected (CSV)',
    exportSelectionXlsx: 'Export selected (Excel)',
    nextReviewOn: 'Next review {date}',
  },
};
