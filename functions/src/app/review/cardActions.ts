import type { Principal } from '@prt/domain/principal';
import type { RoleGroups } from '../../auth/roleMapping.js';
import { rolesInTenant } from '../../auth/tenantRoleGroups.js';
import type { Tenants } from '../../tenants/tenantSettings.js';
import { ValidationError } from '@prt/domain/errors';
import { languageFromLocale, type Language } from '@prt/domain/language';
import { DECISIONS, type Decision } from '@prt/domain/review';
import { DECIDE_VERB, messageCard, REFRESH_VERB, reviewCard, type Card, type ReviewCardInput } from '../../notify/cards/reviewCard.js';
import { format, REVIEW_TEXTS } from '../../notify/cards/reviewTexts.js';
import { decide } from './decide.js';
import { fieldError } from '@prt/domain/validation';
import type { ReviewDependencies } from './reviewDependencies.js';

/** Who acted in Teams: the Entra object id and tenant, as Teams reports them on the activity. */
export interface TeamsActor {
  tenantId: string;
  userId: string;
}

export interface CardActionInput {
  verb: string | undefined;
  data: Record<string, unknown>;
}

type CardDependencies = ReviewDependencies & { roleGroups: RoleGroups; tenants: Tenants };

/**
 * Runs a card button (Action.Execute) or a card refresh for the user who pressed it, with the same use case and
 * role checks as the tab, and returns the card to show in its place. Roles come from the directory, never from the card.
 */
export async function runCardAction(deps: CardDependencies, actor: TeamsActor, action: CardActionInput): Promise<Card> {
  const user = await deps.directory.getUser(actor.tenantId, actor.userId);
  const language: Language = languageFromLocale(user?.preferredLanguage);
  const t = REVIEW_TEXTS[language];
  const principal: Principal = {
    tenantId: actor.tenantId,
    userId: actor.userId,
    displayName: user?.displayName ?? '',
    // The groups of the actor's own tenant: another tenant's DPO group grants nothing here.
    roles: user ? rolesInTenant(deps.tenants, deps.roleGroups, actor.tenantId, user.groupIds) : [],
  };
  if (action.verb !== DECIDE_VERB && action.verb !== REFRESH_VERB) return messageCard(format(t.failed, { message: 'unknown action' }));
  if (!principal.roles.includes('dpo')) return messageCard(t.notAllowed);
  let data: DecideData;
  try {
    data = readDecideData(action.data, action.verb === REFRESH_VERB);
  } catch {
    return messageCard(format(t.failed, { message: t.incomplete }));
  }
  if (action.verb === REFRESH_VERB) return currentReviewCard(deps, principal.tenantId, data.processingId, data.version, language);
  try {
    await decide(deps, principal, data.processingId, data.version, data.decision, data.reason);
    return currentReviewCard(deps, principal.tenantId, data.processingId, data.version, language);
  } catch (error) {
    // A refused decision keeps the card and what the DPO typed, with the reason for the refusal next to the field.
    if (error instanceof ValidationError && error.errors.some((e) => e.field === 'reason')) {
      return currentReviewCard(deps, principal.tenantId, data.processingId, data.version, language, { reason: data.reason, message: t.reasonRequired });
    }
    const message = error instanceof ValidationError ? t.incomplete : error instanceof Error ? error.message : 'error';
    return messageCard(format(t.failed, { message }), { title: t.open, url: deps.tabLink(reviewPath(data.processingId)) });
  }
}

export function reviewPath(processingId: string): string {
  return `/?processing=${encodeURIComponent(processingId)}&page=review`;
}

/** The card as it should look now: buttons while the version waits, the outcome (who, when, why) once decided. */
export async function currentReviewCard(
  deps: CardDependencies,
  tenantId: string,
  processingId: string,
  versionNumber: number,
  language: Language,
  inputError?: ReviewCardInput['inputError'],
): Promise<Card> {
  const t = REVIEW_TEXTS[language];
  const current = await deps.processings.get(tenantId, processingId);
  const { versions, decisions } = await deps.versions.history(tenantId, processingId);
  const version = versions.find((v) => v.version === versionNumber);
  if (!current || !version) return messageCard(format(t.failed, { message: t.incomplete }));
  const decision = decisions.find((d) => d.version === versionNumber);
  const [reporter, decider, reviewers] = await Promise.all([
    deps.directory.getUser(tenantId, version.proposedBy),
    decision ? deps.directory.getUser(tenantId, decision.decidedBy) : Promise.resolve(undefined),
    deps.directory.usersWithRole(tenantId, 'dpo'),
  ]);
  return reviewCard({
    language,
    processingId,
    processingName: version.content.name,
    organisationUnit: version.content.organisationUnit,
    version: versionNumber,
    isNewReport: version.baseVersion === null,
    reporterName: reporter?.displayName ?? '',
    changedFields: version.changes.map((c) => c.path),
    content: version.content,
    link: deps.tabLink(reviewPath(processingId)),
    refreshUserIds: reviewers.map((r) => r.id),
    decided: decision
      ? {
          decision: decision.decision,
          deciderName: decider?.displayName ?? '',
          reason: decision.reason,
          decidedAt: decision.decidedAt.slice(0, 16).replace('T', ' '),
        }
      : undefined,
    inputError,
  });
}

interface DecideData {
  processingId: string;
  version: number;
  decision: Decision;
  reason: string;
}

function readDecideData(data: Record<string, unknown>, refreshOnly: boolean): DecideData {
  const processingId = data['processingId'];
  const version = Number(data['version']);
  const decision = data['decision'];
  const reason = typeof data['reason'] === 'string' ? data['reason'] : '';
  if (typeof processingId !== 'string' || !Number.isInteger(version)) throw incomplete();
  if (refreshOnly) return { processingId, version, decision: 'approve', reason };
  if (typeof decision !== 'string' || !(DECISIONS as readonly string[]).includes(decision)) throw incomplete();
  return { processingId, version, decision: decision as Decision, reason };
}

function incomplete(): ValidationError {
  return new ValidationError([fieldError('data', 'cardAction.incomplete', {}, 'the card action is incomplete')]);
}
