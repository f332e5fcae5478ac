import { DEADLINE_KINDS, type DeadlineKind } from '@prt/domain/deadlines/caseDeadlines';
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
  return reminderTexts(timeZone, authority)(language, kind, slot, reference, dueAt);
}

export type ReminderTexts = (language: Language, kind: DeadlineKind, slot: string, reference: string, dueAt: string) => { title: string; text: string };

/**
 * `reminderText` for one tenant's zone and authority, remembering each text but its case reference: a first sweep's
 * 160k reminders share a few thousand (per due instant, language, kind and slot type), and filling each template
 * afresh (nine string replacements, a key string per look-up) was a sixth of that sweep's allocations.
 */
export function reminderTexts(timeZone: string, authority = 'IMY'): ReminderTexts {
  const byDueAt = new Map<string, (Framed | undefined)[]>();
  return (language, kind, slot, reference, dueAt) => {
    const template = slot.startsWith('before') ? 0 : slot === 'at' ? 1 : 2;
    let frames = byDueAt.get(dueAt);
    if (!frames) byDueAt.set(dueAt, (frames = []));
    const index = (LANGUAGE_INDEX[language] * TEMPLATES.length + template) * KINDS.length + KIND_INDEX[kind];
    const frame = (frames[index] ??= framed(language, kind, TEMPLATES[template], dueAt, timeZone, authority));
    // The reference goes in as it is: String.replace would have read `$&` in it as a pattern.
    return { title: frame.title[0] + reference + frame.title[1], text: frame.text[0] + reference + frame.text[1] };
  };
}

const TEMPLATES = ['before', 'at', 'overdue'] as const;
const LANGUAGE_INDEX: Record<Language, number> = { sv: 0, da: 1, en: 2 };
const KINDS = DEADLINE_KINDS;
const KIND_INDEX = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<DeadlineKind, number>;

/** A text with everything but the case reference filled in: what comes before it and what after. */
interface Framed {
  title: readonly [string, string];
  text: readonly [string, string];
}

function framed(language: Language, kind: DeadlineKind, template: (typeof TEMPLATES)[number], dueAt: string, timeZone: string, authority: string): Framed {
  const due = formattedDue(LOCALES[language], timeZone, kind === 'breach.notifyAuthority', dueAt);
  const f = FRAME[language];
  const what = KIND_TEXT[language][kind].replace('{authority}', authority);
  const fill = (t: string) => t.replace('{what}', what).replace('{due}', due);
  const text = fill(f[template]);
  return { title: around(fill(f.title)), text: around(text.charAt(0).toUpperCase() + text.slice(1)) };
}

/** Every template holds `{reference}` once, after its first character (which is capitalised). */
function around(text: string): readonly [string, string] {
  const at = text.indexOf('{reference}');
  return [text.slice(0, at), text.slice(at + '{reference}'.length)];
}
