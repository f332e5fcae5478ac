/**
 * Reasons are chosen from these lists, never typed: a free-text reason is where names and health data ended
 * up. A short note may go with a reason; it passes the same identity check as every other case field.
 */
export const EXTENSION_REASONS = ['complexRequest', 'manyRequests'] as const;
export const PAUSE_REASONS = ['identityVerification', 'clarificationRequested'] as const;
export const NOTIFICATION_NOT_REQUIRED_REASONS = ['unlikelyRisk', 'dataEncrypted', 'riskRemovedPromptly'] as const;
export const CLOSURE_REASONS = ['completed', 'withdrawn', 'manifestlyUnfounded', 'referredElsewhere', 'noFurtherAction'] as const;

export type ExtensionReason = (typeof EXTENSION_REASONS)[number];
export type PauseReason = (typeof PAUSE_REASONS)[number];
export type NotificationNotRequiredReason = (typeof NOTIFICATION_NOT_REQUIRED_REASONS)[number];
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Which events take a reason, and from which list. */
export const REASONS_BY_EVENT = {
  extend: EXTENSION_REASONS,
  pause: PAUSE_REASONS,
  notificationNotRequired: NOTIFICATION_NOT_REQUIRED_REASONS,
  close: CLOSURE_REASONS,
} as const;

export type EventWithReason = keyof typeof REASONS_BY_EVENT;

export const MAX_NOTE_LENGTH = 200;
/** Art. 33(5) documentation of a breach: facts, effects, remedial action; each a short text. */
export const MAX_BREACH_TEXT_LENGTH = 500;

/** A chosen reason and its optional note, as stored on the case. */
export interface ReasonRecord<R extends string = string> {
  reason: R;
  note?: string;
}
