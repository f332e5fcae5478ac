import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { systemClock, type Clock } from '../time/clock.js';
import type { Services } from '../app/services.js';
import type { RouteDefinition } from '../http/apiRoute.js';
import { LocalDirectory } from '../directory/localDirectory.js';
import { LocalTokenIssuer } from '../auth/localTokenIssuer.js';
import { EmbeddedCosmos } from '../store/embedded/embeddedCosmos.js';
import type { StoreFiles } from '../store/embedded/storeFiles.js';
import { createRoutes } from '../triggers/routes.js';
import { createTimers, type TimerDefinition } from '../triggers/timers.js';
import azureFunctions from '@azure/functions';
import { composeLocal } from './composeLocal.js';
import { loadDemoAudience, loadDemoRegisterState, loadSeedRegister } from './demoData.js';
import { loadDemoActivity } from './demoActivity.js';
import { createLocalHttpHost } from './httpHost.js';
import { localPaths } from './localPaths.js';
import { localRoutes } from './localRoutes.js';
import { linkTenantEntities } from '../app/registerEntities/linkEntities.js';

// The package is CommonJS; Node's ESM loader cannot see its named exports.
const { InvocationContext } = azureFunctions;

export interface StartLocalOptions {
  port?: number;
  /** Folder for the store snapshot; undefined keeps everything in memory (tests). */
  dataDir?: string;
  /** Register file to load into an empty store (default: the demo register); null for none. */
  seedPath?: string | null;
  clock?: Clock;
  /** Run timers on their local interval (off in tests, which trigger sweeps themselves). */
  runTimers?: boolean;
  /** Also create open cases and a pending report dated relative to now (npm start), so every page has something. */
  demoActivity?: boolean;
  log?: (line: string) => void;
  /** Named in the data folder's lock, so a second process is told who holds it. */
  storeRole?: string;
  /** File-system seam for the store (tests inject a full disk). */
  storeFiles?: StoreFiles;
}

export interface LocalApp {
  url: string;
  /** Where the Agents Playground posts to: /api/messages with this run's secret. */
  botEndpoint: string;
  services: Services;
  /** Every route the host serves, bound to this app's services: the Azure list plus the local-only ones. */
  routes: RouteDefinition[];
  store: EmbeddedCosmos;
  directory: LocalDirectory;
  stop(): Promise<void>;
}

const LINK_ACTOR = 'system:link';

/** The whole product on one machine: embedded Cosmos, the functions under /api, the tab at /. */
export async function startLocal(options: StartLocalOptions = {}): Promise<LocalApp> {
  const log = options.log ?? (() => undefined);
  const clock = options.clock ?? systemClock;
  const store = await EmbeddedCosmos.start(
    options.dataDir ? { snapshotPath: join(options.dataDir, 'store.json'), lockRole: options.storeRole ?? 'host', files: options.storeFiles, log } : {},
  );
  const directory = await LocalDirectory.load(localPaths.directoryFile);
  let url = '';
  const services = composeLocal(store, directory, await LocalTokenIssuer.create(directory), clock, () => url, undefined, log);

  const seedPath = options.seedPath === undefined ? localPaths.demoRegisterFile : options.seedPath;
  if (!store.restored && seedPath) {
    const audience = await loadDemoAudience(localPaths.audienceFile);
    const state = options.demoActivity ? await loadDemoRegisterState(localPaths.demoRegisterStateFile) : undefined;
    // Nothing is served yet, so the seed needs one fsync at its end rather than one per document.
    const outcome = await store.bulk(() => loadSeedRegister(services, directory.tenantId, seedPath, clock.now(), audience, state));
    log(`demo data: ${outcome.created} processings loaded from ${basename(seedPath)}`);
    if (state) {
      const activity = await store.bulk(() => loadDemoActivity(services, directory, state));
      log(`demo data: ${activity.cases} open cases with deadlines, ${activity.reports} report awaiting the DPO, ${activity.reviews} yearly reviews dated back`);
    }
  }

  if (store.restored) {
    // A data folder from before systems and processors were entities: their plain names are linked once (then a no-op).
    const linked = await store.bulk(() => linkTenantEntities(services, directory.tenantId, LINK_ACTOR));
    if (linked.processingsLinked > 0)
      log(`register: ${linked.processingsLinked} processings linked to ${linked.systemsCreated} new IT systems and ${linked.processorsCreated} new processors`);
  }

  // Bound to this app's services, so several apps in one process (tests, the CLI) never see each other's.
  const routes = [...createRoutes(services), ...localRoutes(directory, services)];
  const timers = createTimers(services);
  const server = createLocalHttpHost({ routes, webRoot: localPaths.webRoot });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;

  const fire = (timer: TimerDefinition) => {
    const context = new InvocationContext({ functionName: timer.name });
    timer
      .handler({ isPastDue: false, schedule: { adjustForDST: false }, scheduleStatus: { last: '', next: '', lastUpdated: '' } }, context)
      .then(() => services.afterWrite())
      .catch((error: unknown) => log(`timer ${timer.name} failed: ${error instanceof Error ? error.name : 'Error'}`));
  };
  // Each timer also runs once at start, as Azure does for a schedule that was missed while the app was down.
  const intervals = (options.runTimers ? timers : []).flatMap((timer) => [
    setTimeout(() => fire(timer), 0),
    setInterval(() => fire(timer), timer.localIntervalMs),
  ]);

  return {
    url,
    botEndpoint: `${url}/api/messages?secret=${encodeURIComponent(services.localBot?.secret ?? '')}`,
    services,
    routes,
    store,
    directory,
    stop: async () => {
      intervals.forEach((handle) => clearInterval(handle));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.stop();
    },
  };
}
