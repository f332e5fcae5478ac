/**
 * A calendar day, YYYY-MM-DD (the same shape as deadlines' PlainDate). Declared here rather than imported so the
 * register folder does not depend on deadlines/, which depends on the processing model that depends on this folder.
 */
export type CalendarDay = string;
