/**
 * The message keys the first screen shows (the shell and the register, with its filters, cards and selection bar).
 * They are bundled apart from the rest (web/vite/languageSlices.ts), so a cold start downloads only these; every
 * other page and the record drawer wait for the rest (messages.ts `allMessagesLoaded`). tests/api/startKeys.test.ts
 * fails when a first-screen file uses a key this list leaves out.
 */
const START_KEYS: ReadonlySet<string> = new Set([
  'any',
  'anyMode',
  'appTitle',
  'bulkMarkReviewed',
  'bulkReviewedChanged',
  'bulkReviewedDone',
  'bulkReviewedFailed',
  'chooseDemoUser',
  'clearFilters',
  'clearSelection',
  'close',
  'controller',
  'didYouMean',
  'errorGeneric',
  'exportSelectionCsv',
  'exportSelectionXlsx',
  'fileNameRegister',
  'filterBasis',
  'filterDpoGroup',
  'filterMissing',
  'filterOwner',
  'filterProcessor',
  'filterSafeguard',
  'filterSpecial',
  'filterStatus',
  'filterSystem',
  'filterUnit',
  'filters',
  'forMe',
  'forMeBasis',
  'forMeNone',
  'language',
  'loading',
  'matchedIn',
  'nextReviewOn',
  'noResults',
  'none',
  'openRecord',
  'overdue',
  'ownPendingHint',
  'processors',
  'purposeCount',
  'purposeCountOne',
  'purposes',
  'resultCount',
  'resultCountOne',
  'searchLabel',
  'searchPlaceholder',
  'searchPlaceholderFrom',
  'securityMeasures',
  'selectAllShown',
  'selectProcessing',
  'selectionActions',
  'selectionCount',
  'skipToContent',
  'sortAscending',
  'sortBy',
  'sortDescending',
  'sortDirection',
  'specialCategory',
  'status',
  'systems',
  'unit',
]);

/** Families of keys the first screen builds at run time (`t(\`status.${status}\`)`), and the shell's tab labels. */
const START_PREFIXES = ['nav', 'basis.', 'field.', 'filterFlag.', 'kind.', 'missing.', 'safeguard.', 'sort.', 'status.'] as const;

export function isStartKey(key: string): boolean {
  return START_KEYS.has(key) || START_PREFIXES.some((prefix) => key.startsWith(prefix));
}
