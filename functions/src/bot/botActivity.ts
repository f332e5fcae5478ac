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

/** Who acted in Teams: the Entra object id and tenant, as Teams reports them on the activity. */
export interface TeamsActor {
  tenantId: string;
  userId: string;
}

export function actorOf(activity: BotActivity): TeamsActor | undefined {
  const tenantId = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  const userId = activity.from?.aadObjectId;
  return tenantId && userId ? { tenantId, userId } : undefined;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
