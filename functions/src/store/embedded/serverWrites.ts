import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { JournalChange } from './storeJournal.js';
import type { StoredDocument } from './snapshotFile.js';

/**
 * The slice of @vercel/cosmosdb-server's in-memory collection (lib/account/documents.js) the durable store
 * relies on. The server has no hook for "a document changed", so its two mutating primitives are wrapped:
 * `_set` (create, and the second half of replace/upsert) and `delete`. Pinned dependency; the store tests
 * fail loudly if a new version moves these.
 */
export interface ServerDocuments {
  _parent: { read(): { id: string } | undefined };
  _data: Map<string, { read(): Record<string, unknown> | undefined }>;
  _set(data: Record<string, unknown>): Record<string, unknown>;
  _item(keyPath: string, id: string, partition: unknown): { read(): Record<string, unknown> | undefined };
  _getPartition(data: Record<string, unknown>): unknown;
  delete(id: string, partition: unknown): void;
  upsert(data: Record<string, unknown>): Record<string, unknown>;
  read(options?: unknown): unknown;
  query(params: unknown, options: unknown): unknown;
}

interface Touched {
  documents: ServerDocuments;
  container: string;
  id: string;
  partitionKey: unknown;
  /** Content before the request first touched the document, to tell a real change from a rewrite of the same content. */
  before: string | undefined;
}

/** What one request to the embedded server changed, and how to put it back. */
export interface WriteScope {
  touched: Map<string, Touched>;
  undo: (() => void)[];
}

interface RequestScope {
  owner: object;
  write?: WriteScope;
  seen(container: string, documents: ServerDocuments): void;
}

const scopes = new AsyncLocalStorage<RequestScope>();
const require = createRequire(import.meta.url);
const Documents = (require('@vercel/cosmosdb-server/lib/account/documents.js') as { default: { prototype: ServerDocuments } }).default;
// Detached on purpose: the patched methods below call them with .call(this, …) on the server's own collections.
// eslint-disable-next-line @typescript-eslint/unbound-method
const original = { set: Documents.prototype._set, delete: Documents.prototype.delete, read: Documents.prototype.read, query: Documents.prototype.query };

/** Cosmos system properties are regenerated on load; the stored form never carries them. */
export function storedForm(data: Record<string, unknown>): StoredDocument {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!key.startsWith('_')) clean[key] = value;
  return clean as StoredDocument;
}

function containerOf(documents: ServerDocuments): string {
  return documents._parent.read()?.id ?? '';
}

function touch(scope: WriteScope, documents: ServerDocuments, data: Record<string, unknown>, existedBefore: boolean): void {
  const partitionKey = documents._getPartition(data);
  const container = containerOf(documents);
  const id = String(data['id']);
  const key = JSON.stringify([container, partitionKey ?? null, id]);
  if (!scope.touched.has(key))
    scope.touched.set(key, { documents, container, id, partitionKey, before: existedBefore ? JSON.stringify(storedForm(data)) : undefined });
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  Documents.prototype._set = function (this: ServerDocuments, data) {
    const result = original.set.call(this, data);
    const write = scopes.getStore()?.write;
    if (write) {
      touch(write, this, data, false);
      write.undo.push(() => original.delete.call(this, String(data['id']), this._getPartition(data)));
    }
    return result;
  };
  Documents.prototype.delete = function (this: ServerDocuments, id, partition) {
    const existing = this._item('/id', id, partition).read();
    original.delete.call(this, id, partition);
    const write = scopes.getStore()?.write;
    if (write && existing) {
      touch(write, this, existing, true);
      write.undo.push(() => original.set.call(this, existing));
    }
  };
  Documents.prototype.read = function (this: ServerDocuments, options) {
    scopes.getStore()?.seen(containerOf(this), this);
    return original.read.call(this, options);
  };
  Documents.prototype.query = function (this: ServerDocuments, params, options) {
    scopes.getStore()?.seen(containerOf(this), this);
    return original.query.call(this, params, options);
  };
}

/** The changes a request made that differ from what was there before; rewrites of identical content are left out. */
export function netChanges(scope: WriteScope): JournalChange[] {
  const changes: JournalChange[] = [];
  for (const t of scope.touched.values()) {
    const now = t.documents._item('/id', t.id, t.partitionKey).read();
    const after = now ? storedForm(now) : undefined;
    if ((after ? JSON.stringify(after) : undefined) === t.before) continue;
    changes.push(
      after
        ? { container: t.container, id: t.id, partitionKey: t.partitionKey, document: after }
        : { container: t.container, id: t.id, partitionKey: t.partitionKey, deleted: true },
    );
  }
  return changes;
}

export function rollBack(scope: WriteScope): void {
  for (const undo of scope.undo.reverse()) undo();
}

/** Direct, unjournaled writes into the server's memory: loading a snapshot and replaying a journal. */
export function applyStored(documents: ServerDocuments, change: JournalChange): void {
  if (change.deleted) {
    if (documents._item('/id', change.id, change.partitionKey).read()) original.delete.call(documents, change.id, change.partitionKey);
  } else {
    documents.upsert(change.document!);
  }
}

export function allStored(documents: ServerDocuments): StoredDocument[] {
  const all: StoredDocument[] = [];
  for (const item of documents._data.values()) {
    const data = item.read();
    if (data) all.push(storedForm(data));
  }
  return all;
}

export interface WriteHooks {
  /** Called with each container's collection the first time a request reads it. */
  seen(container: string, documents: ServerDocuments): void;
  /**
   * Runs one mutating request: `handle` runs the server's own handler and resolves with the scope once it
   * has produced its response; `commit` decides, before the response leaves, whether it stands.
   */
  commit(scope: WriteScope): Promise<'committed' | 'failed'>;
  /** Serialises mutating requests, so a rollback never undoes another request's change. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Re-registers the server's request listener inside a scope that records what each mutating request changes,
 * and holds its response until `commit` has made the change durable, or answers 503 after rolling it back.
 * Mutating requests run one at a time, so a rollback only ever undoes its own request. A read running during
 * the fsync can see a change that is then rolled back; only on a failing disk, and locally that is accepted.
 */
export function interceptWrites(server: Server, hooks: WriteHooks): void {
  install();
  const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const owner = {};
  const seen = (container: string, documents: ServerDocuments) => hooks.seen(container, documents);
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of listeners) listener(req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isMutating(req)) {
      scopes.run({ owner, seen }, () => handle(req, res));
      return;
    }
    void hooks.exclusive(
      () =>
        new Promise<void>((done) => {
          const write: WriteScope = { touched: new Map(), undo: [] };
          const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
          let ended = false;
          res.once('close', () => done());
          res.end = ((chunk?: unknown) => {
            if (ended) return res;
            ended = true;
            hooks
              .commit(write)
              .then((outcome) => {
                if (outcome === 'failed') {
                  res.statusCode = 503;
                  res.removeHeader('etag');
                  end(JSON.stringify({ code: 'ServiceUnavailable', message: 'The local store could not write its journal; the change was not applied.' }));
                } else end(chunk);
              })
              .catch(() => end(chunk))
              .finally(() => done());
            return res;
          }) as typeof res.end;
          scopes.run({ owner, write, seen }, () => handle(req, res));
        }),
    );
  });
}

function isMutating(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  return req.headers['x-ms-documentdb-isquery'] === undefined && req.headers['x-ms-cosmos-is-query-plan-request'] === undefined;
}
