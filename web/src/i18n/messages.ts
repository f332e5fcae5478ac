import type { authorityReportMessages } from './authorityReportMessages.js';
import type { caseMessages } from './caseMessages.js';
import type { chatMessages } from './chatMessages.js';
import type { dateFieldMessages } from './dateFieldMessages.js';
import type { deadlineMessages } from './deadlineMessages.js';
import type { entityMessages } from './entityMessages.js';
import type { documentMessages } from './documentMessages.js';
import type { exchangeMessages } from './exchangeMessages.js';
import type { Language } from './language.js';
import type { recordMessages } from './recordMessages.js';
import type { overviewMessages } from './overviewMessages.js';
import type { registerMessages } from './registerMessages.js';
import type { registerSelectionMessages } from './registerSelectionMessages.js';
import type { reportMessages } from './reportMessages.js';
import type { reviewMessages } from './reviewMessages.js';
import type { shellMessages } from './shellMessages.js';
import type { teamsMessages } from './teamsMessages.js';
import type { templateMessages } from './templateMessages.js';
import type { thesaurusMessages } from './thesaurusMessages.js';
import type { uploadMessages } from './uploadMessages.js';
import type { workflowMessages } from './workflowMessages.js';

/** All feature tables; a feature adds its table here and nowhere else (messagesSv/Da/En* pick up every *Messages.ts). */
type Tables = [
  typeof caseMessages,
  typeof shellMessages,
  typeof registerMessages,
  typeof chatMessages,
  typeof reportMessages,
  typeof reviewMessages,
  typeof deadlineMessages,
  typeof exchangeMessages,
  typeof workflowMessages,
  typeof teamsMessages,
  typeof thesaurusMessages,
  typeof recordMessages,
  typeof overviewMessages,
  typeof registerSelectionMessages,
  typeof authorityReportMessages,
  typeof documentMessages,
  typeof templateMessages,
  typeof entityMessages,
  typeof uploadMessages,
  typeof dateFieldMessages,
];

type KeysOf<T> = T extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<Tables[number]>;
export type Messages = Record<MessageKey, string>;

type Bundle = () => Promise<{ messages: Record<string, string> }>;

// Two chunks per language: the first screen's texts (startKeys.ts) and the rest, so a cold start downloads only
// the first screen's texts of the language it shows.
const startBundles: Record<Language, Bundle> = {
  sv: () => import('./messagesSvStart.js'),
  da: () => import('./messagesDaStart.js'),
  en: () => import('./messagesEnStart.js'),
};
const restBundles: Record<Language, Bundle> = {
  sv: () => import('./messagesSvRest.js'),
  da: () => import('./messagesDaRest.js'),
  en: () => import('./messagesEnRest.js'),
};

/** Per language, one record that the parts are merged into as they arrive, so a `t` made earlier sees later parts. */
const merged: Partial<Record<Language, Record<string, string>>> = {};
const pending = new Map<string, Promise<void>>();
let shown: Language | undefined;
let restWanted = false;

function loadPart(language: Language, part: 'start' | 'rest'): Promise<void> {
  const key = `${language}:${part}`;
  let loading = pending.get(key);
  if (!loading) {
    loading = (part === 'start' ? startBundles : restBundles)[language]().then((m) => {
      Object.assign((merged[language] ??= {}), m.messages);
    });
    // A failed chunk (network) may be asked for again.
    loading.catch(() => pending.delete(key));
    pending.set(key, loading);
  }
  return loading;
}

/**
 * The language's messages as far as the tab needs them: the first screen's, plus all others once any page beyond
 * the first screen has asked for them (a switch of language then loads both before showing the new one).
 */
export async function loadMessages(language: Language): Promise<Messages> {
  await Promise.all([loadPart(language, 'start'), ...(restWanted ? [loadPart(language, 'rest')] : [])]);
  // A page may have asked for the rest while the first part was on its way.
  if (restWanted) await loadPart(language, 'rest');
  return merged[language] as Messages;
}

/** Called by I18nProvider: the language whose texts are on screen, which `allMessagesLoaded` completes. */
export function showLanguage(language: Language): void {
  shown = language;
}

/** Lazy pages and the record drawer wait for this before they render: every message of the language shown. */
export async function allMessagesLoaded(): Promise<void> {
  restWanted = true;
  if (shown) await loadPart(shown, 'rest');
}
