import { agreementStatus, dpaStatus } from '@prt/domain/deadlines/processorDeadlines';
import type { ExportEntities } from '../../export/entityColumns.js';
import type { EntityDependencies } from './entityDependencies.js';
import { today } from './entityUseCases.js';

/** The entity facts the Art. 30 export shows beside each processing, as of today in the tenant's zone. */
export async function exportEntities(
  deps: Pick<EntityDependencies, 'systems' | 'processors' | 'clock' | 'tenants'>,
  tenantId: string,
): Promise<ExportEntities> {
  const day = today(deps, tenantId);
  const [systems, processors] = await Promise.all([deps.systems.list(tenantId), deps.processors.list(tenantId)]);
  return {
    systems: new Map(systems.map((s) => [s.id, { supplier: s.supplier, hosting: s.hosting, location: s.location }])),
    processors: new Map(
      processors.map((p) => {
        const status = dpaStatus(p, day);
        // The latest end among agreements in force, shown with the status.
        const ends = p.agreements.filter((a) => agreementStatus(a, day) === status && a.validUntil).map((a) => a.validUntil!);
        return [p.id, { dpaStatus: status, ...(ends.length ? { validUntil: ends.sort().at(-1)! } : {}) }];
      }),
    ),
  };
}
