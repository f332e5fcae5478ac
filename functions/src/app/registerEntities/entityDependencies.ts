import { NotFoundError } from '@prt/domain/errors';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import type { ProcessorRepository, SystemRepository } from '../../store/entityRepository.js';
import type { ProcessingRepository } from '../../store/processingRepository.js';
import type { AuditLog, VersionRepository } from '../../store/versionRepository.js';
import type { Tenants } from '../../tenants/tenantSettings.js';
import type { Clock } from '../../time/clock.js';

export interface EntityDependencies {
  systems: SystemRepository;
  processors: ProcessorRepository;
  processings: ProcessingRepository;
  versions: VersionRepository;
  audit: AuditLog;
  clock: Clock;
  tenants: Tenants;
}

export type EntityKind = 'system' | 'processor';
export type EntityOf<K extends EntityKind> = K extends 'system' ? RegisterSystem : RegisterProcessor;

export function entityNotFound(kind: EntityKind): NotFoundError {
  return kind === 'system'
    ? new NotFoundError('system.notFound', {}, 'IT system not found')
    : new NotFoundError('processor.notFound', {}, 'processor not found');
}
