import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { BulkReviewResponse, BulkReviewResult } from '@prt/domain/api/responses';
import { apiBlob, apiFetch, offerBlob, type SearchItem } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';

// Only after a bulk action or a failed export, so MessageBar stays out of the reviewer's first load.
const Notice = lazy(() => import('./RegisterNotice.js').then((m) => ({ default: m.RegisterNotice })));

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const BULK_LIMIT = 200;

interface Props {
  selected: ReadonlySet<string>;
  items: SearchItem[];
  onSelect: (next: ReadonlySet<string>) => void;
  /** Called after a bulk action changed processings, so the list is asked again. */
  onChanged: () => void;
}

interface Outcome {
  done: number;
  failed: string[];
  /** Changed by someone since it was read: look at it again before confirming the review. */
  changed: string[];
}

/** The reviewer's actions on a selection: the yearly review for each, and an export of exactly those. */
export function SelectionBar({ selected, items, onSelect, onChanged }: Props) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [exportFailed, setExportFailed] = useState(false);
  const names = new Map(items.map((i) => [i.id, i.name]));

  // The review confirms what the reviewer saw in the list: a record whose content changed since then (its updatedAt
  // differs from the list's) is not sent but named as changed, to be looked at again. What is sent carries the ETag
  // read here, so a change between this read and the write is refused (412) by the API in the same way. The answer
  // names every item's outcome, so what was not reviewed (changed meanwhile, gone) stays selected and is named.
  const markReviewed = async () => {
    setBusy(true);
    const ids = [...selected];
    const seen = new Map(items.map((i) => [i.id, i.updatedAt]));
    const reads = await Promise.all(
      ids.map((id) =>
        apiFetch<{ updatedAt?: string }>(`processings/${encodeURIComponent(id)}`).then(
          (r) => ({ etag: r.etag, updatedAt: r.body.updatedAt }),
          () => null,
        ),
      ),
    );
    const changedSinceSeen = ids.filter((id, i) => reads[i] && seen.has(id) && reads[i].updatedAt !== seen.get(id));
    const toSend = ids.flatMap((id, i) => (reads[i]?.etag && !changedSinceSeen.includes(id) ? [{ id, etag: reads[i].etag }] : []));
    const results: BulkReviewResult[] = changedSinceSeen.map((id) => ({ id, status: 412, code: 'processing.changed' }));
    // The API takes at most 200 items a request; "select all shown" can choose more.
    for (let start = 0; start < toSend.length; start += BULK_LIMIT) {
      const chunk = toSend.slice(start, start + BULK_LIMIT);
      try {
        results.push(...(await apiFetch<BulkReviewResponse>('register/reviewed', { method: 'POST', body: JSON.stringify({ items: chunk }) })).body.items);
      } catch {
        // The whole chunk is reported as not marked; what earlier chunks did stands.
      }
    }
    const done = new Set(results.filter((r) => r.status === 200).map((r) => r.id));
    const changed = new Set(results.filter((r) => r.status === 412).map((r) => r.id));
    const failed = ids.filter((id) => !done.has(id) && !changed.has(id));
    setOutcome({ done: done.size, failed: failed.map((id) => names.get(id) ?? id), changed: [...changed].map((id) => names.get(id) ?? id) });
    onSelect(new Set(ids.filter((id) => !done.has(id))));
    setBusy(false);
    onChanged();
  };
  const download = async (format: 'csv' | 'xlsx') => {
    setExportFailed(false);
    try {
      const ids = [...selected].map(encodeURIComponent).join(',');
      offerBlob(await apiBlob(`export/register.${format}?lang=${language}&ids=${ids}`), `${t('fileNameRegister')}.${format}`);
    } catch {
      setExportFailed(true);
    }
  };

  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label={t('selectionActions')}>
        <Button size="small" onClick={() => onSelect(new Set([...selected, ...items.map((i) => i.id)]))} disabled={items.length === 0}>
          {t('selectAllShown')}
        </Button>
        {selected.size > 0 && (
          <>
            <Text aria-live="polite">{t('selectionCount', { count: selected.size })}</Text>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => void markReviewed()}>
              {t('bulkMarkReviewed')}
            </Button>
            <Button size="small" onClick={() => void download('csv')}>
              {t('exportSelectionCsv')}
            </Button>
            <Button size="small" onClick={() => void download('xlsx')}>
              {t('exportSelectionXlsx')}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => onSelect(new Set())}>
              {t('clearSelection')}
            </Button>
          </>
        )}
      </div>
      {outcome && (
        <Suspense>
          <Notice
            intent={outcome.failed.length || outcome.changed.length ? 'warning' : 'success'}
            text={[
              t('bulkReviewedDone', { count: outcome.done }),
              ...(outcome.changed.length > 0 ? [t('bulkReviewedChanged', { names: outcome.changed.join(', ') })] : []),
              ...(outcome.failed.length > 0 ? [t('bulkReviewedFailed', { names: outcome.failed.join(', ') })] : []),
            ].join(' ')}
          />
        </Suspense>
      )}
      {exportFailed && (
        <Suspense>
          <Notice intent="error" text={t('errorGeneric')} />
        </Suspense>
      )}
    </>
  );
}
