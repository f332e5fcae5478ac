/**
 * What one sentence of a notice says about a processing, besides citations and retention: data categories, data
 * subjects, recipients, sources, a legal basis stated in words, a third-country transfer. Dictionaries are the
 * project's own (sv, da, en); each pattern is a bounded alternation of words, so a sentence costs linear time.
 */
import { isSpecialCategoryName } from '../interpretation/dataCategoryText.js';
import { interpretTransfers } from '../interpretation/transferText.js';
import type { Article6Basis, Article9Condition, DataCategory, ThirdCountryTransfer } from '../processing.js';
import type { ReadLegalBasis } from './documentReading.js';

const NEGATED = /(?<![\p{L}])(?:inte|ikke|not|never|aldrig|ej|må ikke|no)(?![\p{L}])/iu;

/** Category words; the suffix allowance covers inflection ("helbredsoplysningerne", "hälsouppgifter"). */
const CATEGORY_TERMS = [
  'kontaktuppgifter',
  'kontaktinformation',
  'kontaktoplysninger',
  'contact details',
  'identitetsuppgifter',
  'identifikationsoplysninger',
  'identification data',
  'namn',
  'navn',
  'name',
  'personnummer',
  'cpr-nummer',
  'personal identity number',
  'folkbokföringsadress',
  'adress',
  'adresse',
  'address',
  'hjemmeadresse',
  'telefonnummer',
  'mobilnummer',
  'phone number',
  'e-postadress',
  'e-mailadresse',
  'email address',
  'hälsouppgifter',
  'hälsa',
  'helbredsoplysninger',
  'helbredsforhold',
  'health data',
  'health',
  'sygdomsperiode',
  'sygefravær',
  'sjukfrånvaro',
  'sick leave',
  'lægeerklæring',
  'läkarintyg',
  'studieresultat',
  'betyg',
  'uddannelsesbeviser',
  'kursusbeviser',
  'grades',
  'lönuppgifter',
  'löneuppgifter',
  'lønoplysninger',
  'salary',
  'skatteoplysninger',
  'betalningsuppgifter',
  'betalingsoplysninger',
  'bankkontonummer',
  'payment details',
  'fakturainformation',
  'straffeattest',
  'børneattest',
  'belastningsregister',
  'criminal records',
  'fackföreningstillhörighet',
  'fagforeningsmæssige forhold',
  'trade union membership',
  'etniskt ursprung',
  'etnisk oprindelse',
  'ethnic origin',
  'religiös',
  'religion',
  'politisk',
  'political',
  'sexuell läggning',
  'seksuel orientering',
  'sexual orientation',
  'biometriska uppgifter',
  'biometriske data',
  'biometric data',
  'genetiska uppgifter',
  'genetic data',
  'registreringsnummer',
  'profilbillede',
  'billeder',
  'fotos',
  'photos',
  'ip-adresser',
  'ip addresses',
  'pensionsbidrag',
  'arbetstid',
  'arbejdstid',
  'fravær',
  'frånvaro',
];

function alternation(terms: readonly string[]): string {
  return [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/gu, (c) => `\\${c}`).replace(/ /gu, '\\s{1,3}'))
    .join('|');
}

const CATEGORY_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(CATEGORY_TERMS)})\p{L}{0,6}(?![\p{L}])`, 'giu');
const SENSITIVE = /känslig|følsom|sensitive|sygefravær|sygedag|sick leave|lægeerklæring|särskilda kategorier|særlige kategorier|special categor/iu;

export function isSpecialCategory(name: string): boolean {
  return isSpecialCategoryName(name) || SENSITIVE.test(name);
}

/** Categories named in a prose sentence; a negated sentence ("behandler ikke følsomme ...") names none. */
export function categoriesInSentence(sentence: string): DataCategory[] {
  if (NEGATED.test(sentence)) return [];
  const out: DataCategory[] = [];
  for (const m of sentence.matchAll(CATEGORY_RE)) {
    const name = m[0].replace(/\s+/gu, ' ').toLowerCase();
    if (!out.some((c) => c.name === name)) out.push({ name, special: isSpecialCategory(name) });
  }
  for (const m of sentence.matchAll(/(?<![\p{L}])(känsliga personuppgifter|følsomme (?:person)?oplysninger|sensitive personal data)(?![\p{L}])/giu)) {
    const name = m[1]!.toLowerCase();
    if (!out.some((c) => c.name === name)) out.push({ name, special: true });
  }
  return out;
}

/** A list item of a categories section: its head ("cv-information (till exempel bild, ...)" → "cv-information"). */
export function categoryFromItem(item: string): DataCategory | undefined {
  const head = item
    .split(/\s?[(:]/u)[0]!
    .replace(/[.,;]+$/u, '')
    .trim();
  if (!head || head.split(/\s+/u).length > 6) return undefined;
  return { name: head, special: isSpecialCategory(item) };
}

/** Data subjects, each group shown under one name (the plural the notice would use). */
const SUBJECTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:ansøger|ansøgere|ansøgeren|ansøgerne|ansøgerens)$/u, 'ansøgere'],
  [/^(?:ansatte|ansat|medarbejder|medarbejdere|medarbejderen|medarbejderne|medarbejderens|medarbejdernes)$/u, 'ansatte'],
  [/^(?:fratrådte)$/u, 'fratrådte medarbejdere'],
  [/^(?:frivillige|frivillig)$/u, 'frivillige'],
  [/^(?:praktikanter|praktikant|praktikanten)$/u, 'praktikanter'],
  [/^(?:udpegede|udpeget|udpegedes)$/u, 'udpegede'],
  [/^(?:tjenestemænd|tjenestemand|tjenestemanden)$/u, 'tjenestemænd'],
  [/^(?:pårørende)$/u, 'pårørende'],
  [/^(?:borgere|borger|borgerne)$/u, 'borgere'],
  [/^(?:tillidsrepræsentanter|tillidsrepræsentanten|tillidsrepræsentanterne)$/u, 'tillidsrepræsentanter'],
  [/^(?:kandidater|kandidaterne)$/u, 'kandidater'],
  [/^(?:elever|elev|eleverna|eleven)$/u, 'elever'],
  [/^(?:sökande|arbetssökande)$/u, 'sökande'],
  [/^(?:studerande|studenter)$/u, 'studerande'],
  [/^(?:deltagare|deltagarna)$/u, 'deltagare'],
  [/^(?:anställda|anställd|medarbetare|arbetstagare)$/u, 'anställda'],
  [/^(?:medborgare|invånare)$/u, 'medborgare'],
  [/^(?:företagare)$/u, 'företagare'],
  [/^(?:leverantörer|leverantör|leverandører)$/u, 'leverantörer'],
  [/^(?:anbudsgivare)$/u, 'anbudsgivare'],
  [/^(?:vårdnadshavare)$/u, 'vårdnadshavare'],
  [/^(?:applicants|applicant)$/u, 'applicants'],
  [/^(?:employees|employee|staff)$/u, 'employees'],
  [/^(?:volunteers|volunteer)$/u, 'volunteers'],
  [/^(?:trainees|interns)$/u, 'trainees'],
  [/^(?:pupils|students|student|pupil)$/u, 'pupils and students'],
  [/^(?:citizens|residents)$/u, 'residents'],
  [/^(?:relatives|next-of-kin)$/u, 'relatives'],
  [/^(?:suppliers|supplier)$/u, 'suppliers'],
  [/^(?:visitors|visitor)$/u, 'visitors'],
];

/** "De som behandlar dina personuppgifter är anställda vid ...": the staff who process, not the people processed about. */
const PROCESSING_STAFF = /som behandlar dina|der behandler dine|who process your/iu;

export function dataSubjectsInText(text: string): string[] {
  const out: string[] = [];
  if (PROCESSING_STAFF.test(text)) return out;
  for (const m of text.matchAll(/[\p{L}-]{2,40}/gu)) {
    const word = m[0].toLowerCase();
    const hit = SUBJECTS.find(([re]) => re.test(word));
    if (hit && !out.includes(hit[1])) out.push(hit[1]);
  }
  return out;
}

const DISCLOSURE =
  /(?<![\p{L}])(?:lämnas\s{1,3}(?:\p{L}+\s{1,3}){0,3}(?:ut|vidare)|lämnar\s{1,3}(?:\p{L}+\s{1,3}){0,4}ut|delar|delas|överlämnas|skickas|videregives|videregivet|videregiver|videregive|overdrages|overlades|sendes|indberettes|anmeldes|disclosed|shared|share|passed|sent|transferred)(?![\p{L}])/iu;
const RECIPIENT_PREPOSITION = /(?<![\p{L}])(?:till|til|to|with|med)\s{1,3}/iu;
const LIST_INTRO = /(?<![\p{L}])(?:såsom|som till exempel|such as|f\.eks\.|det kan handla om|det kan vara)\s{1,3}/iu;
const OBJECT_END =
  /\s(?:för att|for at|med det formål|med henblik på|in order to|so that|så att|hvis|if|när|når|där|hvor|where|jf\.|i forbindelse med|ved mistanke|via|om|about|efter|after)(?=[\s,]|$)|,\s(?:herunder|hvis|if|när|når|om det|så|such|including)|\s(?:med flera|m\.fl\.|mfl\.|m\.m\.)|[.;:!?](?:\s|$)/iu;
const LEADING_WORD = /^(?:den|det|de|the|en|ett|et|a|an|våra|vores|our|dina|dine|your|andra|andre|other|respektive)\s+/iu;
const NOT_A_RECIPIENT = /^(?:dig|oss|os|you|us|andra|andre|others|dem|them|hinanden|varandra)$/iu;

/** Splits "SKAT, ATP (feriekonto og feriepengeinfo) og pensionsselskaber" at commas and "og"/"och"/"and" outside parentheses. */
export function splitNames(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      out.push(current);
      current = '';
      continue;
    }
    if (depth === 0 && ch === ' ') {
      const rest = /^ (?:och|og|and|samt|eller|or|&) /u.exec(text.slice(i, i + 8));
      // "Universitets- och högskolerådet": the conjunction joins two halves of one name.
      if (rest && !current.endsWith('-')) {
        out.push(current);
        current = '';
        i += rest[0].length - 1;
        continue;
      }
    }
    current += ch;
  }
  out.push(current);
  return out
    .map((s) =>
      s
        .replace(/\s*\((?:om|if|hvis|när|når)\s[^)]{0,120}\)/giu, '')
        .trim()
        .replace(/[.,;]+$/u, '')
        .replace(LEADING_WORD, '')
        .replace(LEADING_WORD, '')
        .trim(),
    )
    .filter((s) => s.length > 1 && s.split(/\s+/u).length <= 8 && !NOT_A_RECIPIENT.test(s));
}

/** Where the object ends: the first end marker outside parentheses ("andra avtalspartner (om det behövs för att ...)"). */
function cutObject(object: string, end: RegExp): string {
  const global = new RegExp(end.source, 'giu');
  for (const m of object.matchAll(global)) {
    const before = object.slice(0, m.index);
    const depth = (before.match(/\(/gu)?.length ?? 0) - (before.match(/\)/gu)?.length ?? 0);
    if (depth <= 0) return object.slice(0, m.index).trim();
  }
  return object.trim();
}

function objectAfter(sentence: string, from: number, preposition: RegExp): string | undefined {
  const rest = sentence.slice(from, from + 400);
  const prep = preposition.exec(rest);
  // The object follows the verb closely: "videregiver lønoplysninger på tillidsrepræsentanterne til de ...".
  if (!prep || prep.index > 90) return undefined;
  let object = rest.slice(prep.index + prep[0].length);
  const intro = LIST_INTRO.exec(object);
  if (intro && intro.index < 40) object = object.slice(intro.index + intro[0].length);
  return cutObject(object, OBJECT_END);
}

/** Recipients a sentence names: "Oplysningerne videregives til SKAT, ATP og pensionsselskaber." */
export function recipientsInSentence(sentence: string, underRecipientsHeading: boolean): string[] {
  const verb = DISCLOSURE.exec(sentence);
  let object = verb ? objectAfter(sentence, verb.index + verb[0].length, RECIPIENT_PREPOSITION) : undefined;
  if (object === undefined && underRecipientsHeading) {
    const intro = LIST_INTRO.exec(sentence);
    if (intro) {
      object = cutObject(sentence.slice(intro.index + intro[0].length), OBJECT_END);
    }
  }
  return object ? splitNames(object) : [];
}

const SOURCE_VERB =
  /(?<![\p{L}])(?:hämtar|hämtas|får|inhämtar|inhämtas|samlar in|modtager|modtages|indhenter|indhentes|henter|receive|receives|obtain|obtains|collect|get)(?![\p{L}])/iu;
const SOURCE_PREPOSITION = /(?<![\p{L}])(?:från|fra|from)\s{1,3}/iu;
const SOURCE_END = /\s(?:och vi|og vi|and we|på den|om den|on the|som|hvis|if|när|når|for at|för att|to|efter|after|enligt|jf\.)(?=[\s,]|$)|[.;:!?,](?:\s|$)/iu;
/** "samtykke fra ansøgeren": consent is asked of the person, the data does not come from a source there. */
const CONSENT_FROM = /samtykke|samtycke|consent/iu;

/** Sources (Art. 14): "vi hämtar din folkbokföringsadress från Skatteverkets folkbokföringsregister". */
export function sourcesInSentence(sentence: string): string[] {
  const verb = SOURCE_VERB.exec(sentence);
  if (!verb) return [];
  const rest = sentence.slice(verb.index + verb[0].length, verb.index + 400);
  const prep = SOURCE_PREPOSITION.exec(rest);
  if (!prep || prep.index > 90 || CONSENT_FROM.test(rest.slice(0, prep.index))) return [];
  return splitNames(cutObject(rest.slice(prep.index + prep[0].length), SOURCE_END));
}

/** A legal basis stated in words needs a cue that the sentence is about the basis at all. */
const BASIS_CUE = /nödvändig|nødvendig|necessary|rättslig grund|laglig grund|retsgrundlag|legal basis|lawful basis|med stöd av|on the basis of/iu;
const VERBAL_ARTICLE_6: ReadonlyArray<readonly [RegExp, Article6Basis]> = [
  [/(?<![\p{L}])(?:samtycke|samtykke|consent)(?![\p{L}])/iu, 'consent'],
  [
    /fullgöra ett avtal|ingå avtal|innan ett avtal|opfyldelse af en (?:kontrakt|aftale)|opfylde en (?:kontrakt|aftale)|performance of a contract|perform a contract/iu,
    'contract',
  ],
  [/rättslig förpliktelse|rättslig skyldighet|retlig forpligtelse|legal obligation/iu, 'legalObligation'],
  [/grundläggande intresse|vitale interesser|vital interest/iu, 'vitalInterests'],
  [/allmänt intresse|myndighetsutövning|myndighedsudøvelse|samfundets interesse|public interest|official authority/iu, 'publicTask'],
  [/berättigat intresse|berättigade intressen|legitime? interesse|legitimate interest/iu, 'legitimateInterests'],
];
const VERBAL_ARTICLE_9: ReadonlyArray<readonly [RegExp, Article9Condition]> = [
  [/uttryckligt samtycke|udtrykkeligt samtykke|explicit consent/iu, 'explicitConsent'],
  [/arbetsrätt|arbejdsret|employment law|social trygghet|social security/iu, 'employmentAndSocialSecurity'],
  [/rättsliga anspråk|retskrav|legal claims/iu, 'legalClaims'],
];

export function verbalLegalBasis(sentence: string): ReadLegalBasis | undefined {
  if (!BASIS_CUE.test(sentence)) return undefined;
  const article9 = VERBAL_ARTICLE_9.filter(([re]) => re.test(sentence)).map(([, c]) => c);
  const article6 = VERBAL_ARTICLE_6.filter(([re]) => re.test(sentence))
    .map(([, b]) => b)
    // "Uttryckligt samtycke" is the Art. 9(2)(a) condition, not a separate Art. 6 consent.
    .filter((b) => !(b === 'consent' && article9.includes('explicitConsent')));
  if (article6.length === 0 && article9.length === 0) return undefined;
  return { article6, article9, article10: false };
}

const TRANSFER_CUE = /tredjeland|tredje land|third countr|utanför (?:eu|ees|eu\/ees)|uden for (?:eu|eøs)|outside the (?:eu|eea)/iu;

export function transfersInSentence(sentence: string): ThirdCountryTransfer[] {
  if (!TRANSFER_CUE.test(sentence) || NEGATED.test(sentence)) return [];
  return interpretTransfers(sentence);
}
