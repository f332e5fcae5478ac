import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { apiBlob, apiFetch, offerBlob } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { formatPlainDate, type CaseSettings, type CaseView } from './caseTypes.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tableBox: { overflowX: 'auto', maxWidth: '100%' },
  // Narrow panes scroll the table inside its box rather than squeezing the columns into each other.
  table: { minWidth: '44rem' },
});

/** Art. 33(5): every breach with its facts, effects and remedial action, and whether and when it was notified, or why not. */
export function BreachLogPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [items, setItems] = useState<CaseView[] | undefined>();
  const [settings, setSettings] = useState<CaseSettings | undefined>();
  useEffect(() => {
    void apiFetch<{ items: CaseView[] }>('breaches').then((r) => setItems(r.body.items));
    void apiFetch<CaseSettings>('case-settings').then((r) => setSettings(r.body));
  }, []);
  const authority = settings?.authority ?? '';
  const at = (iso: string) => new Date(iso).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short', timeZone: settings?.timeZone });

  return (
    <section className={styles.page} aria-label={t('breachLogTitle')}>
      <Text as="h2" block size={600} weight="semibold">
        {t('breachLogTitle')}
      </Text>
      <Text as="p" block>
        {t('breachLogIntro', { authority })}
      </Text>
      <div>
        <Button onClick={() => void apiBlob(`breaches.csv?lang=${language}`).then((blob) => offerBlob(blob, 'incidentlogg.csv'))}>
          {t('breachLogExport')}
        </Button>
      </div>
      {items && items.length === 0 && <Text>{t('breachLogEmpty')}</Text>}
      {items && items.length > 0 && (
        <div className={styles.tableBox}>
          <Table className={styles.table} size="small" aria-label={t('breachLogTitle')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('reference')}</TableHeaderCell>
                <TableHeaderCell>{t('breachAwareCol')}</TableHeaderCell>
                <TableHeaderCell>{t('breachFacts')}</TableHeaderCell>
                <TableHeaderCell>{t('breachEffects')}</TableHeaderCell>
                <TableHeaderCell>{t('breachRemedial')}</TableHeaderCell>
                <TableHeaderCell>{t('breachNotifiedCol', { authority })}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map(({ case: b }) => (
                <TableRow key={b.id}>
                  <TableCell>
                    {b.reference}
                    <br />
                    {b.unit}
                    {b.closedOn ? ` · ${t('closedOn', { date: formatPlainDate(b.closedOn, language) })}` : ''}
                  </TableCell>
                  <TableCell>{b.awareAt ? at(b.awareAt) : ''}</TableCell>
                  <TableCell>{b.facts ?? ''}</TableCell>
                  <TableCell>{b.effects ?? ''}</TableCell>
                  <TableCell>{b.remedialAction ?? ''}</TableCell>
                  <TableCell>
                    {b.notifiedAt
                      ? t('breachNotifiedAt', { date: at(b.notifiedAt) })
                      : b.notificationNotRequired
                        ? t('breachNotNotified', {
                            reason: `${t(`reason.${b.notificationNotRequired}` as MessageKey)}${b.notificationNotRequiredNote ? ` (${b.notificationNotRequiredNote})` : ''}`,
                          })
                        : t('breachUndecided')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
