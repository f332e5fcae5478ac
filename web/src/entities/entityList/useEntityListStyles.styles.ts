import { makeStyles, tokens } from '@fluentui/react-components';

export const useEntityListStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  table: { tableLayout: 'auto', width: '100%' },
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  cell: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});
