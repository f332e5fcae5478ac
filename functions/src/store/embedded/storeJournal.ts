import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkDocument, StoreLoadError, type StoredDocument } from './snapshotFile.js';
import type { AppendFile, StoreFiles } from './storeFiles.js';

/** One changed document: its new content, or its deletion. */
export interface JournalChange {
  container: string;
  id: string;
  partitionKey: unknown;
  document?: StoredDocument;
  deleted?: true;
}

const JOURNAL_NAME = /^store\.journal\.(\d{6,})\.jsonl$/;

export function journalName(seq: number): string {
  return `store.journal.${String(seq).padStart(6, '0')}.jsonl`;
}

export function journalSeqOf(name: string): number | undefined {
  const match = JOURNAL_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

export interface ReadJournal {
  entries: JournalChange[][];
  /** Bytes up to the last complete line; a torn tail beyond it is cut off before appending again. */
  validBytes: number;
  tornBytes: number;
}

/**
 * Reads a journal: one JSON line per committed request. A last line without its newline is a crash mid-append
 * (its request was never answered) and is dropped; any other unreadable line is damage and stops the start.
 */
export async function readJournal(path: string, knownContainers: ReadonlySet<string>, allowTornTail: boolean): Promise<ReadJournal> {
  const bytes = await readFile(path);
  const entries: JournalChange[][] = [];
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    if (end === -1) break;
    line++;
    entries.push(parseLine(path, line, bytes.subarray(start, end), knownContainers));
    start = end + 1;
  }
  const tornBytes = bytes.length - start;
  if (tornBytes > 0 && !allowTornTail) throw new StoreLoadError(path, `line ${line + 1} is incomplete and is not the newest journal`);
  return { entries, validBytes: start, tornBytes };
}

function parseLine(path: string, line: number, bytes: Buffer, knownContainers: ReadonlySet<string>): JournalChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new StoreLoadError(path, `line ${line} is not valid JSON`);
  }
  const changes = (parsed as { changes?: unknown }).changes;
  if (!Array.isArray(changes)) throw new StoreLoadError(path, `line ${line} is not a journal entry`);
  changes.forEach((change: Partial<JournalChange>, i) => {
    const where = `line ${line}, change ${i + 1}`;
    if (typeof change !== 'object' || change === null || typeof change.id !== 'string' || change.id === '')
      throw new StoreLoadError(path, `${where} has no id`);
    if (change.deleted === true) checkDocument(path, where, change.container, { id: change.id }, knownContainers);
    else {
      checkDocument(path, where, change.container, change.document, knownContainers);
      if (change.document.id !== change.id) throw new StoreLoadError(path, `${where} holds a document whose id differs from the entry's`);
    }
  });
  return changes as JournalChange[];
}

/** The journal being appended to. Appends are serialised by the store's write gate. */
export class StoreJournal {
  /** A failed append may have left part of a line; it is cut off before the next one. */
  private cutNeeded = false;

  private constructor(
    private readonly files: StoreFiles,
    readonly path: string,
    readonly seq: number,
    private readonly file: AppendFile,
    private committedBytes: number,
  ) {}

  static async open(files: StoreFiles, folder: string, seq: number, validBytes: number): Promise<StoreJournal> {
    const path = join(folder, journalName(seq));
    const file = await files.openAppend(path);
    const size = await file.size();
    if (size > validBytes) await file.truncate(validBytes);
    // The journal's own name must be durable, or a crash could lose a freshly created journal with its entries.
    if (size === 0) await files.syncFolder(folder);
    return new StoreJournal(files, path, seq, file, validBytes);
  }

  get bytes(): number {
    return this.committedBytes;
  }

  /** Resolves once the entry is on disk (unless `sync` is false); rejects (ENOSPC, EIO) with the journal unchanged. */
  async append(changes: readonly JournalChange[], sync = true): Promise<void> {
    if (this.cutNeeded) {
      await this.file.truncate(this.committedBytes);
      this.cutNeeded = false;
    }
    const bytes = Buffer.from(`${JSON.stringify({ changes })}\n`, 'utf8');
    try {
      await this.file.append(bytes);
      if (sync) await this.file.sync();
    } catch (error) {
      this.cutNeeded = true;
      await this.file
        .truncate(this.committedBytes)
        .then(() => {
          this.cutNeeded = false;
        })
        .catch(() => undefined);
      throw error;
    }
    this.committedBytes += bytes.length;
  }

  sync(): Promise<void> {
    return this.file.sync();
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
