import { createRequire } from 'node:module';
import type { Page, Response } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Fluent's focus trap (tabster) puts invisible, focusable "dummy" sentinels around dialogs and drawers; axe reports
 * them as focusable content inside aria-hidden. They are Fluent's own, so they are the one named exception.
 */
export const KNOWN_AXE_EXCEPTION = '[data-tabster-dummy]';

/** Runs axe-core (injected from its own pinned source) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async (exception) => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.filter((n) => !n.target.some((t) => document.querySelector(String(t))?.matches(exception))).map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.targets.length > 0);
  }, KNOWN_AXE_EXCEPTION);
  return violations;
}

/** How far the page scrolls sideways beyond the viewport; 0 when nothing does. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

/**
 * Collects the developer English of every failed API answer (the problem's `detail` and each field's `detail`),
 * so a test can check none of it reaches the page of a Swedish or Danish user.
 */
export function collectDeveloperTexts(page: Page): Set<string> {
  const texts = new Set<string>();
  page.on('response', (response: Response) => {
    if (response.status() < 400 || !response.url().includes('/api/')) return;
    void response
      .json()
      .then((body: { detail?: unknown; errors?: { detail?: unknown; message?: unknown }[] }) => {
        for (const text of [body.detail, ...(body.errors ?? []).flatMap((e) => [e.detail, e.message])]) {
          if (typeof text === 'string' && text.trim().length > 3) texts.add(text.trim());
        }
      })
      .catch(() => undefined);
  });
  return texts;
}

/** English a Swedish or Danish page must never show: developer phrasing and generic fallbacks. */
export const ENGLISH_DEVELOPER_PHRASES = [
  'must be',
  'is required',
  'cannot be',
  'already exists',
  'at least one',
  'at most',
  'not found',
  'Something went wrong',
  'undefined',
  'NaN',
  '[object Object]',
  '--unit',
  'If-Match',
  'Forbidden',
  'Internal Server Error',
];

/** The English developer texts that appear in the page's visible text. */
export async function englishOnPage(page: Page, developerTexts: Iterable<string>): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...ENGLISH_DEVELOPER_PHRASES, ...developerTexts].filter((phrase) => text.includes(phrase));
}
