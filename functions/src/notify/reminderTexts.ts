import type { DeadlineKind } from '@prt/domain/deadlines/caseDeadlines';
import type { Language } from '@prt/domain/language';

const KIND_TEXT: Record<Language, Record<DeadlineKind, string>> = {
  sv: {
    'dsr.response': 'svar på den registrerades begäran',
    'dsr.extensionNotice': 'besked om förlängd svarstid',
    'whistleblower.acknowledge': 'bekräftelse av mottagen visselblåsning',
    'whistleblower.feedback': 'återkoppling till visselblåsaren',
    'whistleblower.deletion': 'radering av personuppgifter i visselblåsarärendet',
    'breach.notifyAuthority': 'anmälan av personuppgiftsincident till {authority}',
    'processing.review': 'årlig översyn av behandlingen',
    'processing.dpiaReview': 'översyn av konsekvensbedömningen',
    'processor.supervision': 'tillsyn av personuppgiftsbiträdet',
  },
  da: {
    'dsr.response': 'svar på den registreredes anmodning',
    'dsr.extensionNotice': 'meddelelse om forlænget svarfrist',
    'whistleblower.acknowledge': 'kvittering for modtaget indberetning',
    'whistleblower.feedback': 'feedback til whistlebloweren',
    'whistleblower.deletion': 'sletning af personoplysninger i whistleblowersagen',
    'breach.notifyAuthority': 'anmeldelse af brud på persondatasikkerheden til {authority}',
    'processing.review': 'årlig gennemgang af behandlingen',
    'processing.dpiaReview': 'gennemgang af konsekvensanalysen',
    'processor.supervision': 'tilsyn med databehandleren',
  },
  en: {
    'dsr.response': "reply to the data subject's request",
    'dsr.extensionNotice': 'notice of the extended time limit',
    'whistleblower.acknowledge': 'acknowledgement of the whistleblower report',
    'whistleblower.feedback': 'feedback to the whistleblower',
    'whistleblower.deletion': 'deletion of personal data in the whistleblower case',
    'breach.notifyAuthority': 'notification of the personal data breach to {authority}',
    'processing.review': 'yearly review of the processing',
    'processing.dpiaReview': 'review of the impact assessment',
    'processor.supervision': 'supervision of the processor',
  },
};

const FRAME: Record<Language, { before: string; at: string; overdue: string; title: string }> = {
  sv: {
    title: 'Påminnelse: {reference}',
    before: '{what} för {reference} ska vara klar senast {due}.',
    at: 'Idag går tiden ut för {what} för {reference} ({due}).',
    overdue: 'Tiden för {what} för {reference} gick ut {due} och är inte markerad som klar.',
  },
  da: {
    title: 'Påmindelse: {reference}',
    before: '{what} for {reference} skal være klar senest {due}.',
    at: 'I dag udløber fristen for {what} for {reference} ({due}).',
    overdue: 'Fristen for {what} for {reference} udløb {due} og er ikke markeret som klaret.',
  },
  en: {
    title: 'Reminder: {reference}',
    before: 'The {what} for {reference} is due by {due}.',
    at: 'The {what} for {reference} is due today ({due}).',
    overdue: 'The {what} for {reference} was due {due} and is not marked done.',
  },
};

const LOCALES: Record<Language, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) });
    formatters.set(key, f);
  }
  return f;
}

const dueTexts = new Map<string, string>();

/** Intl formatting was a tenth of a 100k-case sweep; the reminders of one sweep share a few hundred due instants. */
function formattedDue(locale: string, timeZone: string, withTime: boolean, dueAt: string): string {
  const key = `${locale}|${timeZone}|${withTime}|${dueAt}`;
  let text = dueTexts.get(key);
  if (text === undefined) {
    text = formatter(locale, timeZone, withTime).format(new Date(dueAt));
    if (dueTexts.size >= 20_000) dueTexts.clear();
    dueTexts.set(key, text);
  }
  return text;
}

/** Reminder wording: the case reference, what is due and when — never anything about the case's content. */
export function reminderText(
  language: Language,
  kind: DeadlineKind,
  slot: string,
  reference: string,
  dueAt: string,
  timeZone: string,
  /** The tenant's supervisory authority (IMY, Datatilsynet): by country, not by the reader's language. */
  authority = 'IMY',
): { title: string; text: string } {
  const locale = LOCALES[language];
  const hours = kind === 'breach.notifyAuthority';
  const due = formattedDue(locale, timeZone, hours, dueAt);
  const frame = FRAME[language];
  const template = slot.startsWith('before') ? frame.before : slot === 'at' ? frame.at : frame.overdue;
  const what = KIND_TEXT[language][kind].replace('{authority}', authority);
  const fill = (t: string) => t.replace('{what}', what).replace('{reference}', reference).replace('{due}', due);
  const text = fill(template);
  return { title: fill(frame.title), text: text.charAt(0).toUpperCase() + text.slice(1) };
}
