import { Link, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

const useStyles = makeStyles({ text: { overflowWrap: 'anywhere', whiteSpace: 'pre-line', minWidth: 0 } });

/** A text that may be thousands of characters: the start, cut at a word where there is one, and "show more". */
export function LongText({ text, max = 400 }: { text: string; max?: number }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  if (text.length <= max) return <span className={styles.text}>{text}</span>;
  return (
    <span className={styles.text}>
      {open ? text : shortened(text, max)}{' '}
      <Link as="button" inline onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('showLess') : t('showMore')}
      </Link>
    </span>
  );
}

function shortened(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')} …`;
}
