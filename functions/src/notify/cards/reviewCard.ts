import { changeLabels } from '@prt/domain/changeLabels';
import type { Language } from '@prt/domain/language';
import { basisText } from '@prt/domain/privacyNotice/legalTexts';
import type { ProcessingContent } from '@prt/domain/processing';
import type { Decision } from '@prt/domain/review';
import { format, REVIEW_TEXTS } from './reviewTexts.js';

export const DECIDE_VERB = 'decide';

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
  link: string;
  /** When set, the card shows the outcome instead of the buttons (the refreshed card after a decision). */
  decided?: { decision: Decision; deciderName: string; reason: string };
}

export interface DecideActionData {
  verb: typeof DECIDE_VERB;
  processingId: string;
  version: number;
  decision: Decision;
}

type Card = Record<string, unknown>;

/** Adaptive Card 1.5 with Universal Actions (Action.Execute), so the DPO decides in chat and the card updates. */
export function reviewCard(input: ReviewCardInput): Card {
  const t = REVIEW_TEXTS[input.language];
  const body: Card[] = [
    { type: 'TextBlock', text: input.isNewReport ? t.newReportTitle : t.changeTitle, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: input.processingName, size: 'Large', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: t.unit, value: input.organisationUnit },
        { title: t.reportedBy, value: input.reporterName },
        { title: t.version, value: String(input.version) },
      ],
    },
  ];
  if (input.isNewReport) {
    body.push(...purposeSummary(input.content, input.language));
  } else if (input.changedFields.length > 0) {
    body.push({ type: 'TextBlock', text: t.changedFields, weight: 'Bolder', wrap: true, spacing: 'Medium' });
    body.push({
      type: 'TextBlock',
      text: changeLabels(input.changedFields, input.language)
        .slice(0, 15)
        .map((f) => `- ${f}`)
        .join('\n'),
      wrap: true,
    });
  }
  const actions: Card[] = [{ type: 'Action.OpenUrl', title: t.open, url: input.link }];
  if (input.decided) {
    const label = { approve: t.decidedApprove, reject: t.decidedReject, requestChanges: t.decidedRequestChanges }[input.decided.decision];
    body.push({
      type: 'FactSet',
      spacing: 'Medium',
      facts: [
        { title: t.decidedBy, value: `${input.decided.deciderName}: ${label}` },
        ...(input.decided.reason ? [{ title: t.reason, value: input.decided.reason }] : []),
      ],
    });
  } else {
    body.push({ type: 'Input.Text', id: 'reason', label: t.reasonLabel, placeholder: t.reasonPlaceholder, isMultiline: true, maxLength: 2000 });
    const decide = (decision: Decision, title: string, style?: string): Card => ({
      type: 'Action.Execute',
      verb: DECIDE_VERB,
      title,
      ...(style ? { style } : {}),
      data: { verb: DECIDE_VERB, processingId: input.processingId, version: input.version, decision } satisfies DecideActionData,
    });
    actions.unshift(decide('approve', t.approve, 'positive'), decide('requestChanges', t.requestChanges), decide('reject', t.reject, 'destructive'));
  }
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, actions };
}

/** A one-line result card (e.g. "only the DPO can decide") returned to Teams in place of the original. */
export function messageCard(text: string): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text, wrap: true }],
  };
}

export function decisionMessage(language: Language, decision: Decision, name: string, version: number): { title: string; text: string } {
  const t = REVIEW_TEXTS[language];
  const text = { approve: t.decisionTextApprove, reject: t.decisionTextReject, requestChanges: t.decisionTextRequestChanges }[decision];
  return { title: format(t.decisionTitle, { name }), text: format(text, { name, version }) };
}

const MAX_PURPOSES = 5;

/** What the DPO decides a new report on: each purpose with its legal basis, and whether special categories are involved. */
function purposeSummary(content: ProcessingContent, language: Language): Card[] {
  const t = REVIEW_TEXTS[language];
  const special = content.purposes.some((p) => p.personalDataCategories.some((c) => c.special));
  const blocks: Card[] = [{ type: 'TextBlock', text: t.purposes, weight: 'Bolder', wrap: true, spacing: 'Medium' }];
  for (const purpose of content.purposes.slice(0, MAX_PURPOSES)) {
    // Danish labels hold commas ("artikel 6, stk. 1, litra e"), so a card sets bases apart with semicolons.
    const basis = basisText(purpose.legalBasis, language, '; ');
    blocks.push({ type: 'TextBlock', text: `- ${purpose.description}${basis ? ` (${basis})` : ''}`, wrap: true, maxLines: 4 });
  }
  if (content.purposes.length > MAX_PURPOSES)
    blocks.push({ type: 'TextBlock', text: format(t.morePurposes, { count: String(content.purposes.length - MAX_PURPOSES) }), wrap: true, isSubtle: true });
  blocks.push({ type: 'FactSet', facts: [{ title: t.specialCategories, value: special ? t.yes : t.no }] });
  return blocks;
}
