import { DataVizPalette, DonutChart, getColorFromToken, HorizontalBarChart, VerticalBarChart } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { navigateInTab, registerHref } from '../register/registerUrl.js';
import { ChartPanel, type ChartSegment } from './ChartPanel.js';
import type { OverviewResponse } from './overviewTypes.js';

const useStyles = makeStyles({
  grid: { display: 'grid', gap: tokens.spacingHorizontalL, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))' },
  // The chart legends capitalise every word ("Översyn Försenad"); Swedish and Danish write only the first.
  legend: { textTransform: 'none' },
});

const STATUS_COLOURS: Record<string, string> = {
  approved: DataVizPalette.color1,
  pending: DataVizPalette.warning,
  draft: DataVizPalette.color5,
  rejected: DataVizPalette.error,
  archived: DataVizPalette.disabled,
};

/** Only the parts that hold something are drawn; the table beside each chart lists every part. */
const drawn = <S extends ChartSegment>(segments: S[]): S[] => segments.filter((s) => s.count > 0);
const go = (href: string | undefined) => (href ? () => navigateInTab(href) : undefined);

export function OverviewCharts({ overview, unit }: { overview: OverviewResponse; unit?: string }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const scope = unit ? { unit } : {};
  const legendProps = { enabledWrapLines: true, styles: { legend: styles.legend } };
  // The donuts take no chartTitle: the chart draws it from y = 0 up, so all but its descenders fell outside the SVG
  // (the "clipped labels" above each donut), and the card's heading already names the figure.

  const status: (ChartSegment & { key: string })[] = Object.entries(overview.byStatus).map(([key, count]) => ({
    key,
    label: t(`status.${key}` as MessageKey),
    count,
    href: registerHref({ ...scope, status: key }),
  }));
  const reviews: (ChartSegment & { colour: string })[] = [
    {
      label: t('overviewReviewOverdue'),
      count: overview.reviews.overdue,
      href: registerHref({ ...scope, filter: ['reviewOverdue'], sort: 'nextReview' }),
      colour: DataVizPalette.error,
    },
    {
      label: t('overviewReviewDueSoon'),
      count: overview.reviews.dueSoon,
      href: registerHref({ ...scope, filter: ['reviewDueSoon'], sort: 'nextReview' }),
      colour: DataVizPalette.warning,
    },
    {
      label: t('overviewReviewOnTime'),
      count: overview.reviews.onTime,
      href: registerHref({ ...scope, filter: ['reviewOnTime'], sort: 'nextReview' }),
      colour: DataVizPalette.color1,
    },
  ];
  const safeguards: ChartSegment[] = Object.entries(overview.transfersBySafeguard).map(([key, count]) => ({
    label: t(`safeguard.${key}` as MessageKey),
    count,
    href: registerHref({ ...scope, safeguard: key }),
  }));
  const missing: ChartSegment[] = Object.entries(overview.missingByField)
    .sort((a, b) => b[1] - a[1])
    .map(([field, count]) => ({ label: t(`missing.${field}` as MessageKey), count, href: registerHref({ ...scope, missing: field }) }));

  return (
    <div className={styles.grid}>
      <ChartPanel id="status" title={t('overviewChartStatus')} segments={status}>
        <DonutChart
          culture={language}
          innerRadius={55}
          height={240}
          hideLabels
          legendProps={legendProps}
          valueInsideDonut={overview.total}
          data={{
            chartData: drawn(status).map((s) => ({
              legend: s.label,
              data: s.count,
              color: getColorFromToken(STATUS_COLOURS[s.key] ?? DataVizPalette.color2),
              onClick: go(s.href),
              callOutAccessibilityData: { ariaLabel: `${s.label}: ${s.count}` },
            })),
          }}
        />
      </ChartPanel>
      <ChartPanel id="reviews" title={t('overviewChartReviews')} segments={reviews}>
        <DonutChart
          culture={language}
          innerRadius={55}
          height={240}
          hideLabels
          legendProps={legendProps}
          valueInsideDonut={overview.reviews.overdue + overview.reviews.dueSoon + overview.reviews.onTime}
          data={{
            chartData: drawn(reviews).map((s) => ({
              legend: s.label,
              data: s.count,
              color: getColorFromToken(s.colour),
              onClick: go(s.href),
              callOutAccessibilityData: { ariaLabel: `${s.label}: ${s.count}` },
            })),
          }}
        />
      </ChartPanel>
      <ChartPanel id="safeguards" title={t('overviewChartSafeguards')} segments={safeguards}>
        <VerticalBarChart
          culture={language}
          height={260}
          chartTitle={t('overviewChartSafeguards')}
          hideLegend
          wrapXAxisLables
          yAxisTickCount={Math.max(1, Math.min(5, ...safeguards.map((s) => s.count)))}
          data={safeguards.map((s) => ({
            x: s.label,
            y: s.count,
            legend: s.label,
            color: getColorFromToken(DataVizPalette.color2),
            onClick: go(s.href),
            callOutAccessibilityData: { ariaLabel: `${s.label}: ${s.count}` },
          }))}
        />
      </ChartPanel>
      <ChartPanel id="missing" title={t('overviewChartMissing')} segments={missing}>
        {missing.length > 0 ? (
          <HorizontalBarChart
            culture={language}
            chartDataMode="fraction"
            data={missing.map((s) => ({
              chartTitle: s.label,
              chartData: [
                {
                  legend: s.label,
                  horizontalBarChartdata: { x: s.count, total: overview.live },
                  color: getColorFromToken(DataVizPalette.color3),
                  onClick: go(s.href),
                  callOutAccessibilityData: { ariaLabel: `${s.label}: ${s.count}` },
                },
              ],
            }))}
          />
        ) : (
          <span>{t('overviewNone')}</span>
        )}
      </ChartPanel>
    </div>
  );
}
