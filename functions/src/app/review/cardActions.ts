import type { Principal } from '@prt/domain/principal';
import { rolesFromGroups, type RoleGroups } from '../../auth/roleMapping.js';
import { ValidationError } from '@prt/domain/errors';
import { languageFromLocale, type Language } from '@prt/domain/language';
import { DECISIONS, type Decision } from '@prt/domain/review';
import type { TeamsActor } from '../../bot/botActivity.js';
import { DECIDE_VERB, messageCard, reviewCard } from '../../notify/cards/reviewCard.js';
import { format, REVIEW_TEXTS } from '../../notify/cards/reviewTexts.js';
import { decide } from './decide.js';
import { fieldError } from '@prt/domain/validation';
import type { ReviewDependencies } from './reviewDependencies.js';

export interface CardActionInput {
  verb: string | undefined;
  data: Record<string, unknown>;
}

/**
 * Runs a card button (Action.Execute) for the user who pressed it, with the same use case and role checks as
 * the tab, and returns the card to show in its place. Roles come from the directory, never from the card.
 */
export async function runCardAction(
  deps: ReviewDependencies & { roleGroups: RoleGroups },
  actor: TeamsActor,
  action: CardActionInput,
): Promise<Record<string, unknown>> {
  const user = await deps.directory.getUser(actor.tenantId, actor.userId);
  const language: Language = languageFromLocale(user?.preferredLanguage);
  const t = REVIEW_TEXTS[language];
  const principal: Principal = {
    tenantId: actor.tenantId,
    userId: actor.userId,
    displayName: user?.displayName ?? '',
    roles: user ? rolesFromGroups(user.groupIds, deps.roleGroups) : [],
  };
  if (action.verb !== DECIDE_VERB) return messageCard(format(t.failed, { message: 'unknown action' }));
  if (!principal.roles.includes('dpo')) return messageCard(t.notAllowed);
  try {
    const { processingId, version, decision, reason } = readDecideData(action.data);
    const outcome = await decide(deps, principal, processingId, version, decision, reason);
    const reporter = await deps.directory.getUser(actor.tenantId, outcome.version.proposedBy);
    return reviewCard({
      language,
      processingId,
      processingName: outcome.processing.name,
      organisationUnit: outcome.processing.organisationUnit,
      version,
      isNewReport: outcome.version.baseVersion === null,
      reporterName: reporter?.displayName ?? '',
      changedFields: outcome.version.changes.map((c) => c.path),
      content: outcome.version.content,
      link: deps.tabLink(`/?processing=${encodeURIComponent(processingId)}`),
      decided: { decision, deciderName: principal.displayName, reason: outcome.decision.reason },
    });
  } catch (error) {
    // The card shows why in the DPO's language; details stay out of logs and cards alike.
    const message = error instanceof ValidationError ? error.errors.map((e) => e.message).join('; ') : error instanceof Error ? error.message : 'error';
    return messageCard(format(t.failed, { message }));
  }
}

function readDecideData(data: Record<string, unknown>): { processingId: string; version: number; decision: Decision; reason: string } {
  const processingId = data['processingId'];
  const version = Number(data['version']);
  const decision = data['decision'];
  const reason = typeof data['reason'] === 'string' ? data['reason'] : '';
  if (typeof processingId !== 'string' || !Number.isInteger(version) || typeof decision !== 'string' || !(DECISIONS as readonly string[]).includes(decision)) {
    throw new ValidationError([fieldError('data', 'cardAction.incomplete', {}, 'the card action is incomplete')]);
  }
  return { processingId, version, decision: decision as Decision, reason };
}
