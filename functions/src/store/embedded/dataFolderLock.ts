import { open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Another process (the running local host, or a CLI command) has the data folder. */
export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: { pid: number; startedAt: string; role: string },
  ) {
    super(
      `the data folder ${folder} is in use by ${holder.role === 'host' ? 'the local host' : `"${holder.role}"`} (process ${holder.pid}, started ${holder.startedAt}). ` +
        'Only one process may write it at a time: stop that process first (npm start), or set PRT_DATA_DIR to another folder.',
    );
    this.name = 'DataFolderLockedError';
  }
}

interface LockContent {
  pid: number;
  startedAt: string;
  role: string;
}

/**
 * One writer per data folder: a lock file created with O_EXCL holding the owner's pid and start time. A lock
 * whose process is gone (killed, crashed) is taken over. The take-over is not atomic against a second process
 * taking over the same stale lock in the same instant; for a developer's local data folder that is accepted.
 */
export class DataFolderLock {
  private constructor(
    private readonly path: string,
    private readonly content: string,
  ) {}

  static async acquire(folder: string, role: string): Promise<DataFolderLock> {
    const path = join(folder, 'store.lock');
    const content = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), role } satisfies LockContent);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = await open(path, 'wx');
        try {
          await handle.writeFile(content);
          await handle.sync();
        } finally {
          await handle.close();
        }
        return new DataFolderLock(path, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(path);
      if (holder && isAlive(holder.pid)) throw new DataFolderLockedError(folder, holder);
      // Unreadable and fresh: another process is between creating the lock and writing its pid.
      if (!holder && (await ageMs(path)) < 5_000) {
        throw new DataFolderLockedError(folder, { pid: 0, startedAt: 'just now', role: 'another process' });
      }
      await unlink(path).catch(() => undefined);
    }
    throw new Error(`could not take the lock ${path}`);
  }

  async release(): Promise<void> {
    const current = await readFile(this.path, 'utf8').catch(() => undefined);
    if (current === this.content) await unlink(this.path).catch(() => undefined);
  }
}

async function ageMs(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  return info ? Date.now() - info.mtimeMs : Number.POSITIVE_INFINITY;
}

async function readHolder(path: string): Promise<LockContent | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockContent>;
    if (typeof parsed.pid === 'number') return { pid: parsed.pid, startedAt: String(parsed.startedAt), role: String(parsed.role ?? 'unknown') };
  } catch {
    // An empty or half-written lock is from a process that died while creating it.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
