import { useI18n } from '../../i18n/I18nProvider.js';
import type { EntityListProps, ListedEntity } from './EntityList.types.js';
import { renderEntityList } from './renderEntityList.js';
import { useEntityList } from './useEntityList.js';
import { useEntityListStyles } from './useEntityListStyles.styles.js';

/** A register entity list (IT systems, processors): search, count, a table with edit and retire, and the edit dialog. */
export function EntityList<T extends ListedEntity, D>(props: EntityListProps<T, D>) {
  const { t } = useI18n();
  const state = useEntityList(props);
  const styles = useEntityListStyles();
  return renderEntityList(props, state, styles, t);
}
