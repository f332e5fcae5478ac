import { Badge, CardHeader, Checkbox, Link, SearchBox, Select, Spinner, Switch, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { searchRegister, type SearchItem, type SearchParams, type SearchResponse } from '../api/apiClient.js';
import { formatPlainDate } from '../deadlines/caseTypes.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { LazyProcessingDetail as ProcessingDetail } from './LazyProcessingDetail.js';
import { paramsFromSearch, writeParams } from './registerUrl.js';
import { SearchFilters } from './SearchFilters.js';

// Shown only when a search fails or falls back to any-word matching, so it is not part of the first load.
const Notice = lazy(() => import('./RegisterNotice.js').then((m) => ({ default: m.RegisterNotice })));
// Reviewers only (bulk review and export of a selection).
const SelectionBar = lazy(() => import('./SelectionBar.js').then((m) => ({ default: m.SelectionBar })));

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  search: { maxWidth: '40rem', flexGrow: 1 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  // Fluent's Card look (filled, interactive, medium) without its component: the card is not focusable or selectable
  // here (the title's button is), and Card's focus-group and selection machinery cost ~10 kB gzipped at start.
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    position: 'relative',
    boxSizing: 'border-box',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    cursor: 'pointer',
    // A transparent border, which forced-colors (high contrast) mode draws, as Card's own.
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      pointerEvents: 'none',
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    },
    '& > .fui-CardHeader': { flexShrink: 0 },
    '& .fui-Text': { color: 'currentColor' },
    ':hover': { color: tokens.colorNeutralForeground1Hover, backgroundColor: tokens.colorNeutralBackground1Hover, boxShadow: tokens.shadow8 },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  meta: { color: tokens.colorNeutralForeground3 },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    '& > *': { whiteSpace: 'nowrap', maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', display: 'inline-block' },
  },
  suggestions: { display: 'block' },
  why: { color: tokens.colorNeutralForeground3 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, textAlign: 'left' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: 0, '& > :last-child': { flexGrow: 1, minWidth: 0 } },
  sort: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '9rem', maxWidth: '100%' },
});

/** Debounced so typing does not send a request per keystroke. */
const SEARCH_DELAY_MS = 200;

const SORTS = ['relevance', 'name', 'unit', 'updated', 'nextReview'] as const;

function paramsFromUrl(): SearchParams {
  return paramsFromSearch(window.location.search);
}

/** The search, filters and open record in the address, so a link can be shared and Back goes back. */
function writeUrl(params: SearchParams, openId: string | undefined, push: boolean): void {
  const url = new URL(window.location.href);
  writeParams(url, params);
  url.searchParams.delete('processing');
  if (openId) url.searchParams.set('processing', openId);
  if (url.href === window.location.href) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function RegisterPage({ isReviewer = false, userKey }: { isReviewer?: boolean; userKey?: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [params, setParams] = useState<SearchParams>(paramsFromUrl);
  const [result, setResult] = useState<SearchResponse | undefined>();
  const [failed, setFailed] = useState(false);
  const [openId, setOpenId] = useState<string | undefined>(() => new URLSearchParams(window.location.search).get('processing') ?? undefined);
  const opener = useRef<HTMLElement | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [refresh, setRefresh] = useState(0);
  const sortId = useId('sort');
  const dirId = useId('dir');

  // Typing replaces the entry; opening or closing a record is a step Back can undo.
  useEffect(() => writeUrl(params, openId, false), [params]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const onPop = () => {
      setParams(paramsFromUrl());
      setOpenId(new URLSearchParams(window.location.search).get('processing') ?? undefined);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const open = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenId(id);
    writeUrl(params, id, true);
  };
  const close = () => {
    setOpenId(undefined);
    writeUrl(params, undefined, true);
    setTimeout(() => opener.current?.focus(), 0);
  };
  // The register's own words for the placeholder; they do not depend on the query, so the first answer's stay.
  const [examples, setExamples] = useState<string[]>([]);

  // Only a change waits for typing to pause; the page's first search goes out at once (start-up may already have it).
  const searched = useRef(false);
  useEffect(() => {
    let cancelled = false;
    const delay = searched.current ? SEARCH_DELAY_MS : 0;
    searched.current = true;
    const timer = setTimeout(() => {
      searchRegister(params)
        .then((r) => {
          if (cancelled) return;
          setResult(r);
          setExamples((current) => (current.length > 0 || r.examples.length === 0 ? current : r.examples));
          setFailed(false);
        })
        .catch(() => !cancelled && setFailed(true));
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [params, refresh]);

  const items = result?.items;
  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <SearchBox
          className={styles.search}
          aria-label={t('searchLabel')}
          placeholder={examples.length > 0 ? t('searchPlaceholderFrom', { examples: examples.join(', ') }) : t('searchPlaceholder')}
          value={params.q}
          onChange={(_e, data) => setParams((p) => ({ ...p, q: data.value }))}
        />
        <Switch label={t('forMe')} checked={Boolean(params.forMe)} onChange={(_e, d) => setParams((p) => ({ ...p, forMe: d.checked }))} />
      </div>
      <SearchFilters params={params} facets={result?.facets} extra={result} showStatus={isReviewer} onChange={setParams} />
      <div className={styles.sort}>
        <span className={styles.field}>
          <label htmlFor={sortId}>{t('sortBy')}</label>
          <Select
            id={sortId}
            value={params.sort ?? 'relevance'}
            onChange={(_e, d) => setParams((p) => ({ ...p, sort: d.value === 'relevance' ? undefined : d.value }))}
          >
            {SORTS.filter((s) => s !== 'nextReview' || isReviewer).map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}` as MessageKey)}
              </option>
            ))}
          </Select>
        </span>
        {params.sort && (
          <span className={styles.field}>
            <label htmlFor={dirId}>{t('sortDirection')}</label>
            <Select id={dirId} value={params.dir ?? 'asc'} onChange={(_e, d) => setParams((p) => ({ ...p, dir: d.value === 'desc' ? 'desc' : undefined }))}>
              <option value="asc">{t('sortAscending')}</option>
              <option value="desc">{t('sortDescending')}</option>
            </Select>
          </span>
        )}
      </div>
      {isReviewer && items && (
        <Suspense>
          <SelectionBar selected={selected} items={items} onSelect={setSelected} onChanged={() => setRefresh((n) => n + 1)} />
        </Suspense>
      )}
      {failed && (
        <Suspense>
          <Notice intent="error" text={t('errorGeneric')} />
        </Suspense>
      )}
      {result?.forMe && (
        <Text>
          {result.forMe.department || result.forMe.jobTitle
            ? t('forMeBasis', { department: result.forMe.department || '–', jobTitle: result.forMe.jobTitle || '–' })
            : t('forMeNone')}
        </Text>
      )}
      {result?.mode === 'any' && (
        <Suspense>
          <Notice intent="info" text={t('anyMode')} />
        </Suspense>
      )}
      {!items ? (
        <Spinner label={t('loading')} />
      ) : (
        <>
          <Text role="status" aria-live="polite">
            {result.total === 0 ? t('noResults') : result.total === 1 ? t('resultCountOne') : t('resultCount', { count: result.total })}
          </Text>
          {result.total === 0 && result.suggestions.length > 0 && (
            <Text className={styles.suggestions}>
              {t('didYouMean')}{' '}
              {result.suggestions.map((s, i) => (
                <span key={s}>
                  {i > 0 && ', '}
                  <Link as="button" onClick={() => setParams((p) => ({ ...p, q: s }))}>
                    {s}
                  </Link>
                </span>
              ))}
              ?
            </Text>
          )}
          {result.total === 0 && params.q.trim() && !isReviewer && <Text className={styles.meta}>{t('ownPendingHint')}</Text>}
          <ul className={styles.list} aria-label={t('searchLabel')}>
            {items.map((p) => (
              <li key={p.id} className={isReviewer ? styles.row : undefined}>
                {isReviewer && (
                  <Checkbox
                    aria-label={t('selectProcessing', { name: p.name })}
                    checked={selected.has(p.id)}
                    onChange={(_e, d) => {
                      const next = new Set(selected);
                      if (d.checked) next.add(p.id);
                      else next.delete(p.id);
                      setSelected(next);
                    }}
                  />
                )}
                <ResultCard item={p} onOpen={() => open(p.id)} />
              </li>
            ))}
          </ul>
        </>
      )}
      <ProcessingDetail id={openId} onClose={close} userKey={userKey} canRetire={isReviewer} />
    </div>
  );
}

function ResultCard({ item, onOpen }: { item: SearchItem; onOpen: () => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const why = item.matches.slice(0, 2).map((m) => {
    const kind = t(`kind.${m.kind}` as MessageKey);
    return `${t('matchedIn', { field: t(`field.${m.field}` as MessageKey), word: m.matched })}${kind ? ` (${kind})` : ''}`;
  });
  return (
    <div role="group" className={styles.card} onClick={onOpen}>
      <CardHeader
        header={
          // A real button carries keyboard and screen-reader access; the card's click is a mouse convenience.
          <Link
            as="button"
            className={styles.title}
            aria-label={`${t('openRecord')}: ${item.name}`}
            onClick={(e) => {
              e.stopPropagation();
              onOpen();
            }}
          >
            {item.name}
          </Link>
        }
        description={
          <span className={styles.meta}>
            {item.organisationUnit} · {item.purposeCount === 1 ? t('purposeCountOne') : t('purposeCount', { count: item.purposeCount })}
            {item.nextReviewOn && ` · ${t('nextReviewOn', { date: formatPlainDate(item.nextReviewOn, language) })}`}
          </span>
        }
        action={
          <span className={styles.badges}>
            {item.status !== 'approved' && (
              <Badge appearance="tint" color="warning">
                {t(`status.${item.status}` as MessageKey)}
              </Badge>
            )}
            {item.reviewState === 'overdue' && (
              <Badge appearance="tint" color="danger">
                {t('filterFlag.reviewOverdue')}
              </Badge>
            )}
            {item.specialCategories && (
              <Badge appearance="tint" color="danger">
                {t('specialCategory')}
              </Badge>
            )}
            {item.systems.slice(0, 3).map((s) => (
              <Badge key={s} appearance="outline">
                {s}
              </Badge>
            ))}
          </span>
        }
      />
      <Text size={200}>{excerpt(item.firstPurpose, 220)}</Text>
      {why.length > 0 && (
        <Text size={200} className={styles.why}>
          {why.join(' · ')}
        </Text>
      )}
    </div>
  );
}

/** The start of a text, cut at a word boundary with an ellipsis, so a card never ends mid-word. */
function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,.;:]+$/, '')} …`;
}
