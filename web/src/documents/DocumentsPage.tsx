import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { FieldDecision } from '@prt/domain/documents/draftReview';
import { ApiError } from '../api/apiClient.js';
import { apiErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { UploadField } from '../upload/UploadField.js';
import { DOCUMENT_TYPES } from './documentTypes.js';
import { DraftReview } from './DraftReview.js';
import { decide, getDraft, listDrafts, submit, uploadDocument, type DocumentDraftSummary, type DraftView } from './documentsApi.js';
import { NoticeCheckPanel } from './NoticeCheckPanel.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0, overflowWrap: 'anywhere' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '56rem' },
  wide: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  proposal: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  quote: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
});

/** For the DPO and admins: read a document into draft processings, review them side by side, check a notice. */
export function DocumentsPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [file, setFile] = useState<File | undefined>();
  const [unit, setUnit] = useState('');
  const [controller, setController] = useState('');
  const [draft, setDraft] = useState<{ view: DraftView; etag: string } | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [earlier, setEarlier] = useState<DocumentDraftSummary[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const fail = useCallback((e: unknown) => setFailure(e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric')), [language, t]);
  const refreshList = useCallback(() => void listDrafts().then(setEarlier, () => setEarlier([])), []);
  useEffect(() => {
    refreshList();
  }, [refreshList]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (e) {
      fail(e);
      // A concurrent reviewer changed the draft: show theirs, so the next decision starts from it.
      if (e instanceof ApiError && e.status === 412 && draft) await open(draft.view.id, selected);
    } finally {
      setBusy(false);
    }
  };

  const open = async (id: string, proposal?: string) => {
    const fetched = await getDraft(id);
    setDraft({ view: fetched.body, etag: fetched.etag ?? '' });
    setSelected(proposal);
  };

  const read = () =>
    run(async () => {
      if (!file) return;
      const uploaded = await uploadDocument(file, unit, controller);
      await open(uploaded.body.id);
      refreshList();
    });

  const onDecide = (decisions: Record<string, FieldDecision | null>) =>
    run(async () => {
      if (!draft || !selected) return;
      const saved = await decide(draft.view.id, draft.etag, selected, decisions);
      setDraft({ view: saved.body, etag: saved.etag ?? '' });
    });

  const onSubmit = () =>
    run(async () => {
      if (!draft || !selected) return;
      await submit(draft.view.id, selected);
      await open(draft.view.id, selected);
      refreshList();
    });

  const proposal = draft?.view.proposals.find((p) => p.key === selected);
  return (
    <div className={styles.page}>
      <section aria-label={t('documentsTitle')} className={styles.section}>
        <Text as="h2" block size={600} weight="semibold">
          {t('documentsTitle')}
        </Text>
        <Text as="p" block>
          {t('documentsIntro')}
        </Text>
        <UploadField label={t('documentFile')} accept={DOCUMENT_TYPES} onChange={setFile} />
        <div className={styles.row}>
          <Field label={t('documentUnit')} required>
            <Input value={unit} onChange={(_e, d) => setUnit(d.value)} />
          </Field>
          <Field label={t('documentController')} required>
            <Input value={controller} onChange={(_e, d) => setController(d.value)} />
          </Field>
        </div>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || !file || !unit.trim() || !controller.trim()} onClick={() => void read()}>
            {t('readDocument')}
          </Button>
          {busy && <Spinner size="tiny" label={t('readingDocument')} />}
        </div>
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        {earlier.length > 0 && !draft && (
          <>
            <Text as="h3" block weight="semibold">
              {t('earlierDocuments')}
            </Text>
            <ul className={styles.list}>
              {earlier.map((d) => (
                <li key={d.id}>
                  <Button appearance="transparent" onClick={() => void run(() => open(d.id))}>
                    {t('openDraft', { file: d.fileName })}
                  </Button>{' '}
                  {d.organisationUnit} · {t(d.status === 'open' ? 'draftOpen' : 'draftSubmitted')}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {draft && (
        <section aria-label={t('foundProposals', { count: draft.view.report.found, file: draft.view.fileName })} className={styles.wide}>
          <MessageBar intent={draft.view.report.found > 0 ? 'info' : 'warning'}>
            <MessageBarBody>
              {draft.view.report.found > 0 ? t('foundProposals', { count: draft.view.report.found, file: draft.view.fileName }) : t('noProposals')}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.list}>
            {draft.view.proposals.map((p) => (
              <li key={p.key} className={styles.proposal}>
                <Button appearance={p.key === selected ? 'primary' : 'secondary'} onClick={() => setSelected(p.key)}>
                  {t('reviewProposal', { name: p.name })}
                </Button>
                <Text>
                  {t('proposalSummary', {
                    fields: draft.view.report.proposals.find((r) => r.key === p.key)?.fields ?? p.fields.length,
                    purposes: draft.view.report.proposals.find((r) => r.key === p.key)?.purposes ?? 0,
                  })}
                  {p.submission ? ` · ${t('alreadySent')}` : ''}
                </Text>
              </li>
            ))}
          </ul>
          {draft.view.report.notUnderstood.length > 0 && (
            <details>
              <summary>{t('notUnderstoodTitle', { count: draft.view.report.notUnderstood.length })}</summary>
              <Text as="p" block>
                {t('notUnderstoodIntro')}
              </Text>
              <ul className={styles.list}>
                {draft.view.report.notUnderstood.map((p) => (
                  <li key={`${p.start}-${p.end}`} className={styles.quote}>
                    {p.heading ? `${p.heading}: ` : ''}“{p.text}”
                  </li>
                ))}
              </ul>
            </details>
          )}
          {proposal && (
            <DraftReview
              key={`${draft.view.id}/${proposal.key}`}
              text={draft.view.text}
              proposal={proposal}
              busy={busy}
              onDecide={(decisions) => void onDecide(decisions)}
              onSubmit={() => void onSubmit()}
            />
          )}
        </section>
      )}

      <NoticeCheckPanel />
    </div>
  );
}
