import { prefetchSearch } from '../api/apiClient.js';
import { loadDemoUsers, rememberedDemoUser, signInAsDemoUser, type DemoUser } from '../api/demoUsers.js';
import { loadMe, type Me } from '../api/me.js';
import { languageFromLocale, LANGUAGES, type Language } from '../i18n/language.js';
import { loadMessages } from '../i18n/messages.js';
import { paramsFromSearch } from '../register/registerUrl.js';
import { applySubPageId } from '../teams/deepLinkTarget.js';
import { connectToHost, type HostContext } from '../teams/teamsHost.js';
import { signInWithTeams } from '../teams/teamsSignIn.js';

export const LANGUAGE_KEY = 'prt.language';

/** A language the user chose (the picker, remembered) or the URL asks for; otherwise the host's locale decides. */
export function chosenLanguage(): Language | undefined {
  const requested = new URLSearchParams(window.location.search).get('lang') ?? window.localStorage.getItem(LANGUAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(requested ?? '') ? (requested as Language) : undefined;
}

export interface Startup {
  host: HostContext;
  /** Local mode only: the demo directory, and who is signed in from it. */
  demoUsers?: DemoUser[];
  demoUser?: DemoUser;
  language: Language;
  me: Promise<Me | undefined>;
}

let started: Promise<Startup> | undefined;
let markSent: () => void = () => undefined;
const sent = new Promise<void>((resolve) => {
  markSent = resolve;
});

/**
 * Everything the first screen waits for, started from a small entry script of its own (boot/entry.ts) while the
 * React bundle is still downloading: the host, sign-in, the language's messages, /api/me and the register's first
 * search, each as soon as what it needs is known instead of one after the other from React effects.
 */
export function startup(): Promise<Startup> {
  started ??= run();
  return started;
}

/** Settles once sign-in is done and /api/me and the first search are on their way (or start-up gave up on them). */
export function firstRequestsSent(): Promise<void> {
  return sent;
}

async function run(): Promise<Startup> {
  try {
    return await signInAndAsk();
  } finally {
    markSent();
  }
}

async function signInAndAsk(): Promise<Startup> {
  const early = chosenLanguage();
  if (early) void loadMessages(early);
  // Outside the local host the demo-user call fails quickly; asking at once saves a round trip locally.
  const [host, demoUsers] = await Promise.all([connectToHost(), loadDemoUsers()]);
  applySubPageId(host.subPageId);
  let demoUser: DemoUser | undefined;
  if (demoUsers) {
    demoUser = rememberedDemoUser(demoUsers);
    if (demoUser) await signInAsDemoUser(demoUser);
  } else if (host.host !== 'browser') {
    await signInWithTeams();
  }
  // Locally a demo user's language stands in for the Teams locale they would have.
  const language = chosenLanguage() ?? languageFromLocale(demoUser?.preferredLanguage ?? host.locale);
  if (language !== early) void loadMessages(language);
  const me = loadMe();
  if (opensRegister(host)) prefetchSearch(paramsFromSearch(window.location.search));
  return { host, demoUsers, demoUser, language, me };
}

function opensRegister(host: HostContext): boolean {
  const url = new URLSearchParams(window.location.search);
  if (url.has('configure') || host.frameContext === 'settings') return false;
  const page = url.get('page');
  return !page || page === 'register';
}
