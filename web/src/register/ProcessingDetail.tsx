import {
  Badge,
  Button,
  DrawerBody,
  Field,
  Textarea,
  MessageBar,
  MessageBarBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { ApiError, apiBlob, apiFetch, getProcessing, offerBlob, type Processing } from '../api/apiClient.js';
import { ReportForm } from '../report/ReportForm.js';
import { apiErrorText } from '../i18n/errorMessages.js';
import { HistorySection } from '../review/HistorySection.js';
import { ProcessingRecord } from '../record/ProcessingRecord.js';
import { LinkedEntities } from '../entities/LinkedEntities.js';
import { PrintableRecord } from '../record/PrintableRecord.js';
import { openPublicPage } from '../record/openPublicPage.js';
import type { Language } from '../i18n/language.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { DateField } from '../dates/DateField.js';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
  banner: { marginBottom: tokens.spacingVerticalM },
  notice: { outline: 'none' },
  retire: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
});

/** The notice's stable public address (the one the public register links to), in the user's language. */
function noticeUrl(processing: Processing, language: Language): string {
  return new URL(`/api/public/${encodeURIComponent(processing.tenantId)}/notices/${encodeURIComponent(processing.id)}?lang=${language}`, window.location.origin)
    .href;
}

interface VersionSummary {
  version: number;
  state: 'pending' | 'approved' | 'rejected' | 'changesRequested';
  proposedBy: { displayName: string };
  proposedAt: string;
  decision?: { reason: string; decidedBy: { displayName: string }; decidedAt: string };
}

export function ProcessingDetail({
  id,
  onClose,
  userKey,
  canRetire = false,
}: {
  id: string | undefined;
  onClose: () => void;
  userKey?: string;
  canRetire?: boolean;
}) {
  const { t, language, date } = useI18n();
  const styles = useStyles();
  const [latest, setLatest] = useState<VersionSummary | undefined>();
  const [processing, setProcessing] = useState<Processing | undefined>();
  const [etag, setEtag] = useState('');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [reloads, setReloads] = useState(0);
  // The record being printed; tied to the id so another record opened in the drawer is not printed by mistake.
  const [printingId, setPrintingId] = useState<string | undefined>();

  const noticeRef = useRef<HTMLDivElement>(null);
  const [retiring, setRetiring] = useState(false);
  const [retireReason, setRetireReason] = useState('');
  const [retireReasonError, setRetireReasonError] = useState<string | undefined>();
  const [retireOn, setRetireOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [lifecycleError, setLifecycleError] = useState<string | undefined>();
  const lifecycle = async (path: 'retire' | 'restore', body: object | undefined, done: string) => {
    if (!processing) return;
    setLifecycleError(undefined);
    try {
      await apiFetch(`processings/${encodeURIComponent(processing.id)}/${path}`, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) });
      setRetiring(false);
      setNotice(done);
      setReloads((n) => n + 1);
    } catch (e) {
      setLifecycleError(e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric'));
    }
  };
  const retire = async () => {
    if (!retireReason.trim()) {
      setRetireReasonError(t('required'));
      return;
    }
    setRetireReasonError(undefined);
    await lifecycle('retire', { reason: retireReason, on: retireOn }, t('retiredDone'));
  };
  const restore = () => lifecycle('restore', undefined, t('restoredDone'));
  useEffect(() => setNotice(undefined), [id]);
  // The form that had focus is gone once sent: focus moves to the outcome, inside the drawer, so Escape still closes it.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    setProcessing(undefined);
    setEditing(false);
    if (!id) return;
    let cancelled = false;
    void getProcessing(id).then((r) => {
      if (cancelled) return;
      setProcessing(r.body);
      setEtag(r.etag ?? '');
    });
    // The newest version says whether a change is waiting or the DPO sent the report back, shown before anything else.
    void apiFetch<{ items: VersionSummary[] }>(`processings/${encodeURIComponent(id)}/versions`)
      .then((r) => !cancelled && setLatest(r.body.items[0]))
      .catch(() => !cancelled && setLatest(undefined));
    return () => {
      cancelled = true;
    };
  }, [id, reloads]);

  return (
    <OverlayDrawer open={Boolean(id)} onOpenChange={(_e, data) => !data.open && onClose()} position="end" size="large" aria-labelledby="processing-title">
      <DrawerHeader>
        <DrawerHeaderTitle id="processing-title" action={<Button appearance="subtle" aria-label={t('close')} icon={<Dismiss24Regular />} onClick={onClose} />}>
          {processing?.name ?? t('loading')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
          {notice && (
            <MessageBar intent="success">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {!processing ? (
          <Spinner label={t('loading')} />
        ) : editing ? (
          <ReportForm
            base={{ processing, etag }}
            draftKey={userKey ? `prt.draft.${userKey}.${processing.id}.v${processing.version}` : undefined}
            onDone={(message) => {
              setNotice(message);
              setEditing(false);
              setReloads((n) => n + 1);
            }}
            onCancel={() => {
              setEditing(false);
              setReloads((n) => n + 1);
            }}
          />
        ) : (
          <article aria-label={processing.name}>
            {latest?.state === 'changesRequested' && latest.decision && (
              <MessageBar intent="warning" className={styles.banner}>
                <MessageBarBody>
                  {t('changesRequestedBanner', {
                    name: latest.decision.decidedBy.displayName,
                    date: date(latest.decision.decidedAt),
                    reason: latest.decision.reason,
                  })}
                </MessageBarBody>
              </MessageBar>
            )}
            {latest?.state === 'pending' && (
              <MessageBar intent="info" className={styles.banner}>
                <MessageBarBody>{t('pendingChange', { name: latest.proposedBy.displayName, date: date(latest.proposedAt) })}</MessageBarBody>
              </MessageBar>
            )}
            {processing.status === 'archived' && processing.retirement && (
              <MessageBar intent="warning" className={styles.banner}>
                <MessageBarBody>{t('retiredBanner', { date: date(processing.retirement.on), reason: processing.retirement.reason })}</MessageBarBody>
              </MessageBar>
            )}
            {lifecycleError && (
              <MessageBar intent="error" className={styles.banner}>
                <MessageBarBody>{lifecycleError}</MessageBarBody>
              </MessageBar>
            )}
            {canRetire && processing.status === 'approved' && retiring && (
              <div className={styles.retire}>
                <Field label={t('retireReason')} required validationMessage={retireReasonError}>
                  <Textarea value={retireReason} onChange={(_e, d) => setRetireReason(d.value)} />
                </Field>
                <DateField label={t('retireOn')} value={retireOn} onChange={setRetireOn} />
                <div className={styles.actions}>
                  <Button appearance="primary" onClick={() => void retire()}>
                    {t('retireConfirm')}
                  </Button>
                  <Button onClick={() => setRetiring(false)}>{t('cancel')}</Button>
                </div>
              </div>
            )}
            <div className={styles.actions}>
              {canRetire && processing.status === 'approved' && !retiring && <Button onClick={() => setRetiring(true)}>{t('retire')}</Button>}
              {canRetire && processing.status === 'archived' && <Button onClick={() => void restore()}>{t('restore')}</Button>}
              {latest?.state !== 'pending' && processing.status !== 'archived' && (
                <Button
                  appearance={latest?.state === 'changesRequested' ? 'primary' : 'secondary'}
                  onClick={() => {
                    setNotice(undefined);
                    setEditing(true);
                  }}
                >
                  {latest?.state === 'changesRequested' ? t('fixAndResubmit') : t('proposeChange')}
                </Button>
              )}
              {processing.status === 'approved' ? (
                <Button
                  appearance="subtle"
                  as="a"
                  href={noticeUrl(processing, language)}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={(e) => openPublicPage(e, noticeUrl(processing, language))}
                >
                  {t('privacyNotice')}
                </Button>
              ) : (
                // Not published yet: the notice is a preview fetched with the user's credentials.
                <Button
                  appearance="subtle"
                  onClick={() =>
                    void apiBlob(`processings/${encodeURIComponent(processing.id)}/privacy-notice?lang=${language}`).then((blob) => offerBlob(blob, undefined))
                  }
                >
                  {t('privacyNotice')}
                </Button>
              )}
              <Button appearance="subtle" onClick={() => (printingId === processing.id ? window.print() : setPrintingId(processing.id))}>
                {t('printRecord')}
              </Button>
            </div>
            {printingId === processing.id && (
              <PrintableRecord processing={processing} version={`${t(`status.${processing.status}` as MessageKey)}, ${t('version')} ${processing.version}`} />
            )}
            <ProcessingRecord
              record={processing}
              status={
                <>
                  <Badge appearance="tint" color={processing.status === 'approved' ? 'success' : 'warning'}>
                    {processing.status === 'draft' && latest?.state === 'changesRequested'
                      ? t('state.changesRequested')
                      : t(`status.${processing.status}` as MessageKey)}
                  </Badge>{' '}
                  {t('version')} {processing.version}
                </>
              }
            />
            <LinkedEntities processing={processing} />
            <HistorySection processingId={processing.id} refreshKey={reloads} />
          </article>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
