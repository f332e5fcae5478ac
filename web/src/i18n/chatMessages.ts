import type { MessageTable } from './language.js';

type Key =
  | 'chatTitle'
  | 'chatEmpty'
  | 'chatIntro'
  | 'deadLettersTitle'
  | 'deadLettersIntro'
  | 'deadLetterRecipient'
  | 'deadLetterKind'
  | 'deadLetterSince'
  | 'deadLetterRetry'
  | 'deadLetterDelivered'
  | 'deadLetterStillFailing';

export const chatMessages: MessageTable<Key> = {
  sv: {
    chatTitle: 'Meddelanden i Teams-chatten',
    chatEmpty: 'Inga meddelanden ännu.',
    chatIntro: 'Lokalt visas här det som boten skulle skicka till dig i Teams.',
    deadLettersTitle: 'Meddelanden som inte kunde levereras',
    deadLettersIntro:
      'Teams tog inte emot de här meddelandena trots flera försök (till exempel om appen inte är installerad för mottagaren). Åtgärda orsaken och försök igen.',
    deadLetterRecipient: 'Mottagare',
    deadLetterKind: 'Slag',
    deadLetterSince: 'Gav upp',
    deadLetterRetry: 'Försök igen',
    deadLetterDelivered: 'Meddelandet levererades.',
    deadLetterStillFailing: 'Leveransen misslyckades igen; den försöks på nytt automatiskt en stund till.',
  },
  da: {
    chatTitle: 'Beskeder i Teams-chatten',
    chatEmpty: 'Ingen beskeder endnu.',
    chatIntro: 'Lokalt vises her det, som botten ville sende til dig i Teams.',
    deadLettersTitle: 'Beskeder, der ikke kunne leveres',
    deadLettersIntro:
      'Teams modtog ikke disse beskeder trods flere forsøg (for eksempel hvis appen ikke er installeret for modtageren). Ret årsagen, og prøv igen.',
    deadLetterRecipient: 'Modtager',
    deadLetterKind: 'Type',
    deadLetterSince: 'Opgivet',
    deadLetterRetry: 'Prøv igen',
    deadLetterDelivered: 'Beskeden blev leveret.',
    deadLetterStillFailing: 'Leveringen mislykkedes igen; den forsøges automatisk igen et stykke tid endnu.',
  },
  en: {
    chatTitle: 'Messages in Teams chat',
    chatEmpty: 'No messages yet.',
    chatIntro: 'Locally, this shows what the bot would send you in Teams.',
    deadLettersTitle: 'Messages that could not be delivered',
    deadLettersIntro:
      'Teams did not accept these messages after several attempts (for example when the app is not installed for the recipient). Fix the cause and try again.',
    deadLetterRecipient: 'Recipient',
    deadLetterKind: 'Kind',
    deadLetterSince: 'Gave up',
    deadLetterRetry: 'Try again',
    deadLetterDelivered: 'The message was delivered.',
    deadLetterStillFailing: 'Delivery failed again; it will be retried automatically for a while.',
  },
};
