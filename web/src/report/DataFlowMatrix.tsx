import { Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DataFlow } from '@prt/domain/register/dataFlows';
import { cellRecipients, clearCell, setCell } from '@prt/domain/register/dataFlowEdits';
import { useI18n } from '../i18n/I18nProvider.js';
import { MatrixHead } from '../record/MatrixHead.js';

/** The option that records a cell whose data goes to nobody (it stays with the controller). */
// Recipients are stored trimmed, so a value with surrounding spaces can never be one of them.
const IN_HOUSE = ' in-house ';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  // The matrix scrolls inside its own region, never the page, however many subjects it has.
  region: {
    maxWidth: '100%',
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', minWidth: '100%' },
  th: {
    textAlign: 'left',
    padding: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: 'bottom',
    overflowWrap: 'anywhere',
    minWidth: '7rem',
  },
  rowHeader: { textAlign: 'left', padding: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minWidth: '7rem' },
  td: { padding: tokens.spacingHorizontalXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  dropdown: { minWidth: '11rem', maxWidth: '16rem' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface DataFlowMatrixProps {
  purposeNumber: number;
  lists: { subjects: string[]; categories: string[]; recipients: string[] };
  flows: DataFlow[];
  onChange: (flows: DataFlow[]) => void;
  error?: string;
}

/** Who gets what for one purpose: data categories as rows, data subjects as columns, recipients chosen per cell. */
export function DataFlowMatrix({ purposeNumber, lists, flows, onChange, error }: DataFlowMatrixProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { subjects, categories, recipients } = lists;
  const exists = (subject: string, category: string) => flows.some((f) => f.subject === subject && f.dataCategory === category);

  const select = (subject: string, category: string, chosen: string[], clicked: string | undefined) => {
    if (chosen.length === 0) return onChange(clearCell(flows, subject, category));
    // "Stays with us" and recipients exclude each other: the last one picked wins.
    const inHouse = clicked === IN_HOUSE && chosen.includes(IN_HOUSE);
    onChange(setCell(flows, subject, category, inHouse ? [] : chosen.filter((c) => c !== IN_HOUSE)));
  };

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('recMatrixTitle')}</legend>
      <Text size={200} className={styles.help}>
        {t('recMatrixHelp')}
      </Text>
      {subjects.length === 0 || categories.length === 0 ? (
        <Text size={200}>{t('recMatrixNeedsLists')}</Text>
      ) : (
        <div className={styles.region} role="region" aria-label={t('recMatrixRegion', { n: purposeNumber })} tabIndex={0}>
          <table className={styles.table}>
            <MatrixHead subjects={subjects} cellClassName={styles.th} />
            <tbody>
              {categories.map((c) => (
                <tr key={c}>
                  <th scope="row" className={styles.rowHeader}>
                    {c}
                  </th>
                  {subjects.map((s) => {
                    const present = exists(s, c);
                    const chosen = cellRecipients(flows, s, c);
                    const selected = present ? (chosen.length ? chosen : [IN_HOUSE]) : [];
                    return (
                      <td key={s} className={styles.td}>
                        <Dropdown
                          className={styles.dropdown}
                          multiselect
                          aria-label={t('recMatrixCell', { category: c, subject: s })}
                          placeholder={t('recMatrixNotConcerned')}
                          selectedOptions={selected}
                          value={present ? (chosen.length ? chosen.join(', ') : t('recInHouse')) : ''}
                          onOptionSelect={(_e, d) => select(s, c, d.selectedOptions, d.optionValue)}
                        >
                          <Option value={IN_HOUSE} text={t('recInHouse')}>
                            {t('recInHouse')}
                          </Option>
                          {recipients.map((r) => (
                            <Option key={r} value={r} text={r}>
                              {r}
                            </Option>
                          ))}
                        </Dropdown>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}
