/**
 * Retention as prose states it: "opbevares i 5 år efter ophør som frivillig", "gallras två år efter att ärendet
 * avslutats", "bevaras", "kept for 30 days after the meeting". The period and the permanent-preservation flag come
 * from interpretation/retentionText (the same reading as register cells); this adds the sentence test and the
 * starting event.
 */
import { interpretRetention } from '../interpretation/retentionText.js';
import type { ReadRetention } from './documentReading.js';

const RETENTION_VERB =
  /(?<![\p{L}])(?:gallras|gallra|gallring|raderas|raderar|rensas|sparas|sparar|bevaras|bevara|lagras|arkiveras|förvaras|opbevares|opbevarer|opbevare|opbevaret|slettes|sletter|gemmes|gemmer|gemt|lagret|anonymiseres|makuleres|bevares|lagres|arkiveres|journaliseres|retained|retain|kept|keep|deleted|erased|stored|archived|anonymised|anonymized|destroyed)(?![\p{L}])/iu;
const DURATION = /(?<![\p{L}])(?:så länge|så længe|as long as|indtil|tills|until)(?![\p{L}])/iu;
const NEGATED = /(?<![\p{L}])(?:inte|ikke|not|never|aldrig|ej)(?![\p{L}])/iu;
const UNIT = String.raw`(?:dagar|dage|dagen|dag|days?|veckor|vecka|uger|uge|weeks?|månader|måneder|måned|månad|months?|året|år|years?)`;
const AMOUNT = String.raw`(?:\d{1,4}|en|ett|et|one|två|to|two|tre|three|fyra|fire|four|fem|five|sex|seks|six|sju|syv|seven|åtta|otte|eight|nio|ni|nine|tio|ti|ten|tolv|twelve)`;
const EVENT = new RegExp(
  String.raw`(?<![\p{L}])${AMOUNT}\s{1,3}${UNIT}\s{1,3}(?:efter|från|fra|after|from)\s{1,3}(?:att\s{1,3}|at\s{1,3}|that\s{1,3}|the\s{1,3})?([^,.;:()\n]{2,160})`,
  'iu',
);
const MAX_EVENT_WORDS = 10;

/**
 * Reads a sentence as retention when it says that data is kept or deleted and gives a period, a "so long as" or
 * permanent preservation. Under a retention heading the verb alone suffices ("Sådana uppgifter raderar vi löpande").
 */
export function readRetentionSentence(sentence: string, underRetentionHeading: boolean): ReadRetention | undefined {
  if (!RETENTION_VERB.test(sentence)) return undefined;
  const retention = interpretRetention(sentence);
  const hasDuration = DURATION.test(sentence);
  if (retention.periods.length === 0 && !retention.preserved && !hasDuration && !underRetentionHeading) return undefined;
  // "Oplysningerne bliver ikke opbevaret længere, end det er nødvendigt" states a principle, not a period.
  if (retention.periods.length === 0 && !hasDuration && NEGATED.test(sentence) && !underRetentionHeading) return undefined;
  const event = EVENT.exec(sentence);
  const startingEvent = event ? trimEvent(event[1]!) : undefined;
  return { text: retention.text, periods: retention.periods, preserved: retention.preserved, ...(startingEvent ? { startingEvent } : {}) };
}

function trimEvent(raw: string): string | undefined {
  const words = raw
    .trim()
    .split(/\s+/u)
    .slice(0, MAX_EVENT_WORDS)
    .join(' ')
    .replace(/\s+(?:jf|og|och|and|samt)$/iu, '');
  return words.length > 1 ? words : undefined;
}
