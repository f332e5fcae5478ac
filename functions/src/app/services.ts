import { AsyncLocalStorage } from 'node:async_hooks';
import type { Authenticator } from '../auth/authenticator.js';
import type { RoleGroups } from '../auth/roleMapping.js';
import type { BotRequestVerifier } from '../bot/botRequestVerifier.js';
import type { LocalTokenIssuer } from '../auth/localTokenIssuer.js';
import type { Directory } from '../directory/directory.js';
import type { ChatOutbox } from '../notify/chatOutbox.js';
import type { ProcessingRepository } from '../store/processingRepository.js';
import type { AuditLog, VersionRepository } from '../store/versionRepository.js';
import type { CaseRepository, ReminderLedger } from '../store/caseRepository.js';
import type { Tenants } from './tenantSettings.js';
import type { Clock } from './clock.js';
import type { RegisterSearch } from './registerSearch.js';

/** Everything a trigger needs, wired once per process by composeAzure or composeLocal. */
export interface Services {
  clock: Clock;
  authenticator: Authenticator;
  /** Which Entra groups grant which role (DPO_GROUP_ID etc., or the local directory file). */
  roleGroups: RoleGroups;
  botVerifier: BotRequestVerifier;
  directory: Directory;
  processings: ProcessingRepository;
  search: RegisterSearch;
  versions: VersionRepository;
  audit: AuditLog;
  chat: ChatOutbox;
  cases: CaseRepository;
  ledger: ReminderLedger;
  tenants: Tenants;
  /** Absolute link into the tab, e.g. for chat messages and cards. */
  tabLink(path: string): string;
  /** Local mode only: signs demo users in. Absent in Azure. */
  localTokens?: LocalTokenIssuer;
  /** Called after a request or timer run that may have written; the embedded store snapshots here. */
  afterWrite(): Promise<void>;
}


let provider: (() => Promise<Services>) | undefined;
/** Lets a host run several apps in one process (tests, the CLI): each request sees its own app's services. */
const scoped = new AsyncLocalStorage<Services>();

export function withServices<T>(services: Services, run: () => T): T {
  return scoped.run(services, run);
}
let current: Promise<Services> | undefined;

/** Chooses how services are built; the Azure entry point and the local host each call this once. */
export function configureServices(factory: () => Promise<Services>): void {
  provider = factory;
  current = undefined;
}

export function getServices(): Promise<Services> {
  const inScope = scoped.getStore();
  if (inScope) return Promise.resolve(inScope);
  if (!provider) throw new Error('services are not configured: call configureServices() at start-up');
  current ??= provider().catch((error: unknown) => {
    // A failed start (e.g. Cosmos unreachable) must not be cached for the life of the worker.
    current = undefined;
    throw error;
  });
  return current;
}
