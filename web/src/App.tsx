import { FluentProvider, Spinner, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webLightTheme, webDarkTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { loadDemoUsers, rememberedDemoUser, signInAsDemoUser, type DemoUser } from './api/demoUsers.js';
import { loadMe, type Me } from './api/me.js';
import { signInWithTeams } from './teams/teamsSignIn.js';
import { LocalChatPage } from './chat/LocalChatPage.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { languageFromLocale, LANGUAGES, type Language } from './i18n/language.js';
import { RegisterPage } from './register/RegisterPage.js';
import { ReportPage } from './report/ReportPage.js';
import { ReviewPage } from './review/ReviewPage.js';
import { DeadlinesPage } from './deadlines/DeadlinesPage.js';
import { ExchangePage } from './exchange/ExchangePage.js';
import { ThesaurusPage } from './thesaurus/ThesaurusPage.js';
import { AppShell, type ShellPage } from './shell/AppShell.js';
import { connectToHost, type HostContext, type HostTheme } from './teams/teamsHost.js';

const LANGUAGE_KEY = 'prt.language';

/** A language the user chose (the picker, remembered) or the URL asks for; otherwise the host's locale decides. */
function chosenLanguage(): Language | undefined {
  const requested = new URLSearchParams(window.location.search).get('lang') ?? window.localStorage.getItem(LANGUAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(requested ?? '') ? (requested as Language) : undefined;
}

export function App() {
  const [host, setHost] = useState<HostContext | undefined>();
  const [theme, setTheme] = useState<HostTheme>('light');
  const [language, setLanguage] = useState<Language>('sv');
  const [demoUsers, setDemoUsers] = useState<DemoUser[] | undefined>();
  const [demoUser, setDemoUser] = useState<DemoUser | undefined>();
  const [me, setMe] = useState<Me | undefined>();

  useEffect(() => {
    if (!host) return;
    void loadMe().then(setMe);
  }, [host, demoUser]);

  useEffect(() => {
    void (async () => {
      const context = await connectToHost();
      setTheme(context.theme);
      context.onThemeChange(setTheme);
      setLanguage(chosenLanguage() ?? languageFromLocale(context.locale));
      const users = await loadDemoUsers();
      if (users) {
        const user = rememberedDemoUser(users);
        if (user) await signInAsDemoUser(user);
        // Locally a demo user's language stands in for the Teams locale they would have.
        if (user && !chosenLanguage()) setLanguage(languageFromLocale(user.preferredLanguage));
        setDemoUsers(users);
        setDemoUser(user);
      } else if (context.host !== 'browser') {
        await signInWithTeams();
      }
      setHost(context);
    })();
  }, []);

  const fluentTheme = useMemo(() => {
    if (theme === 'contrast') return teamsHighContrastTheme;
    if (host?.host === 'browser') return theme === 'dark' ? webDarkTheme : webLightTheme;
    return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
  }, [theme, host]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The API enforces roles; the tab only leaves out pages the signed-in user cannot use.
  const isReviewer = Boolean(me?.roles.some((r) => r === 'dpo' || r === 'admin'));
  const pages: ShellPage[] = [
    { id: 'register', label: 'navRegister', render: () => <RegisterPage key={demoUser?.id} isReviewer={isReviewer} /> },
    { id: 'report', label: 'navReport', render: () => <ReportPage key={demoUser?.id} /> },
    ...(isReviewer ? [{ id: 'review', label: 'navReview' as const, render: () => <ReviewPage key={demoUser?.id} /> }] : []),
    {
      id: 'deadlines',
      label: 'navDeadlines',
      render: () => <DeadlinesPage key={demoUser?.id} canHandleWhistleblowing={Boolean(me?.roles.includes('whistleblowerHandler'))} />,
    },
    ...(isReviewer ? [{ id: 'exchange', label: 'navExchange' as const, render: () => <ExchangePage key={demoUser?.id} /> }] : []),
    ...(isReviewer ? [{ id: 'thesaurus', label: 'navThesaurus' as const, render: () => <ThesaurusPage key={demoUser?.id} /> }] : []),
    ...(demoUsers ? [{ id: 'chat', label: 'navChat' as const, render: () => <LocalChatPage userKey={demoUser?.id ?? ''} /> }] : []),
  ];

  return (
    <FluentProvider theme={fluentTheme}>
      <I18nProvider language={language}>
        {!host ? (
          <Spinner />
        ) : (
          <AppShell
            pages={pages}
            onLanguageChange={(next) => {
              window.localStorage.setItem(LANGUAGE_KEY, next);
              setLanguage(next);
            }}
            demoUsers={demoUsers}
            demoUser={demoUser}
            onDemoUserChange={(user) => {
              void signInAsDemoUser(user).then(() => {
                setDemoUser(user);
                if (!chosenLanguage()) setLanguage(languageFromLocale(user.preferredLanguage));
              });
            }}
          />
        )}
      </I18nProvider>
    </FluentProvider>
  );
}
