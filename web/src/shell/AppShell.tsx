import { Select, Spinner, Tab, TabList, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Suspense, useState, type ReactNode } from 'react';
import type { DemoUser } from '../api/demoUsers.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LANGUAGES, type Language } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { DemoUserPicker } from './lazyPages.js';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: 'auto' },
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: '72rem' },
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

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={styles.title}>
          {t('appTitle')}
        </Text>
        <TabList selectedValue={page?.id} onTabSelect={(_e, data) => setSelected(String(data.value))} aria-label={t('appTitle')}>
          {pages.map((p) => (
            <Tab key={p.id} value={p.id}>
              {t(p.label)}
            </Tab>
          ))}
        </TabList>
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
            <DemoUserPicker className={styles.field} demoUsers={demoUsers} demoUser={demoUser} onDemoUserChange={onDemoUserChange} />
          </Suspense>
        )}
      </header>
      <main className={styles.main}>
        <Suspense fallback={<Spinner />}>{page?.render()}</Suspense>
      </main>
    </div>
  );
}
