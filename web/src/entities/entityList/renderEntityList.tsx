import {
  Badge,
  Button,
  SearchBox,
  mergeClasses,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { Translate } from '../../i18n/I18nProvider.js';
import type { EntityListProps, EntityListState, ListedEntity } from './EntityList.types.js';
import type { useEntityListStyles } from './useEntityListStyles.styles.js';

export function renderEntityList<T extends ListedEntity, D>(
  props: EntityListProps<T, D>,
  state: EntityListState<T, D>,
  styles: ReturnType<typeof useEntityListStyles>,
  t: Translate,
) {
  const { items, shown, filter, editing } = state;
  if (!items) return <Spinner label={t('loading')} />;
  return (
    <div className={styles.page}>
      <Text as="h2" size={500} weight="semibold">
        {t(props.title)}
      </Text>
      <Text>{t(props.intro)}</Text>
      <div className={styles.bar}>
        <SearchBox aria-label={t('entitySearch')} placeholder={t('entitySearch')} value={filter} onChange={(_e, d) => state.setFilter(d.value)} />
        <Button appearance="primary" onClick={state.startNew}>
          {t('entityNew')}
        </Button>
        <Text>{t('entityCount', { count: shown.length })}</Text>
      </div>
      {shown.length === 0 ? (
        <Text>{t('entityNone')}</Text>
      ) : (
        <div className={styles.wrap}>
          <Table className={styles.table} aria-label={t(props.title)} size="small">
            <TableHeader className={styles.head}>
              <TableRow>
                <TableHeaderCell>{t('fieldEntityName')}</TableHeaderCell>
                {props.columns.map((c) => (
                  <TableHeaderCell key={c.header}>{t(c.header)}</TableHeaderCell>
                ))}
                <TableHeaderCell>{t('entityEdit')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody className={styles.body}>
              {shown.map((item) => (
                <TableRow key={item.id} className={styles.row}>
                  <TableCell className={mergeClasses(styles.cell, styles.stacked, styles.labelled)} data-label={t('fieldEntityName')}>
                    {item.name} {props.nameDetail?.(item)} {item.retired ? <Badge color="informative">{t('entityRetired')}</Badge> : null}
                  </TableCell>
                  {props.columns.map((c) => (
                    <TableCell
                      key={c.header}
                      className={mergeClasses(c.breakAnywhere && styles.cell, styles.stacked, styles.labelled)}
                      data-label={t(c.header)}
                    >
                      {c.cell(item)}
                    </TableCell>
                  ))}
                  <TableCell className={styles.stacked}>
                    <div className={styles.actions}>
                      <Button size="small" aria-label={`${t('entityEdit')}: ${item.name}`} onClick={() => state.startEdit(item)}>
                        {t('entityEdit')}
                      </Button>
                      {!item.retired && (
                        <Button size="small" aria-label={`${t('entityRetire')}: ${item.name}`} onClick={() => state.retire(item)}>
                          {t('entityRetire')}
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {editing && props.renderDialog({ draft: editing.draft, onSave: state.save, onClose: state.stopEditing })}
    </div>
  );
}
