import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LANGUAGES, type Language } from '@prt/domain/language';
import type { ProcessingContent } from '@prt/domain/processing';
import { DECISIONS } from '@prt/domain/review';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { messageCard, plainCard, reviewCard, type ReviewCardInput } from '@prt/functions/notify/cards/reviewCard.js';
import { answerTypedMessage, type BotAnswerDependencies } from '@prt/functions/bot/typedMessages.js';
import { launchBrowser } from '../support/browser.js';

const require = createRequire(import.meta.url);
const ADAPTIVE_CARDS = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const MARKDOWN_IT = require.resolve('markdown-it/dist/markdown-it.min.js');

/** Text people type that a Markdown renderer would turn into formatting, a link, HTML or a list. */
const HOSTILE = '**bold** [x](http://evil.example/) _it_ <b>html</b> `code` ~~gone~~';
const HOSTILE_LINE = '# heading\n- item\n1. first';

interface Rendered {
  /** Parse and validation events from Microsoft's Adaptive Cards SDK. */
  events: string[];
  /** Properties our JSON has that the SDK's own serialisation of the parsed card does not (misspelt or unknown). */
  lost: string[];
  text: string;
  links: string[];
  formatting: string[];
}

function input(language: Language, overrides: Partial<ReviewCardInput> = {}): ReviewCardInput {
  return {
    language,
    processingId: 'p-1',
    processingName: 'Hantera parkeringstillstånd',
    organisationUnit: 'Stadsbyggnadsnämnden',
    version: 2,
    isNewReport: false,
    reporterName: 'Anna Lindqvist',
    changedFields: ['purposes[0].retention.text', 'name'],
    content: processingInput() as unknown as ProcessingContent,
    link: 'https://teams.microsoft.com/l/entity/app/register?context=%7B%22subEntityId%22%3A%22review%3Ap-1%22%7D',
    refreshUserIds: ['a1f0c6de-0002-4d7e-8c2a-000000000002'],
    ...overrides,
  };
}

/** Every card the product sends or returns, in every language: review cards in each state, result cards, bot answers. */
async function everyCard(): Promise<{ name: string; card: Record<string, unknown> }[]> {
  const cards: { name: string; card: Record<string, unknown> }[] = [];
  for (const language of LANGUAGES) {
    cards.push({ name: `${language} change`, card: plainCard(reviewCard(input(language))) });
    cards.push({ name: `${language} new report`, card: plainCard(reviewCard(input(language, { isNewReport: true, changedFields: [] }))) });
    cards.push({
      name: `${language} refused reject`,
      card: plainCard(reviewCard(input(language, { inputError: { reason: '', message: 'Skriv ett skäl' } }))),
    });
    for (const decision of DECISIONS) {
      cards.push({
        name: `${language} decided ${decision}`,
        card: plainCard(
          reviewCard(input(language, { decided: { decision, deciderName: 'Erik Johansson', reason: 'Ok', decidedAt: '2026-12-01T10:00:00.000Z' } })),
        ),
      });
    }
    const search = await answerTypedMessage(botDeps([{ id: 'p-1', name: 'Löneadministration', organisationUnit: 'Kommunstyrelsen' }]), who(language), 'lön');
    cards.push({ name: `${language} search answer`, card: plainCard(search.card!) });
  }
  cards.push({ name: 'message', card: plainCard(messageCard('Endast dataskyddsombudet kan besluta.')) });
  cards.push({ name: 'message with link', card: plainCard(messageCard('Misslyckades', { title: 'Öppna', url: 'https://example.test/?review=p-1' })) });
  return cards;
}

function who(language: Language) {
  return { language, principal: { tenantId: 't-1', userId: 'u-1', displayName: 'Anna', roles: ['staff' as const] } };
}

/** Only what the search answer reads: the search and the tab link. */
function botDeps(hits: { id: string; name: string; organisationUnit: string }[]): BotAnswerDependencies {
  return {
    search: { search: () => Promise.resolve({ hits: hits.map((processing) => ({ processing })), total: hits.length }) },
    tabLink: (path: string) => `https://register.example.test${path}`,
  } as unknown as BotAnswerDependencies;
}

describe('Adaptive Cards as Microsoft’s Adaptive Cards SDK parses and renders them (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
    await page.addScriptTag({ path: ADAPTIVE_CARDS });
    await page.addScriptTag({ path: MARKDOWN_IT });
  });
  afterAll(() => browser?.close());

  /** Parses with the SDK (as Teams does, with Markdown on), validates, renders, and reports what came out. */
  function render(card: Record<string, unknown>): Promise<Rendered> {
    return page.evaluate((json) => {
      interface Sdk {
        AdaptiveCard: {
          new (): {
            parse(json: unknown, context: unknown): void;
            validateProperties(): { validationEvents: { message: string }[] };
            toJSON(): Record<string, unknown>;
            render(): HTMLElement | undefined;
          };
          onProcessMarkdown?: (text: string, result: { didProcess: boolean; outputHtml?: string }) => void;
        };
        SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
      }
      const sdk = (window as unknown as { AdaptiveCards: Sdk }).AdaptiveCards;
      const md = (window as unknown as { markdownit: (options: object) => { render(text: string): string } }).markdownit({ html: false, linkify: false });
      sdk.AdaptiveCard.onProcessMarkdown = (text, result) => {
        result.outputHtml = md.render(text);
        result.didProcess = true;
      };
      const card = new sdk.AdaptiveCard();
      const context = new sdk.SerializationContext();
      card.parse(json, context);
      const events: string[] = [];
      for (let i = 0; i < context.eventCount; i++) events.push(`parse: ${context.getEventAt(i).message}`);
      for (const e of card.validateProperties().validationEvents) events.push(`validate: ${e.message}`);

      const lost: string[] = [];
      const compare = (ours: unknown, sdks: unknown, path: string) => {
        if (Array.isArray(ours)) {
          ours.forEach((item, i) => compare(item, Array.isArray(sdks) ? sdks[i] : undefined, `${path}[${i}]`));
        } else if (ours && typeof ours === 'object') {
          const theirs = (sdks && typeof sdks === 'object' ? sdks : {}) as Record<string, unknown>;
          for (const [key, value] of Object.entries(ours)) {
            // Action.Execute's data and the refresh's user ids are opaque to the renderer; defaults are dropped. A
            // fallback is used while parsing and never serialised back, so it is checked as a card of its own.
            if (key === 'data' || key === 'userIds' || key === 'fallback') continue;
            if (!(key in theirs)) {
              if (value !== false && value !== 'auto' && value !== '') lost.push(`${path}.${key}`);
              continue;
            }
            compare(value, theirs[key], `${path}.${key}`);
          }
        }
      };
      compare(json, card.toJSON(), '$');

      const host = document.getElementById('host')!;
      host.replaceChildren();
      const element = card.render();
      if (element) host.appendChild(element);
      const blocks = Array.from(host.querySelectorAll('.ac-textBlock, .ac-factset'));
      return {
        events,
        lost,
        text: host.innerText,
        links: Array.from(host.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
        formatting: blocks.flatMap((b) => Array.from(b.querySelectorAll('strong, em, b, i, code, s, del, h1, h2, img, script')).map((e) => e.tagName)),
      };
    }, card);
  }

  it('every card parses and validates without events, and the SDK keeps every property we send', async () => {
    const cards = await everyCard();
    expect(cards.length).toBe(3 * 7 + 2);
    for (const { name, card } of cards) {
      const rendered = await render(card);
      expect({ name, events: rendered.events, lost: rendered.lost }).toEqual({ name, events: [], lost: [] });
      expect(card['version']).toBe('1.5');
      expect(rendered.text.length).toBeGreaterThan(0);
      const fallbacks = ((card['actions'] as { fallback?: unknown }[] | undefined) ?? []).flatMap((a) => (a.fallback ? [a.fallback] : []));
      for (const fallback of fallbacks) {
        const alone = await render({ type: 'AdaptiveCard', version: '1.5', actions: [fallback] });
        expect({ name: `${name} fallback`, events: alone.events, lost: alone.lost }).toEqual({ name: `${name} fallback`, events: [], lost: [] });
        expect((fallback as { type: string }).type).toBe('Action.OpenUrl');
      }
    }
  });

  it('Markdown in what people typed renders literally: no link, emphasis, HTML or heading from a name, unit, reporter, purpose or reason', async () => {
    const content = processingInput({
      purposes: [{ ...(processingInput()['purposes'] as Record<string, unknown>[])[0], description: `${HOSTILE}\n${HOSTILE_LINE}` }],
    }) as unknown as ProcessingContent;
    const hostile = input('sv', { processingName: HOSTILE, organisationUnit: HOSTILE, reporterName: HOSTILE, content, isNewReport: true });
    const decided = input('sv', {
      processingName: HOSTILE,
      decided: { decision: 'reject', deciderName: HOSTILE, reason: HOSTILE_LINE, decidedAt: '2026-12-01' },
    });
    for (const card of [reviewCard(hostile), reviewCard(decided), messageCard(HOSTILE)]) {
      const rendered = await render(plainCard(card));
      expect(rendered.formatting).toEqual([]);
      expect(rendered.links.filter((l) => l.includes('evil'))).toEqual([]);
      expect(rendered.text).toContain(HOSTILE);
    }
    const decidedText = (await render(plainCard(reviewCard(decided)))).text;
    for (const line of HOSTILE_LINE.split('\n')) expect(decidedText).toContain(line);
  });

  it('the search answer links each hit into the tab, and a hostile name stays text inside its link', async () => {
    const answer = await answerTypedMessage(botDeps([{ id: 'p/1?x', name: HOSTILE, organisationUnit: '](http://evil.example/)' }]), who('en'), 'lön');
    const rendered = await render(plainCard(answer.card!));
    expect(rendered.links).toEqual(['https://register.example.test/?processing=p%2F1%3Fx']);
    expect(rendered.formatting).toEqual([]);
    expect(rendered.text).toContain(`${HOSTILE} · ](http://evil.example/)`);
  });

  it('control: the same renderer does turn unescaped Markdown into a link and emphasis, so the checks above can fail', async () => {
    const raw = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: HOSTILE, wrap: true }] };
    const rendered = await render(raw);
    expect(rendered.links).toContain('http://evil.example/');
    expect(rendered.formatting).toContain('STRONG');
  });
});
