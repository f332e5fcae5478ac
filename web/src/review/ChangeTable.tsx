import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider.js';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

const MAX_ROWS = 25;

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '–';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map(show).filter((v) => v !== '–').join(' · ');
  return String(value);
}

/** Field-level diff of a version, as the DPO and the history show it. */
export function ChangeTable({ changes }: { changes: FieldChange[] }) {
  const { t } = useI18n();
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
          {changes.slice(0, MAX_ROWS).map((c) => (
            <TableRow key={c.path}>
              <TableCell>
                <code>{c.path}</code>
              </TableCell>
              <TableCell>{show(c.before)}</TableCell>
              <TableCell>{show(c.after)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {changes.length > MAX_ROWS && <Text size={200}>{t('moreChanges', { count: changes.length - MAX_ROWS })}</Text>}
    </>
  );
}
