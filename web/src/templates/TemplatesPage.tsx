import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
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
import { useCallback, useEffect, useState } from 'react';
import { ARTICLE_6_BASES, ARTICLE_9_CONDITIONS } from '@prt/domain/processing';
import type { ProcessingTemplate, TemplateIssue } from '@prt/domain/templates/processingTemplate';
import type { TemplateFieldChange, TemplateFieldValue } from '@prt/domain/templates/templateChanges';
import { ApiError, apiFetch } from '../api/apiClient.js';
import { apiErrorText, errorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LOCALES } from '../i18n/language.js';
import { UploadField } from '../upload/UploadField.js';
import type { MessageKey } from '../i18n/messages.js';

interface TemplateSetView {
  source: string;
  format: string;
  uploadedAt: string;
  templates: ProcessingTemplate[];
}

interface UploadOutcome {
  sets: { source: string; added: string[]; changed: string[]; removed: string[]; unchanged: string[] }[];
  issues: TemplateIssue[];
  rejected: number;
}

interface StartOutcome {
  created: { templateId: string; processingId: string; status: 'draft' | 'pending' }[];
  existing: { templateId: string }[];
  refused: { templateId: string; code: string; params: Record<string, unknown> }[];
}

interface TemplateUpdate {
  processingId: string;
  name: string;
  organisationUnit: string;
  templateId: string;
  source: string;
  fromVersion: string;
  toVersion?: string;
  removed: boolean;
  changes: TemplateFieldChange[];
  drift: TemplateFieldChange[];
  applicable: TemplateFieldChange[];
  keptLocal: TemplateFieldChange[];
  proposedVersion?: number;
  etag: string;
}

const LETTERS = 'abcdefghij';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '64rem', minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  template: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', paddingLeft: '2rem' },
  // Label beside the value where there is room, above it on a narrow tab.
  change: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, overflowWrap: 'anywhere' },
  changeLabel: { flex: '0 0 12rem', fontWeight: tokens.fontWeightSemibold },
  changeValue: { flex: '1 1 16rem', minWidth: 0 },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** For the DPO and admins: the tenant's template library, starting a unit's register from it, and template updates. */
export function TemplatesPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [sets, setSets] = useState<TemplateSetView[] | undefined>();
  const [updates, setUpdates] = useState<TemplateUpdate[]>([]);
  const [file, setFile] = useState<File | undefined>();
  const [source, setSource] = useState('');
  const [upload, setUpload] = useState<UploadOutcome | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [unit, setUnit] = useState('');
  const [controller, setController] = useState('');
  const [started, setStarted] = useState<StartOutcome | undefined>();
  const [proposed, setProposed] = useState<Record<string, number>>({});

  const fail = useCallback((e: unknown) => setFailure(e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric')), [language, t]);

  const reload = useCallback(async () => {
    try {
      const [library, pending] = await Promise.all([
        apiFetch<{ sets: TemplateSetView[] }>('templates'),
        apiFetch<{ updates: TemplateUpdate[] }>('templates/updates'),
      ]);
      setSets(library.body.sets);
      setUpdates(pending.body.updates);
    } catch (e) {
      fail(e);
    }
  }, [fail]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const send = async () => {
    if (!file) return;
    setFailure(undefined);
    setUpload(undefined);
    try {
      const query = source.trim() ? `?source=${encodeURIComponent(source.trim())}` : '';
      const result = await apiFetch<UploadOutcome>(`templates${query}`, {
        method: 'POST',
        body: file,
        headers: { 'content-type': 'application/octet-stream' },
      });
      setUpload(result.body);
      await reload();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'template.itemsRejected') setUpload(e.body as unknown as UploadOutcome);
      else fail(e);
    }
  };

  const create = async (set: TemplateSetView) => {
    setFailure(undefined);
    setStarted(undefined);
    const templateIds = set.templates.filter((tpl) => chosen[`${set.source}\u0000${tpl.templateId}`]).map((tpl) => tpl.templateId);
    try {
      const result = await apiFetch<StartOutcome>('templates/start', {
        method: 'POST',
        body: JSON.stringify({ source: set.source, templateIds, organisationUnit: unit, controller }),
      });
      setStarted(result.body);
      await reload();
    } catch (e) {
      fail(e);
    }
  };

  const propose = async (update: TemplateUpdate) => {
    setFailure(undefined);
    try {
      const result = await apiFetch<{ version: number }>(`templates/updates/${encodeURIComponent(update.processingId)}/proposal`, {
        method: 'POST',
        headers: { 'if-match': update.etag },
      });
      setProposed((p) => ({ ...p, [update.processingId]: result.body.version }));
      await reload();
    } catch (e) {
      fail(e);
    }
  };

  const value = (v: TemplateFieldValue): string => {
    if (typeof v === 'boolean') return t(v ? 'templatesYes' : 'templatesNo');
    if (Array.isArray(v)) return v.length ? v.map(article).join(', ') : t('templatesNone');
    return v || t('templatesNone');
  };
  const field = (f: string) => t(`tplField.${f}` as MessageKey);

  return (
    <div className={styles.page}>
      <Text as="h2" block size={600} weight="semibold">
        {t('templatesTitle')}
      </Text>
      <Text as="p" block>
        {t('templatesIntro')}
      </Text>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}

      <section aria-label={t('templatesUploadTitle')} className={styles.section}>
        <Text as="h3" block size={500} weight="semibold">
          {t('templatesUploadTitle')}
        </Text>
        <div className={styles.row}>
          <UploadField label={t('templatesFile')} accept={['.json', '.xlsx']} onChange={setFile} />
          <Field label={t('templatesSource')} hint={t('templatesSourceHint')}>
            <Input value={source} onChange={(_e, d) => setSource(d.value)} />
          </Field>
          <Button appearance="primary" disabled={!file} onClick={() => void send()}>
            {t('templatesUpload')}
          </Button>
        </div>
        {upload && upload.rejected === 0 && (
          <MessageBar intent="success">
            <MessageBarBody>
              {upload.sets
                .map((s) =>
                  t('templatesUploaded', {
                    source: s.source,
                    added: s.added.length,
                    changed: s.changed.length,
                    removed: s.removed.length,
                    unchanged: s.unchanged.length,
                  }),
                )
                .join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}
        {upload && upload.rejected > 0 && (
          <MessageBar intent="error">
            <MessageBarBody>{t('templatesNothingStored')}</MessageBarBody>
          </MessageBar>
        )}
        {upload && upload.issues.length > 0 && (
          <Table size="small" aria-label={t('templatesIssues')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('templatesItem')}</TableHeaderCell>
                <TableHeaderCell>{t('templatesProblem')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {upload.issues.map((issue, i) => (
                <TableRow key={i}>
                  <TableCell>{issue.templateId ? `${issue.item} (${issue.templateId})` : issue.item}</TableCell>
                  <TableCell className={styles.wrap}>{errorText(issue.code, issue.params as Record<string, unknown>, language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-label={t('templatesLibraryTitle')} className={styles.section}>
        <Text as="h3" block size={500} weight="semibold">
          {t('templatesLibraryTitle')}
        </Text>
        {!sets && <Spinner size="small" label={t('loading')} />}
        {sets?.length === 0 && <Text>{t('templatesEmpty')}</Text>}
        {sets && sets.length > 0 && (
          <div className={styles.row}>
            <Field label={t('templatesUnit')} required>
              <Input value={unit} onChange={(_e, d) => setUnit(d.value)} />
            </Field>
            <Field label={t('templatesController')}>
              <Input value={controller} onChange={(_e, d) => setController(d.value)} />
            </Field>
          </div>
        )}
        {started && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t('templatesCreated', {
                created: started.created.length,
                pending: started.created.filter((c) => c.status === 'pending').length,
                drafts: started.created.filter((c) => c.status === 'draft').length,
                existing: started.existing.length,
              })}
              {started.refused.length > 0 &&
                ` ${t('templatesRefused')}: ${started.refused.map((r) => `${r.templateId} (${errorText(r.code, r.params, language)})`).join('; ')}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {sets?.map((set) => (
          <Card key={set.source} aria-label={set.source}>
            <Text as="h4" block weight="semibold" className={styles.wrap}>
              {t('templatesSetHeading', {
                source: set.source,
                count: set.templates.length,
                at: new Date(set.uploadedAt).toLocaleDateString(LOCALES[language]),
              })}
            </Text>
            {set.templates.map((tpl) => {
              const key = `${set.source}\u0000${tpl.templateId}`;
              const kle = [...tpl.kleGroups, ...tpl.kleMainGroups.filter((m) => !tpl.kleGroups.some((g) => g.startsWith(m)))];
              return (
                <div key={key} className={styles.template}>
                  <Checkbox
                    checked={Boolean(chosen[key])}
                    onChange={(_e, d) => setChosen((c) => ({ ...c, [key]: Boolean(d.checked) }))}
                    label={<span className={styles.wrap}>{tpl.name}</span>}
                  />
                  <Text size={200} className={styles.meta}>
                    {t('templatesKle')}: {kle.length ? kle.join(', ') : t('templatesNone')} · {t('templatesLegalBasis')}:{' '}
                    {[...tpl.legalBasis.article6.map(article), ...tpl.legalBasis.article9.map(article)].join(', ') || t('templatesNone')}
                  </Text>
                </div>
              );
            })}
            <div>
              <Button
                appearance="primary"
                disabled={!unit.trim() || !set.templates.some((tpl) => chosen[`${set.source}\u0000${tpl.templateId}`])}
                onClick={() => void create(set)}
              >
                {t('templatesCreate')}
              </Button>
            </div>
          </Card>
        ))}
      </section>

      <section aria-label={t('templatesUpdatesTitle')} className={styles.section}>
        <Text as="h3" block size={500} weight="semibold">
          {t('templatesUpdatesTitle')}
        </Text>
        {sets && updates.length === 0 && <Text>{t('templatesNoUpdates')}</Text>}
        {updates.map((u) => (
          <Card key={u.processingId} aria-label={u.name}>
            <Text as="h4" block weight="semibold" className={styles.wrap}>
              {u.name} · {u.organisationUnit}
            </Text>
            <Text size={200} className={styles.wrap}>
              {u.source}/{u.templateId} ·{' '}
              {u.removed ? t('templatesRemoved') : t('templatesFromTo', { from: u.fromVersion.slice(0, 7), to: (u.toVersion ?? '').slice(0, 7) })}
            </Text>
            {u.changes.length > 0 && (
              <>
                <Text weight="semibold">{t('templatesChanges')}</Text>
                {u.changes.map((c) => (
                  <div key={c.field} className={styles.change}>
                    <Text className={styles.changeLabel}>
                      {field(c.field)}
                      {u.keptLocal.some((k) => k.field === c.field) ? ` (${t('templatesKeptLocal')})` : ''}
                    </Text>
                    <Text className={styles.changeValue}>
                      {value(c.before)} → {value(c.after)}
                    </Text>
                  </div>
                ))}
              </>
            )}
            {u.drift.length > 0 && (
              <>
                <Text weight="semibold">{t('templatesDrift')}</Text>
                {u.drift.map((c) => (
                  <div key={c.field} className={styles.change}>
                    <Text className={styles.changeLabel}>{field(c.field)}</Text>
                    <Text className={styles.changeValue}>
                      {value(c.before)} → {value(c.after)}
                    </Text>
                  </div>
                ))}
              </>
            )}
            {(u.proposedVersion ?? proposed[u.processingId]) !== undefined ? (
              <Text>{t('templatesProposalOpen', { version: u.proposedVersion ?? proposed[u.processingId]! })}</Text>
            ) : (
              !u.removed &&
              u.applicable.length > 0 && (
                <div>
                  <Button onClick={() => void propose(u)}>{t('templatesPropose')}</Button>
                </div>
              )
            )}
          </Card>
        ))}
      </section>
    </div>
  );
}

/** Art. 6 and 9 grounds in the regulation's own numbering, the same in every language. */
function article(value: string): string {
  const six = (ARTICLE_6_BASES as readonly string[]).indexOf(value);
  if (six >= 0) return `6(1)(${LETTERS[six]})`;
  const nine = (ARTICLE_9_CONDITIONS as readonly string[]).indexOf(value);
  if (nine >= 0) return `9(2)(${LETTERS[nine]})`;
  return value;
}
