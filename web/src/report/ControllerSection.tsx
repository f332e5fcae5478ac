import { Button, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { PROCESSING_ROLES, type ProcessingRole } from '@prt/domain/register/controllers';
import { ROLE_NAMES } from '@prt/domain/recordTexts';
import { useI18n } from '../i18n/I18nProvider.js';
import type { RecordDraft } from './recordDraft.js';

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
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface ControllerSectionProps {
  record: RecordDraft;
  onChange: (record: RecordDraft) => void;
  error: (path: string) => string | undefined;
  /** The tenant's controller model, said in one line so the reporter knows whom to name as controller. */
  modelHint?: string;
}

/** The organisation's role: controller, joint controller (with the Art. 26 arrangement) or processor (Art. 30(2)). */
export function ControllerSection({ record, onChange, error, modelHint }: ControllerSectionProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const joint = record.jointControllers;
  const pr = record.processorRecord;
  const setJoint = (i: number, change: Partial<(typeof joint)[number]>) =>
    onChange({ ...record, jointControllers: joint.map((c, k) => (k === i ? { ...c, ...change } : c)) });
  const setPr = (change: Partial<typeof pr>) => onChange({ ...record, processorRecord: { ...pr, ...change } });
  const setPrController = (i: number, change: Partial<(typeof pr.controllers)[number]>) =>
    setPr({ controllers: pr.controllers.map((c, k) => (k === i ? { ...c, ...change } : c)) });

  return (
    <section className={styles.section} aria-label={t('recRoleTitle')}>
      <Text as="h3" block size={500} weight="semibold">
        {t('recRoleTitle')}
      </Text>
      {modelHint && (
        <Text size={200} className={styles.help}>
          {modelHint}
        </Text>
      )}
      <Field label={t('recRole')}>
        <RadioGroup value={record.role} onChange={(_e, d) => onChange({ ...record, role: d.value as ProcessingRole })}>
          {PROCESSING_ROLES.map((r) => (
            <Radio key={r} value={r} label={ROLE_NAMES[language][r]} />
          ))}
        </RadioGroup>
      </Field>
      {record.role === 'jointController' && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('recJointTitle')} *</legend>
          {joint.map((c, i) => (
            <div key={i} className={styles.entry}>
              <Field label={t('recJointName')} required validationMessage={error(`jointControllers[${i}].name`)}>
                <Input value={c.name} onChange={(_e, d) => setJoint(i, { name: d.value })} />
              </Field>
              <Field label={t('recArrangement')} required validationMessage={error(`jointControllers[${i}].arrangement`)}>
                <Textarea value={c.arrangement} onChange={(_e, d) => setJoint(i, { arrangement: d.value })} resize="vertical" />
              </Field>
              <Field label={t('recContact')}>
                <Input value={c.contact} onChange={(_e, d) => setJoint(i, { contact: d.value })} />
              </Field>
              <div>
                <Button
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  onClick={() => onChange({ ...record, jointControllers: joint.filter((_c, k) => k !== i) })}
                >
                  {t('recRemoveJoint', { n: i + 1 })}
                </Button>
              </div>
            </div>
          ))}
          {error('jointControllers') && (
            <Text role="alert" className={styles.error}>
              {error('jointControllers')}
            </Text>
          )}
          <div>
            <Button icon={<Add20Regular />} onClick={() => onChange({ ...record, jointControllers: [...joint, { name: '', arrangement: '', contact: '' }] })}>
              {t('recAddJoint')}
            </Button>
          </div>
        </fieldset>
      )}
      {record.role === 'processor' && (
        <fieldset className={styles.fieldset} aria-describedby="processor-record-help">
          <legend className={styles.legend}>{t('recProcessorTitle')} *</legend>
          <Text id="processor-record-help" size={200} className={styles.help}>
            {t('recProcessorHelp')}
          </Text>
          {pr.controllers.map((c, i) => (
            <div key={i} className={styles.entry}>
              <Field label={t('recControllerName')} required validationMessage={error(`processorRecord.controllers[${i}].name`)}>
                <Input value={c.name} onChange={(_e, d) => setPrController(i, { name: d.value })} />
              </Field>
              <Field label={t('recContact')}>
                <Input value={c.contact} onChange={(_e, d) => setPrController(i, { contact: d.value })} />
              </Field>
              <Field label={t('recRepresentative')}>
                <Input value={c.representative} onChange={(_e, d) => setPrController(i, { representative: d.value })} />
              </Field>
              <div>
                <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => setPr({ controllers: pr.controllers.filter((_c, k) => k !== i) })}>
                  {t('recRemoveController', { n: i + 1 })}
                </Button>
              </div>
            </div>
          ))}
          {(error('processorRecord.controllers') ?? error('processorRecord')) && (
            <Text role="alert" className={styles.error}>
              {error('processorRecord.controllers') ?? error('processorRecord')}
            </Text>
          )}
          <div>
            <Button icon={<Add20Regular />} onClick={() => setPr({ controllers: [...pr.controllers, { name: '', contact: '', representative: '' }] })}>
              {t('recAddController')}
            </Button>
          </div>
          <Field label={t('recCategoriesOfProcessing')} required validationMessage={error('processorRecord.categoriesOfProcessing')}>
            <Input value={pr.categories} onChange={(_e, d) => setPr({ categories: d.value })} />
          </Field>
          <Field label={t('recAgreementReference')}>
            <Input value={pr.agreementReference} onChange={(_e, d) => setPr({ agreementReference: d.value })} />
          </Field>
        </fieldset>
      )}
    </section>
  );
}
