import { localPaths } from './localPaths.js';
import { startLocal } from './startLocal.js';

/** `npm start`: the whole product locally, with demo data, persisted in .local-data/. */
const port = Number(process.env['PORT'] ?? 7071);
const dataDir = process.env['PRT_DATA_DIR'] ?? localPaths.dataDir;

const app = await startLocal({ port, dataDir, runTimers: true, demoActivity: true, log: (line) => console.log(line) });
console.log(`Processing register running at ${app.url}/ (API under ${app.url}/api, data in ${dataDir})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.stop().then(() => process.exit(0));
  });
}
