import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ProcessingContent } from '@prt/domain/processing';
import { useI18n } from '../i18n/I18nProvider.js';
import { LongText } from './LongText.js';
import { ProcessingRecordFields, PurposeRecordFields } from './RecordFieldsView.js';
import { article6Text, article9Texts, systemText, transferText } from './recordTexts.js';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  purpose: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  dl: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, 14em) minmax(0, 1fr)',
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  dt: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  dd: { margin: 0, whiteSpace: 'pre-line', minWidth: 0, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, '& > *': { maxWidth: '100%', height: 'auto', whiteSpace: 'normal' } },
});

/**
 * The Art. 30 record of one processing, read-only: what staff see when they open a processing and what the DPO
 * reviews when a new one is reported. `status` adds a row for records that have one.
 */
export function ProcessingRecord({ record, status }: { record: ProcessingContent; status?: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  const list = (items: string[]) => (items.length ? items.join(', ') : t('none'));

  return (
    <>
      <dl className={`${styles.dl} ${styles.section}`}>
        <dt className={styles.dt}>{t('controller')}</dt>
        <dd className={styles.dd}>{record.controller || t('none')}</dd>
        <dt className={styles.dt}>{t('unit')}</dt>
        <dd className={styles.dd}>{record.organisationUnit || t('none')}</dd>
        {status && (
          <>
            <dt className={styles.dt}>{t('status')}</dt>
            <dd className={styles.dd}>{status}</dd>
          </>
        )}
        <dt className={styles.dt}>{t('dpoContact')}</dt>
        <dd className={styles.dd}>{record.dpoContact || t('none')}</dd>
        <dt className={styles.dt}>{t('systems')}</dt>
        <dd className={styles.dd}>{list(record.systems.map(systemText))}</dd>
        <dt className={styles.dt}>{t('processors')}</dt>
        <dd className={styles.dd}>{list(record.processors.map((p) => p.name))}</dd>
        <dt className={styles.dt}>{t('securityMeasures')}</dt>
        <dd className={styles.dd}>{list(record.securityMeasures)}</dd>
        <dt className={styles.dt}>{t('dpia')}</dt>
        <dd className={styles.dd}>{record.dpiaRequired ? t('yes') : t('no')}</dd>
        <ProcessingRecordFields record={record} />
      </dl>
      <Text as="h3" block size={500} weight="semibold">
        {t('purposes')}
      </Text>
      {record.purposes.map((purpose, index) => (
        <section key={purpose.id || index} className={styles.purpose} aria-label={`${t('purpose')} ${index + 1}`}>
          <Text as="h4" block weight="semibold">
            {t('purpose')} {index + 1}
          </Text>
          <Text as="p" block>
            <LongText text={purpose.description || t('none')} />
          </Text>
          <dl className={styles.dl}>
            <dt className={styles.dt}>{t('legalBasis')}</dt>
            <dd className={styles.dd}>
              {[
                article6Text(purpose.legalBasis.article6, t) || purpose.legalBasis.originalText || t('none'),
                ...article9Texts(purpose.legalBasis.article9, t),
                ...(purpose.legalBasis.article10 ? [t('art10')] : []),
                purpose.legalBasis.nationalLaw,
              ]
                .filter(Boolean)
                .join('\n') || t('none')}
            </dd>
            <dt className={styles.dt}>{t('dataSubjects')}</dt>
            <dd className={styles.dd}>{list(purpose.dataSubjectCategories)}</dd>
            <dt className={styles.dt}>{t('dataCategories')}</dt>
            <dd className={styles.dd}>
              <span className={styles.badges}>
                {purpose.personalDataCategories.length === 0 && t('none')}
                {purpose.personalDataCategories.map((c) => (
                  <Badge
                    key={c.name}
                    appearance={c.special ? 'filled' : 'outline'}
                    color={c.special ? 'danger' : 'informative'}
                    title={c.special ? t('specialCategory') : undefined}
                  >
                    {c.name}
                  </Badge>
                ))}
              </span>
            </dd>
            <dt className={styles.dt}>{t('recipients')}</dt>
            <dd className={styles.dd}>{list(purpose.recipients)}</dd>
            <dt className={styles.dt}>{t('transfers')}</dt>
            <dd className={styles.dd}>
              {purpose.thirdCountryTransfers.length ? purpose.thirdCountryTransfers.map((x) => transferText(x, t)).join('\n') : t('noTransfers')}
            </dd>
            <dt className={styles.dt}>{t('retention')}</dt>
            <dd className={styles.dd}>{purpose.retention.text || t('none')}</dd>
            <dt className={styles.dt}>{t('sources')}</dt>
            <dd className={styles.dd}>{list(purpose.sources)}</dd>
            <PurposeRecordFields purpose={purpose} number={index + 1} />
          </dl>
        </section>
      ))}
    </>
  );
}
