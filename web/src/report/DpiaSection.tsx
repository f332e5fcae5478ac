import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { RESIDUAL_RISKS, WP248_CRITERIA, type ResidualRisk } from '@prt/domain/register/dpia';
import { dpiaNextReview } from '@prt/domain/register/dpiaScreening';
import { isCalendarDay } from '@prt/domain/register/calendarDayMath';
import { errorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { screeningOutcome, today, type RecordDraft } from './recordDraft.js';
import { DateField } from '../dates/DateField.js';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  result: { padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', '& > *': { flexGrow: 1, minWidth: '10rem' } },
});

interface DpiaSectionProps {
  record: RecordDraft;
  onChange: (record: RecordDraft) => void;
  /** The manual flag, used while no screening is made. */
  dpiaRequired: boolean;
  onDpiaRequired: (required: boolean) => void;
  error: (path: string) => string | undefined;
}

/** DPIA screening against WP248's nine criteria with the live outcome, and the DPIA record once one is made. */
export function DpiaSection({ record, onChange, dpiaRequired, onDpiaRequired, error }: DpiaSectionProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const screening = record.screening ?? { criteria: [], override: false, reason: '', screenedOn: today(), screenedBy: '' };
  const outcome = screeningOutcome(screening);
  const setScreening = (change: Partial<typeof screening>) => onChange({ ...record, screening: { ...screening, ...change } });
  const a = record.assessment;
  const setAssessment = (change: Partial<NonNullable<RecordDraft['assessment']>>) => a && onChange({ ...record, assessment: { ...a, ...change } });
  const interval = Number(a?.reviewIntervalMonths);
  const derivedReview =
    a && isCalendarDay(a.performedOn) && Number.isInteger(interval) && interval > 0
      ? dpiaNextReview({ performedOn: a.performedOn, reviewIntervalMonths: interval })
      : '';

  return (
    <section className={styles.section} aria-label={t('recDpiaTitle')}>
      <Text as="h3" block size={500} weight="semibold">
        {t('recDpiaTitle')}
      </Text>
      <fieldset className={styles.fieldset} aria-describedby="dpia-screening-help">
        <legend className={styles.legend}>{t('recViewDpiaScreening')}</legend>
        <Text id="dpia-screening-help" size={200} className={styles.help}>
          {t('recDpiaScreeningHelp')}
        </Text>
        {WP248_CRITERIA.map((c) => (
          <Checkbox
            key={c}
            checked={screening.criteria.includes(c)}
            onChange={(_e, d) => setScreening({ criteria: d.checked ? [...screening.criteria, c] : screening.criteria.filter((x) => x !== c) })}
            label={
              <span>
                {t(`recCrit.${c}` as MessageKey)}{' '}
                <Text size={200} className={styles.help}>
                  – {t(`recCritHelp.${c}` as MessageKey)}
                </Text>
              </span>
            }
          />
        ))}
      </fieldset>
      <div className={styles.result} role="status" aria-live="polite">
        {record.screening && (
          <>
            <Text block weight="semibold">
              {outcome.required ? t('recDpiaRequired') : t('recDpiaNotRequired')} ({t('recDpiaCount', { count: outcome.reasons.length })})
            </Text>
            {outcome.reasons.length > 0 && (
              <Text block size={200}>
                {t('recDpiaReasons', { criteria: outcome.reasons.map((c) => t(`recCrit.${c}` as MessageKey)).join('; ') })}
              </Text>
            )}
          </>
        )}
      </div>
      {record.screening ? (
        <>
          <Checkbox label={t('recDpiaOverride')} checked={screening.override} onChange={(_e, d) => setScreening({ override: Boolean(d.checked) })} />
          <Field label={t('recDpiaReason')} required={screening.override} validationMessage={error('dpia.screening.reason')}>
            <Textarea value={screening.reason} onChange={(_e, d) => setScreening({ reason: d.value })} resize="vertical" />
          </Field>
          <DateField
            label={t('recDpiaScreenedOn')}
            validationMessage={error('dpia.screening.screenedOn')}
            value={screening.screenedOn}
            onChange={(day) => setScreening({ screenedOn: day })}
          />
        </>
      ) : (
        <Checkbox label={t('fieldDpia')} checked={dpiaRequired} onChange={(_e, d) => onDpiaRequired(Boolean(d.checked))} />
      )}
      {a ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('recDpiaRecord')}</legend>
          <div className={styles.row}>
            <DateField
              label={t('recPerformedOn')}
              required
              validationMessage={error('dpia.assessment.performedOn')}
              value={a.performedOn}
              onChange={(day) => setAssessment({ performedOn: day })}
            />
            <Field label={t('recResidualRisk')} validationMessage={error('dpia.assessment.residualRisk')}>
              <Select value={a.residualRisk} onChange={(_e, d) => setAssessment({ residualRisk: d.value as ResidualRisk })}>
                {RESIDUAL_RISKS.map((r) => (
                  <option key={r} value={r}>
                    {t(`recRisk.${r}` as MessageKey)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field label={t('recConclusion')} validationMessage={error('dpia.assessment.conclusion')}>
            <Textarea value={a.conclusion} onChange={(_e, d) => setAssessment({ conclusion: d.value })} resize="vertical" />
          </Field>
          <Checkbox
            label={t('recPriorConsultation')}
            checked={a.priorConsultation}
            onChange={(_e, d) => setAssessment({ priorConsultation: Boolean(d.checked) })}
          />
          {a.priorConsultation && (
            <DateField
              label={t('recPriorConsultationOn')}
              validationMessage={error('dpia.assessment.priorConsultationOn')}
              value={a.priorConsultationOn ?? ''}
              onChange={(day) => setAssessment({ priorConsultationOn: day || undefined })}
            />
          )}
          {a.residualRisk === 'high' && !a.priorConsultation && (
            <MessageBar intent="warning">
              <MessageBarBody>{errorText('dpia.priorConsultationAdvised', {}, language)}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={t('recReference')} validationMessage={error('dpia.assessment.reference')}>
            <Input value={a.reference} onChange={(_e, d) => setAssessment({ reference: d.value })} />
          </Field>
          <div className={styles.row}>
            <Field label={t('recReviewInterval')} validationMessage={error('dpia.assessment.reviewIntervalMonths')}>
              <Input type="number" min={1} max={120} value={a.reviewIntervalMonths} onChange={(_e, d) => setAssessment({ reviewIntervalMonths: d.value })} />
            </Field>
            <DateField
              label={t('recNextReview')}
              hint={derivedReview ? t('recNextReviewHint', { date: derivedReview }) : undefined}
              validationMessage={error('dpia.assessment.nextReviewOn')}
              value={a.nextReviewOn ?? ''}
              onChange={(day) => setAssessment({ nextReviewOn: day || undefined })}
            />
          </div>
          <div>
            <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => onChange({ ...record, assessment: undefined })}>
              {t('recRemoveDpiaRecord')}
            </Button>
          </div>
        </fieldset>
      ) : (
        <div>
          <Button
            icon={<Add20Regular />}
            onClick={() =>
              onChange({
                ...record,
                assessment: { performedOn: today(), conclusion: '', residualRisk: 'low', priorConsultation: false, reference: '', reviewIntervalMonths: '12' },
              })
            }
          >
            {t('recAddDpiaRecord')}
          </Button>
        </div>
      )}
    </section>
  );
}
