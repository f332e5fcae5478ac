import type { MessageTable } from './language.js';

type Key = 'appTitle' | 'navRegister' | 'navChat' | 'language' | 'signedInAs' | 'chooseDemoUser' | 'loading' | 'errorGeneric' | 'retry';

export const shellMessages: MessageTable<Key> = {
  sv: {
    appTitle: 'Behandlingsregister',
    navRegister: 'Registret',
    navChat: 'Chatt (lokal)',
    language: 'Språk',
    signedInAs: 'Inloggad som',
    chooseDemoUser: 'Välj demoanvändare',
    loading: 'Laddar …',
    errorGeneric: 'Något gick fel.',
    retry: 'Försök igen',
  },
  da: {
    appTitle: 'Fortegnelse over behandlinger',
    navRegister: 'Fortegnelsen',
    navChat: 'Chat (lokal)',
    language: 'Sprog',
    signedInAs: 'Logget ind som',
    chooseDemoUser: 'Vælg demobruger',
    loading: 'Indlæser …',
    errorGeneric: 'Noget gik galt.',
    retry: 'Prøv igen',
  },
  en: {
    appTitle: 'Record of processing activities',
    navRegister: 'Register',
    navChat: 'Chat (local)',
    language: 'Language',
    signedInAs: 'Signed in as',
    chooseDemoUser: 'Choose demo user',
    loading: 'Loading …',
    errorGeneric: 'Something went wrong.',
    retry: 'Try again',
  },
};
