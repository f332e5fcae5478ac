import { AdaptiveCard, ExecuteAction, Fact, FactSet, OpenUrlAction, TextBlock, TextInput, type CardElement, type IAdaptiveCard } from '@microsoft/teams.cards';
import { changeLabels } from '@prt/domain/changeLabels';
import type { Language } from '@prt/domain/language';
import { basisText } from '@prt/domain/privacyNotice/legalTexts';
import type { ProcessingContent } from '@prt/domain/processing';
import type { Decision } from '@prt/domain/review';
import { escapeMarkdown } from './markdownText.js';
import { format, REVIEW_TEXTS } from './reviewTexts.js';

export const DECIDE_VERB = 'decide';
/** Teams sends this verb when a DPO opens the chat, so the card shows the current state of the review. */
export const REFRESH_VERB = 'refreshReview';

export interface ReviewCardInput {
  language: Language;
  processingId: string;
  processingName: string;
  organisationUnit: string;
  version: number;
  isNewReport: boolean;
  reporterName: string;
  /** Change paths ("purposes[0].retention.text"); the card names them as the register does. */
  changedFields: string[];
  /** The reported content: a new report is summarised by its purposes and legal bases rather than a field list. */
  content: ProcessingContent;
  /** Absolute link to the review in the tab (a Teams deep link in Azure, the tab URL locally). */
  link: string;
  /** Entra object ids of the DPOs: Teams refreshes the card for them automatically. */
  refreshUserIds: string[];
  /** When set, the card shows the outcome instead of the buttons (the refreshed card after a decision). */
  decided?: { decision: Decision; deciderName: string; reason: string; decidedAt: string };
  /** A decision the API refused (e.g. reject without a reason): the card keeps its inputs and shows why by the field. */
  inputError?: { reason: string; message: string };
}

export interface DecideActionData {
  verb: typeof DECIDE_VERB;
  processingId: string;
  version: number;
  decision: Decision;
}

export type Card = IAdaptiveCard;

/**
 * Adaptive Card 1.5 with Universal Actions: Action.Execute buttons, a refresh so each DPO sees the current state
 * (decided by whom and when), and an Action.OpenUrl fallback for clients without Universal Actions.
 */
export function reviewCard(input: ReviewCardInput): Card {
  const t = REVIEW_TEXTS[input.language];
  const body: CardElement[] = [
    new TextBlock(input.isNewReport ? t.newReportTitle : t.changeTitle, { weight: 'Bolder', size: 'Medium', wrap: true }),
    new TextBlock(escapeMarkdown(input.processingName), { size: 'Large', wrap: true }),
    new FactSet(
      new Fact(t.unit, escapeMarkdown(input.organisationUnit)),
      new Fact(t.reportedBy, escapeMarkdown(input.reporterName)),
      new Fact(t.version, String(input.version)),
    ),
  ];
  if (input.isNewReport) {
    body.push(...purposeSummary(input.content, input.language));
  } else if (input.changedFields.length > 0) {
    body.push(new TextBlock(t.changedFields, { weight: 'Bolder', wrap: true, spacing: 'Medium' }));
    body.push(
      new TextBlock(
        changeLabels(input.changedFields, input.language)
          .slice(0, 15)
          .map((f) => `- ${escapeMarkdown(f)}`)
          .join('\n'),
        { wrap: true },
      ),
    );
  }
  const open = new OpenUrlAction(input.link, { title: t.open });
  const card = new AdaptiveCard().withVersion('1.5').withFallbackText(`${t.open}: ${input.link}`);
  card.withRefresh({
    action: new ExecuteAction({ title: t.open })
      .withVerb(REFRESH_VERB)
      .withData({ verb: REFRESH_VERB, processingId: input.processingId, version: input.version }),
    userIds: input.refreshUserIds,
  });
  if (input.decided) {
    const label = { approve: t.decidedApprove, reject: t.decidedReject, requestChanges: t.decidedRequestChanges }[input.decided.decision];
    const facts = [new Fact(t.decidedBy, `${escapeMarkdown(input.decided.deciderName)}: ${label}`), new Fact(t.decidedAt, input.decided.decidedAt)];
    if (input.decided.reason) facts.push(new Fact(t.reason, escapeMarkdown(input.decided.reason)));
    body.push(new FactSet(...facts).withSpacing('Medium'));
    return card.withBody(...body).withActions(open);
  }
  const reason = new TextInput({ id: 'reason', label: t.reasonLabel, placeholder: t.reasonPlaceholder, isMultiline: true, maxLength: 2000 });
  if (input.inputError) reason.withValue(input.inputError.reason).withErrorMessage(input.inputError.message);
  body.push(reason);
  // Shown by every client, also those that only show errorMessage after their own validation.
  if (input.inputError) body.push(new TextBlock(escapeMarkdown(input.inputError.message), { color: 'Attention', wrap: true, spacing: 'None' }));
  const decide = (decision: Decision, title: string, style?: 'positive' | 'destructive') => {
    const action = new ExecuteAction({ title })
      .withVerb(DECIDE_VERB)
      .withData({ verb: DECIDE_VERB, processingId: input.processingId, version: input.version, decision } satisfies DecideActionData)
      .withAssociatedInputs('auto')
      .withFallback(new OpenUrlAction(input.link, { title }));
    return style ? action.withStyle(style) : action;
  };
  return card
    .withBody(...body)
    .withActions(decide('approve', t.approve, 'positive'), decide('requestChanges', t.requestChanges), decide('reject', t.reject, 'destructive'), open);
}

/** A one-line result card (e.g. "only the DPO can decide") returned to Teams in place of the original. */
export function messageCard(text: string, link?: { title: string; url: string }): Card {
  const card = new AdaptiveCard(new TextBlock(escapeMarkdown(text), { wrap: true })).withVersion('1.5');
  return link ? card.withActions(new OpenUrlAction(link.url, { title: link.title })) : card;
}

/** Cards go into Cosmos and over the wire as plain JSON. */
export function plainCard(card: Card): Record<string, unknown> {
  return JSON.parse(JSON.stringify(card)) as Record<string, unknown>;
}

export function decisionMessage(language: Language, decision: Decision, name: string, version: number): { title: string; text: string } {
  const t = REVIEW_TEXTS[language];
  const text = { approve: t.decisionTextApprove, reject: t.decisionTextReject, requestChanges: t.decisionTextRequestChanges }[decision];
  return { title: format(t.decisionTitle, { name }), text: format(text, { name, version }) };
}

const MAX_PURPOSES = 5;

/** What the DPO decides a new report on: each purpose with its legal basis, and whether special categories are involved. */
function purposeSummary(content: ProcessingContent, language: Language): CardElement[] {
  const t = REVIEW_TEXTS[language];
  const special = content.purposes.some((p) => p.personalDataCategories.some((c) => c.special));
  const blocks: CardElement[] = [new TextBlock(t.purposes, { weight: 'Bolder', wrap: true, spacing: 'Medium' })];
  for (const purpose of content.purposes.slice(0, MAX_PURPOSES)) {
    // Danish labels hold commas ("artikel 6, stk. 1, litra e"), so a card sets bases apart with semicolons.
    const basis = basisText(purpose.legalBasis, language, '; ');
    blocks.push(new TextBlock(`- ${escapeMarkdown(purpose.description)}${basis ? ` (${escapeMarkdown(basis)})` : ''}`, { wrap: true, maxLines: 4 }));
  }
  if (content.purposes.length > MAX_PURPOSES)
    blocks.push(new TextBlock(format(t.morePurposes, { count: String(content.purposes.length - MAX_PURPOSES) }), { wrap: true, isSubtle: true }));
  blocks.push(new FactSet(new Fact(t.specialCategories, special ? t.yes : t.no)));
  return blocks;
}
