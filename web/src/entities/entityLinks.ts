import { useEffect, useState } from 'react';
import { foldEntityName } from '@prt/domain/register/entityValidation';
import { listProcessors, listSystems } from './entityApi.js';

export interface EntityNames {
  systems: { id: string; name: string; kind: string }[];
  processors: { id: string; name: string }[];
}

const EMPTY: EntityNames = { systems: [], processors: [] };

/** The register's active systems and processors for the report form to pick from; empty when they cannot be read. */
export function useEntityNames(): EntityNames {
  const [names, setNames] = useState<EntityNames>(EMPTY);
  useEffect(() => {
    let current = true;
    void Promise.all([listSystems(), listProcessors()])
      .then(([systems, processors]) => {
        if (!current) return;
        setNames({
          systems: systems.filter((s) => !s.retired).map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
          processors: processors.filter((p) => !p.retired).map((p) => ({ id: p.id, name: p.name })),
        });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return names;
}

/**
 * The form's content with each system and processor whose name is a register entity's linked to it by id; any
 * other name stays a plain, unlinked name. The API then takes the linked copy from the entity.
 */
export function linkContent(content: Record<string, unknown>, names: EntityNames): Record<string, unknown> {
  const systems = new Map(names.systems.map((s) => [foldEntityName(s.name), s.id]));
  const processors = new Map(names.processors.map((p) => [foldEntityName(p.name), p.id]));
  const link = (items: unknown, ids: Map<string, string>) =>
    Array.isArray(items)
      ? items.map((item: { name: string }) => {
          const id = ids.get(foldEntityName(item.name));
          return id ? { id, ...item } : item;
        })
      : items;
  return { ...content, systems: link(content['systems'], systems), processors: link(content['processors'], processors) };
}
