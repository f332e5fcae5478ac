import { makeStyles, tokens } from '@fluentui/react-components';

// Below this width five columns leave each a few letters; the rows stack into labelled blocks instead.
const NARROW = '@media (max-width: 599px)';

export const useEntityListStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  table: { tableLayout: 'auto', width: '100%', [NARROW]: { display: 'block' } },
  head: { [NARROW]: { display: 'none' } },
  body: { [NARROW]: { display: 'block' } },
  row: {
    [NARROW]: {
      display: 'flex',
      flexDirection: 'column',
      gap: tokens.spacingVerticalXS,
      paddingBlock: tokens.spacingVerticalS,
    },
  },
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  cell: { overflowWrap: 'anywhere' },
  // The column's heading, shown before the value only when the rows are stacked.
  // Fluent gives a small table's cells a fixed 34 px height, which stacked text would run out of.
  stacked: { [NARROW]: { display: 'block', height: 'auto' } },
  labelled: {
    [NARROW]: {
      '::before': { content: 'attr(data-label)', display: 'block', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3 },
    },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});
