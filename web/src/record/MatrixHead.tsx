import { Text } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider.js';

/**
 * The head of a who-gets-what matrix: the corner cell that says how to read the grid, then one column heading per
 * data subject. The record view and the report form's matrix draw it alike; each gives its own cell class.
 */
export function MatrixHead({ subjects, cellClassName }: { subjects: readonly string[]; cellClassName: string }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <td className={cellClassName}>
          <Text size={200}>{t('recMatrixCorner')}</Text>
        </td>
        {subjects.map((s) => (
          <th key={s} scope="col" className={cellClassName}>
            {s}
          </th>
        ))}
      </tr>
    </thead>
  );
}
