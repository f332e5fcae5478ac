import { refreshReferences } from '@prt/domain/entityReferences';
import type { ProcessingContent } from '@prt/domain/processing';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import { foldEntityName } from '@prt/domain/register/entityValidation';
import type { ProcessorRepository, SystemRepository } from '../../store/entityRepository.js';
import type { AuditLog } from '../../store/versionRepository.js';
import { linkedProcessor, linkedSystem } from './entityLinks.js';
import { byFoldedName, createOrFind, emptyProcessor, emptySystem, linkByName } from './linkEntities.js';

export interface ImportEntityStores {
  systems: SystemRepository;
  processors: ProcessorRepository;
  audit: AuditLog;
}

/**
 * The rows of an import with their `Name (Kind)` system cells and processor cells linked to the register's
 * entities by folded name. An entity missing for a name is created first (its id comes from the folded name, so
 * an import cut short and run again, or run twice, finds the one it made instead of making another). A dry run
 * links to existing entities only and creates nothing.
 */
export async function linkImportedRows(
  stores: ImportEntityStores,
  tenantId: string,
  actorId: string,
  at: Date,
  contents: ProcessingContent[],
  dryRun: boolean,
): Promise<ProcessingContent[]> {
  const systems = byFoldedName<RegisterSystem>(await stores.systems.list(tenantId));
  const processors = byFoldedName<RegisterProcessor>(await stores.processors.list(tenantId));
  if (!dryRun) {
    const deps = { ...stores, clock: { now: () => at } };
    for (const content of contents) {
      for (const s of content.systems) {
        const key = foldEntityName(s.name);
        if (!s.id && key && !systems.has(key))
          systems.set(key, (await createOrFind(deps, tenantId, actorId, 'system', emptySystem(s.name, s.kind))) as RegisterSystem);
      }
      for (const p of content.processors) {
        const key = foldEntityName(p.name);
        if (!p.id && key && !processors.has(key))
          processors.set(key, (await createOrFind(deps, tenantId, actorId, 'processor', emptyProcessor(p.name, p.agreementInPlace))) as RegisterProcessor);
      }
    }
  }
  const lookup = {
    systems: new Map([...systems.values()].map((s) => [s.id, linkedSystem(s)])),
    processors: new Map([...processors.values()].map((p) => [p.id, linkedProcessor(p)])),
  };
  return contents.map((content) => refreshReferences(linkByName(content, systems, processors).value, lookup).value);
}
