import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';

/**
 * The file operations the durable store needs, behind one seam so tests can make the disk "full" (ENOSPC)
 * without a real full disk, and so every durability step (fsync of file and folder) is in one place.
 */
export interface StoreFiles {
  /** Opens (creating if needed) a file for appending. */
  openAppend(path: string): Promise<AppendFile>;
  /** Writes a whole file durably: temp file, fsync, rename over the target, fsync the folder. */
  replaceFile(path: string, write: (chunk: (text: string) => Promise<void>) => Promise<void>): Promise<void>;
  syncFolder(path: string): Promise<void>;
  list(folder: string): Promise<string[]>;
  remove(path: string): Promise<void>;
}

export interface AppendFile {
  append(bytes: Buffer): Promise<void>;
  /** fdatasync: resolves only once everything appended is on disk. */
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  size(): Promise<number>;
  close(): Promise<void>;
}

export const nodeStoreFiles: StoreFiles = {
  async openAppend(path) {
    const handle = await open(path, 'a');
    return appendFile(handle);
  },
  async replaceFile(path, write) {
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await write(async (text) => {
        await handle.write(text);
      });
      await handle.sync();
      await handle.close();
      await rename(temporary, path);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await this.syncFolder(path.slice(0, Math.max(path.lastIndexOf('/'), 1)));
  },
  async syncFolder(path) {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  list: (folder) => readdir(folder),
  remove: (path) => unlink(path),
};

function appendFile(handle: FileHandle): AppendFile {
  return {
    async append(bytes) {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        written += bytesWritten;
      }
    },
    sync: () => handle.datasync(),
    truncate: (length) => handle.truncate(length),
    size: async () => (await handle.stat()).size,
    close: () => handle.close(),
  };
}
