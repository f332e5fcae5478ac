import { Badge, Card, CardHeader, MessageBar, MessageBarBody, SearchBox, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { listProcessings, type Processing } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { ProcessingDetail } from './ProcessingDetail.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  search: { maxWidth: '40rem', width: '100%' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  card: { cursor: 'pointer' },
  meta: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Debounced so typing does not send a request per keystroke. */
const SEARCH_DELAY_MS = 200;

export function RegisterPage() {
  const { t } = useI18n();
  const styles = useStyles();
  const [query, setQuery] = useState(() => new URLSearchParams(window.location.search).get('q') ?? '');
  const [items, setItems] = useState<Processing[] | undefined>();
  const [failed, setFailed] = useState(false);
  const [openId, setOpenId] = useState<string | undefined>(() => new URLSearchParams(window.location.search).get('processing') ?? undefined);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      listProcessings({ q: query })
        .then((r) => {
          if (!cancelled) {
            setItems(r.items);
            setFailed(false);
          }
        })
        .catch(() => !cancelled && setFailed(true));
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <div className={styles.page}>
      <SearchBox
        className={styles.search}
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(_e, data) => setQuery(data.value)}
      />
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{t('errorGeneric')}</MessageBarBody>
        </MessageBar>
      )}
      {!items ? (
        <Spinner label={t('loading')} />
      ) : (
        <>
          <Text role="status" aria-live="polite">
            {items.length === 0 ? t('noResults') : items.length === 1 ? t('resultCountOne') : t('resultCount', { count: items.length })}
          </Text>
          <ul className={styles.list} aria-label={t('searchLabel')}>
            {items.map((p) => (
              <li key={p.id}>
                <Card className={styles.card} onClick={() => setOpenId(p.id)} aria-label={`${t('openRecord')}: ${p.name}`} focusMode="off" role="button" tabIndex={0} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && setOpenId(p.id)}>
                  <CardHeader
                    header={<Text weight="semibold">{p.name}</Text>}
                    description={
                      <span className={styles.meta}>
                        {p.organisationUnit} · {p.purposes.length} {t('purposes').toLowerCase()}
                      </span>
                    }
                    action={
                      <span className={styles.badges}>
                        {p.status !== 'approved' && <Badge appearance="tint" color="warning">{t(`status.${p.status}` as MessageKey)}</Badge>}
                        {p.systems.slice(0, 3).map((s) => (
                          <Badge key={s.name} appearance="outline">{s.name}</Badge>
                        ))}
                      </span>
                    }
                  />
                  <Text size={200}>{p.purposes[0]?.description.slice(0, 220)}</Text>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
      <ProcessingDetail id={openId} onClose={() => setOpenId(undefined)} />
    </div>
  );
}
