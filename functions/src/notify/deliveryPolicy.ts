/**
 * How often a chat message whose delivery to Teams fails is tried again. Failures are mostly throttling or an
 * app not yet installed for the recipient; retrying forever hides the second kind and hammers Teams with the
 * first. So: exponential backoff, and after MAX_DELIVERY_ATTEMPTS the message is dead-lettered, where the DPO
 * sees it and can retry it by hand once the cause is fixed.
 */
export const MAX_DELIVERY_ATTEMPTS = 8;
const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 6 * 60 * 60_000;

/** The wait after the given number of failed attempts: 1, 2, 4 … minutes, at most six hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1), LONGEST_DELAY_MS);
}

export type AfterFailure = { deadLetter: true } | { deadLetter: false; nextAttemptAt: Date };

export function afterFailedAttempt(failedAttempts: number, now: Date): AfterFailure {
  if (failedAttempts >= MAX_DELIVERY_ATTEMPTS) return { deadLetter: true };
  return { deadLetter: false, nextAttemptAt: new Date(now.getTime() + retryDelayMs(failedAttempts)) };
}
