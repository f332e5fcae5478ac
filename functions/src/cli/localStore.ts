import type { LocalApp } from '../localHost/startLocal.js';
import { DataFolderLockedError } from '../store/embedded/dataFolderLock.js';
import { StoreLoadError } from '../store/embedded/snapshotFile.js';

/**
 * Opens the local data folder for a command, or explains in one line why not: the running local host holds it
 * (one writer at a time, or the two would overwrite each other's writes), or it is damaged.
 */
export async function openLocalStore(start: () => Promise<LocalApp>, out: (line: string) => void): Promise<LocalApp | undefined> {
  try {
    return await start();
  } catch (error) {
    if (error instanceof DataFolderLockedError || error instanceof StoreLoadError) {
      out(`error: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}
