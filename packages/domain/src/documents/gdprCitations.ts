/**
 * GDPR article citations as Swedish, Danish and English texts write them:
 *   sv "artikel 6.1 e", "art. 6.1 c och e", "artikel 9.2 h"
 *   da "artikel 6, stk. 1, litra e", "art. 9, stk. 2, lit. b", "artikel 6, stk. 1, litra a og 6, stk. 1, litra e"
 *   en "Article 6(1)(e)", "Art. 9(2)(h)", "Article 6(1)(b) and (c)"
 * and bare "artikel 10" / "Art. 10". A hand-written scanner rather than one large pattern: each step is a sticky,
 * bounded regex at a known position, so no input can make it backtrack, and "jf."-chains ("artikel 9, stk. 2,
 * litra f, jf. artikel 6, stk. 1, litra e") simply yield one citation per article.
 */
import type { Language } from '../language.js';
import { ARTICLE_6_BASES, ARTICLE_9_CONDITIONS } from '../processing.js';
import type { ReadLegalBasis } from './documentReading.js';

export interface GdprCitation {
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  article: number;
  /** The paragraph ("stk.", "(1)", ".1"); absent when the article is cited whole. */
  paragraph?: number;
  /** Points ("litra", "(e)", " e") in order of appearance, lower case. */
  points: string[];
}

const ARTICLE_KEYWORD = /(?<![\p{L}\p{N}])(?:artikel|artiklerne|artiklarna|article|articles|art\.?)(?=\s{0,3}\d)/giu;
const NUMBER = /\s{0,3}(\d{1,2})(?![\d])/y;
const EN_PARAGRAPH = /\s?\((\d{1,2})\)/y;
const PAREN_POINT = /\s?\(([a-j])\)/y;
const EN_MORE_POINTS = /(?:\s{0,2},\s{0,2}|\s{1,3}(?:and|or|och|og|eller)\s{1,3})\(([a-j])\)/y;
const SV_PARAGRAPH = /\.(\d{1,2})(?!\d)/y;
const SV_POINT = /(?:\s{1,3}|\.\s?)?([a-j])(?![\p{L}\p{N}])/uy;
const SV_MORE_POINTS = /(?:\s{0,2},\s{0,2}|\s{1,3}(?:och|eller|samt|and|or|og)\s{1,3})([a-j])(?![\p{L}\p{N}(])/uy;
const DA_PARAGRAPH = /,?\s{0,3}stk\.?\s{0,3}(\d{1,2})(?!\d)/uy;
const DA_POINT = /,?\s{0,3}(?:litra|lit\.?)\s{0,3}([a-j])(?![\p{L}\p{N}])/uy;
const DA_MORE_POINTS = /(?:\s{0,2},\s{0,2}|\s{1,3}(?:og|eller|samt|and|or|och)\s{1,3})(?:(?:litra|lit\.?)\s{0,3})?([a-j])(?![\p{L}\p{N}])/uy;
/** "… litra a og 6, stk. 1, litra e": a further article named by its number only, in the same style. */
const CHAINED_ARTICLE = /(?:\s{0,2},\s{0,2}|\s{1,3}(?:og|och|and|samt|eller|or)\s{1,3})(\d{1,2})(?=,?\s{0,3}stk\.|\.\d|\s?\(\d)/uy;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function morePoints(re: RegExp, text: string, at: number, points: string[]): number {
  let pos = at;
  // Bounded: a citation lists at most the six Art. 6 points or the ten Art. 9 ones.
  for (let i = 0; i < 10; i++) {
    const m = sticky(re, text, pos);
    if (!m) break;
    points.push(m[1]!.toLowerCase());
    pos = re.lastIndex;
  }
  return pos;
}

/**
 * The three ways of writing paragraph and points: "(1)(e)", ".1 e" / ".1(e)", ", stk. 1, litra e". Each names the
 * paragraph pattern and, in order of preference, a first-point pattern with the pattern for further points.
 */
const STYLES: ReadonlyArray<{ paragraph: RegExp; points: ReadonlyArray<readonly [RegExp, RegExp]> }> = [
  { paragraph: EN_PARAGRAPH, points: [[PAREN_POINT, EN_MORE_POINTS]] },
  {
    paragraph: SV_PARAGRAPH,
    points: [
      [PAREN_POINT, EN_MORE_POINTS],
      [SV_POINT, SV_MORE_POINTS],
    ],
  },
  { paragraph: DA_PARAGRAPH, points: [[DA_POINT, DA_MORE_POINTS]] },
];

/** Reads paragraph and points after an article number; returns the end offset. */
function readTail(text: string, at: number, citation: GdprCitation): number {
  for (const style of STYLES) {
    const m = sticky(style.paragraph, text, at);
    if (!m) continue;
    citation.paragraph = Number(m[1]);
    const pos = style.paragraph.lastIndex;
    for (const [pointRe, moreRe] of style.points) {
      const point = sticky(pointRe, text, pos);
      if (!point) continue;
      citation.points.push(point[1]!.toLowerCase());
      return morePoints(moreRe, text, pointRe.lastIndex, citation.points);
    }
    return pos;
  }
  return at;
}

/** Every GDPR article citation in `text`, in order of appearance. */
export function findGdprCitations(text: string): GdprCitation[] {
  const out: GdprCitation[] = [];
  ARTICLE_KEYWORD.lastIndex = 0;
  for (let k = ARTICLE_KEYWORD.exec(text); k; k = ARTICLE_KEYWORD.exec(text)) {
    let pos = ARTICLE_KEYWORD.lastIndex;
    let start = k.index;
    // Chained articles without their keyword; bounded so a pathological run cannot loop long.
    for (let chain = 0; chain < 8; chain++) {
      const n = sticky(NUMBER, text, pos);
      if (!n) break;
      const citation: GdprCitation = { start, end: 0, article: Number(n[1]), points: [] };
      pos = readTail(text, NUMBER.lastIndex, citation);
      citation.end = pos;
      out.push(citation);
      const chained = sticky(CHAINED_ARTICLE, text, pos);
      if (!chained || citation.paragraph === undefined) break;
      start = chained.index + chained[0].length - chained[1]!.length;
      pos = start;
    }
    ARTICLE_KEYWORD.lastIndex = Math.max(pos, ARTICLE_KEYWORD.lastIndex);
  }
  return out;
}

const POINTS = 'abcdefghij';

/** The Art. 6/9/10 grounds the citations name; other articles (5, 14, ...) are not legal bases and are left out. */
export function legalBasisFromCitations(citations: readonly GdprCitation[]): ReadLegalBasis {
  const article6 = new Set<ReadLegalBasis['article6'][number]>();
  const article9 = new Set<ReadLegalBasis['article9'][number]>();
  let article10 = false;
  for (const c of citations) {
    if (c.article === 10) article10 = true;
    if (c.article === 6 && (c.paragraph === undefined || c.paragraph === 1)) {
      for (const p of c.points) {
        const basis = ARTICLE_6_BASES[POINTS.indexOf(p)];
        if (basis) article6.add(basis);
      }
    }
    if (c.article === 9 && (c.paragraph === undefined || c.paragraph === 2)) {
      for (const p of c.points) {
        const condition = ARTICLE_9_CONDITIONS[POINTS.indexOf(p)];
        if (condition) article9.add(condition);
      }
    }
  }
  return { article6: [...article6], article9: [...article9], article10 };
}

/** Whether a citation names a legal ground at all (Art. 6(1), 9(2) or 10). */
export function isLegalBasisCitation(c: GdprCitation): boolean {
  if (c.article === 10) return true;
  if (c.article === 6) return (c.paragraph === undefined || c.paragraph === 1) && c.points.some((p) => POINTS.indexOf(p) < 6);
  if (c.article === 9) return (c.paragraph === undefined || c.paragraph === 2) && c.points.length > 0;
  return false;
}

/** A citation in the reader's own style: "artikel 6.1 e", "artikel 6, stk. 1, litra e", "Article 6(1)(e)". */
export function formatGdprCitation(article: number, paragraph: number | undefined, point: string | undefined, language: Language): string {
  if (paragraph === undefined) return language === 'en' ? `Article ${article}` : `artikel ${article}`;
  if (language === 'sv') return `artikel ${article}.${paragraph}${point ? ` ${point}` : ''}`;
  if (language === 'da') return `artikel ${article}, stk. ${paragraph}${point ? `, litra ${point}` : ''}`;
  return `Article ${article}(${paragraph})${point ? `(${point})` : ''}`;
}

export function article6Point(basis: ReadLegalBasis['article6'][number]): string {
  return POINTS[ARTICLE_6_BASES.indexOf(basis)]!;
}

export function article9Point(condition: ReadLegalBasis['article9'][number]): string {
  return POINTS[ARTICLE_9_CONDITIONS.indexOf(condition)]!;
}
