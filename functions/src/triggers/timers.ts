import type { InvocationContext, Timer } from '@azure/functions';

/** A timer function as both hosts register it: app.timer() in Azure, setInterval in the local host. */
export interface TimerDefinition {
  name: string;
  /** NCRONTAB schedule for Azure. */
  schedule: string;
  /** How often the local host runs it. */
  localIntervalMs: number;
  handler: (timer: Timer, context: InvocationContext) => Promise<void>;
}

export const timers: TimerDefinition[] = [];
