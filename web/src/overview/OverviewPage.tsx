import {
  Card,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { registerHref } from '../register/registerUrl.js';
import { TabLink } from './ChartPanel.js';
import { OverviewCharts } from './OverviewCharts.js';
import type { OverviewResponse } from './overviewTypes.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', justifyContent: 'space-between' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, maxWidth: '100%' },
  stats: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  stat: { height: '100%', gap: tokens.spacingVerticalXXS },
  number: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  warn: { color: tokens.colorPaletteRedForeground1 },
  meta: { color: tokens.colorNeutralForeground3 },
  wide: { overflowX: 'auto', maxWidth: '100%' },
  gaps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

const GAPS_SHOWN = 10;

function unitFromUrl(): string | undefined {
  return new URLSearchParams(window.location.search).get('unit') ?? undefined;
}

export function OverviewPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const scopeId = useId('scope');
  const [unit, setUnit] = useState<string | undefined>(unitFromUrl);
  const [overview, setOverview] = useState<OverviewResponse | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (unit) url.searchParams.set('unit', unit);
    else url.searchParams.delete('unit');
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
    let current = true;
    apiFetch<OverviewResponse>(`overview${unit ? `?unit=${encodeURIComponent(unit)}` : ''}`)
      .then((r) => {
        if (!current) return;
        setOverview(r.body);
        setFailed(false);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [unit]);

  if (failed)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('overviewFailed')}</MessageBarBody>
      </MessageBar>
    );
  if (!overview) return <Spinner label={t('loading')} />;

  const scope = unit ? { unit } : {};
  const openCases = (state: 'overdue') => Object.values(overview.cases).reduce((sum, byState) => sum + byState[state], 0);
  const stats: { label: MessageKey; count: number; href?: string; warn?: boolean }[] = [
    { label: 'overviewLive', count: overview.live, href: registerHref(scope) },
    { label: 'overviewIncomplete', count: overview.flags.incomplete, href: registerHref({ ...scope, filter: ['incomplete'] }), warn: true },
    {
      label: 'overviewReviewOverdue',
      count: overview.flags.reviewOverdue,
      href: registerHref({ ...scope, filter: ['reviewOverdue'], sort: 'nextReview' }),
      warn: true,
    },
    { label: 'overviewDpiaMissing', count: overview.flags.dpiaMissing, href: registerHref({ ...scope, filter: ['dpiaMissing'] }), warn: true },
    { label: 'overviewDpaMissing', count: overview.flags.dpaMissing, href: registerHref({ ...scope, filter: ['dpaMissing'] }), warn: true },
    {
      label: 'overviewSupervisionOverdue',
      count: overview.flags.supervisionOverdue,
      href: registerHref({ ...scope, filter: ['supervisionOverdue'] }),
      warn: true,
    },
    { label: 'overviewTransfer', count: overview.flags.transfer, href: registerHref({ ...scope, filter: ['transfer'] }) },
    { label: 'overviewArticle9', count: overview.flags.article9, href: registerHref({ ...scope, filter: ['article9'] }) },
    { label: 'overviewArticle10', count: overview.flags.article10, href: registerHref({ ...scope, filter: ['article10'] }) },
    { label: 'overviewCasesOverdue', count: openCases('overdue'), warn: true },
  ];
  const deadlinesHref = (() => {
    const url = new URL(window.location.href);
    url.search = '';
    for (const key of ['lang', 'demoUser']) {
      const value = new URLSearchParams(window.location.search).get(key);
      if (value) url.searchParams.set(key, value);
    }
    url.searchParams.set('page', 'deadlines');
    return url.pathname + url.search;
  })();

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <div>
          <Text as="h2" size={600} weight="semibold" block>
            {t('overviewTitle')}
          </Text>
          <Text className={styles.meta}>
            {t('overviewAsOf', { date: new Date(overview.asOf).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' }) })}
          </Text>
        </div>
        <span className={styles.field}>
          <label htmlFor={scopeId}>{t('overviewScope')}</label>
          <Select id={scopeId} value={unit ?? ''} onChange={(_e, d) => setUnit(d.value || undefined)}>
            <option value="">{t('overviewWholeMunicipality')}</option>
            {overview.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </span>
      </div>

      <ul className={styles.stats} aria-label={t('overviewTitle')}>
        {stats.map((s) => (
          <li key={s.label}>
            <Card className={styles.stat}>
              <span className={`${styles.number} ${s.warn && s.count > 0 ? styles.warn : ''}`}>{s.count}</span>
              {s.href ? (
                <TabLink href={s.href} label={t('overviewOpenInRegister', { label: t(s.label), count: s.count })}>
                  {t(s.label)}
                </TabLink>
              ) : (
                <TabLink href={deadlinesHref}>{t(s.label)}</TabLink>
              )}
            </Card>
          </li>
        ))}
      </ul>
      <Text className={styles.meta}>
        {t('overviewProcessorsSummary', {
          total: overview.processors.total,
          missing: overview.processors.dpaMissing,
          overdue: overview.processors.supervisionOverdue,
        })}
      </Text>

      <OverviewCharts overview={overview} unit={unit} />

      <Card>
        <Text as="h3" weight="semibold" size={400} id="overview-cases">
          {t('overviewChartCases')}
        </Text>
        <div className={styles.wide}>
          <Table size="small" aria-labelledby="overview-cases">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('overviewColumnKind')}</TableHeaderCell>
                <TableHeaderCell>{t('caseState.overdue')}</TableHeaderCell>
                <TableHeaderCell>{t('caseState.dueSoon')}</TableHeaderCell>
                <TableHeaderCell>{t('caseState.onTime')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {Object.entries(overview.cases).map(([kind, byState]) => (
                <TableRow key={kind}>
                  <TableCell>{t(`type.${kind}` as MessageKey)}</TableCell>
                  <TableCell>{byState.overdue}</TableCell>
                  <TableCell>{byState.dueSoon}</TableCell>
                  <TableCell>{byState.onTime}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <TabLink href={deadlinesHref}>{t('overviewOpenDeadlines')}</TabLink>
      </Card>

      {overview.byUnit.length > 1 && (
        <Card>
          <Text as="h3" weight="semibold" size={400} id="overview-units">
            {t('overviewUnits')}
          </Text>
          <div className={styles.wide}>
            <Table size="small" aria-labelledby="overview-units">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('overviewColumnUnit')}</TableHeaderCell>
                  <TableHeaderCell>{t('overviewLive')}</TableHeaderCell>
                  <TableHeaderCell>{t('overviewIncomplete')}</TableHeaderCell>
                  <TableHeaderCell>{t('overviewReviewOverdue')}</TableHeaderCell>
                  <TableHeaderCell>{t('overviewDpiaMissing')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overview.byUnit.map((row) => (
                  <TableRow key={row.unit}>
                    <TableCell>
                      <TabLink href={registerHref({ unit: row.unit })}>{row.unit}</TabLink>
                    </TableCell>
                    <TableCell>{row.live}</TableCell>
                    <TableCell>
                      <UnitCount
                        count={row.incomplete}
                        href={registerHref({ unit: row.unit, filter: ['incomplete'] })}
                        label={`${row.unit}: ${t('overviewIncomplete')}`}
                      />
                    </TableCell>
                    <TableCell>
                      <UnitCount
                        count={row.reviewOverdue}
                        href={registerHref({ unit: row.unit, filter: ['reviewOverdue'], sort: 'nextReview' })}
                        label={`${row.unit}: ${t('overviewReviewOverdue')}`}
                      />
                    </TableCell>
                    <TableCell>
                      <UnitCount
                        count={row.dpiaMissing}
                        href={registerHref({ unit: row.unit, filter: ['dpiaMissing'] })}
                        label={`${row.unit}: ${t('overviewDpiaMissing')}`}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </Card>
      )}

      {overview.gaps.length > 0 && (
        <Card>
          <Text as="h3" weight="semibold" size={400}>
            {t('overviewGaps')}
          </Text>
          <ol className={styles.gaps}>
            {overview.gaps.slice(0, GAPS_SHOWN).map((g) => (
              <li key={g.id}>
                <TabLink href={`${registerHref(scope)}&processing=${encodeURIComponent(g.id)}`}>{g.name}</TabLink>{' '}
                <Text size={200} className={styles.meta}>
                  ({g.organisationUnit}): {g.missing.map((m) => t(`missing.${m}` as MessageKey)).join(', ')}
                </Text>
              </li>
            ))}
          </ol>
          {overview.gaps.length > GAPS_SHOWN && <Text className={styles.meta}>{t('overviewGapsMore', { count: overview.gaps.length - GAPS_SHOWN })}</Text>}
        </Card>
      )}
    </div>
  );
}

function UnitCount({ count, href, label }: { count: number; href: string; label: string }) {
  if (count === 0) return <>0</>;
  return (
    <TabLink href={href} label={`${count} (${label})`}>
      {count}
    </TabLink>
  );
}
