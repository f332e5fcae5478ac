export const CASE_EVENTS = [
  'respond',
  'extend',
  'sendExtensionNotice',
  'pause',
  'resume',
  'acknowledge',
  'giveFeedback',
  'document',
  'close',
  'delete',
  'notifyAuthority',
  'notificationNotRequired',
] as const;
export type CaseEventName = (typeof CASE_EVENTS)[number];
