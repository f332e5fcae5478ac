import type { ItSystem, Processing, Processor } from './processing.js';

/**
 * A processing keeps a copy of what it shows of each linked IT system and processor ({ id, name, ... }), so search,
 * filters and exports read it without a join. These functions keep the copies true to the entities.
 */

export interface LinkedSystem {
  name: string;
  kind: string;
}

export interface LinkedProcessor {
  name: string;
  agreementInPlace: boolean;
}

export interface EntityLookup {
  systems: ReadonlyMap<string, LinkedSystem>;
  processors: ReadonlyMap<string, LinkedProcessor>;
}

type WithReferences = { systems: ItSystem[]; processors: Processor[] };

/**
 * The references rewritten from the entities they link (by id), and the paths that changed. Names without an id,
 * and ids the lookup does not know, are left as they are: the lookup may hold only the entities being renamed.
 */
export function refreshReferences<T extends WithReferences>(content: T, lookup: EntityLookup): { value: T; changed: string[] } {
  const changed: string[] = [];
  const systems = content.systems.map((s, i) => {
    const entity = s.id ? lookup.systems.get(s.id) : undefined;
    if (!entity) return s;
    // The kind stays the processing's own words unless it has none: two processings may call one system differently.
    const kind = s.kind || entity.kind;
    if (s.name !== entity.name) changed.push(`systems[${i}].name`);
    if (s.kind !== kind) changed.push(`systems[${i}].kind`);
    return s.name === entity.name && s.kind === kind ? s : { ...s, name: entity.name, kind };
  });
  const processors = content.processors.map((p, i) => {
    const entity = p.id ? lookup.processors.get(p.id) : undefined;
    if (!entity) return p;
    if (p.name !== entity.name) changed.push(`processors[${i}].name`);
    if (p.agreementInPlace !== entity.agreementInPlace) changed.push(`processors[${i}].agreementInPlace`);
    return p.name === entity.name && p.agreementInPlace === entity.agreementInPlace
      ? p
      : { ...p, name: entity.name, agreementInPlace: entity.agreementInPlace };
  });
  return changed.length ? { value: { ...content, systems, processors }, changed } : { value: content, changed };
}

export function linksEntity(content: WithReferences, kind: 'system' | 'processor', id: string): boolean {
  return kind === 'system' ? content.systems.some((s) => s.id === id) : content.processors.some((p) => p.id === id);
}

/**
 * The record as it stood before the system last rewrote its references, for a change proposal based on it. The
 * mark is trusted only while nothing else has written since: version, status and review date are what the
 * register's other writes change, and each of them keeps the mark as it spreads the stored document.
 */
export function referencesRewriteMark(current: Processing, fromEtag: string): NonNullable<Processing['referencesRewrittenFrom']> {
  return { etag: fromEtag, version: current.version, status: current.status, ...(current.lastReviewedAt ? { lastReviewedAt: current.lastReviewedAt } : {}) };
}

/** Whether a proposal made against `baseEtag` still describes the current record (only references rewritten since). */
export function proposalBaseHolds(current: Processing, currentEtag: string, baseEtag: string | null): boolean {
  if (baseEtag === currentEtag) return true;
  const mark = current.referencesRewrittenFrom;
  return (
    mark !== undefined &&
    mark.etag === baseEtag &&
    mark.version === current.version &&
    mark.status === current.status &&
    (mark.lastReviewedAt ?? '') === (current.lastReviewedAt ?? '')
  );
}
