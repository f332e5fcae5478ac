import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { systemClock, type Clock } from '../app/clock.js';
import { configureServices, withServices, type Services } from '../app/services.js';
import { LocalDirectory } from '../directory/localDirectory.js';
import { LocalTokenIssuer } from '../auth/localTokenIssuer.js';
import { EmbeddedCosmos } from '../store/embedded/embeddedCosmos.js';
import { routes } from '../triggers/routes.js';
import { timers } from '../triggers/timers.js';
import azureFunctions from '@azure/functions';
import { composeLocal } from './composeLocal.js';
import { loadDemoAudience, loadSeedRegister } from './demoData.js';
import { createLocalHttpHost } from './httpHost.js';
import { localPaths, seedFile, SODERTALJE_SEED } from './localPaths.js';
import { localRoutes } from './localRoutes.js';

// The package is CommonJS; Node's ESM loader cannot see its named exports.
const { InvocationContext } = azureFunctions;

export interface StartLocalOptions {
  port?: number;
  /** Folder for the store snapshot; undefined keeps everything in memory (tests). */
  dataDir?: string;
  /** Seed file to load into an empty store; null for none. */
  seedPath?: string | null;
  clock?: Clock;
  /** Run timers on their local interval (off in tests, which trigger sweeps themselves). */
  runTimers?: boolean;
  log?: (line: string) => void;
}

export interface LocalApp {
  url: string;
  services: Services;
  store: EmbeddedCosmos;
  directory: LocalDirectory;
  stop(): Promise<void>;
}

/** The whole product on one machine: embedded Cosmos, the functions under /api, the tab at /. */
export async function startLocal(options: StartLocalOptions = {}): Promise<LocalApp> {
  const log = options.log ?? (() => undefined);
  const clock = options.clock ?? systemClock;
  const store = await EmbeddedCosmos.start(options.dataDir ? { snapshotPath: join(options.dataDir, 'store.json') } : {});
  const directory = await LocalDirectory.load(localPaths.directoryFile);
  let url = '';
  const services = composeLocal(store, directory, await LocalTokenIssuer.create(directory), clock, () => url);
  configureServices(async () => services);

  const seedPath = options.seedPath === undefined ? seedFile(SODERTALJE_SEED) : options.seedPath;
  if (!store.restored && seedPath) {
    const outcome = await loadSeedRegister(services, directory.tenantId, seedPath, clock.now(), await loadDemoAudience(localPaths.audienceFile));
    await store.flush();
    log(`demo data: ${outcome.created} processings loaded from ${SODERTALJE_SEED}`);
  } else if (!store.restored) {
    log(`demo data: seed file ${SODERTALJE_SEED} not found beside the repository (../shared/seeds); starting empty`);
  }

  const server = createLocalHttpHost({ routes: [...routes, ...localRoutes(directory)], webRoot: localPaths.webRoot, services });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;

  const intervals = (options.runTimers ? timers : []).map((timer) =>
    setInterval(() => {
      const context = new InvocationContext({ functionName: timer.name });
      withServices(services, () => timer.handler({ isPastDue: false, schedule: { adjustForDST: false }, scheduleStatus: { last: '', next: '', lastUpdated: '' } }, context))
        .then(() => services.afterWrite())
        .catch((error: unknown) => log(`timer ${timer.name} failed: ${error instanceof Error ? error.name : 'Error'}`));
    }, timer.localIntervalMs),
  );

  return {
    url,
    services,
    store,
    directory,
    stop: async () => {
      intervals.forEach(clearInterval);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.stop();
    },
  };
}
