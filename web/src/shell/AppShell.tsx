import { Select, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import type { DemoUser } from '../api/demoUsers.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LANGUAGES, type Language } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { DemoUserPicker } from './lazyPages.js';
import { ShellTabs } from './ShellTabs.js';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  header: {
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: 'auto' },
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, flexShrink: 1, '& select': { maxWidth: '100%', textOverflow: 'ellipsis' } },
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '72rem',
    minWidth: 0,
    overflowWrap: 'anywhere',
    outline: 'none',
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  tabs: {
    flexWrap: 'wrap',
    minWidth: 0,
    maxWidth: '100%',
    // On a phone the DPO's fifteen tabs wrapped into six rows, half the screen; there they stay one row that scrolls
    // sideways (the cut-off last tab shows there is more), and the selected tab is scrolled into view.
    '@media (max-width: 600px)': { flexWrap: 'nowrap', overflowX: 'auto', scrollbarWidth: 'thin', overscrollBehaviorX: 'contain' },
  },
  skip: {
    position: 'absolute',
    left: tokens.spacingHorizontalM,
    top: '-4rem',
    zIndex: 10,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { top: tokens.spacingVerticalS },
  },
});

export interface ShellPage {
  id: string;
  label: MessageKey;
  render: () => ReactNode;
}

interface AppShellProps {
  pages: ShellPage[];
  onLanguageChange: (language: Language) => void;
  demoUsers?: DemoUser[];
  demoUser?: DemoUser;
  onDemoUserChange: (user: DemoUser) => void;
}

const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

export function AppShell({ pages, onLanguageChange, demoUsers, demoUser, onDemoUserChange }: AppShellProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [selected, setSelected] = useState(() => new URLSearchParams(window.location.search).get('page') ?? pages[0]?.id ?? '');
  const languageId = useId('language');
  const page = pages.find((p) => p.id === selected) ?? pages[0];

  useEffect(() => {
    const onPop = () => setSelected(new URLSearchParams(window.location.search).get('page') ?? pages[0]?.id ?? '');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [pages]);
  useEffect(() => {
    document.title = page ? `${t(page.label)} – ${t('appTitle')}` : t('appTitle');
  }, [page, t]);
  const select = (id: string) => {
    setSelected(id);
    // Each page is an address: the page's own state (search, open record) belongs to it and is dropped.
    const url = new URL(window.location.href);
    url.search = '';
    for (const key of ['lang', 'demoUser']) {
      const value = new URLSearchParams(window.location.search).get(key);
      if (value) url.searchParams.set(key, value);
    }
    url.searchParams.set('page', id);
    window.history.pushState(null, '', url);
  };

  return (
    <div className={styles.root}>
      <a href="#main-content" className={styles.skip}>
        {t('skipToContent')}
      </a>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={styles.title}>
          {t('appTitle')}
        </Text>
        <ShellTabs
          className={styles.tabs}
          tabs={pages.map((p) => ({ id: p.id, label: t(p.label) }))}
          selected={page?.id}
          onSelect={select}
          label={t('appTitle')}
        />
        <span className={styles.field}>
          <label htmlFor={languageId}>{t('language')}</label>
          <Select id={languageId} value={language} onChange={(_e, data) => onLanguageChange(data.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        </span>
        {demoUsers && demoUser && (
          <Suspense>
            <DemoUserPicker
              className={styles.field}
              selectClassName={styles.select}
              demoUsers={demoUsers}
              demoUser={demoUser}
              onDemoUserChange={onDemoUserChange}
            />
          </Suspense>
        )}
      </header>
      <main id="main-content" tabIndex={-1} className={styles.main}>
        <Suspense fallback={<Spinner aria-label={t('loading')} />}>{page?.render()}</Suspense>
      </main>
    </div>
  );
}
