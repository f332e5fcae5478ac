import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface StoreSnapshot {
  format: 1;
  savedAt: string;
  /** Documents per container id, without Cosmos system properties. */
  containers: Record<string, Record<string, unknown>[]>;
}

export async function readSnapshot(path: string): Promise<StoreSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<StoreSnapshot>;
  if (parsed.format !== 1 || typeof parsed.containers !== 'object' || parsed.containers === null) {
    throw new Error(`${path} is not a store snapshot this version can read`);
  }
  return parsed as StoreSnapshot;
}

/** Write-then-rename so a crash mid-write leaves the previous snapshot intact rather than a torn file. */
export async function writeSnapshot(path: string, snapshot: StoreSnapshot): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(snapshot), 'utf8');
  await rename(temporary, path);
}
