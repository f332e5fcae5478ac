import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { changeLabel } from '@prt/domain/changeLabels';
import type { Completeness } from '@prt/domain/completeness';
import { ApiError, apiFetch } from '../api/apiClient.js';
import { apiErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { ProcessingContent } from '@prt/domain/processing';
import { LongText } from '../record/LongText.js';
import { ProcessingRecord } from '../record/ProcessingRecord.js';
import { ChangeTable, type FieldChange } from './ChangeTable.js';
import { DeadLettersSection } from './DeadLettersSection.js';

interface PendingReview {
  processingId: string;
  processingName: string;
  organisationUnit: string;
  version: number;
  isNewReport: boolean;
  proposedBy: { displayName: string };
  proposedAt: string;
  changes: FieldChange[];
  content: ProcessingContent;
  comment?: string;
  completeness?: Completeness;
  revisionOf?: { version: number; reason: string; decidedBy: { displayName: string }; decidedAt: string };
}

type Sort = 'oldest' | 'newest' | 'name';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  filter: { flexGrow: 1, maxWidth: '30rem', minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  card: { minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  kind: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/** The DPO's queue: every report and change proposal that awaits a decision. Others with access may read it. */
export function ReviewPage({ canDecide = true }: { canDecide?: boolean }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const sortId = useId('sort');
  const [items, setItems] = useState<PendingReview[] | undefined>();
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('oldest');

  const load = useCallback(() => {
    void apiFetch<{ items: PendingReview[] }>('reviews/pending')
      .then((r) => setItems(r.body.items))
      .catch((e: unknown) => {
        setItems([]);
        setNotice({ intent: 'error', text: e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric') });
      });
  }, [language, t]);
  useEffect(load, [load]);

  const words = filter.trim().toLocaleLowerCase(language);
  const shown = (items ?? [])
    .filter((i) => !words || `${i.processingName} ${i.organisationUnit} ${i.proposedBy.displayName}`.toLocaleLowerCase(language).includes(words))
    .sort((a, b) =>
      sort === 'name'
        ? a.processingName.localeCompare(b.processingName, language)
        : sort === 'newest'
          ? b.proposedAt.localeCompare(a.proposedAt)
          : a.proposedAt.localeCompare(b.proposedAt),
    );

  return (
    <section aria-label={t('reviewTitle')} className={styles.page}>
      <Text as="h2" block size={600} weight="semibold">
        {t('reviewTitle')}
      </Text>
      {!canDecide && (
        <MessageBar intent="info">
          <MessageBarBody>{t('onlyDpoDecides')}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {!items ? (
        <Spinner label={t('loading')} />
      ) : items.length === 0 ? (
        <Text as="p" block>
          {t('reviewEmpty')}
        </Text>
      ) : (
        <>
          <div className={styles.tools}>
            <SearchBox
              className={styles.filter}
              aria-label={t('reviewFilter')}
              placeholder={t('reviewFilter')}
              value={filter}
              onChange={(_e, d) => setFilter(d.value)}
            />
            <span>
              <label htmlFor={sortId}>{t('sortLabel')}</label>{' '}
              <Select id={sortId} value={sort} onChange={(_e, d) => setSort(d.value as Sort)}>
                <option value="oldest">{t('sortOldest')}</option>
                <option value="newest">{t('sortNewest')}</option>
                <option value="name">{t('sortName')}</option>
              </Select>
            </span>
          </div>
          <Text role="status">{t('reviewCount', { count: shown.length })}</Text>
          <ul className={styles.list}>
            {shown.map((item) => (
              <li key={`${item.processingId}-${item.version}`}>
                <ReviewItem
                  item={item}
                  canDecide={canDecide}
                  onDecided={(text, ok) => {
                    setNotice({ intent: ok ? 'success' : 'error', text });
                    load();
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <DeadLettersSection />
    </section>
  );
}

function ReviewItem({ item, canDecide, onDecided }: { item: PendingReview; canDecide: boolean; onDecided: (text: string, ok: boolean) => void }) {
  const { t, language, dateTime, date } = useI18n();
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const decide = async (decision: 'approve' | 'reject' | 'requestChanges') => {
    if (decision !== 'approve' && !reason.trim()) {
      setReasonError(t('reasonRequired'));
      return;
    }
    try {
      await apiFetch(`processings/${encodeURIComponent(item.processingId)}/versions/${item.version}/decision`, {
        method: 'POST',
        body: JSON.stringify({ decision, reason }),
      });
      onDecided(t('decided'), true);
    } catch (e) {
      onDecided(e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric'), false);
    }
  };
  const labels = (paths: string[]) => [...new Set(paths.map((p) => changeLabel(p.replace(/\.legalBasis\.article6$/, '.legalBasis'), language)))].join(', ');
  const missing = item.completeness;
  const showRecord = item.isNewReport;
  const link = `?page=register&processing=${encodeURIComponent(item.processingId)}&lang=${language}`;
  return (
    <Card aria-label={item.processingName} className={styles.card}>
      <CardHeader
        header={<Text weight="semibold">{item.processingName}</Text>}
        description={
          <span>
            {item.organisationUnit} · {t('reportedBy', { name: item.proposedBy.displayName, date: dateTime(item.proposedAt) })}
          </span>
        }
        action={
          <Badge appearance="tint" className={styles.kind}>
            {item.isNewReport ? t('newReport') : t('changeProposal')}
          </Badge>
        }
      />
      <div className={styles.body}>
        <Link href={link}>{t('openFullRecord')}</Link>
        {item.revisionOf && (
          <MessageBar intent="info">
            <MessageBarBody>
              <LongText
                text={t('revisionOf', {
                  name: item.revisionOf.decidedBy.displayName,
                  version: item.revisionOf.version,
                  date: date(item.revisionOf.decidedAt),
                  reason: item.revisionOf.reason,
                })}
              />
            </MessageBarBody>
          </MessageBar>
        )}
        {item.comment && (
          <Text as="p" block>
            <LongText text={t('proposerComment', { name: item.proposedBy.displayName, comment: item.comment })} />
          </Text>
        )}
        {missing && (missing.required.length > 0 || missing.recommended.length > 0) && (
          <MessageBar intent={missing.required.length > 0 ? 'error' : 'warning'}>
            <MessageBarBody>
              {missing.required.length > 0 && <Text block>{t('missingRequired', { fields: labels(missing.required) })}</Text>}
              {missing.recommended.length > 0 && <Text block>{t('missingRecommended', { fields: labels(missing.recommended) })}</Text>}
            </MessageBarBody>
          </MessageBar>
        )}
        {/* A new report is read as a whole record; a change, and a corrected report, by what it changes. */}
        {item.revisionOf && (
          <>
            <Text weight="semibold">{t('comparedWithReturned')}</Text>
            <ChangeTable changes={item.changes} />
          </>
        )}
        {showRecord ? <ProcessingRecord record={item.content} /> : <ChangeTable changes={item.changes} />}
        {canDecide && (
          <>
            <Field label={t('reasonLabel')} validationMessage={reasonError}>
              <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} />
            </Field>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void decide('approve')}>
                {t('approve')}
              </Button>
              <Button onClick={() => void decide('requestChanges')}>{t('requestChanges')}</Button>
              <Button onClick={() => void decide('reject')}>{t('reject')}</Button>
            </div>
          </>
        )}
      </div>
    </Card>
  );
}
