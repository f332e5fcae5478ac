import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, apiFetch } from '../api/apiClient.js';
import { apiErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';

interface Deadline {
  subjectId: string;
  reference: string;
  kind: string;
  dueDate: string | null;
  dueAt: string;
  overdue: boolean;
  paused?: boolean;
  completed: boolean;
}

interface CaseView {
  case: { id: string; type: 'dsr' | 'whistleblower' | 'breach'; reference: string; unit: string };
  deadlines: Deadline[];
}

const EVENTS: Record<CaseView['case']['type'], string[]> = {
  dsr: ['respond', 'extend', 'sendExtensionNotice', 'pause', 'resume', 'close'],
  whistleblower: ['acknowledge', 'giveFeedback', 'close', 'delete'],
  breach: ['notifyAuthority', 'notificationNotRequired', 'close'],
};
const NEEDS_REASON = new Set(['extend', 'notificationNotRequired']);
/** Deadlines further off than this are folded away so the near ones are what the page is about. */
const NEAR_DAYS = 30;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** Deadlines of cases the user may see and processings due for their yearly review; register and update cases. */
export function DeadlinesPage({ canHandleWhistleblowing }: { canHandleWhistleblowing: boolean }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [deadlines, setDeadlines] = useState<Deadline[]>([]);
  const [asOf, setAsOf] = useState(() => new Date().toISOString());
  const [timeZone, setTimeZone] = useState<string | undefined>();
  const [showLater, setShowLater] = useState(false);
  const [cases, setCases] = useState<CaseView[]>([]);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const [form, setForm] = useState({ type: 'dsr', kind: 'access', reference: '', unit: '', receivedOn: '', awareAt: '' });
  const [reasons, setReasons] = useState<Record<string, string>>({});

  const load = useCallback(() => {
    void apiFetch<{ asOf: string; timeZone: string; items: Deadline[] }>('deadlines').then((r) => {
      setAsOf(r.body.asOf);
      setTimeZone(r.body.timeZone);
      setDeadlines(r.body.items);
    });
    void apiFetch<{ items: CaseView[] }>('cases').then((r) => setCases(r.body.items));
  }, []);
  useEffect(load, [load]);

  const report = (e: unknown) => setNotice({ intent: 'error', text: e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric') });
  // In the tenant's zone, as the reminders in chat say it: a breach deadline at 08:10 in Stockholm is not 07:10.
  const formatDue = (d: Deadline) => new Date(d.dueAt).toLocaleString(language, { timeZone, dateStyle: 'long', ...(d.dueDate ? {} : { timeStyle: 'short' }) });

  const register = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, string> = { type: form.type, reference: form.reference, unit: form.unit };
    if (form.type === 'dsr') body['kind'] = form.kind;
    if (form.type === 'breach') body['awareAt'] = form.awareAt ? new Date(form.awareAt).toISOString() : '';
    else body['receivedOn'] = form.receivedOn;
    try {
      await apiFetch('cases', { method: 'POST', body: JSON.stringify(body) });
      setNotice({ intent: 'success', text: t('eventDone') });
      setForm((f) => ({ ...f, reference: '' }));
      load();
    } catch (e) {
      report(e);
    }
  };

  const record = async (id: string, name: string) => {
    try {
      const current = await apiFetch(`cases/${id}`);
      await apiFetch(`cases/${id}/events`, {
        method: 'POST',
        body: JSON.stringify({ event: name, reason: reasons[id] ?? '' }),
        headers: { 'if-match': current.etag ?? '' },
      });
      setNotice({ intent: 'success', text: t('eventDone') });
      load();
    } catch (e) {
      report(e);
    }
  };

  const markReviewed = async (processingId: string) => {
    try {
      await apiFetch(`processings/${encodeURIComponent(processingId)}/reviewed`, { method: 'POST' });
      load();
    } catch (e) {
      report(e);
    }
  };

  const nearUntil = new Date(asOf).getTime() + NEAR_DAYS * 86_400_000;
  const near = deadlines.filter((d) => d.overdue || new Date(d.dueAt).getTime() <= nearUntil);
  const later = deadlines.length - near.length;
  const shown = showLater ? deadlines : near;

  return (
    <div className={styles.page}>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={t('deadlinesTitle')}>
        <Text as="h2" block size={600} weight="semibold">
          {t('deadlinesTitle')}
        </Text>
        {shown.length === 0 ? (
          <Text as="p" block>
            {t(deadlines.length === 0 ? 'deadlinesEmpty' : 'deadlinesNoneNear', { days: NEAR_DAYS })}
          </Text>
        ) : (
          <Table size="small" aria-label={t('deadlinesTitle')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('dueOn')}</TableHeaderCell>
                <TableHeaderCell>{t('what')}</TableHeaderCell>
                <TableHeaderCell>{t('reference')}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.slice(0, 500).map((d) => (
                <TableRow key={`${d.subjectId}-${d.kind}`}>
                  <TableCell>
                    {formatDue(d)} {d.overdue && <Badge color="danger">{t('overdue')}</Badge>} {d.paused && <Badge color="informative">{t('paused')}</Badge>}
                  </TableCell>
                  <TableCell>{t(`deadline.${d.kind}` as MessageKey)}</TableCell>
                  <TableCell>{d.reference}</TableCell>
                  <TableCell>
                    {d.kind === 'processing.review' && (
                      <Button size="small" onClick={() => void markReviewed(d.subjectId)}>
                        {t('markReviewed')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {later > 0 && (
          <Button appearance="subtle" aria-expanded={showLater} onClick={() => setShowLater((v) => !v)}>
            {showLater ? t('hideLater', { days: NEAR_DAYS }) : t('showLater', { count: later, days: NEAR_DAYS })}
          </Button>
        )}
      </section>

      <section aria-label={t('newCase')}>
        <Text as="h2" block size={500} weight="semibold">
          {t('newCase')}
        </Text>
        <form className={styles.form} onSubmit={(e) => void register(e)} aria-label={t('newCase')}>
          <Field label={t('caseType')}>
            <Select value={form.type} onChange={(_e, d) => setForm((f) => ({ ...f, type: d.value }))}>
              {(['dsr', 'breach', ...(canHandleWhistleblowing ? ['whistleblower'] : [])] as const).map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}` as MessageKey)}
                </option>
              ))}
            </Select>
          </Field>
          {form.type === 'dsr' && (
            <Field label={t('dsrKind')}>
              <Select value={form.kind} onChange={(_e, d) => setForm((f) => ({ ...f, kind: d.value }))}>
                {['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'].map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}` as MessageKey)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t('caseReference')} required>
            <Input value={form.reference} onChange={(_e, d) => setForm((f) => ({ ...f, reference: d.value }))} />
          </Field>
          <Field label={t('caseUnit')} required>
            <Input value={form.unit} onChange={(_e, d) => setForm((f) => ({ ...f, unit: d.value }))} />
          </Field>
          {form.type === 'breach' ? (
            <Field label={t('awareAt')} required>
              <Input type="datetime-local" value={form.awareAt} onChange={(_e, d) => setForm((f) => ({ ...f, awareAt: d.value }))} />
            </Field>
          ) : (
            <Field label={t('receivedOn')} required>
              <Input type="date" value={form.receivedOn} onChange={(_e, d) => setForm((f) => ({ ...f, receivedOn: d.value }))} />
            </Field>
          )}
          <Button appearance="primary" type="submit">
            {t('registerCase')}
          </Button>
        </form>
      </section>

      <section aria-label={t('openCases')}>
        <Text as="h2" block size={500} weight="semibold">
          {t('openCases')}
        </Text>
        <ul className={styles.list}>
          {cases.map((c) => (
            <li key={c.case.id}>
              <Card aria-label={c.case.reference}>
                <CardHeader
                  header={<Text weight="semibold">{c.case.reference}</Text>}
                  description={`${t(`type.${c.case.type}` as MessageKey)} · ${c.case.unit}`}
                />
                <Text size={200}>
                  {c.deadlines
                    .filter((d) => !d.completed)
                    .map((d) => `${t(`deadline.${d.kind}` as MessageKey)}: ${formatDue(d)}${d.overdue ? ` (${t('overdue')})` : ''}`)
                    .join(' · ')}
                </Text>
                <div className={styles.actions}>
                  <Field label={t('reason')} size="small">
                    <Input size="small" value={reasons[c.case.id] ?? ''} onChange={(_e, d) => setReasons((r) => ({ ...r, [c.case.id]: d.value }))} />
                  </Field>
                  {EVENTS[c.case.type].map((name) => (
                    <Button
                      key={name}
                      size="small"
                      disabled={NEEDS_REASON.has(name) && !(reasons[c.case.id] ?? '').trim()}
                      onClick={() => void record(c.case.id, name)}
                    >
                      {t(`event.${name}` as MessageKey)}
                    </Button>
                  ))}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
