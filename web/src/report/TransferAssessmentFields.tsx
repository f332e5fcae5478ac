import { Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { TransferImpactAssessment } from '@prt/domain/register/transferAssessment';
import { useI18n } from '../i18n/I18nProvider.js';
import { today } from './recordDraft.js';
import { DateField } from '../dates/DateField.js';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: `0 0 0 ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  help: { color: tokens.colorNeutralForeground3 },
});

interface TransferAssessmentFieldsProps {
  country: string;
  value: TransferImpactAssessment | undefined;
  onChange: (value: TransferImpactAssessment) => void;
  /** Path of the transfer, e.g. "purposes[0].thirdCountryTransfers[1]". */
  path: string;
  error: (path: string) => string | undefined;
}

/** The transfer impact assessment of a transfer on standard contractual clauses. */
export function TransferAssessmentFields({ country, value, onChange, path, error }: TransferAssessmentFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const tia = value ?? { assessedOn: '', conclusion: '', supplementaryMeasures: '', reference: '' };
  const set = (change: Partial<TransferImpactAssessment>) => onChange({ ...tia, ...(tia.assessedOn ? {} : { assessedOn: today() }), ...change });
  const at = `${path}.impactAssessment`;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>
        {t('recTiaTitle')}
        {country ? ` – ${country}` : ''}
      </legend>
      <Text size={200} className={styles.help}>
        {t('recTiaHelp')}
      </Text>
      <DateField label={t('recAssessedOn')} validationMessage={error(`${at}.assessedOn`)} value={tia.assessedOn} onChange={(day) => set({ assessedOn: day })} />
      <Field label={t('recConclusion')} validationMessage={error(`${at}.conclusion`)}>
        <Textarea value={tia.conclusion} onChange={(_e, d) => set({ conclusion: d.value })} resize="vertical" />
      </Field>
      <Field label={t('recSupplementary')}>
        <Input value={tia.supplementaryMeasures} onChange={(_e, d) => set({ supplementaryMeasures: d.value })} />
      </Field>
      <Field label={t('recReference')}>
        <Input value={tia.reference} onChange={(_e, d) => set({ reference: d.value })} />
      </Field>
    </fieldset>
  );
}
