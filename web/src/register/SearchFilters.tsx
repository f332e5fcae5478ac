import { Button, Checkbox, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { REGISTER_FLAGS } from '@prt/domain/overview/registerFilter';
import { useState } from 'react';
import type { SearchParams, SearchResponse } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '11rem', maxWidth: '100%' },
  flags: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}`, minWidth: 0 },
  more: { flexBasis: '100%', minWidth: 0 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, marginBottom: tokens.spacingVerticalS },
});

const SAFEGUARDS = ['adequacy', 'dpf', 'scc', 'bcr', 'derogation', 'unspecified'] as const;
const MISSING_FIELDS = [
  'purposes.dataFlows',
  'securityMeasures',
  'systems',
  'purposes.recipients',
  'purposes.sources',
  'purposes.legalBasis.article9',
  'purposes.legalBasis.article6',
  'purposes.retention',
  'purposes.dataSubjectCategories',
  'purposes.personalDataCategories',
  'purposes.description',
  'purposes',
  'name',
  'organisationUnit',
  'controller',
] as const;

interface Props {
  params: SearchParams;
  facets: SearchResponse['facets'] | undefined;
  /** Reviewers' extra facets (processors, owners). */
  extra?: Pick<SearchResponse, 'processorFacet' | 'ownerFacet'>;
  showStatus: boolean;
  onChange: (next: SearchParams) => void;
}

type SelectKey = 'unit' | 'basis' | 'system' | 'status' | 'safeguard' | 'missing' | 'owner' | 'processor';

/** Filter dropdowns offer the values present in the current results, with counts; reviewers get the DPO's filters too. */
export function SearchFilters({ params, facets, extra, showStatus, onChange }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const ids: Record<SelectKey, string> = {
    unit: useId('unit'),
    basis: useId('basis'),
    system: useId('system'),
    status: useId('status'),
    safeguard: useId('safeguard'),
    missing: useId('missing'),
    owner: useId('owner'),
    processor: useId('processor'),
  };
  const options = (record: Record<string, number> | undefined, selected: string | undefined): [string, number | undefined][] => {
    const entries: [string, number | undefined][] = Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b, 'sv'));
    if (selected && !entries.some(([k]) => k === selected)) entries.unshift([selected, 0]);
    return entries;
  };
  const select = (key: SelectKey, label: MessageKey, entries: [string, number | undefined][], translate?: (v: string) => string) => (
    <span className={styles.field}>
      <label htmlFor={ids[key]}>{t(label)}</label>
      <Select id={ids[key]} value={params[key] ?? ''} onChange={(_e, d) => onChange({ ...params, [key]: d.value || undefined })}>
        <option value="">{t('any')}</option>
        {entries.map(([value, count]) => (
          <option key={value} value={value}>
            {translate ? translate(value) : value}
            {count === undefined ? '' : ` (${count})`}
          </option>
        ))}
      </Select>
    </span>
  );
  const flags = new Set(params.filter ?? []);
  const dpoActive = flags.size > 0 || Boolean(params.processor || params.owner || params.safeguard || params.missing);
  // Opens by itself when one of its filters comes to apply (a link from the overview); otherwise as the user leaves it.
  const [open, setOpen] = useState(dpoActive);
  const [wasActive, setWasActive] = useState(dpoActive);
  if (dpoActive !== wasActive) {
    setWasActive(dpoActive);
    if (dpoActive) setOpen(true);
  }
  const toggle = (flag: string, on: boolean) => {
    const next = new Set(flags);
    if (on) next.add(flag);
    else next.delete(flag);
    onChange({ ...params, filter: REGISTER_FLAGS.filter((f) => next.has(f)) });
  };
  const fixed = (values: readonly string[], selected: string | undefined): [string, undefined][] => {
    const list: [string, undefined][] = values.map((v) => [v, undefined]);
    if (selected && !values.includes(selected)) list.unshift([selected, undefined]);
    return list;
  };
  const owners: [string, number][] = (extra?.ownerFacet ?? []).map((o) => [o.id, o.count]);
  if (params.owner && !owners.some(([id]) => id === params.owner)) owners.unshift([params.owner, 0]);
  const ownerName = (id: string) => extra?.ownerFacet?.find((o) => o.id === id)?.name ?? id;
  return (
    <div className={styles.bar} role="group" aria-label={t('filters')}>
      {select('unit', 'filterUnit', options(facets?.organisationUnit, params.unit))}
      {select('basis', 'filterBasis', options(facets?.legalBasis, params.basis), (v) => t(`basis.${v}` as MessageKey))}
      {select('system', 'filterSystem', options(facets?.system, params.system))}
      {showStatus && select('status', 'filterStatus', options(facets?.status, params.status), (v) => t(`status.${v}` as MessageKey))}
      <Checkbox label={t('filterSpecial')} checked={Boolean(params.special)} onChange={(_e, d) => onChange({ ...params, special: Boolean(d.checked) })} />
      {showStatus && (
        // Folded away until used, so the register stays a search box and a list; open whenever one of them applies.
        <details className={styles.more} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary className={styles.summary}>{t('filterDpoGroup')}</summary>
          <div className={styles.bar}>
            {select('processor', 'filterProcessor', options(extra?.processorFacet, params.processor))}
            {select('owner', 'filterOwner', owners, ownerName)}
            {select('safeguard', 'filterSafeguard', fixed(SAFEGUARDS, params.safeguard), (v) => t(`safeguard.${v}` as MessageKey))}
            {select('missing', 'filterMissing', fixed(MISSING_FIELDS, params.missing), (v) => t(`missing.${v}` as MessageKey))}
            <div className={styles.flags} role="group" aria-label={t('filterDpoGroup')}>
              {REGISTER_FLAGS.map((flag) => (
                <Checkbox
                  key={flag}
                  label={t(`filterFlag.${flag}` as MessageKey)}
                  checked={flags.has(flag)}
                  onChange={(_e, d) => toggle(flag, Boolean(d.checked))}
                />
              ))}
            </div>
          </div>
        </details>
      )}
      <Button
        appearance="subtle"
        onClick={() => onChange({ q: params.q, forMe: params.forMe, ...(params.sort ? { sort: params.sort, dir: params.dir } : {}) })}
      >
        {t('clearFilters')}
      </Button>
    </div>
  );
}
