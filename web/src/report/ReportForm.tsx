import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { changeLabel } from '@prt/domain/changeLabels';
import { completeness } from '@prt/domain/completeness';
import type { RecordSettingsResponse } from '@prt/domain/api/recordSettings';
import { recordWarnings } from '@prt/domain/recordCompleteness';
import { sharedDpoText } from '@prt/domain/recordTexts';
import type { Article6Basis, TransferSafeguard } from '@prt/domain/processing';
import { ApiError, apiFetch, type Processing } from '../api/apiClient.js';
import { apiErrorText, fieldErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { ControllerSection } from './ControllerSection.js';
import { DataFlowMatrix } from './DataFlowMatrix.js';
import { DpiaSection } from './DpiaSection.js';
import { emptyRecordDraft, type RecordDraft } from './recordDraft.js';
import { RetentionDecisionFields } from './RetentionDecisionFields.js';
import { TransferAssessmentFields } from './TransferAssessmentFields.js';
import { EntityNamesField } from '../entities/EntityNamesField.js';
import { linkContent, useEntityNames } from '../entities/entityLinks.js';
import { systemText } from '../record/recordTexts.js';
import {
  changePurpose,
  purposeLists,
  draftAsContent,
  draftFromProcessing,
  draftToContent,
  emptyDraft,
  emptyPurpose,
  loadDraft,
  saveDraft,
  type ProcessingDraft,
  type PurposeDraft,
} from './processingDraft.js';

const BASES: Article6Basis[] = ['publicTask', 'legalObligation', 'contract', 'consent', 'vitalInterests', 'legitimateInterests'];
const SAFEGUARDS: TransferSafeguard[] = ['adequacy', 'dpf', 'scc', 'bcr', 'derogation', 'unspecified'];
const ARTICLE_9 = [
  'employmentAndSocialSecurity',
  'substantialPublicInterest',
  'healthOrSocialCare',
  'explicitConsent',
  'legalClaims',
  'vitalInterests',
  'publicHealth',
  'archivingResearchStatistics',
  'notForProfitBody',
  'manifestlyMadePublic',
];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  purpose: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  transfer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grow: { flexGrow: 1 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  summary: { outline: 'none', scrollMarginTop: tokens.spacingVerticalXXL },
  completeness: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Draft keys whose field path in the document differs. */
const DRAFT_TO_PATH: Record<string, string> = {
  article6: 'legalBasis',
  article9: 'legalBasis',
  subjects: 'dataSubjectCategories',
  categories: 'personalDataCategories',
  transfers: 'thirdCountryTransfers',
  retentionDecision: 'retention.decision',
};

interface ReportFormProps {
  /** The approved (or returned) processing a change is proposed to; absent for a new report. */
  base?: { processing: Processing; etag: string };
  defaults?: Partial<ProcessingDraft>;
  onDone: (message: string) => void;
  onCancel?: () => void;
  /** Where this user's draft is kept between tab switches; absent, nothing is kept. */
  draftKey?: string;
}

/** The guided Art. 30 form, for a new report and for a proposed change alike. */
export function ReportForm({ base, defaults, onDone, onCancel, draftKey }: ReportFormProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [draft, setDraft] = useState<ProcessingDraft>(() => loadDraft(draftKey) ?? (base ? draftFromProcessing(base.processing) : emptyDraft(defaults)));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ kind: 'invalid' | 'conflict' | 'error'; text: string; attempt: number } | undefined>();
  const [busy, setBusy] = useState(false);
  const entities = useEntityNames();
  const summary = useRef<HTMLDivElement>(null);
  // Only a returned or pending report may change what identifies it; an approved record keeps its name and unit.
  const identityLocked = base?.processing.status === 'approved';
  const revising = Boolean(base) && !identityLocked;

  useEffect(() => saveDraft(draftKey, draft), [draftKey, draft]);
  const [settings, setSettings] = useState<RecordSettingsResponse | undefined>();
  useEffect(() => {
    // A new report starts from the tenant's controller model and its (shared) DPO; an existing record keeps its own,
    // and takes only the organisation's name for the controller field's example.
    let live = true;
    void apiFetch<RecordSettingsResponse>('record-settings')
      .then(({ body }) => {
        if (!live) return;
        setSettings(body);
        if (base) return;
        setDraft((d) => ({
          ...d,
          controller: d.controller || (body.controllerModel === 'municipality' ? body.municipalityName : d.organisationUnit),
          dpoContact: d.dpoContact || sharedDpoText(body.sharedDpo, language),
        }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per form: later language switches do not rewrite what the user has.
  }, []);
  useEffect(() => {
    // A failed submit must be seen: the summary takes focus and scrolls into view instead of the page staying still.
    if (!failure || !summary.current) return;
    summary.current.scrollIntoView({ block: 'center' });
    summary.current.focus();
  }, [failure]);

  const clearErrors = (prefix: string) =>
    setErrors((all) => {
      const kept = Object.fromEntries(Object.entries(all).filter(([k]) => !(k === prefix || k.startsWith(`${prefix}.`) || k.startsWith(`${prefix}[`))));
      return Object.keys(kept).length === Object.keys(all).length ? all : kept;
    });
  const set = <K extends keyof ProcessingDraft>(key: K, value: ProcessingDraft[K]) => {
    clearErrors(key);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setPurpose = (index: number, change: Partial<PurposeDraft>) => {
    for (const key of Object.keys(change)) clearErrors(`purposes[${index}].${DRAFT_TO_PATH[key] ?? key}`);
    setDraft((d) => ({ ...d, purposes: d.purposes.map((p, i) => (i === index ? changePurpose(p, change) : p)) }));
  };
  const record = draft.record ?? emptyRecordDraft();
  const setRecord = (next: RecordDraft) => {
    for (const key of ['dpia', 'role', 'jointControllers', 'processorRecord']) clearErrors(key);
    setDraft((d) => ({ ...d, record: next }));
  };
  // Under the unit model the nämnd is the controller: the controller follows the unit until the user names another.
  const setUnit = (unit: string) =>
    setDraft((d) => ({
      ...d,
      organisationUnit: unit,
      controller: settings?.controllerModel === 'unit' && (!d.controller || d.controller === d.organisationUnit) ? unit : d.controller,
    }));
  const error = (path: string) => errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}[`) || k.startsWith(`${path}.`))?.[1];
  const status = completeness(draftAsContent(draft));
  const warnings = recordWarnings(draftAsContent(draft));
  const labels = (paths: string[]) => [...new Set(paths.map((p) => changeLabel(p.replace(/\.legalBasis\.article6$/, '.legalBasis'), language)))].join(', ');

  const fail = (kind: 'invalid' | 'conflict' | 'error', text: string) => setFailure((f) => ({ kind, text, attempt: (f?.attempt ?? 0) + 1 }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = Object.fromEntries(status.required.map((path) => [path, t('required')]));
    setErrors(local);
    if (Object.keys(local).length > 0) {
      fail('invalid', t('errorSummary', { fields: labels(Object.keys(local)) }));
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const content = linkContent(draftToContent(draft, base?.processing), entities);
      if (base) {
        const body = JSON.stringify({ ...content, ...(comment.trim() ? { comment } : {}) });
        await apiFetch(`processings/${encodeURIComponent(base.processing.id)}/proposals`, { method: 'POST', body, headers: { 'if-match': base.etag } });
        saveDraft(draftKey, undefined);
        onDone(revising ? t('resubmitted') : t('proposed'));
      } else {
        await apiFetch('processings', { method: 'POST', body: JSON.stringify(content) });
        saveDraft(draftKey, undefined);
        onDone(t('reported'));
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.errors.length > 0) {
        setErrors(Object.fromEntries(e.errors.map((f) => [f.field, fieldErrorText(f, language)])));
        fail('invalid', t('errorSummary', { fields: labels(e.errors.map((f) => f.field)) }));
      } else if (e instanceof ApiError && e.status === 412) {
        fail('conflict', t('conflict'));
      } else {
        fail('error', e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={base ? t('proposeTitle', { name: base.processing.name }) : t('reportTitle')}
    >
      <Text as="h2" block size={600} weight="semibold">
        {base ? t('proposeTitle', { name: base.processing.name }) : t('reportTitle')}
      </Text>
      <Text>{t('reportIntro')}</Text>
      {draftKey && (
        <Text size={200} className={styles.help}>
          {t('draftKept')}
        </Text>
      )}
      <div ref={summary} tabIndex={-1} className={styles.summary}>
        {failure && (
          <MessageBar intent={failure.kind === 'conflict' ? 'warning' : 'error'} key={failure.attempt}>
            <MessageBarBody>
              {failure.kind === 'invalid' && (
                <Text block weight="semibold">
                  {t('hasErrors')}
                </Text>
              )}
              {failure.text}
            </MessageBarBody>
            {failure.kind === 'conflict' && onCancel && (
              <MessageBarActions>
                <Button onClick={onCancel}>{t('reload')}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </div>
      <Field label={t('fieldName')} hint={t('helpName')} required validationMessage={error('name')}>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} disabled={identityLocked} />
      </Field>
      <Field label={t('fieldUnit')} hint={t('helpUnit')} required validationMessage={error('organisationUnit')}>
        <Input
          value={draft.organisationUnit}
          onChange={(_e, d) => {
            clearErrors('organisationUnit');
            setUnit(d.value);
          }}
          disabled={identityLocked}
        />
      </Field>
      <Field
        label={t('fieldController')}
        // The tenant's own name where its settings give one; otherwise a made-up municipality, never a real one.
        hint={t('helpController', { example: settings?.municipalityName.trim() || t('controllerExample') })}
        required
        validationMessage={error('controller')}
      >
        <Input value={draft.controller} onChange={(_e, d) => set('controller', d.value)} />
      </Field>
      <Field label={t('fieldDpoContact')} hint={t('helpDpoContact')} validationMessage={error('dpoContact')}>
        <Input value={draft.dpoContact} onChange={(_e, d) => set('dpoContact', d.value)} />
      </Field>
      <ControllerSection
        record={record}
        onChange={setRecord}
        error={error}
        {...(settings ? { modelHint: t(`recControllerModel.${settings.controllerModel}`) } : {})}
      />

      {draft.purposes.map((purpose, i) => (
        <section key={i} className={styles.purpose} aria-label={t('purposeN', { n: i + 1 })}>
          <Text as="h3" block size={500} weight="semibold">
            {t('purposeN', { n: i + 1 })}
          </Text>
          <Field label={t('fieldPurpose')} hint={t('helpPurpose')} required validationMessage={error(`purposes[${i}].description`)}>
            <Textarea value={purpose.description} onChange={(_e, d) => setPurpose(i, { description: d.value })} resize="vertical" />
          </Field>
          <fieldset className={styles.fieldset} aria-describedby={`basis-help-${i}`}>
            <legend className={styles.legend}>{t('fieldBasis')} *</legend>
            <Text id={`basis-help-${i}`} size={200} className={styles.help}>
              {t('helpBasis')}
            </Text>
            {BASES.map((basis) => (
              <Checkbox
                key={basis}
                checked={purpose.article6.includes(basis)}
                onChange={(_e, d) => setPurpose(i, { article6: d.checked ? [...purpose.article6, basis] : purpose.article6.filter((b) => b !== basis) })}
                label={
                  <span>
                    {t(`basis.${basis}` as MessageKey)}{' '}
                    <Text size={200} className={styles.help}>
                      – {t(`help.${basis}` as MessageKey)}
                    </Text>
                  </span>
                }
              />
            ))}
            {error(`purposes[${i}].legalBasis.article6`) && (
              <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                {error(`purposes[${i}].legalBasis.article6`)}
              </Text>
            )}
          </fieldset>
          <Field label={t('fieldNationalLaw')} hint={t('helpNationalLaw')}>
            <Input value={purpose.nationalLaw} onChange={(_e, d) => setPurpose(i, { nationalLaw: d.value })} />
          </Field>
          <Field label={t('fieldSubjects')} hint={t('helpSubjects')} required validationMessage={error(`purposes[${i}].dataSubjectCategories`)}>
            <Input value={purpose.subjects} onChange={(_e, d) => setPurpose(i, { subjects: d.value })} />
          </Field>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('fieldCategories')} *</legend>
            <Text size={200} className={styles.help}>
              {t('helpCategories')}
            </Text>
            {purpose.categories.map((category, c) => (
              <div key={c} className={styles.row}>
                <Input
                  className={styles.grow}
                  aria-label={`${t('categoryName')} ${c + 1}`}
                  value={category.name}
                  onChange={(_e, d) => setPurpose(i, { categories: purpose.categories.map((x, k) => (k === c ? { ...x, name: d.value } : x)) })}
                />
                <Checkbox
                  label={t('categorySpecial')}
                  checked={category.special}
                  onChange={(_e, d) => setPurpose(i, { categories: purpose.categories.map((x, k) => (k === c ? { ...x, special: Boolean(d.checked) } : x)) })}
                />
                <Button
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  aria-label={`${t('removeCategory')} ${c + 1}`}
                  onClick={() => setPurpose(i, { categories: purpose.categories.filter((_x, k) => k !== c) })}
                />
              </div>
            ))}
            {error(`purposes[${i}].personalDataCategories`) && (
              <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                {error(`purposes[${i}].personalDataCategories`)}
              </Text>
            )}
            <div>
              <Button icon={<Add20Regular />} onClick={() => setPurpose(i, { categories: [...purpose.categories, { name: '', special: false }] })}>
                {t('addCategory')}
              </Button>
            </div>
          </fieldset>
          {purpose.categories.some((c) => c.special) && (
            <Field label={t('fieldArticle9')} hint={t('helpArticle9')} validationMessage={error(`purposes[${i}].legalBasis.article9`)}>
              <Select value={purpose.article9[0] ?? ''} onChange={(_e, d) => setPurpose(i, { article9: d.value ? [d.value] : [] })}>
                <option value="">–</option>
                {ARTICLE_9.map((c) => (
                  <option key={c} value={c}>
                    {t(`art9.${c}` as MessageKey)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Checkbox label={t('fieldArticle10')} checked={purpose.article10} onChange={(_e, d) => setPurpose(i, { article10: Boolean(d.checked) })} />
          <Field label={t('fieldRecipients')} hint={t('helpRecipients')}>
            <Input value={purpose.recipients} onChange={(_e, d) => setPurpose(i, { recipients: d.value })} />
          </Field>
          <DataFlowMatrix
            purposeNumber={i + 1}
            lists={purposeLists(purpose)}
            flows={purpose.dataFlows ?? []}
            onChange={(dataFlows) => setPurpose(i, { dataFlows })}
            {...(error(`purposes[${i}].dataFlows`) ? { error: error(`purposes[${i}].dataFlows`)! } : {})}
          />
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('fieldTransfers')}</legend>
            <Text size={200} className={styles.help}>
              {t('helpTransfers')}
            </Text>
            {purpose.transfers.map((transfer, k) => (
              <div key={k} className={styles.transfer}>
                <div className={styles.row}>
                  <Input
                    aria-label={`${t('transferCountry')} ${k + 1}`}
                    placeholder={t('transferCountry')}
                    value={transfer.country}
                    onChange={(_e, d) => setPurpose(i, { transfers: purpose.transfers.map((x, j) => (j === k ? { ...x, country: d.value } : x)) })}
                  />
                  <Select
                    aria-label={`${t('transferSafeguard')} ${k + 1}`}
                    value={transfer.safeguard}
                    onChange={(_e, d) =>
                      setPurpose(i, { transfers: purpose.transfers.map((x, j) => (j === k ? { ...x, safeguard: d.value as TransferSafeguard } : x)) })
                    }
                  >
                    {SAFEGUARDS.map((s) => (
                      <option key={s} value={s}>
                        {t(`safeguard.${s}` as MessageKey)}
                      </option>
                    ))}
                  </Select>
                  <Button
                    appearance="subtle"
                    icon={<Delete20Regular />}
                    aria-label={`${t('removeTransfer')} ${k + 1}`}
                    onClick={() => setPurpose(i, { transfers: purpose.transfers.filter((_x, j) => j !== k) })}
                  />
                </div>
                {transfer.safeguard === 'scc' && (
                  <TransferAssessmentFields
                    country={transfer.country}
                    value={transfer.impactAssessment}
                    path={`purposes[${i}].thirdCountryTransfers[${k}]`}
                    error={error}
                    onChange={(impactAssessment) => setPurpose(i, { transfers: purpose.transfers.map((x, j) => (j === k ? { ...x, impactAssessment } : x)) })}
                  />
                )}
              </div>
            ))}
            <div>
              <Button
                icon={<Add20Regular />}
                onClick={() => setPurpose(i, { transfers: [...purpose.transfers, { country: '', safeguard: 'scc', details: '' }] })}
              >
                {t('addTransfer')}
              </Button>
            </div>
          </fieldset>
          <Field label={t('fieldRetention')} hint={t('helpRetention')} required validationMessage={error(`purposes[${i}].retention`)}>
            <Input value={purpose.retention} onChange={(_e, d) => setPurpose(i, { retention: d.value })} />
          </Field>
          <RetentionDecisionFields
            value={purpose.retentionDecision}
            path={`purposes[${i}]`}
            error={error}
            onChange={(retentionDecision) => setPurpose(i, { retentionDecision })}
          />
          <Field label={t('fieldSources')} hint={t('helpSources')}>
            <Input value={purpose.sources} onChange={(_e, d) => setPurpose(i, { sources: d.value })} />
          </Field>
          {draft.purposes.length > 1 && (
            <div>
              <Button
                appearance="subtle"
                icon={<Delete20Regular />}
                onClick={() =>
                  set(
                    'purposes',
                    draft.purposes.filter((_p, k) => k !== i),
                  )
                }
              >
                {t('removePurpose')}
              </Button>
            </div>
          )}
        </section>
      ))}
      <div>
        <Button icon={<Add20Regular />} onClick={() => set('purposes', [...draft.purposes, emptyPurpose()])}>
          {t('addPurpose')}
        </Button>
      </div>
      <Field label={t('fieldSystems')} hint={t('helpSystems')}>
        <EntityNamesField
          value={draft.systems}
          onChange={(v) => set('systems', v)}
          options={entities.systems.map(systemText)}
          separator="; "
          placeholder={t('pickFromRegister')}
        />
      </Field>
      <Field label={t('fieldProcessors')} hint={t('helpProcessors')}>
        <EntityNamesField
          value={draft.processors}
          onChange={(v) => set('processors', v)}
          options={entities.processors.map((p) => p.name)}
          separator=", "
          placeholder={t('pickFromRegister')}
        />
      </Field>
      <Field label={t('fieldSecurity')} hint={t('helpSecurity')}>
        <Input value={draft.securityMeasures} onChange={(_e, d) => set('securityMeasures', d.value)} />
      </Field>
      <DpiaSection
        record={record}
        onChange={setRecord}
        dpiaRequired={draft.dpiaRequired}
        onDpiaRequired={(required) => set('dpiaRequired', required)}
        error={error}
      />
      {base && (
        <Field label={t('commentLabel')} hint={t('commentHelp')} validationMessage={error('comment')}>
          <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" />
        </Field>
      )}
      <section aria-label={t('completenessTitle')} className={styles.completeness}>
        <Text as="h3" block weight="semibold">
          {t('completenessTitle')}
        </Text>
        {status.required.length === 0 && status.recommended.length === 0 && <Text block>{t('completeAll')}</Text>}
        {status.required.length > 0 && <Text block>{t('missingRequired', { fields: labels(status.required) })}</Text>}
        {status.recommended.length > 0 && <Text block>{t('missingRecommended', { fields: labels(status.recommended) })}</Text>}
        {warnings.length > 0 && (
          <Text block>
            {t('recWarnings')}: {warnings.map((w) => fieldErrorText(w, language)).join(' ')}
          </Text>
        )}
      </section>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {base && !revising ? t('submitProposal') : t('submitReport')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('cancel')}</Button>}
      </div>
    </form>
  );
}
