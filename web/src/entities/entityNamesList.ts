/** What an entity-names field holds: the names before the one being typed, and the one being typed. */
export interface EntityListState {
  /** Every name in the field, the one being typed included. */
  present: string[];
  /** The names before the one being typed (all of them when the last one is a complete entity name). */
  settled: string[];
  /** The beginning being typed, or '' when there is none (empty, or the last name is already an entity's). */
  typing: string;
  /** The entities offered: not yet in the field, and containing what is being typed. */
  offered: string[];
}

export function entityListState(value: string, separator: string, options: readonly string[], fold: (name: string) => string): EntityListState {
  const parts = value.split(separator.trim()).map((s) => s.trim());
  const present = parts.filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  // A last name that is an entity's (just picked, or typed in full) is settled; the list then offers the rest.
  const typing = options.includes(last) ? '' : last;
  const settled = typing ? parts.slice(0, -1).filter(Boolean) : present;
  const query = fold(typing);
  const offered = options.filter((o) => !present.includes(o) && (!query || fold(o).includes(query)));
  return { present, settled, typing, offered };
}

/**
 * The field after an entity is picked. What was being typed was a search for it, so the entity replaces it: a
 * keyboard user who types "Anb" and presses Enter gets "Anbudia", not "Anb; Anbudia".
 */
export function namesAfterPick(state: EntityListState, picked: string, separator: string): string {
  const names = state.settled.includes(picked) ? state.settled : [...state.settled, picked];
  return names.join(separator);
}
