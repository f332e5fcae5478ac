import type { Authenticator } from '../auth/authenticator.js';
import type { RoleGroups } from '../auth/roleMapping.js';
import type { RecordingActivityFeed } from '../notify/activityFeed.js';
import type { LocalTokenIssuer } from '../auth/localTokenIssuer.js';
import type { Directory } from '../directory/directory.js';
import type { ChatOutbox } from '../notify/chatOutbox.js';
import type { ProcessingRepository } from '../store/processingRepository.js';
import type { AuditLog, VersionRepository } from '../store/versionRepository.js';
import type { ImportJobRepository } from '../store/importJobRepository.js';
import type { CaseRepository, ReminderLedger } from '../store/caseRepository.js';
import type { Tenants } from '../tenants/tenantSettings.js';
import type { Clock } from '../time/clock.js';
import type { ThesaurusRepository } from '../store/thesaurusRepository.js';
import type { TemplateRepository } from '../store/templateRepository.js';
import type { RegisterSearch } from './registerSearch.js';
import type { ProcessorRepository, SystemRepository } from '../store/entityRepository.js';
import type { DocumentDraftRepository } from '../store/documentDraftRepository.js';
import type { DocumentReader } from './documentDrafts/documentReader.js';

/** The Teams bot as the HTTP trigger sees it: the Teams SDK validates the request and produces the answer. */
export interface BotEndpoint {
  handle(request: { body: unknown; headers: Record<string, string> }): Promise<{ status: number; body?: unknown }>;
}

/**
 * Everything a trigger needs, built by composeAzure or composeLocal and handed explicitly to createRoutes and
 * createTimers; several apps in one process (tests, the CLI) each get their own.
 */
export interface Services {
  clock: Clock;
  authenticator: Authenticator;
  /** Which Entra groups grant which role (DPO_GROUP_ID etc., or the local directory file). */
  roleGroups: RoleGroups;
  /** The Teams bot behind POST /api/messages (Microsoft's Teams SDK). */
  bot: BotEndpoint;
  /**
   * Local host only: the bot takes unsigned (Agents Playground) traffic, so /api/messages must come from loopback,
   * be JSON, and carry this per-run secret (`?secret=`), made at start and printed with the Playground command.
   */
  localBot?: { secret: string };
  directory: Directory;
  processings: ProcessingRepository;
  search: RegisterSearch;
  /** Each tenant's search thesaurus, when its DPO has edited it. */
  thesauri: ThesaurusRepository;
  /** Each tenant's template library (standard processings to start a unit's register from). */
  templates: TemplateRepository;
  versions: VersionRepository;
  /** IT systems and processors (with their agreements) that processings link to. */
  systems: SystemRepository;
  processors: ProcessorRepository;
  audit: AuditLog;
  importJobs: ImportJobRepository;
  chat: ChatOutbox;
  cases: CaseRepository;
  ledger: ReminderLedger;
  tenants: Tenants;
  /** Documents read into proposed processings, under the DPO's review until each is sent to the report flow. */
  documentDrafts: DocumentDraftRepository;
  documentReader: DocumentReader;
  /** Absolute link into the tab, e.g. for chat messages and cards. */
  tabLink(path: string): string;
  /** Local mode only: signs demo users in. Absent in Azure. */
  localTokens?: LocalTokenIssuer;
  /** Local mode only: the activity-feed notifications Graph would have been asked to send, in order. */
  localActivityFeed?: RecordingActivityFeed;
  /** Called after a request or timer run that may have written; the embedded store snapshots here. */
  afterWrite(): Promise<void>;
}
