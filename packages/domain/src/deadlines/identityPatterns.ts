/**
 * Recognises text that identifies a person, so case fields can refuse it before it is stored. Deliberately
 * over-eager: a case number never needs eight digits in a row or an @, and a refused note costs a retype, while a
 * stored personnummer in a whistleblower case cannot be taken back.
 */
export const IDENTITY_KINDS = ['personnummer', 'samordningsnummer', 'cpr', 'email', 'phone'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Luhn over the ten digits YYMMDDNNNC, as Skatteverket computes the check digit. */
function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Any century: the two-digit form hides it, and 29 February only needs some leap year to exist. */
function validYyMmDd(yy: number, month: number, day: number, century?: number): boolean {
  if (century !== undefined) return isValidDate(century * 100 + yy, month, day);
  return isValidDate(2000 + yy, month, day) || isValidDate(1900 + yy, month, day) || (month === 2 && day === 29 && yy === 0);
}

// Digit look-arounds rather than \b: "nr800101-1234" glued to a word is still a personnummer.
const SWEDISH = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})(?!\d)/g;
const DANISH = /(?<!\d)(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?!\d)/g;
const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}/;
/** Runs of digits joined by single spaces, hyphens, dots or a parenthesised area code, with an optional + prefix. */
const PHONE = /(?<![\d])(?:\+|00)?\(?\d[\d\s().-]{5,}\d(?!\d)/g;
const ISO_DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;

function swedishKind(text: string): IdentityKind | undefined {
  for (const m of text.matchAll(SWEDISH)) {
    const [, cc, yy, mm, dd, tail] = m;
    const ten = `${yy}${mm}${dd}${tail}`;
    if (!luhnValid(ten)) continue;
    const day = Number(dd);
    const century = cc === undefined ? undefined : Number(cc);
    if (validYyMmDd(Number(yy), Number(mm), day, century)) return 'personnummer';
    if (day > 60 && validYyMmDd(Number(yy), Number(mm), day - 60, century)) return 'samordningsnummer';
  }
  return undefined;
}

/** CPR numbers issued since 2007 need not satisfy modulus 11, so a valid birth date is the whole test. */
function danishKind(text: string): IdentityKind | undefined {
  for (const m of text.matchAll(DANISH)) {
    const [, dd, mm, yy] = m;
    if (validYyMmDd(Number(yy), Number(mm), Number(dd))) return 'cpr';
  }
  return undefined;
}

function phoneKind(text: string): IdentityKind | undefined {
  // A date written 2026-09-01 has eight digits too; it is not a phone number and case notes may need one.
  const withoutDates = text.replace(ISO_DATE, ' # ');
  for (const m of withoutDates.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 8 && digits <= 15) return 'phone';
  }
  return undefined;
}

/** The first kind of personal identifier found in the text, if any. */
export function findIdentity(text: string): IdentityKind | undefined {
  if (!text) return undefined;
  return swedishKind(text) ?? danishKind(text) ?? (EMAIL.test(text) ? 'email' : undefined) ?? phoneKind(text);
}
