import { FixedClock } from '../time/clock.js';
import { runReminderSweep } from '../app/reminderSweep.js';
import { localPaths } from '../localHost/localPaths.js';
import { startLocal } from '../localHost/startLocal.js';
import type { Command, ParsedArgs } from './args.js';
import { openLocalStore } from './localStore.js';

const USAGE = 'npm run cli -- reminders [--now 2026-09-24T08:00:00Z]';

/** `reminders --now 2026-09-24T08:00:00Z`: one sweep over the local store as if it were that time. */
export const remindersCommand: Command = { usage: USAGE, options: { now: { type: 'string' } }, run };

async function run(args: ParsedArgs, out: (line: string) => void): Promise<number> {
  if (args.positional.length > 0) {
    out(`usage: ${USAGE}`);
    return 2;
  }
  const nowText = args.flags['now'];
  const now = typeof nowText === 'string' ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) {
    out('error: --now must be an ISO 8601 date and time, e.g. 2026-09-24T08:00:00Z');
    return 2;
  }
  const dataDir = process.env['PRT_DATA_DIR'] ?? localPaths.dataDir;
  const app = await openLocalStore(() => startLocal({ dataDir, clock: new FixedClock(now), storeRole: 'npm run cli -- reminders' }), out);
  if (!app) return 1;
  try {
    const report = await runReminderSweep(app.services, now);
    await app.services.afterWrite();
    out(JSON.stringify({ now: now.toISOString(), ...report }));
    return 0;
  } finally {
    await app.stop();
  }
}
