import { FluentProvider, Spinner, type Theme } from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import { signInAsDemoUser, type DemoUser } from './api/demoUsers.js';
import { loadMe, type Me } from './api/me.js';
import { chosenLanguage, LANGUAGE_KEY, startup } from './boot/startup.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { languageFromLocale, LOADING_BEFORE_MESSAGES, type Language } from './i18n/language.js';
import { LazyProcessingDetail as ProcessingDetail } from './register/LazyProcessingDetail.js';
import { AppShell, type ShellPage } from './shell/AppShell.js';
import {
  AuditLogPage,
  ConfigurePage,
  BreachLogPage,
  DeadlinesPage,
  DocumentsPage,
  ExchangePage,
  LocalChatPage,
  ProcessorsPage,
  OverviewPage,
  RegisterPage,
  ReportPage,
  ReviewPage,
  TemplatesPage,
  SystemsPage,
  ThesaurusPage,
} from './shell/lazyPages.js';
import { initialTheme, loadTheme } from './shell/themes.js';
import type { HostContext, HostTheme } from './teams/teamsHost.js';

export function App() {
  const [host, setHost] = useState<HostContext | undefined>();
  const [theme, setTheme] = useState<HostTheme>('light');
  const [fluentTheme, setFluentTheme] = useState<Theme>(() => initialTheme(true));
  // Known at once when chosen; otherwise once the host (or the demo user) says which, so only that one is fetched.
  const [language, setLanguage] = useState<Language | undefined>(chosenLanguage);
  const [demoUsers, setDemoUsers] = useState<DemoUser[] | undefined>();
  const [demoUser, setDemoUser] = useState<DemoUser | undefined>();
  const [me, setMe] = useState<Me | undefined>();

  useEffect(() => {
    // Started by boot/entry.ts before this bundle arrived; here it is only taken up.
    void startup().then(async (started) => {
      setTheme(started.host.theme);
      started.host.onThemeChange(setTheme);
      setLanguage(started.language);
      setDemoUsers(started.demoUsers);
      setDemoUser(started.demoUser);
      setHost(started.host);
      setMe(await started.me);
    });
  }, []);

  useEffect(() => {
    let current = true;
    void loadTheme(theme, host?.host !== 'teams' && host?.host !== 'sharepoint').then((next) => {
      if (current) setFluentTheme(next);
    });
    return () => {
      current = false;
    };
  }, [theme, host]);

  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);

  // The API enforces roles; the tab only leaves out pages the signed-in user cannot use.
  const isReviewer = Boolean(me?.roles.some((r) => r === 'dpo' || r === 'admin'));
  const pages: ShellPage[] = [
    { id: 'register', label: 'navRegister', render: () => <RegisterPage key={demoUser?.id} isReviewer={isReviewer} userKey={me?.userId ?? demoUser?.id} /> },
    { id: 'report', label: 'navReport', render: () => <ReportPage key={demoUser?.id} userKey={me?.userId ?? demoUser?.id} Detail={ProcessingDetail} /> },
    ...(isReviewer ? [{ id: 'overview', label: 'navOverview' as const, render: () => <OverviewPage key={demoUser?.id} /> }] : []),
    ...(isReviewer
      ? [{ id: 'review', label: 'navReview' as const, render: () => <ReviewPage key={demoUser?.id} canDecide={Boolean(me?.roles.includes('dpo'))} /> }]
      : []),
    {
      id: 'deadlines',
      label: 'navDeadlines',
      render: () => <DeadlinesPage key={demoUser?.id} canHandleWhistleblowing={Boolean(me?.roles.includes('whistleblowerHandler'))} />,
    },
    ...(isReviewer
      ? [
          { id: 'breaches', label: 'navBreaches' as const, render: () => <BreachLogPage key={demoUser?.id} /> },
          { id: 'audit', label: 'navAudit' as const, render: () => <AuditLogPage key={demoUser?.id} /> },
        ]
      : []),
    ...(isReviewer
      ? [
          { id: 'systems', label: 'navSystems' as const, render: () => <SystemsPage key={demoUser?.id} /> },
          { id: 'processors', label: 'navProcessors' as const, render: () => <ProcessorsPage key={demoUser?.id} /> },
        ]
      : []),
    ...(isReviewer ? [{ id: 'exchange', label: 'navExchange' as const, render: () => <ExchangePage key={demoUser?.id} /> }] : []),
    ...(isReviewer ? [{ id: 'documents', label: 'navDocuments' as const, render: () => <DocumentsPage key={demoUser?.id} /> }] : []),
    ...(isReviewer ? [{ id: 'templates', label: 'navTemplates' as const, render: () => <TemplatesPage key={demoUser?.id} /> }] : []),
    ...(isReviewer ? [{ id: 'thesaurus', label: 'navThesaurus' as const, render: () => <ThesaurusPage key={demoUser?.id} /> }] : []),
    ...(demoUsers ? [{ id: 'chat', label: 'navChat' as const, render: () => <LocalChatPage userKey={demoUser?.id ?? ''} /> }] : []),
  ];

  const changeLanguage = (next: Language) => {
    window.localStorage.setItem(LANGUAGE_KEY, next);
    setLanguage(next);
  };
  const configuring = new URLSearchParams(window.location.search).has('configure') || host?.frameContext === 'settings';

  // Before the message tables are there; the browser's language until the host's locale is known.
  const starting = <Spinner aria-label={LOADING_BEFORE_MESSAGES[language ?? languageFromLocale(navigator.language)]} />;

  return (
    <FluentProvider theme={fluentTheme}>
      <I18nProvider language={language} fallback={starting}>
        {!host ? (
          starting
        ) : configuring ? (
          <Suspense fallback={starting}>
            <ConfigurePage inHost={host.host !== 'browser'} onLanguageChange={changeLanguage} />
          </Suspense>
        ) : (
          <AppShell
            pages={pages}
            onLanguageChange={changeLanguage}
            demoUsers={demoUsers}
            demoUser={demoUser}
            onDemoUserChange={(user) => {
              void signInAsDemoUser(user).then(() => {
                setDemoUser(user);
                if (!chosenLanguage()) setLanguage(languageFromLocale(user.preferredLanguage));
                void loadMe().then(setMe);
              });
            }}
          />
        )}
      </I18nProvider>
    </FluentProvider>
  );
}
