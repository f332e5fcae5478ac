/** The URL parameters a deep link may set; anything else in a subEntityId is ignored. */
const TARGET_KEYS = ['processing', 'page', 'case', 'unit', 'q'] as const;

/**
 * Teams opens a deep link by loading the tab's contentUrl and passing the target as subEntityId, while a plain
 * browser gets the same target as URL parameters. Folding the subEntityId into the URL lets every page read its
 * target one way.
 */
export function applySubPageId(subPageId: string | undefined): void {
  if (!subPageId) return;
  const target = new URLSearchParams(subPageId);
  const url = new URL(window.location.href);
  let changed = false;
  for (const key of TARGET_KEYS) {
    const value = target.get(key);
    if (value !== null) {
      url.searchParams.set(key, value);
      changed = true;
    }
  }
  if (changed) window.history.replaceState(null, '', url);
}
