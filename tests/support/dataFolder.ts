import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What a killed process leaves on disk, seen by a second process: a copy of the data folder as it is now,
 * without the lock (whose owner, this test process, is alive and would rightly refuse the second store).
 */
export async function crashCopy(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  await rm(join(to, 'store.lock'), { force: true });
}
