import {
  Badge,
  Button,
  DrawerBody,
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
import { useEffect, useState } from 'react';
import { apiBlob, getProcessing, offerBlob, type Processing } from '../api/apiClient.js';
import { ReportForm } from '../report/ReportForm.js';
import { HistorySection } from '../review/HistorySection.js';
import { ProcessingRecord } from '../record/ProcessingRecord.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
});

export function ProcessingDetail({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [processing, setProcessing] = useState<Processing | undefined>();
  const [etag, setEtag] = useState('');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [reloads, setReloads] = useState(0);

  useEffect(() => setNotice(undefined), [id]);

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
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {!processing ? (
          <Spinner label={t('loading')} />
        ) : editing ? (
          <ReportForm
            base={{ processing, etag }}
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
            <div className={styles.actions}>
              <Button
                onClick={() => {
                  setNotice(undefined);
                  setEditing(true);
                }}
              >
                {t('proposeChange')}
              </Button>
              <Button
                appearance="subtle"
                onClick={() =>
                  void apiBlob(`processings/${encodeURIComponent(processing.id)}/privacy-notice?lang=${language}`).then((blob) => offerBlob(blob, undefined))
                }
              >
                {t('privacyNotice')}
              </Button>
            </div>
            <ProcessingRecord
              record={processing}
              status={
                <>
                  <Badge appearance="tint" color={processing.status === 'approved' ? 'success' : 'warning'}>
                    {t(`status.${processing.status}` as MessageKey)}
                  </Badge>{' '}
                  {t('version')} {processing.version}
                </>
              }
            />
            <HistorySection processingId={processing.id} refreshKey={reloads} />
          </article>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
