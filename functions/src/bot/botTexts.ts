import type { Language } from '@prt/domain/language';

type Key = 'help' | 'searchTitle' | 'noHits' | 'open' | 'casesTitle' | 'noCases' | 'reportsTitle' | 'noReports' | 'unknownUser' | 'due';

/** What the bot says when people type to it. */
export const BOT_TEXTS: Record<Language, Record<Key, string>> = {
  sv: {
    help: 'Skriv ett ord för att söka i registret, t.ex. "lön" eller "vad gäller Heroma?". Skriv "mina ärenden" för dina öppna tidsfrister eller "mina rapporter" för det du har rapporterat.',
    searchTitle: 'Behandlingar för "{query}"',
    noHits: 'Inga behandlingar hittades för "{query}".',
    open: 'Öppna',
    casesTitle: 'Dina öppna tidsfrister',
    noCases: 'Du har inga öppna tidsfrister.',
    reportsTitle: 'Dina rapporter',
    noReports: 'Du har inte rapporterat något ännu.',
    unknownUser: 'Jag känner inte igen dig i kommunens katalog.',
    due: 'senast {date}',
  },
  da: {
    help: 'Skriv et ord for at søge i fortegnelsen, fx "løn" eller "hvad gælder Heroma?". Skriv "mine sager" for dine åbne frister eller "mine indberetninger" for det, du har indberettet.',
    searchTitle: 'Behandlinger for "{query}"',
    noHits: 'Ingen behandlinger fundet for "{query}".',
    open: 'Åbn',
    casesTitle: 'Dine åbne frister',
    noCases: 'Du har ingen åbne frister.',
    reportsTitle: 'Dine indberetninger',
    noReports: 'Du har ikke indberettet noget endnu.',
    unknownUser: 'Jeg kan ikke finde dig i kommunens katalog.',
    due: 'senest {date}',
  },
  en: {
    help: 'Type a word to search the register, e.g. "payroll" or "what applies to Heroma?". Type "my cases" for your open deadlines or "my reports" for what you reported.',
    searchTitle: 'Processings for "{query}"',
    noHits: 'No processings found for "{query}".',
    open: 'Open',
    casesTitle: 'Your open deadlines',
    noCases: 'You have no open deadlines.',
    reportsTitle: 'Your reports',
    noReports: 'You have not reported anything yet.',
    unknownUser: 'I cannot find you in the municipality directory.',
    due: 'due {date}',
  },
};

export type BotIntent = { kind: 'help' } | { kind: 'myCases' } | { kind: 'myReports' } | { kind: 'search'; query: string };

const HELP = /^(hj[äæ]lp|help|\?|hej|hi|hello)$/;
const MY_CASES = /^(mina [äa]renden|mine sager|my cases)$/;
const MY_REPORTS = /^(mina rapporter|mine indberetninger|my reports)$/;
/** Question phrasing around the search words, so "vad gäller Heroma?" searches "Heroma". */
const QUESTION =
  /^(vad g[äa]ller( f[öo]r)?|vilka behandlingar( g[äa]ller)?|hvad g[æa]lder( for)?|hvilke behandlinger|what applies to|which processings( apply to)?)\s+/;

export function intentOf(text: string): BotIntent {
  const normalised = text
    // In channels and group chats the bot is @mentioned (<at>name</at>); the bot's name is not what is asked for.
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  if (!normalised || HELP.test(normalised)) return { kind: 'help' };
  if (MY_CASES.test(normalised)) return { kind: 'myCases' };
  if (MY_REPORTS.test(normalised)) return { kind: 'myReports' };
  const query = normalised
    .replace(QUESTION, '')
    .replace(/[?!.]+$/, '')
    .trim();
  return query ? { kind: 'search', query } : { kind: 'help' };
}
