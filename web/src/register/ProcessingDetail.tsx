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
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { apiBlob, getProcessing, offerBlob, type Processing } from '../api/apiClient.js';
import { ReportForm } from '../report/ReportForm.js';
import { HistorySection } from '../review/HistorySection.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
  purpose: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  dl: { display: 'grid', gridTemplateColumns: 'minmax(8em, 14em) minmax(0, 1fr)', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, margin: 0 },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0, whiteSpace: 'pre-line', minWidth: 0, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, '& > *': { maxWidth: '100%', height: 'auto', whiteSpace: 'normal' } },
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

  const list = (items: string[]) => (items.length ? items.join(', ') : t('none'));

  return (
    <OverlayDrawer open={Boolean(id)} onOpenChange={(_e, data) => !data.open && onClose()} position="end" size="large" aria-labelledby="processing-title">
      <DrawerHeader>
        <DrawerHeaderTitle
          id="processing-title"
          action={<Button appearance="subtle" aria-label={t('close')} icon={<Dismiss24Regular />} onClick={onClose} />}
        >
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
              <Button onClick={() => { setNotice(undefined); setEditing(true); }}>{t('proposeChange')}</Button>
              <Button
                appearance="subtle"
                onClick={() => void apiBlob(`processings/${encodeURIComponent(processing.id)}/privacy-notice?lang=${language}`).then((blob) => offerBlob(blob, undefined))}
              >
                {t('privacyNotice')}
              </Button>
            </div>
            <dl className={`${styles.dl} ${styles.section}`}>
              <dt className={styles.dt}>{t('controller')}</dt>
              <dd className={styles.dd}>{processing.controller}</dd>
              <dt className={styles.dt}>{t('unit')}</dt>
              <dd className={styles.dd}>{processing.organisationUnit}</dd>
              <dt className={styles.dt}>{t('status')}</dt>
              <dd className={styles.dd}>
                <Badge appearance="tint" color={processing.status === 'approved' ? 'success' : 'warning'}>
                  {t(`status.${processing.status}` as MessageKey)}
                </Badge>{' '}
                {t('version')} {processing.version}
              </dd>
              <dt className={styles.dt}>{t('systems')}</dt>
              <dd className={styles.dd}>{list(processing.systems.map((s) => (s.kind ? `${s.name} (${s.kind})` : s.name)))}</dd>
              <dt className={styles.dt}>{t('processors')}</dt>
              <dd className={styles.dd}>{list(processing.processors.map((p) => p.name))}</dd>
              <dt className={styles.dt}>{t('securityMeasures')}</dt>
              <dd className={styles.dd}>{list(processing.securityMeasures)}</dd>
              <dt className={styles.dt}>{t('dpia')}</dt>
              <dd className={styles.dd}>{processing.dpiaRequired ? t('yes') : t('no')}</dd>
            </dl>
            <Text as="h3" block size={500} weight="semibold">
              {t('purposes')}
            </Text>
            {processing.purposes.map((purpose, index) => (
              <section key={purpose.id} className={styles.purpose} aria-label={`${t('purpose')} ${index + 1}`}>
                <Text as="p" weight="semibold">
                  {purpose.description}
                </Text>
                <dl className={styles.dl}>
                  <dt className={styles.dt}>{t('legalBasis')}</dt>
                  <dd className={styles.dd}>
                    {purpose.legalBasis.article6.map((b) => t(`basis.${b}` as MessageKey)).join(', ') || purpose.legalBasis.originalText || t('none')}
                    {purpose.legalBasis.nationalLaw ? `\n${purpose.legalBasis.nationalLaw}` : ''}
                  </dd>
                  <dt className={styles.dt}>{t('dataSubjects')}</dt>
                  <dd className={styles.dd}>{list(purpose.dataSubjectCategories)}</dd>
                  <dt className={styles.dt}>{t('dataCategories')}</dt>
                  <dd className={styles.dd}>
                    <span className={styles.badges}>
                      {purpose.personalDataCategories.map((c) => (
                        <Badge key={c.name} appearance={c.special ? 'filled' : 'outline'} color={c.special ? 'danger' : 'informative'} title={c.special ? t('specialCategory') : undefined}>
                          {c.name}
                        </Badge>
                      ))}
                    </span>
                  </dd>
                  <dt className={styles.dt}>{t('recipients')}</dt>
                  <dd className={styles.dd}>{list(purpose.recipients)}</dd>
                  <dt className={styles.dt}>{t('transfers')}</dt>
                  <dd className={styles.dd}>
                    {purpose.thirdCountryTransfers.length
                      ? purpose.thirdCountryTransfers.map((x) => `${x.country} (${x.safeguard})`).join(', ')
                      : t('noTransfers')}
                  </dd>
                  <dt className={styles.dt}>{t('retention')}</dt>
                  <dd className={styles.dd}>{purpose.retention.text || t('none')}</dd>
                  <dt className={styles.dt}>{t('sources')}</dt>
                  <dd className={styles.dd}>{list(purpose.sources)}</dd>
                </dl>
              </section>
            ))}
            <HistorySection processingId={processing.id} refreshKey={reloads} />
          </article>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
