import type { Principal } from '@prt/domain/principal';
import { NotFoundError, PreconditionFailedError } from '@prt/domain/errors';
import type { Processing } from '@prt/domain/processing';
import { isVisibleTo } from '@prt/domain/processingVisibility';
import type { Directory } from '../../directory/directory.js';
import type { Notifier } from '../../notify/chatMessage.js';
import type { ProcessingRepository, Stored } from '../../store/processingRepository.js';
import type { ProcessorRepository, SystemRepository } from '../../store/entityRepository.js';
import type { AuditLog, VersionRepository } from '../../store/versionRepository.js';
import type { Clock } from '../../time/clock.js';

export interface ReviewDependencies {
  processings: ProcessingRepository;
  versions: VersionRepository;
  audit: AuditLog;
  chat: Notifier;
  directory: Directory;
  clock: Clock;
  /** Absolute link into the tab for a path such as "/?processing=id". */
  tabLink(path: string): string;
  /** The entities processings link to; when given, an approval writes their current names (a rename may have raced it). */
  systems?: Pick<SystemRepository, 'list'>;
  processors?: Pick<ProcessorRepository, 'list'>;
}

/** A processing the principal may see; one they may not is reported as missing, not forbidden. */
export async function visibleProcessing(deps: Pick<ReviewDependencies, 'processings'>, principal: Principal, id: string): Promise<Stored<Processing>> {
  const stored = await deps.processings.get(principal.tenantId, id);
  if (!stored || !isVisibleTo(stored.value, principal)) throw processingNotFound();
  return stored;
}

export function processingNotFound(): NotFoundError {
  return new NotFoundError('processing.notFound', {}, 'processing not found');
}

export function processingChanged(name: string): PreconditionFailedError {
  return new PreconditionFailedError('processing.changed', {}, `processing "${name}" was changed by someone else; reload it and apply your change again`);
}
