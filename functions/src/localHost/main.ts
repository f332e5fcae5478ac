import { DataFolderLockedError } from '../store/embedded/dataFolderLock.js';
import { StoreLoadError } from '../store/embedded/snapshotFile.js';
import { localPaths } from './localPaths.js';
import { startLocal } from './startLocal.js';

/** `npm start`: the whole product locally, with demo data, persisted in .local-data/. */
const port = Number(process.env['PORT'] ?? 7071);
const dataDir = process.env['PRT_DATA_DIR'] ?? localPaths.dataDir;

const app = await startLocal({ port, dataDir, runTimers: true, demoActivity: true, log: (line) => console.log(line) }).catch((error: unknown) => {
  // A locked or damaged data folder is explained in one line; a stack trace would only bury it.
  if (error instanceof StoreLoadError || error instanceof DataFolderLockedError) {
    console.error(`cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
});
console.log(`Processing register running at ${app.url}/ (API under ${app.url}/api, data in ${dataDir})`);
// The secret is made for this run and only lets the local Playground talk to the local bot; it holds no personal data.
console.log(`Optional, in a second terminal: npm run playground -- '${app.botEndpoint}'`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.stop().then(() => process.exit(0));
  });
}
