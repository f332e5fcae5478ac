import type { TeamsActor } from '../app/review/cardActions.js';
/** The parts of a Bot Framework activity this app reads. */
export interface BotActivity {
  type: string;
  name?: string;
  serviceUrl?: string;
  from?: { id?: string; aadObjectId?: string; name?: string };
  conversation?: { id?: string; tenantId?: string };
  channelData?: { tenant?: { id?: string } };
  value?: { action?: { type?: string; verb?: string; data?: Record<string, unknown> } };
}

export type { TeamsActor } from '../app/review/cardActions.js';

export function actorOf(activity: BotActivity): TeamsActor | undefined {
  const tenantId = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  const userId = activity.from?.aadObjectId;
  return tenantId && userId ? { tenantId, userId } : undefined;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
