import { useCallback, useEffect, useState } from 'react';
import { retireEntity, saveEntity } from '../entityApi.js';
import type { EntityListProps, EntityListState, ListedEntity } from './EntityList.types.js';

/** Loading, search, the edited draft, save and retire: the state both entity lists share. */
export function useEntityList<T extends ListedEntity, D>(props: EntityListProps<T, D>): EntityListState<T, D> {
  const { path, load: loadItems, searchText, newDraft, draftOf, bodyOf } = props;
  const [items, setItems] = useState<T[] | undefined>();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ id?: string; draft: D } | undefined>();
  const load = useCallback(async () => setItems(await loadItems()), [loadItems]);
  useEffect(() => {
    void load();
  }, [load]);
  const wanted = filter.trim().toLowerCase();
  const shown = (items ?? []).filter((item) => !wanted || searchText(item).some((v) => v.toLowerCase().includes(wanted)));
  return {
    items,
    shown,
    filter,
    setFilter,
    editing,
    startNew: () => setEditing({ draft: newDraft() }),
    startEdit: (item) => setEditing({ id: item.id, draft: draftOf(item) }),
    stopEditing: () => setEditing(undefined),
    save: async (draft) => {
      await saveEntity(path, editing?.id, bodyOf(draft));
      await load();
    },
    retire: (item) => void retireEntity(path, item.id).then(load),
  };
}
