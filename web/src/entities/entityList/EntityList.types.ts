import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.js';

/** What every listed entity has: the list shows its name, marks it retired and offers edit and retire by id. */
export interface ListedEntity {
  id: string;
  name: string;
  /** Set when retired (who and when); the list only asks whether it is. */
  retired?: unknown;
}

export interface EntityColumn<T> {
  header: MessageKey;
  cell: (item: T) => ReactNode;
  /** Long free text (names, suppliers) may break anywhere so a narrow window does not scroll sideways. */
  breakAnywhere?: boolean;
}

export interface EntityDialogProps<D> {
  draft: D;
  onSave: (draft: D) => Promise<void>;
  onClose: () => void;
}

export interface EntityListProps<T extends ListedEntity, D> {
  /** The API collection; retire and save go to it. */
  path: 'systems' | 'processors';
  title: MessageKey;
  intro: MessageKey;
  load: () => Promise<T[]>;
  /** The texts the search box matches (case-insensitively, anywhere in the text). */
  searchText: (item: T) => string[];
  /** Shown after the name in the first column, before the retired badge. */
  nameDetail?: (item: T) => ReactNode;
  /** The columns between the name and the actions. */
  columns: EntityColumn<T>[];
  newDraft: () => D;
  draftOf: (item: T) => D;
  /** The request body for a draft (the draft itself when it already is one). */
  bodyOf: (draft: D) => unknown;
  renderDialog: (props: EntityDialogProps<D>) => ReactNode;
}

export interface EntityListState<T extends ListedEntity, D> {
  /** undefined while the first load runs. */
  items: T[] | undefined;
  shown: T[];
  filter: string;
  setFilter: (filter: string) => void;
  editing: { id?: string; draft: D } | undefined;
  startNew: () => void;
  startEdit: (item: T) => void;
  stopEditing: () => void;
  save: (draft: D) => Promise<void>;
  retire: (item: T) => void;
}
