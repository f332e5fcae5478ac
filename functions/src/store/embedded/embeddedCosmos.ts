import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { CONTAINERS, DEFAULT_DATABASE_ID, type ContainerName } from '../containers.js';
import { openContainers, type Containers } from '../cosmos/cosmosDatabase.js';
import { StoreUnavailableError } from '../cosmos/cosmosErrors.js';
import { DataFolderLock } from './dataFolderLock.js';
import { allStored, applyStored, interceptWrites, netChanges, rollBack, type ServerDocuments, type WriteScope } from './serverWrites.js';
import { isStaleTemp, readSnapshot, writeSnapshot, type StoredDocument } from './snapshotFile.js';
import { nodeStoreFiles, type StoreFiles } from './storeFiles.js';
import { journalSeqOf, readJournal, StoreJournal, type JournalChange } from './storeJournal.js';

/** The emulator accepts any key; the SDK only needs one that is valid base64. */
const EMULATOR_KEY = Buffer.from('embedded-cosmos-key').toString('base64');

/** The journal is folded into the snapshot once it outgrows both this and the last snapshot, so compaction stays amortised O(1) per write. */
const COMPACT_AFTER_BYTES = 4 * 1024 * 1024;

export interface EmbeddedCosmosOptions {
  /** Snapshot file; the journal and lock sit beside it. Without it the store is memory only (tests). */
  snapshotPath?: string;
  databaseId?: string;
  /** Who holds the data folder's lock, shown to a second process that is refused. */
  lockRole?: string;
  /** File-system seam: tests make the disk fail. */
  files?: StoreFiles;
  log?: (line: string) => void;
  /** Journal size that triggers a compaction (tests make it small). */
  compactAfterBytes?: number;
}

interface Durable {
  snapshotPath: string;
  folder: string;
  files: StoreFiles;
  lock: DataFolderLock;
  journal: StoreJournal;
  snapshotBytes: number;
  compactAfterBytes: number;
}

/**
 * Cosmos DB in this process: @vercel/cosmosdb-server on loopback, spoken to by the real @azure/cosmos SDK,
 * so the code under test is the code that runs in Azure. The server keeps nothing on disk, so each request
 * that changes documents is appended to a journal and fsync'd before its response leaves (a full disk answers
 * 503 and the change is rolled back); the journal is compacted into a snapshot now and then. Write cost is one
 * journal line, whatever the size of the store.
 */
export class EmbeddedCosmos {
  /** True when the store was restored from a snapshot or journal that held at least one document. */
  restored = false;
  private readonly collections = new Map<string, ServerDocuments>();
  private gate: Promise<unknown> = Promise.resolve();
  private compaction: Promise<void> | undefined;
  private durable: Durable | undefined;
  private bulkDepth = 0;
  /** Changes made inside `bulk`, written as one journal line when it ends. */
  private pending: { scope: WriteScope; changes: JournalChange[] }[] = [];

  private constructor(
    private readonly server: Server,
    readonly client: CosmosClient,
    readonly containers: Containers,
    readonly endpoint: string,
    private readonly log: (line: string) => void,
  ) {}

  static async start(options: EmbeddedCosmosOptions = {}): Promise<EmbeddedCosmos> {
    let lock: DataFolderLock | undefined;
    if (options.snapshotPath) {
      await mkdir(dirname(options.snapshotPath), { recursive: true });
      lock = await DataFolderLock.acquire(dirname(options.snapshotPath), options.lockRole ?? 'host');
    }
    try {
      return await EmbeddedCosmos.open(options, lock);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  private static async open(options: EmbeddedCosmosOptions, lock: DataFolderLock | undefined): Promise<EmbeddedCosmos> {
    const server = createHttpServer();
    // Declared before the request listener that reads it and assigned once the client exists; const would be in its TDZ.
    // eslint-disable-next-line prefer-const
    let store: EmbeddedCosmos | undefined;
    if (lock) {
      interceptWrites(server, {
        seen: (container, documents) => store?.collections.set(container, documents),
        // Until the store exists, the only writes are the SDK creating the database and containers.
        exclusive: (work) => (store ? store.exclusive(work) : work()),
        commit: (scope) => (store ? store.commit(scope) : Promise.resolve('committed')),
      });
    }
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const endpoint = `http://127.0.0.1:${port}`;
    const client = new CosmosClient({
      endpoint,
      key: EMULATOR_KEY,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    const containers = await openContainers(client, options.databaseId ?? DEFAULT_DATABASE_ID);
    store = new EmbeddedCosmos(server, client, containers, endpoint, options.log ?? (() => undefined));
    if (lock && options.snapshotPath) {
      try {
        await store.load(options.snapshotPath, options.files ?? nodeStoreFiles, lock, options.compactAfterBytes ?? COMPACT_AFTER_BYTES);
      } catch (error) {
        await store.closeServer();
        throw error;
      }
    }
    return store;
  }

  private async load(snapshotPath: string, files: StoreFiles, lock: DataFolderLock, compactAfterBytes: number): Promise<void> {
    const folder = dirname(snapshotPath);
    // Reading each container once makes the server hand its in-memory collection to the `seen` hook.
    for (const name of Object.keys(CONTAINERS) as ContainerName[]) await this.containers[name].items.readAll().fetchAll();
    const known = new Set(Object.values(CONTAINERS).map((c) => c.id));
    if (this.collections.size !== known.size)
      throw new Error('embedded Cosmos server did not expose its collections; is @vercel/cosmosdb-server still the pinned version?');

    const names = await files.list(folder);
    for (const name of names) if (isStaleTemp(name, snapshotPath)) await files.remove(join(folder, name));
    const snapshot = await readSnapshot(snapshotPath, known);
    const fromSeq = snapshot?.journalSeq ?? 0;
    const journals = names
      .flatMap((name) => {
        const seq = journalSeqOf(name);
        return seq === undefined ? [] : [{ name, seq }];
      })
      .sort((a, b) => a.seq - b.seq);
    const replay = journals.filter((j) => j.seq >= fromSeq);

    let documents = 0;
    for (const [containerId, docs] of Object.entries(snapshot?.containers ?? {})) {
      const collection = this.collections.get(containerId)!;
      for (const doc of docs) collection.upsert(doc);
      documents += docs.length;
    }
    let validBytes = 0;
    for (const [i, journal] of replay.entries()) {
      const newest = i === replay.length - 1;
      const read = await readJournal(join(folder, journal.name), known, newest);
      for (const changes of read.entries) for (const change of changes) applyStored(this.collections.get(change.container)!, change);
      documents += read.entries.length;
      if (newest) validBytes = read.validBytes;
      if (read.tornBytes > 0) this.log(`local store: ignored an incomplete last line in ${journal.name} (a write interrupted by a crash, never acknowledged)`);
    }
    this.restored = documents > 0;
    // Journals folded into the snapshot by a compaction that crashed before cleaning up.
    for (const journal of journals) if (journal.seq < fromSeq) await files.remove(join(folder, journal.name));
    const seq = replay.at(-1)?.seq ?? fromSeq;
    const journal = await StoreJournal.open(files, folder, seq, validBytes);
    this.durable = { snapshotPath, folder, files, lock, journal, snapshotBytes: snapshot?.bytes ?? 0, compactAfterBytes };
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.gate.then(work);
    this.gate = run.catch(() => undefined);
    return run;
  }

  private async commit(scope: WriteScope): Promise<'committed' | 'failed'> {
    const changes = netChanges(scope);
    if (changes.length === 0 || !this.durable) return 'committed';
    if (this.bulkDepth > 0) {
      this.pending.push({ scope, changes });
      return 'committed';
    }
    try {
      await this.durable.journal.append(changes);
    } catch (error) {
      rollBack(scope);
      this.log(`local store: a write was refused and rolled back: the journal could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return 'failed';
    }
    this.scheduleCompaction();
    return 'committed';
  }

  private scheduleCompaction(): void {
    const durable = this.durable;
    if (!durable || this.compaction || this.bulkDepth > 0 || durable.journal.bytes < Math.max(durable.compactAfterBytes, durable.snapshotBytes)) return;
    this.compaction = this.compact().finally(() => {
      this.compaction = undefined;
    });
  }

  /**
   * Folds the journal into a new snapshot. The documents are captured and a fresh journal started between two
   * writes; the snapshot is then written while requests go on. A crash at any point leaves a snapshot plus
   * journals that together hold every committed write.
   */
  private async compact(): Promise<void> {
    const durable = this.durable;
    if (!durable) return;
    let captured: Record<string, StoredDocument[]> = {};
    let previous: StoreJournal | undefined;
    try {
      const seq = await this.exclusive(async () => {
        captured = Object.fromEntries([...this.collections].map(([id, docs]) => [id, allStored(docs)]));
        const next = await StoreJournal.open(durable.files, durable.folder, durable.journal.seq + 1, 0);
        previous = durable.journal;
        durable.journal = next;
        return next.seq;
      });
      await previous?.close();
      durable.snapshotBytes = await writeSnapshot(durable.files, durable.snapshotPath, seq, captured);
      for (const name of await durable.files.list(durable.folder)) {
        const old = journalSeqOf(name);
        if (old !== undefined && old < seq) await durable.files.remove(join(durable.folder, name));
      }
    } catch (error) {
      // The journals still hold everything; the next compaction tries again.
      this.log(`local store: compaction failed (${(error as NodeJS.ErrnoException).code ?? 'error'}); the journal keeps every write`);
    }
  }

  /**
   * Runs a bulk load (demo seed, CLI import, bench) as one journal entry with one fsync at its end instead of one
   * per write. Only for work nobody is told about until it returns: a request served meanwhile would be
   * acknowledged before its change is on disk.
   */
  async bulk<T>(work: () => Promise<T>): Promise<T> {
    // A compaction must not capture half a bulk load into a snapshot.
    await this.compaction;
    this.bulkDepth++;
    let result: { value: T } | { error: unknown };
    try {
      result = { value: await work() };
    } catch (error) {
      result = { error };
    }
    this.bulkDepth--;
    await this.commitBulk();
    if ('error' in result) throw result.error;
    return result.value;
  }

  /**
   * One journal line for the whole bulk load, so a crash keeps all of it or none (an import is all or nothing);
   * if the line cannot be written, every change of the load is rolled back.
   */
  private async commitBulk(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    if (pending.length === 0 || !this.durable) return;
    const durable = this.durable;
    const failed = await this.exclusive(async () => {
      try {
        await durable.journal.append(pending.flatMap((p) => p.changes));
        return undefined;
      } catch (error) {
        for (const { scope } of pending.reverse()) rollBack(scope);
        return error as NodeJS.ErrnoException;
      }
    });
    if (failed) {
      this.log(`local store: a bulk load was refused and rolled back: the journal could not be written (${failed.code ?? 'error'})`);
      throw new StoreUnavailableError();
    }
    this.scheduleCompaction();
  }

  /** Every write is durable by the time its response is sent, so there is nothing left to flush. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  /** Resolves when a compaction in progress has finished (tests). */
  async settled(): Promise<void> {
    await this.compaction;
  }

  /** The current journal's size, for tests and the bench. */
  get journalBytes(): number {
    return this.durable?.journal.bytes ?? 0;
  }

  async stop(): Promise<void> {
    await this.compaction;
    // A clean stop leaves one snapshot and an empty journal, so the next start has nothing to replay.
    if (this.durable && this.durable.journal.bytes > 0) await this.compact();
    await this.closeServer();
  }

  private async closeServer(): Promise<void> {
    this.client.dispose();
    // The SDK keeps connections alive; without this, close() waits for their idle timeout.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.durable) {
      await this.durable.journal.close();
      await this.durable.lock.release();
    }
  }
}

export type { JournalChange };
