import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { StoreFiles } from './storeFiles.js';

export type StoredDocument = Record<string, unknown> & { id: string };

export interface StoreSnapshot {
  format: 1;
  savedAt: string;
  /** Journals with this sequence number or higher hold changes made after the snapshot; 0 in snapshots from before the journal. */
  journalSeq?: number;
  /** Documents per container id, without Cosmos system properties. */
  containers: Record<string, StoredDocument[]>;
}

/**
 * The data folder cannot be loaded as it is. The message names the file and the problem in one line and never
 * quotes the content: documents hold personal data, and a log is no place for it.
 */
export class StoreLoadError extends Error {
  constructor(file: string, problem: string) {
    super(`local store: ${file}: ${problem}; nothing was loaded or changed. Restore the file from a backup, or move the data folder aside to start empty.`);
    this.name = 'StoreLoadError';
  }
}

/** Checks one stored document; unknown containers and documents without an id would otherwise vanish at the next compaction. */
export function checkDocument(
  file: string,
  where: string,
  containerId: unknown,
  document: unknown,
  knownContainers: ReadonlySet<string>,
): asserts document is StoredDocument {
  if (typeof containerId !== 'string' || !knownContainers.has(containerId)) {
    throw new StoreLoadError(file, `${where} names an unknown container ${typeof containerId === 'string' ? `"${containerId.slice(0, 40)}"` : ''}`.trimEnd());
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new StoreLoadError(file, `${where} is not a document`);
  const id = (document as { id?: unknown }).id;
  if (typeof id !== 'string' || id === '') throw new StoreLoadError(file, `${where} has no id`);
}

export async function readSnapshot(path: string, knownContainers: ReadonlySet<string>): Promise<(StoreSnapshot & { bytes: number }) | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreLoadError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: Partial<StoreSnapshot>;
  try {
    parsed = JSON.parse(text) as Partial<StoreSnapshot>;
  } catch {
    // JSON.parse's message quotes the text around the error, so it is not passed on.
    throw new StoreLoadError(path, 'is not valid JSON (damaged or truncated)');
  }
  if (typeof parsed !== 'object' || parsed === null || parsed.format !== 1 || typeof parsed.containers !== 'object' || parsed.containers === null) {
    throw new StoreLoadError(path, 'is not a store snapshot this version can read');
  }
  if (parsed.journalSeq !== undefined && !Number.isSafeInteger(parsed.journalSeq)) throw new StoreLoadError(path, 'has an invalid journalSeq');
  for (const [containerId, documents] of Object.entries(parsed.containers)) {
    if (!knownContainers.has(containerId)) throw new StoreLoadError(path, `holds an unknown container "${containerId.slice(0, 40)}"`);
    if (!Array.isArray(documents)) throw new StoreLoadError(path, `container "${containerId}" is not a list of documents`);
    documents.forEach((document, i) => checkDocument(path, `document ${i + 1} of container "${containerId}"`, containerId, document, knownContainers));
  }
  return { ...(parsed as StoreSnapshot), bytes: text.length };
}

/**
 * Writes the snapshot durably (temp, fsync, rename, fsync folder) one document at a time, yielding between
 * batches so a large store does not stall the requests the host is serving meanwhile.
 */
export async function writeSnapshot(
  files: StoreFiles,
  path: string,
  journalSeq: number,
  containers: Record<string, readonly StoredDocument[]>,
): Promise<number> {
  let length = 0;
  await files.replaceFile(path, async (writeFile) => {
    const write = (text: string) => {
      length += text.length;
      return writeFile(text);
    };
    await write(`{"format":1,"savedAt":${JSON.stringify(new Date().toISOString())},"journalSeq":${journalSeq},"containers":{`);
    let firstContainer = true;
    for (const [containerId, documents] of Object.entries(containers)) {
      await write(`${firstContainer ? '' : ','}${JSON.stringify(containerId)}:[`);
      firstContainer = false;
      let batch: string[] = [];
      for (let i = 0; i < documents.length; i++) {
        batch.push(JSON.stringify(documents[i]));
        if (batch.length === 500) {
          await write(`${i + 1 > 500 ? ',' : ''}${batch.join(',')}`);
          batch = [];
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      if (batch.length > 0) await write(`${documents.length > batch.length ? ',' : ''}${batch.join(',')}`);
      await write(']');
    }
    await write('}}');
  });
  return length;
}

/** Temp files left by a crash mid-compaction; the snapshot they were meant to replace is still intact. */
export function isStaleTemp(name: string, snapshotPath: string): boolean {
  return name.startsWith(`${basename(snapshotPath)}.`) && name.endsWith('.tmp');
}
