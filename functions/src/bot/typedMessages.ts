import { AdaptiveCard, TextBlock, type IAdaptiveCard } from '@microsoft/teams.cards';
import type { Language } from '@prt/domain/language';
import type { Principal } from '@prt/domain/principal';
import type { RoleGroups } from '../auth/roleMapping.js';
import { listCases, type CaseDependencies } from '../app/caseManagement.js';
import type { RegisterSearch } from '../app/registerSearch.js';
import { myReports } from '../app/review/queries.js';
import type { ReviewDependencies } from '../app/review/reviewDependencies.js';
import { escapeMarkdown } from '../notify/cards/markdownText.js';
import { format } from '../notify/cards/reviewTexts.js';
import { BOT_TEXTS, intentOf } from './botTexts.js';

export type BotAnswerDependencies = ReviewDependencies & CaseDependencies & { search: RegisterSearch; roleGroups: RoleGroups };

export interface BotAnswer {
  text: string;
  card?: IAdaptiveCard;
}

const TOP_HITS = 5;

/** Answers what someone typed to the bot, with the same use cases (and visibility rules) as the tab. */
export async function answerTypedMessage(
  deps: BotAnswerDependencies,
  who: { principal: Principal; language: Language } | undefined,
  text: string,
): Promise<BotAnswer> {
  if (!who) return { text: BOT_TEXTS.sv.unknownUser };
  const { principal, language } = who;
  const t = BOT_TEXTS[language];
  const intent = intentOf(text);
  if (intent.kind === 'help') return { text: t.help };
  if (intent.kind === 'myCases') {
    const now = deps.clock.now().toISOString();
    const open = (await listCases(deps, principal))
      .filter((c) => c.case.handlerId === principal.userId)
      .flatMap((c) => c.deadlines.filter((d) => !d.completed && !d.paused).map((d) => ({ c, d })))
      .sort((a, b) => a.d.dueAt.localeCompare(b.d.dueAt));
    if (open.length === 0) return { text: t.noCases };
    const lines = open.slice(0, 10).map(({ c, d }) => ({
      title: `${escapeMarkdown(c.case.reference)} · ${format(t.due, { date: d.dueAt.slice(0, 10) })}${d.dueAt < now ? ' ⚠' : ''}`,
      link: deps.tabLink(`/?page=deadlines&case=${encodeURIComponent(c.case.id)}`),
    }));
    return { text: t.casesTitle, card: listCard(t.casesTitle, lines) };
  }
  if (intent.kind === 'myReports') {
    const reports = await myReports(deps, principal);
    if (reports.length === 0) return { text: t.noReports };
    const lines = reports.slice(0, 10).map((r) => ({
      title: `${escapeMarkdown(r.processingName)} · v${r.version}`,
      link: deps.tabLink(`/?processing=${encodeURIComponent(r.processingId)}`),
    }));
    return { text: t.reportsTitle, card: listCard(t.reportsTitle, lines) };
  }
  const result = await deps.search.search(principal.tenantId, intent.query, { status: 'approved' }, TOP_HITS);
  // What was typed comes back in the answer, which Teams renders as Markdown: escaped like every other user text.
  const query = escapeMarkdown(intent.query);
  if (result.hits.length === 0) return { text: format(t.noHits, { query }) };
  const title = format(t.searchTitle, { query });
  const lines = result.hits.map((h) => ({
    title: `${escapeMarkdown(h.processing.name)} · ${escapeMarkdown(h.processing.organisationUnit)}`,
    link: deps.tabLink(`/?processing=${encodeURIComponent(h.processing.id)}`),
  }));
  return { text: title, card: listCard(title, lines) };
}

/** Each line links to its record in the tab; titles are escaped, so only the link itself is Markdown. */
function listCard(title: string, lines: { title: string; link: string }[]): IAdaptiveCard {
  return new AdaptiveCard(
    new TextBlock(title, { weight: 'Bolder', size: 'Medium', wrap: true }),
    ...lines.map((l) => new TextBlock(`- [${l.title}](${l.link})`, { wrap: true })),
  ).withVersion('1.5');
}
