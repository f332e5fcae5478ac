import { Badge, Button, Card, CardHeader, Field, MessageBar, MessageBarBody, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiFetch } from '../api/apiClient.js';
import { apiErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { ProcessingContent } from '@prt/domain/processing';
import { ProcessingRecord } from '../record/ProcessingRecord.js';
import { ChangeTable, type FieldChange } from './ChangeTable.js';

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
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  kind: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/** The DPO's queue: every report and change proposal that awaits a decision. */
export function ReviewPage() {
  const { t } = useI18n();
  const styles = useStyles();
  const [items, setItems] = useState<PendingReview[] | undefined>();
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | undefined>();

  const load = useCallback(() => {
    void apiFetch<{ items: PendingReview[] }>('reviews/pending').then((r) => setItems(r.body.items));
  }, []);
  useEffect(load, [load]);

  return (
    <section aria-label={t('reviewTitle')}>
      <Text as="h2" block size={600} weight="semibold">
        {t('reviewTitle')}
      </Text>
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
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={`${item.processingId}-${item.version}`}>
              <ReviewItem
                item={item}
                onDecided={(text, ok) => {
                  setNotice({ intent: ok ? 'success' : 'error', text });
                  load();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewItem({ item, onDecided }: { item: PendingReview; onDecided: (text: string, ok: boolean) => void }) {
  const { t, language } = useI18n();
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
  return (
    <Card aria-label={item.processingName}>
      <CardHeader
        header={<Text weight="semibold">{item.processingName}</Text>}
        description={t('reportedBy', { name: item.proposedBy.displayName, date: new Date(item.proposedAt).toLocaleString(language) })}
        action={
          <Badge appearance="tint" className={styles.kind}>
            {item.isNewReport ? t('newReport') : t('changeProposal')}
          </Badge>
        }
      />
      <div className={styles.body}>
        {/* A new report is read as a whole record; a change is read as what it changes. */}
        {item.isNewReport ? <ProcessingRecord record={item.content} /> : <ChangeTable changes={item.changes} />}
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
      </div>
    </Card>
  );
}
