import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { changeLabel } from '@prt/domain/changeLabels';
import { useI18n } from '../i18n/I18nProvider.js';
import { LongText } from '../record/LongText.js';
import { changeValueText } from './changeValues.js';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

const MAX_ROWS = 25;

/** Internal ids, and the structured reading of a retention text that changed too, say nothing a reader needs. */
function isNoise(change: FieldChange, all: FieldChange[]): boolean {
  if (/(^|\.)id$/.test(change.path)) return true;
  const derived = /^(.*\.retention)\.(periods|preserved)\b/.exec(change.path);
  return derived !== null && all.some((c) => c.path === `${derived[1]}.text`);
}

/** Field-level diff of a version, as the DPO and the history show it, in the words of the register. */
export function ChangeTable({ changes }: { changes: FieldChange[] }) {
  const { t, language } = useI18n();
  const rows = changes.filter((c) => !isNoise(c, changes));
  return (
    <>
      <Table size="small" aria-label={t('changes')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('field')}</TableHeaderCell>
            <TableHeaderCell>{t('before')}</TableHeaderCell>
            <TableHeaderCell>{t('after')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, MAX_ROWS).map((c) => (
            <TableRow key={c.path}>
              <TableCell>{changeLabel(c.path, language)}</TableCell>
              <TableCell>
                <LongText text={changeValueText(c.before, c.path, t)} max={300} />
              </TableCell>
              <TableCell>
                <LongText text={changeValueText(c.after, c.path, t)} max={300} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > MAX_ROWS && <Text size={200}>{t('moreChanges', { count: rows.length - MAX_ROWS })}</Text>}
    </>
  );
}
