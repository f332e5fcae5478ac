import { chatMessages } from './chatMessages.js';
import { deadlineMessages } from './deadlineMessages.js';
import { exchangeMessages } from './exchangeMessages.js';
import type { Language } from './language.js';
import { registerMessages } from './registerMessages.js';
import { reportMessages } from './reportMessages.js';
import { reviewMessages } from './reviewMessages.js';
import { shellMessages } from './shellMessages.js';
import { thesaurusMessages } from './thesaurusMessages.js';

/** All feature tables merged; a feature adds its table here and nowhere else. */
const tables = [shellMessages, registerMessages, chatMessages, reportMessages, reviewMessages, deadlineMessages, exchangeMessages, thesaurusMessages] as const;

type KeysOf<T> = T extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<(typeof tables)[number]>;

export function messagesFor(language: Language): Record<MessageKey, string> {
  return Object.assign({}, ...tables.map((t) => t[language])) as Record<MessageKey, string>;
}
