import { addDays, type PlainDate } from './plainDate.js';

// Kept by hand, not from a holiday library: which days close a municipal deadline (incl. the customary eves and
// grundlovsdag) follows Swedish and Danish deadline law, not a general holiday list, and must be reviewable here.
export type Country = 'SE' | 'DK';

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Saturday in [from, from + 6]: midsommardagen (20–26 June), alla helgons dag (31 Oct–6 Nov). */
function saturdayFrom(from: PlainDate): PlainDate {
  for (let i = 0; i < 7; i++) {
    const date = addDays(from, i);
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 6) return date;
  }
  return from;
}

/**
 * Swedish public holidays, plus midsommarafton, julafton and nyårsafton: lag (1930:173) om beräkning av
 * lagstadgad tid treats those like Sundays, so a deadline on them moves too.
 */
function swedish(year: number): [PlainDate, string][] {
  const easter = easterSunday(year);
  const midsummer = saturdayFrom(`${year}-06-20`);
  return [
    [`${year}-01-01`, 'Nyårsdagen'],
    [`${year}-01-06`, 'Trettondedag jul'],
    [addDays(easter, -2), 'Långfredagen'],
    [easter, 'Påskdagen'],
    [addDays(easter, 1), 'Annandag påsk'],
    [`${year}-05-01`, 'Första maj'],
    [addDays(easter, 39), 'Kristi himmelsfärdsdag'],
    [addDays(easter, 49), 'Pingstdagen'],
    [`${year}-06-06`, 'Sveriges nationaldag'],
    [addDays(midsummer, -1), 'Midsommarafton'],
    [midsummer, 'Midsommardagen'],
    [saturdayFrom(`${year}-10-31`), 'Alla helgons dag'],
    [`${year}-12-24`, 'Julafton'],
    [`${year}-12-25`, 'Juldagen'],
    [`${year}-12-26`, 'Annandag jul'],
    [`${year}-12-31`, 'Nyårsafton'],
  ];
}

/**
 * Danish helligdage, and the days public offices are closed (grundlovsdag, juleaftensdag, nytårsaftensdag).
 * Store bededag was abolished from 2024.
 */
function danish(year: number): [PlainDate, string][] {
  const easter = easterSunday(year);
  const days: [PlainDate, string][] = [
    [`${year}-01-01`, 'Nytårsdag'],
    [addDays(easter, -3), 'Skærtorsdag'],
    [addDays(easter, -2), 'Langfredag'],
    [easter, 'Påskedag'],
    [addDays(easter, 1), '2. påskedag'],
    [addDays(easter, 39), 'Kristi himmelfartsdag'],
    [addDays(easter, 49), 'Pinsedag'],
    [addDays(easter, 50), '2. pinsedag'],
    [`${year}-06-05`, 'Grundlovsdag'],
    [`${year}-12-24`, 'Juleaftensdag'],
    [`${year}-12-25`, 'Juledag'],
    [`${year}-12-26`, '2. juledag'],
    [`${year}-12-31`, 'Nytårsaftensdag'],
  ];
  if (year <= 2023) days.push([addDays(easter, 26), 'Store bededag']);
  return days;
}

const cache = new Map<string, Map<PlainDate, string>>();

/** Holidays of a country and year, by date, with their names; computed once per year. */
export function holidays(country: Country, year: number): Map<PlainDate, string> {
  const key = `${country}${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Map(country === 'SE' ? swedish(year) : danish(year));
    cache.set(key, days);
  }
  return days;
}
