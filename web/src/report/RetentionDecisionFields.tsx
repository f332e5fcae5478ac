import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { RETENTION_DECISION_KINDS, type RetentionDecision, type RetentionDecisionKind } from '@prt/domain/register/retentionDecision';
import { RETENTION_DECISION_NAMES } from '@prt/domain/recordTexts';
import { useI18n } from '../i18n/I18nProvider.js';
import { DateField } from '../dates/DateField.js';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', '& > *': { flexGrow: 1, minWidth: '10rem' } },
});

interface RetentionDecisionFieldsProps {
  value: RetentionDecision | undefined;
  onChange: (value: RetentionDecision | undefined) => void;
  /** Path of the purpose, e.g. "purposes[0]". */
  path: string;
  error: (path: string) => string | undefined;
}

/** The gallringsbeslut, dokumenthanteringsplan, archive-law preservation or Danish bevaringsvurdering behind a retention. */
export function RetentionDecisionFields({ value, onChange, path, error }: RetentionDecisionFieldsProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const at = `${path}.retention.decision`;
  const set = (change: Partial<RetentionDecision>) => value && onChange({ ...value, ...change });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('recDecisionTitle')}</legend>
      <Field label={t('recDecisionKind')} validationMessage={error(`${at}.kind`)}>
        <Select
          value={value?.kind ?? ''}
          onChange={(_e, d) => {
            if (!d.value) return onChange(undefined);
            const kind = d.value as RetentionDecisionKind;
            const { danishCode, ...rest } = value ?? { reference: '', decidedBy: '' };
            onChange({ ...rest, kind, ...(kind === 'danishPreservationAssessment' ? { danishCode: danishCode ?? 'B' } : {}) });
          }}
        >
          <option value="">{t('recDecisionNone')}</option>
          {RETENTION_DECISION_KINDS.map((k) => (
            <option key={k} value={k}>
              {RETENTION_DECISION_NAMES[language][k]}
            </option>
          ))}
        </Select>
      </Field>
      {value && (
        <>
          {value.kind === 'danishPreservationAssessment' && (
            <Field label={t('recDanishCode')} validationMessage={error(`${at}.danishCode`)}>
              <Select value={value.danishCode ?? 'B'} onChange={(_e, d) => set({ danishCode: d.value as 'B' | 'K' })}>
                <option value="B">{t('recCode.B')}</option>
                <option value="K">{t('recCode.K')}</option>
              </Select>
            </Field>
          )}
          <Field label={t('recReference')} validationMessage={error(`${at}.reference`)}>
            <Input value={value.reference} onChange={(_e, d) => set({ reference: d.value })} />
          </Field>
          <div className={styles.row}>
            <Field label={t('recDecidedBy')} validationMessage={error(`${at}.decidedBy`)}>
              <Input value={value.decidedBy} onChange={(_e, d) => set({ decidedBy: d.value })} />
            </Field>
            <DateField
              label={t('recDecidedOn')}
              validationMessage={error(`${at}.decidedOn`)}
              value={value.decidedOn ?? ''}
              onChange={(day) => set({ decidedOn: day || undefined })}
            />
          </div>
        </>
      )}
    </fieldset>
  );
}
