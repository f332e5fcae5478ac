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

/** All feature tables; a feature adds its table here and nowhere else (messagesSv/Da/En pick up every *Messages.ts). */
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

// One chunk per language, so the tab downloads only the messages it shows.
const bundles: Record<Language, () => Promise<{ messages: Record<string, string> }>> = {
  sv: () => import('./messagesSv.js'),
  da: () => import('./messagesDa.js'),
  en: () => import('./messagesEn.js'),
};

export async function loadMessages(language: Language): Promise<Messages> {
  return (await bundles[language]()).messages as Messages;
}
