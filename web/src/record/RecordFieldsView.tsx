import { makeStyles, tokens } from '@fluentui/react-components';
import type { ProcessingContent, Purpose } from '@prt/domain/processing';
import { RETENTION_DECISION_NAMES, ROLE_NAMES, WP248_CRITERION_NAMES } from '@prt/domain/recordTexts';
import { matrixLayout } from '@prt/domain/register/matrixLayout';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { MatrixHead } from './MatrixHead.js';

const useStyles = makeStyles({
  dt: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  dd: { margin: 0, whiteSpace: 'pre-line', minWidth: 0, overflowWrap: 'anywhere' },
  // The matrix scrolls inside its own region so the record never scrolls sideways.
  region: { maxWidth: '100%', overflowX: 'auto', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: 'collapse', whiteSpace: 'normal' },
  th: { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, fontWeight: tokens.fontWeightSemibold, minWidth: '8rem' },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: '8rem' },
});

/** The processing-level rows of the connected register: role, joint controllers, Art. 30(2), DPIA screening and record. */
export function ProcessingRecordFields({ record }: { record: ProcessingContent }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const screening = record.dpia?.screening;
  const a = record.dpia?.assessment;
  const row = (label: string, value: string) => (
    <>
      <dt className={styles.dt}>{label}</dt>
      <dd className={styles.dd}>{value}</dd>
    </>
  );
  return (
    <>
      {row(t('recViewRole'), ROLE_NAMES[language][record.role ?? 'controller'])}
      {record.jointControllers?.length
        ? row(t('recJointTitle'), record.jointControllers.map((c) => [c.name, c.arrangement, c.contact].filter(Boolean).join(' – ')).join('\n'))
        : null}
      {record.processorRecord
        ? row(
            t('recProcessorTitle'),
            [
              ...record.processorRecord.controllers.map((c) => [c.name, c.contact, c.representative].filter(Boolean).join(', ')),
              record.processorRecord.categoriesOfProcessing.join(', '),
              record.processorRecord.agreementReference,
            ]
              .filter(Boolean)
              .join('\n'),
          )
        : null}
      {screening
        ? row(
            t('recViewDpiaScreening'),
            [
              `${screening.required ? t('recDpiaRequired') : t('recDpiaNotRequired')} (${t('recDpiaCount', { count: screening.criteria.length })})`,
              ...screening.criteria.map((c) => `• ${WP248_CRITERION_NAMES[language][c]}`),
              screening.reason,
              `${t('recDpiaScreenedOn')} ${screening.screenedOn}`,
            ]
              .filter(Boolean)
              .join('\n'),
          )
        : null}
      {a
        ? row(
            t('recViewDpiaRecord'),
            [
              `${t('recPerformedOn')} ${a.performedOn}`,
              `${t('recResidualRisk')}: ${t(`recRisk.${a.residualRisk}` as MessageKey)}`,
              a.priorConsultation ? `${t('recPriorConsultation')} ${a.priorConsultationOn ?? ''}`.trim() : '',
              a.conclusion,
              a.reference,
              a.nextReviewOn ? `${t('recNextReview')} ${a.nextReviewOn}` : '',
            ]
              .filter(Boolean)
              .join('\n'),
          )
        : null}
    </>
  );
}

/** A purpose's who-gets-what matrix, retention decision and TIAs, as rows of the purpose's description list. */
export function PurposeRecordFields({ purpose, number }: { purpose: Purpose; number: number }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const flows = purpose.dataFlows ?? [];
  const { subjects, categories, cell: flowAt } = matrixLayout(purpose);
  const d = purpose.retention.decision;
  const tias = purpose.thirdCountryTransfers.filter((x) => x.impactAssessment);
  return (
    <>
      {d && (
        <>
          <dt className={styles.dt}>{t('recDecisionTitle')}</dt>
          <dd className={styles.dd}>
            {[RETENTION_DECISION_NAMES[language][d.kind] + (d.danishCode ? ` (${d.danishCode})` : ''), d.reference, d.decidedBy, d.decidedOn ?? '']
              .filter(Boolean)
              .join(', ')}
          </dd>
        </>
      )}
      {tias.length > 0 && (
        <>
          <dt className={styles.dt}>{t('recViewTia')}</dt>
          <dd className={styles.dd}>
            {tias
              .map(
                (x) =>
                  `${x.country}: ${[x.impactAssessment!.assessedOn, x.impactAssessment!.conclusion, x.impactAssessment!.supplementaryMeasures, x.impactAssessment!.reference].filter(Boolean).join(', ')}`,
              )
              .join('\n')}
          </dd>
        </>
      )}
      {flows.length > 0 && (
        <>
          <dt className={styles.dt}>{t('recMatrixTitle')}</dt>
          <dd className={styles.dd}>
            <div className={styles.region} role="region" aria-label={t('recMatrixRegion', { n: number })} tabIndex={0}>
              <table className={styles.table}>
                <MatrixHead subjects={subjects} cellClassName={styles.th} />
                <tbody>
                  {categories.map((c) => (
                    <tr key={c}>
                      <th scope="row" className={styles.th}>
                        {c}
                      </th>
                      {subjects.map((s) => {
                        const cell = flowAt(s, c);
                        return (
                          <td key={s} className={styles.td}>
                            {cell ? (cell.recipients.length ? cell.recipients.join(', ') : t('recInHouse')) : '–'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </dd>
        </>
      )}
    </>
  );
}
