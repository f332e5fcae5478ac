import type { MessageTable } from './language.js';

type Key = 'chatTitle' | 'chatEmpty' | 'chatIntro';

export const chatMessages: MessageTable<Key> = {
  sv: {
    chatTitle: 'Meddelanden i Teams-chatten',
    chatEmpty: 'Inga meddelanden ännu.',
    chatIntro: 'Lokalt visas här det som boten skulle skicka till dig i Teams.',
  },
  da: {
    chatTitle: 'Beskeder i Teams-chatten',
    chatEmpty: 'Ingen beskeder endnu.',
    chatIntro: 'Lokalt vises her det, som botten ville sende til dig i Teams.',
  },
  en: {
    chatTitle: 'Messages in Teams chat',
    chatEmpty: 'No messages yet.',
    chatIntro: 'Locally, this shows what the bot would send you in Teams.',
  },
};
