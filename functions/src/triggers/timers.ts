import type { InvocationContext, Timer } from '@azure/functions';
import { runReminderSweep } from '../app/reminderSweep.js';
import { repairDecisions } from '../app/review/decide.js';
import type { Services } from '../app/services.js';
import { resolveServices, type ServicesSource } from '../wiring/servicesSource.js';

/** A timer function as both hosts register it: app.timer() in Azure, setInterval in the local host. */
export interface TimerDefinition {
  name: string;
  /** NCRONTAB schedule for Azure. */
  schedule: string;
  /** How often the local host runs it. */
  localIntervalMs: number;
  handler: (timer: Timer, context: InvocationContext) => Promise<void>;
}

/** Every timer function, bound to these services. */
export function createTimers(source: ServicesSource<Services>): TimerDefinition[] {
  return [
    {
      name: 'deadlineReminders',
      // Every 15 minutes: the closest reminder (1 hour before a breach deadline) is never more than 15 minutes late.
      schedule: '0 */15 * * * *',
      localIntervalMs: 60_000,
      handler: async (_timer, context) => {
        const services = await resolveServices(source);
        const report = await runReminderSweep(services, services.clock.now());
        // Counts only: reminders carry case references, which stay out of logs.
        context.log(
          `reminder sweep: ${report.tenants} tenants, ${report.openDeadlines} open deadlines, ${report.sent} sent, ${report.alreadySent} already sent`,
        );
        await services.afterWrite();
      },
    },
    {
      name: 'decisionRepair',
      // A decision a crash left half-applied is completed by the next read of its processing; this catches the rest.
      schedule: '0 */5 * * * *',
      localIntervalMs: 5 * 60_000,
      handler: async (_timer, context) => {
        const services = await resolveServices(source);
        let repaired = 0;
        for (const tenantId of services.tenants.ids()) repaired += await repairDecisions(services, tenantId);
        if (repaired > 0) context.log(`decision repair: ${repaired} decisions completed`);
        await services.afterWrite();
      },
    },
    {
      name: 'chatRedelivery',
      // Messages whose delivery to Teams failed (throttling, an app not yet installed) are retried; the outbox keeps them.
      schedule: '0 */10 * * * *',
      localIntervalMs: 5 * 60_000,
      handler: async (_timer, context) => {
        const services = await resolveServices(source);
        let retried = 0;
        for (const tenantId of services.tenants.ids()) retried += await services.chat.redeliver(tenantId);
        if (retried > 0) context.log(`chat redelivery: ${retried} messages retried`);
        await services.afterWrite();
      },
    },
  ];
}
