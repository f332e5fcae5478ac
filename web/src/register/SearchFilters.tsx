import { Button, Checkbox, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { SearchParams, SearchResponse } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '11rem' },
});

interface Props {
  params: SearchParams;
  facets: SearchResponse['facets'] | undefined;
  showStatus: boolean;
  onChange: (next: SearchParams) => void;
}

/** Filter dropdowns offer the values present in the current results, with counts. */
export function SearchFilters({ params, facets, showStatus, onChange }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const ids = { unit: useId('unit'), basis: useId('basis'), system: useId('system'), status: useId('status') };
  const options = (record: Record<string, number> | undefined, selected: string | undefined) => {
    const entries = Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b, 'sv'));
    if (selected && !entries.some(([k]) => k === selected)) entries.unshift([selected, 0]);
    return entries;
  };
  const select = (
    key: 'unit' | 'basis' | 'system' | 'status',
    label: MessageKey,
    record: Record<string, number> | undefined,
    translate?: (v: string) => string,
  ) => (
    <span className={styles.field}>
      <label htmlFor={ids[key]}>{t(label)}</label>
      <Select id={ids[key]} value={params[key] ?? ''} onChange={(_e, d) => onChange({ ...params, [key]: d.value || undefined })}>
        <option value="">{t('any')}</option>
        {options(record, params[key]).map(([value, count]) => (
          <option key={value} value={value}>
            {translate ? translate(value) : value} ({count})
          </option>
        ))}
      </Select>
    </span>
  );
  return (
    <div className={styles.bar} role="group" aria-label={t('filters')}>
      {select('unit', 'filterUnit', facets?.organisationUnit)}
      {select('basis', 'filterBasis', facets?.legalBasis, (v) => t(`basis.${v}` as MessageKey))}
      {select('system', 'filterSystem', facets?.system)}
      {showStatus && select('status', 'filterStatus', facets?.status, (v) => t(`status.${v}` as MessageKey))}
      <Checkbox label={t('filterSpecial')} checked={Boolean(params.special)} onChange={(_e, d) => onChange({ ...params, special: Boolean(d.checked) })} />
      <Button appearance="subtle" onClick={() => onChange({ q: params.q, forMe: params.forMe })}>
        {t('clearFilters')}
      </Button>
    </div>
  );
}
