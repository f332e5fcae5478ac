import { Card, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { navigateInTab } from '../register/registerUrl.js';

const useStyles = makeStyles({
  card: { minWidth: 0, gap: tokens.spacingVerticalS },
  chart: { minWidth: 0, maxWidth: '100%', overflow: 'hidden' },
  hint: { color: tokens.colorNeutralForeground3 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink },
});

/** One part of a chart: what it counts, how many, and where in the tab it leads. */
export interface ChartSegment {
  label: string;
  count: number;
  href?: string;
}

/** A link inside the tab: a real address (new tab, copy link) that moves within the tab on a plain click. */
export function TabLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <Link
      href={href}
      aria-label={label}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigateInTab(href);
      }}
    >
      {children}
    </Link>
  );
}

/**
 * A chart with its heading, and the same numbers as a table with links for those who would rather read, or who use a
 * keyboard or a screen reader: the chart itself is a figure named by its heading.
 */
export function ChartPanel({ title, segments, children, id }: { title: string; segments: ChartSegment[]; children: ReactNode; id: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = `${id}-heading`;
  return (
    <Card className={styles.card} data-chart={id}>
      <Text as="h3" weight="semibold" size={400} id={headingId}>
        {title}
      </Text>
      <figure role="figure" aria-labelledby={headingId} className={styles.chart} style={{ margin: 0 }}>
        {children}
      </figure>
      {segments.some((s) => s.href) && (
        <Text size={200} className={styles.hint}>
          {t('overviewChartHint')}
        </Text>
      )}
      <details>
        <summary className={styles.summary}>{t('overviewShowTable')}</summary>
        <Table size="small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('overviewColumnCategory')}</TableHeaderCell>
              <TableHeaderCell>{t('overviewColumnCount')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {segments.map((s) => (
              <TableRow key={s.label}>
                <TableCell>{s.href ? <TabLink href={s.href}>{s.label}</TabLink> : s.label}</TableCell>
                <TableCell>{s.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </Card>
  );
}
