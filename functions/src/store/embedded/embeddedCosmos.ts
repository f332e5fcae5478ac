import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { CosmosClient } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { CONTAINERS, DEFAULT_DATABASE_ID, type ContainerName } from '../containers.js';
import { openContainers, type Containers } from '../cosmos/cosmosDatabase.js';
import { stripSystemProperties } from '../cosmos/cosmosErrors.js';
import { readSnapshot, writeSnapshot, type StoreSnapshot } from './snapshotFile.js';

/** The emulator accepts any key; the SDK only needs one that is valid base64. */
const EMULATOR_KEY = Buffer.from('embedded-cosmos-key').toString('base64');

export interface EmbeddedCosmosOptions {
  /** Snapshot file; without it the store is memory only (tests). */
  snapshotPath?: string;
  databaseId?: string;
}

/**
 * Cosmos DB in this process: @vercel/cosmosdb-server on loopback, spoken to by the real @azure/cosmos SDK,
 * so the code under test is the code that runs in Azure. The server keeps nothing on disk, so every write is
 * snapshotted to a file (flush) and loaded again on start.
 */
export class EmbeddedCosmos {
  private dirty = false;
  private flushing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly server: Server,
    readonly client: CosmosClient,
    readonly containers: Containers,
    readonly endpoint: string,
    private readonly snapshotPath: string | undefined,
  ) {}

  static async start(options: EmbeddedCosmosOptions = {}): Promise<EmbeddedCosmos> {
    const server = createHttpServer();
    // Declared before the request listener that reads it and assigned once the client exists; const would be in its TDZ.
    // eslint-disable-next-line prefer-const
    let store: EmbeddedCosmos | undefined;
    server.on('request', (req: IncomingMessage) => {
      if (store && isWrite(req)) store.dirty = true;
    });
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
    store = new EmbeddedCosmos(server, client, containers, endpoint, options.snapshotPath);
    if (options.snapshotPath) await store.load(options.snapshotPath);
    store.dirty = false;
    return store;
  }

  /** True when the store was restored from a snapshot that held at least one document. */
  restored = false;

  private async load(path: string): Promise<void> {
    const snapshot = await readSnapshot(path);
    if (!snapshot) return;
    for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
      const docs = snapshot.containers[CONTAINERS[name].id] ?? [];
      for (const doc of docs) await this.containers[name].items.upsert(doc);
      if (docs.length > 0) this.restored = true;
    }
  }

  /**
   * Persists the store if anything was written since the last flush. Calls are serialised so two
   * overlapping requests cannot write snapshots out of order.
   */
  flush(): Promise<void> {
    const run = this.flushing.then(async () => {
      if (!this.snapshotPath || !this.dirty) return;
      this.dirty = false;
      const snapshot: StoreSnapshot = { format: 1, savedAt: new Date().toISOString(), containers: {} };
      for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
        const { resources } = await this.containers[name].items.readAll<Record<string, unknown>>().fetchAll();
        snapshot.containers[CONTAINERS[name].id] = resources.map((r) => stripSystemProperties(r));
      }
      await writeSnapshot(this.snapshotPath, snapshot);
    });
    this.flushing = run.catch(() => undefined);
    return run;
  }

  async stop(): Promise<void> {
    await this.flush();
    this.client.dispose();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function isWrite(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  return req.method !== 'POST' || req.headers['x-ms-documentdb-isquery'] === undefined;
}
