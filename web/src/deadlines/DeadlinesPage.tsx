import {
  Badge,
  Button,
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
import { LOCALES } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { CaseActionDialog, type ActionRequest } from './CaseActionDialog.js';
import { CaseCard } from './CaseCard.js';
import { formatPlainDate, type CaseSettings, type CaseType, type CaseView, type Deadline } from './caseTypes.js';
import { DateField } from '../dates/DateField.js';
import { TimeField } from '../dates/TimeField.js';

/** Deadlines further off than this are folded away so the near ones are what the page is about. */
const NEAR_DAYS = 30;

interface DeletionRecord {
  caseId: string;
  caseType: CaseType;
  closedOn: string;
  deletedAt: string;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
  },
  // Wide tables scroll inside their own box, so a narrow Teams pane never scrolls sideways.
  tableBox: { overflowX: 'auto', maxWidth: '100%' },
  wrapBadge: { height: 'auto', whiteSpace: 'normal' },
  // Date and time of the breach side by side, one field of the form to the eye.
  awareAt: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  awareAtLegend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
});

/** Deadlines of cases the user may see and processings due for their yearly review; register and handle cases. */
export function DeadlinesPage({ canHandleWhistleblowing }: { canHandleWhistleblowing: boolean }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [deadlines, setDeadlines] = useState<Deadline[]>([]);
  const [asOf, setAsOf] = useState(() => new Date().toISOString());
  const [settings, setSettings] = useState<CaseSettings | undefined>();
  const [showLater, setShowLater] = useState(false);
  const [cases, setCases] = useState<CaseView[]>([]);
  const [closed, setClosed] = useState<CaseView[]>([]);
  const [closedQuery, setClosedQuery] = useState('');
  const [deletions, setDeletions] = useState<DeletionRecord[]>([]);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const [form, setForm] = useState({ type: 'dsr', kind: 'access', reference: '', unit: '', receivedOn: '', awareOn: '', awareTime: '' });
  const [action, setAction] = useState<ActionRequest | undefined>();
  const authority = settings?.authority ?? 'IMY';
  const timeZone = settings?.timeZone;

  const load = useCallback(() => {
    void apiFetch<{ asOf: string; settings: CaseSettings; items: Deadline[] }>('deadlines').then((r) => {
      setAsOf(r.body.asOf);
      setSettings(r.body.settings);
      setDeadlines(r.body.items);
    });
    void apiFetch<{ items: CaseView[] }>('cases').then((r) => setCases(r.body.items.filter((c) => !c.case.closedOn)));
    void apiFetch<{ items: DeletionRecord[] }>('case-deletions').then((r) => setDeletions(r.body.items));
  }, []);
  const loadClosed = useCallback(() => {
    void apiFetch<{ items: CaseView[] }>(`cases?state=closed&q=${encodeURIComponent(closedQuery)}`).then((r) => setClosed(r.body.items));
  }, [closedQuery]);
  useEffect(load, [load]);
  useEffect(loadClosed, [loadClosed]);
  const reload = () => {
    load();
    loadClosed();
  };

  const report = (e: unknown) => setNotice({ intent: 'error', text: e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric') });
  // In the tenant's zone, as the reminders in chat say it: a breach deadline at 08:10 in Stockholm is not 07:10.
  const formatDue = (d: Deadline) =>
    new Date(d.dueAt).toLocaleString(LOCALES[language], { timeZone, dateStyle: 'long', ...(d.dueDate ? {} : { timeStyle: 'short' }) });
  const units = settings?.units ?? [];
  const example = settings?.caseNumberExample[form.type as CaseType];

  const register = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, string> = { type: form.type, reference: form.reference, unit: form.unit };
    if (form.type === 'dsr') body['kind'] = form.kind;
    // The browser's clock time, as the person who became aware reads it off their own watch.
    if (form.type === 'breach') body['awareAt'] = form.awareOn && form.awareTime ? new Date(`${form.awareOn}T${form.awareTime}`).toISOString() : '';
    else body['receivedOn'] = form.receivedOn;
    try {
      await apiFetch('cases', { method: 'POST', body: JSON.stringify(body) });
      setNotice({ intent: 'success', text: t('savedCase', { reference: form.reference, type: t(`type.${form.type}` as MessageKey) }) });
      setForm((f) => ({ ...f, reference: '' }));
      reload();
    } catch (e) {
      report(e);
    }
  };

  const record = async (view: CaseView, body: Record<string, string>) => {
    setAction(undefined);
    try {
      const current = await apiFetch(`cases/${view.case.id}`);
      await apiFetch(`cases/${view.case.id}/events`, { method: 'POST', body: JSON.stringify(body), headers: { 'if-match': current.etag ?? '' } });
      const what = t(`event.${body['event']}` as MessageKey, { authority });
      setNotice({ intent: 'success', text: t('savedEvent', { event: what, reference: view.case.reference }) });
      reload();
    } catch (e) {
      report(e);
    }
  };

  const onAction = (view: CaseView, event: string, direct: boolean) => {
    if (direct) void record(view, { event });
    else setAction({ view, event });
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
  const calendarKey: MessageKey = settings?.country === 'DK' ? (settings.danishCustomaryClosedDays ? 'calendar.DKCustomary' : 'calendar.DK') : 'calendar.SE';

  return (
    <div className={styles.page}>
      {notice && (
        <MessageBar intent={notice.intent} aria-live="polite">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={t('deadlinesTitle')}>
        <Text as="h2" block size={600} weight="semibold">
          {t('deadlinesTitle')}
        </Text>
        {settings && (
          <Text as="p" block size={200} data-testid="calendar-note">
            {t(calendarKey)}
          </Text>
        )}
        {shown.length === 0 ? (
          <Text as="p" block>
            {t(deadlines.length === 0 ? 'deadlinesEmpty' : 'deadlinesNoneNear', { days: NEAR_DAYS })}
          </Text>
        ) : (
          <div className={styles.tableBox}>
            <Table size="small" aria-label={t('deadlinesTitle')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('dueOn')}</TableHeaderCell>
                  <TableHeaderCell>{t('what')}</TableHeaderCell>
                  <TableHeaderCell>{t('reference')}</TableHeaderCell>
                  <TableHeaderCell>{t('deadlineAction')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.slice(0, 500).map((d) => (
                  <TableRow key={`${d.subjectId}-${d.kind}`}>
                    <TableCell>
                      {formatDue(d)} {d.overdue && <Badge color="danger">{t('overdue')}</Badge>}{' '}
                      {d.paused && (
                        <Badge className={styles.wrapBadge} color="informative">
                          {t('paused')}
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>{t(`deadline.${d.kind}` as MessageKey, { authority })}</TableCell>
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
          </div>
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
        {/* Shown once the tenant's settings are in: the unit field is a list when the tenant has one, and must not change kind under the user. */}
        {settings && (
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
            <Field label={t('caseReference')} required hint={example ? t('caseReferenceHint', { example }) : undefined}>
              <Input value={form.reference} placeholder={example} onChange={(_e, d) => setForm((f) => ({ ...f, reference: d.value }))} />
            </Field>
            <Field label={t('caseUnit')} required>
              {units.length > 0 ? (
                <Select value={form.unit} onChange={(_e, d) => setForm((f) => ({ ...f, unit: d.value }))}>
                  <option value="">{t('caseUnitChoose')}</option>
                  {units.map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input value={form.unit} onChange={(_e, d) => setForm((f) => ({ ...f, unit: d.value }))} />
              )}
            </Field>
            {form.type === 'breach' ? (
              <fieldset className={styles.awareAt}>
                <legend className={styles.awareAtLegend}>{t('awareAt')}</legend>
                <DateField label={t('awareAtDate')} required value={form.awareOn} onChange={(day) => setForm((f) => ({ ...f, awareOn: day }))} />
                <TimeField label={t('awareAtTime')} required value={form.awareTime} onChange={(time) => setForm((f) => ({ ...f, awareTime: time }))} />
              </fieldset>
            ) : (
              <DateField label={t('receivedOn')} required value={form.receivedOn} onChange={(day) => setForm((f) => ({ ...f, receivedOn: day }))} />
            )}
            <Button appearance="primary" type="submit">
              {t('registerCase')}
            </Button>
          </form>
        )}
      </section>

      <section aria-label={t('openCases')}>
        <Text as="h2" block size={500} weight="semibold">
          {t('openCases')}
        </Text>
        <ul className={styles.list}>
          {cases.map((c) => (
            <li key={c.case.id}>
              <CaseCard view={c} authority={authority} formatDue={formatDue} onAction={onAction} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-label={t('closedCases')}>
        <Text as="h2" block size={500} weight="semibold">
          {t('closedCases')}
        </Text>
        <Field label={t('closedSearch')}>
          <Input type="search" value={closedQuery} onChange={(_e, d) => setClosedQuery(d.value)} />
        </Field>
        {closed.length === 0 ? (
          <Text as="p" block>
            {t('closedNone')}
          </Text>
        ) : (
          <ul className={styles.list}>
            {closed.map((c) => (
              <li key={c.case.id}>
                <CaseCard view={c} authority={authority} formatDue={formatDue} onAction={onAction} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label={t('deletedCases')}>
        <Text as="h2" block size={500} weight="semibold">
          {t('deletedCases')}
        </Text>
        {deletions.length === 0 ? (
          <Text as="p" block>
            {t('deletedNone')}
          </Text>
        ) : (
          <ul>
            {deletions.map((r) => (
              <li key={r.caseId}>
                <Text>
                  {t('deletedRow', {
                    type: t(`type.${r.caseType}` as MessageKey),
                    closed: formatPlainDate(r.closedOn, language),
                    deleted: new Date(r.deletedAt).toLocaleDateString(LOCALES[language], { dateStyle: 'long', timeZone }),
                  })}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>

      {action && (
        <CaseActionDialog request={action} authority={authority} onCancel={() => setAction(undefined)} onSubmit={(body) => void record(action.view, body)} />
      )}
    </div>
  );
}
