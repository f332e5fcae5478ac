/**
 * National-law references as Swedish, Danish and English texts make them:
 *   sv "2 kap. 2 § dataskyddslagen", "3 kap. 3 § lagen (2018:218)", "offentlighets- och sekretesslagen (2009:400)"
 *   da "databeskyttelseslovens § 11", "§ 12, stk. 1 i databeskyttelsesloven", "Forvaltningsloven § 29",
 *      "helbredsoplysningsloven §§ 2-5", "Lov om indhentelse af børneattest", "bekendtgørelse nr. 36"
 *   en "section 22 of the Whistleblower Act", "Chapter 2, Section 2 of the Data Protection Act (2018:218)"
 * Acts are found word by word (a word ending in -lagen/-loven/-lovens, "Act" after capitalised words), then the
 * provision is read with bounded, anchored patterns just before or after it, so the scan stays linear.
 */
import type { ReadNationalLaw } from './documentReading.js';

export interface NationalLawCitation {
  start: number;
  end: number;
  law: ReadNationalLaw;
}

/** SFS numbers of the Swedish acts a municipality's notices cite most, for a display name and the reverse. */
const SFS_ACTS: Readonly<Record<string, string>> = {
  '2018:218': 'dataskyddslagen',
  '2009:400': 'offentlighets- och sekretesslagen',
  '1990:782': 'arkivlagen',
  '2017:725': 'kommunallagen',
  '2017:900': 'förvaltningslagen',
  '2010:800': 'skollagen',
  '2001:453': 'socialtjänstlagen',
  '2025:400': 'socialtjänstlagen',
  '1982:80': 'lagen om anställningsskydd',
  '2021:890': 'lagen om skydd för personer som rapporterar om missförhållanden',
  '2001:454': 'socialtjänstförordningen',
};
const ACT_SFS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SFS_ACTS).map(([sfs, act]) => [act, sfs]));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]{0,80}/gu;
const DA_ACT_WORD = /^[\p{L}][\p{L}-]{1,80}lov(?:en|ens)$/iu;
const SV_ACT_WORD = /^[\p{L}][\p{L}-]{1,80}lag(?:en|ens)$/iu;

/** "§ 11", "§ 11, stk. 1", "§§ 2-5", "§2d, stk. 1", "§ 12, stk. 1 eller stk. 2", "§ 3, stk. 3, nr. 4". */
const LETTER = String.raw`(?:\s?[a-z](?![\p{L}]))?`;
const DA_PROVISION_SRC = String.raw`§§?\s{0,2}\d{1,3}${LETTER}(?:\s{0,2}-\s{0,2}\d{1,3}${LETTER})?(?:,?\s{1,2}(?:stk\.|nr\.)\s{0,2}\d{1,2}${LETTER}|\s(?:og|eller)\sstk\.\s{0,2}\d{1,2}){0,4}`;
const DA_PROVISION_AFTER = new RegExp(String.raw`\s{0,3}(${DA_PROVISION_SRC})`, 'uy');
const DA_MORE_PROVISIONS = new RegExp(String.raw`(?:,\s{0,2}|\s{1,3}og\s{1,3}|\s{1,3}eller\s{1,3})(${DA_PROVISION_SRC})`, 'uy');
const DA_PROVISION_BEFORE = new RegExp(String.raw`(${DA_PROVISION_SRC})\s{1,3}i\s{1,3}$`, 'u');
/** "2 kap. 2 §", "3 kap. 3 § första stycket", "26 §", "7 a §", "2 kap. 2 § i". */
const SV_PROVISION_BEFORE =
  /((?:\d{1,2}\s?kap\.\s{0,3})?\d{1,3}\s?[a-z]?\s?§(?:\s{1,3}(?:första|andra|tredje|fjärde|femte|sjätte|\d{1,2})\s{1,3}(?:stycket|st\.))?(?:\s{1,3}(?:punkt|p\.)\s{0,2}\d{1,2})?)\s{1,3}(?:i\s{1,3})?$/u;
const SFS_AFTER = /\s{0,3}\((\d{4}:\d{1,4})\)/y;
const SV_JOINED_ACT_BEFORE = /([\p{L}]{2,40}-\s{1,3}och\s{1,3})$/u;
const SV_SFS_ACT = /(?<![\p{L}])(lagen|lag|förordningen|förordning)\s{0,3}\((\d{4}:\d{1,4})\)/giu;
const DA_TITLED_ACT = /(?<![\p{L}])(lov|loven|lovbekendtgørelse)\s{1,3}om\s{1,3}([\p{L}\p{N}-]+(?:\s{1,3}[\p{L}\p{N}-]+){0,11})/giu;
const DA_TITLE_END = /\s(?:og|samt|eller|jf\.?|mv\.?|m\.v\.?|med videre|med\s+flere)(?:\s|$)|\s?§|,/u;
const DA_NOTICE = /(?<![\p{L}])(bekendtgørelse|bkg\.?|lbk\.?)\s{1,3}nr\.?\s{0,3}(\d{1,5})(\s{1,3}af\s{1,3}\d{1,2}\.\s{0,2}\p{L}{3,10}\s{1,3}\d{4})?/giu;
const EN_ACT = /((?:[\p{Lu}][\p{L}-]{1,40}\s{1,3}(?:(?:and|of|on|to|for|the)\s{1,3})?){1,7})Act(?![\p{L}])/gu;
const EN_PROVISION_BEFORE = /((?:chapter\s{1,3}\d{1,2},?\s{1,3})?section\s{1,3}\d{1,3}[a-z]?(?:\(\d{1,2}\))?)\s{1,3}of\s{1,3}(?:the\s{1,3})?$/iu;
/** Words that end like an act but are the GDPR or a field of law, not a national act. */
// "orloven" is "the leave" (orlov), not an act.
const NOT_AN_ACT = /forordning|förordning|lovgivning|lagstiftning|lagrum|^(?:barsels|forældre)?orlov/iu;

function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/§(?=\d)/gu, '§ ')
    .replace(/§§(?=\d)/gu, '§§ ')
    .trim();
}

/** Base form of a Nordic act name: lower case, genitive s dropped ("Databeskyttelseslovens" → "databeskyttelsesloven"). */
export function actBaseForm(act: string): string {
  const lower = act.trim().replace(/\s+/gu, ' ').toLowerCase();
  return lower.replace(/(loven|lagen)s$/u, '$1');
}

function danishLaw(act: string, provision: string): ReadNationalLaw {
  return { act, provision, text: provision ? `${act} ${provision}` : act };
}

function swedishLaw(act: string, provision: string, sfs: string | undefined): ReadNationalLaw {
  const number = sfs ?? ACT_SFS[act];
  const named = number ? `${act} (${number})` : act;
  return { act, provision, text: provision ? `${provision} ${named}` : named };
}

function overlaps(found: NationalLawCitation[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

export function findNationalLawCitations(text: string): NationalLawCitation[] {
  const found: NationalLawCitation[] = [];
  const add = (start: number, end: number, law: ReadNationalLaw) => found.push({ start, end, law });

  // Swedish acts named by SFS number ("lagen (2018:218) med kompletterande bestämmelser ...").
  for (const m of text.matchAll(SV_SFS_ACT)) {
    const start = m.index;
    const end = start + m[0].length;
    const sfs = m[2]!;
    const before = SV_PROVISION_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    const act = SFS_ACTS[sfs] ?? `${m[1]!.toLowerCase()} (${sfs})`;
    add(before ? start - before[0].length : start, end, swedishLaw(act, before ? tidy(before[1]!) : '', sfs));
  }

  for (const w of text.matchAll(WORD)) {
    const word = w[0];
    const start = w.index;
    const end = start + word.length;
    if (NOT_AN_ACT.test(word) || overlaps(found, start, end)) continue;
    if (DA_ACT_WORD.test(word)) {
      const act = actBaseForm(word);
      const provisions: string[] = [];
      let stop = end;
      DA_PROVISION_AFTER.lastIndex = end;
      const after = DA_PROVISION_AFTER.exec(text);
      if (after) {
        provisions.push(tidy(after[1]!));
        stop = DA_PROVISION_AFTER.lastIndex;
        for (let i = 0; i < 8; i++) {
          DA_MORE_PROVISIONS.lastIndex = stop;
          const more = DA_MORE_PROVISIONS.exec(text);
          if (!more) break;
          provisions.push(tidy(more[1]!));
          stop = DA_MORE_PROVISIONS.lastIndex;
        }
      }
      let first = start;
      if (provisions.length === 0) {
        const before = DA_PROVISION_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
        if (before) {
          provisions.push(tidy(before[1]!));
          first = start - before[0].length;
        }
      }
      if (provisions.length === 0) add(start, end, danishLaw(act, ''));
      else for (const p of provisions) add(first, stop, danishLaw(act, p));
      continue;
    }
    if (SV_ACT_WORD.test(word)) {
      let act = actBaseForm(word);
      let first = start;
      const joined = SV_JOINED_ACT_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
      if (joined) {
        act = actBaseForm(`${joined[1]!}${word}`);
        first = start - joined[0].length;
      }
      SFS_AFTER.lastIndex = end;
      const sfs = SFS_AFTER.exec(text);
      const stop = sfs ? SFS_AFTER.lastIndex : end;
      const before = SV_PROVISION_BEFORE.exec(text.slice(Math.max(0, first - 60), first));
      add(before ? first - before[0].length : first, stop, swedishLaw(act, before ? tidy(before[1]!) : '', sfs?.[1]));
    }
  }

  for (const m of text.matchAll(DA_TITLED_ACT)) {
    if (overlaps(found, m.index, m.index + m[0].length)) continue;
    const title = m[2]!;
    const cut = DA_TITLE_END.exec(title);
    const name = (cut ? title.slice(0, cut.index) : title).replace(/[.\s]+$/u, '');
    const end = m.index + m[0].length - title.length + name.length;
    const act = `lov om ${name}`.toLowerCase();
    const tail = text.slice(end, end + 20);
    const mv = /^\s{0,2}(?:mv\.|m\.v\.|med videre)/u.exec(tail);
    DA_PROVISION_AFTER.lastIndex = end + (mv ? mv[0].length : 0);
    const provision = DA_PROVISION_AFTER.exec(text);
    add(m.index, provision ? DA_PROVISION_AFTER.lastIndex : end, danishLaw(act, provision ? tidy(provision[1]!) : ''));
  }

  for (const m of text.matchAll(DA_NOTICE)) {
    if (overlaps(found, m.index, m.index + m[0].length)) continue;
    const act = tidy(`bekendtgørelse nr. ${m[2]!}${m[3] ?? ''}`);
    add(m.index, m.index + m[0].length, danishLaw(act, ''));
  }

  for (const m of text.matchAll(EN_ACT)) {
    const name = m[1]!.trim().replace(/^(?:The|the)\s+/u, '');
    if (!name || overlaps(found, m.index, m.index + m[0].length)) continue;
    const act = `${name} Act`;
    const start = m.index + m[0].indexOf(m[1]!.trim());
    const end = m.index + m[0].length;
    SFS_AFTER.lastIndex = end;
    const sfs = SFS_AFTER.exec(text);
    const before = EN_PROVISION_BEFORE.exec(text.slice(Math.max(0, start - 70), start));
    const provision = before ? tidy(before[1]!) : '';
    const named = sfs ? `${act} (${sfs[1]!})` : act;
    add(before ? start - before[0].length : start, sfs ? SFS_AFTER.lastIndex : end, {
      act,
      provision,
      text: provision ? `${provision} of the ${named}` : named,
    });
  }

  return found.sort((a, b) => a.start - b.start);
}
