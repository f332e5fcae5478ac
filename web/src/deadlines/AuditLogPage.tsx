import { Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { apiFetch, listProcessings, type Processing } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';

interface AuditEvent {
  id: string;
  version: number;
  action: string;
  actorId: string;
  at: string;
  changedFields: string[];
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tableBox: { overflowX: 'auto', maxWidth: '100%' },
  // Narrow panes scroll the table inside its box rather than squeezing the columns into each other.
  table: { minWidth: '44rem' },
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
  // A grid item keeps its content's width unless told otherwise; long processing names must not widen the pane.
  field: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
});

/** Who did what to a processing and when: field names only, never their values. For the DPO and admins. */
export function AuditLogPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [processings, setProcessings] = useState<Processing[]>([]);
  const [selected, setSelected] = useState(() => new URLSearchParams(window.location.search).get('processing') ?? '');
  const [events, setEvents] = useState<AuditEvent[] | undefined>();
  useEffect(() => {
    void listProcessings({}).then((r) => {
      const sorted = [...r.items].sort((a, b) => a.name.localeCompare(b.name, language));
      setProcessings(sorted);
      setSelected((s) => s || sorted[0]?.id || '');
    });
  }, [language]);
  useEffect(() => {
    if (!selected) return;
    void apiFetch<{ items: AuditEvent[] }>(`processings/${encodeURIComponent(selected)}/audit`).then((r) => setEvents(r.body.items));
  }, [selected]);

  return (
    <section className={styles.page} aria-label={t('auditTitle')}>
      <Text as="h2" block size={600} weight="semibold">
        {t('auditTitle')}
      </Text>
      <Field className={styles.field} label={t('auditChoose')}>
        <Select className={styles.select} value={selected} onChange={(_e, d) => setSelected(d.value)}>
          {processings.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {events && events.length === 0 && <Text>{t('auditEmpty')}</Text>}
      {events && events.length > 0 && (
        <div className={styles.tableBox}>
          <Table className={styles.table} size="small" aria-label={t('auditTitle')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('auditAt')}</TableHeaderCell>
                <TableHeaderCell>{t('auditAction')}</TableHeaderCell>
                <TableHeaderCell>{t('auditVersion')}</TableHeaderCell>
                <TableHeaderCell>{t('auditActor')}</TableHeaderCell>
                <TableHeaderCell>{t('auditFields')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {events.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{new Date(e.at).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' })}</TableCell>
                  <TableCell>{t(`audit.${e.action}` as MessageKey)}</TableCell>
                  <TableCell>{e.version}</TableCell>
                  <TableCell>{e.actorId}</TableCell>
                  <TableCell>{e.changedFields.join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
