import { purposeId } from '../identity.js';
import type { DataCategory, ItSystem, LegalBasis, Processing, Processor, Purpose, Retention, ThirdCountryTransfer } from '../processing.js';

/**
 * Brings a stored processing of an earlier shape to the current one. The shape before the connected register
 * (packages/domain/src/processing.ts before commit 894b6d1, and functions/src/domain/processing.ts before it)
 * had systems and processors without entity ids and none of the optional connected fields (dpia, role,
 * jointControllers, processorRecord, dataFlows, retention decision and starting event, transfer assessments,
 * provenance.template); those stay absent until someone records them, so they need no default. What this does
 * is make every field the current code reads present: lists that a hand-edited or partial document lacks,
 * systems or processors stored as bare names, purposes without ids. It never drops or rewrites a value that is
 * there (unknown fields included), so running it again changes nothing and nothing stored is lost.
 */
export function migrateProcessing(stored: unknown): Processing {
  const doc = record(stored);
  const name = text(doc['name']);
  const migrated: Record<string, unknown> = {
    ...doc,
    organisationUnit: text(doc['organisationUnit']),
    controller: text(doc['controller']),
    dpoContact: text(doc['dpoContact']),
    name,
    purposes: list(doc['purposes']).map((p, i) => migratePurpose(p, name, i)),
    systems: list(doc['systems']).map(migrateSystem),
    processors: list(doc['processors']).map(migrateProcessor),
    securityMeasures: strings(doc['securityMeasures']),
    dpiaRequired: doc['dpiaRequired'] === true,
    audience: migrateAudience(doc['audience']),
    provenance: isRecord(doc['provenance']) ? doc['provenance'] : { kind: 'seed', reference: '' },
  };
  return migrated as unknown as Processing;
}

function migratePurpose(value: unknown, processingName: string, index: number): Purpose {
  const p = record(value);
  return {
    ...p,
    id: text(p['id']) || purposeId(processingName, index),
    description: text(p['description']),
    legalBasis: migrateLegalBasis(p['legalBasis']),
    dataSubjectCategories: strings(p['dataSubjectCategories']),
    personalDataCategories: list(p['personalDataCategories']).map(migrateCategory),
    recipients: strings(p['recipients']),
    thirdCountryTransfers: list(p['thirdCountryTransfers']).map(migrateTransfer),
    retention: migrateRetention(p['retention']),
    sources: strings(p['sources']),
  };
}

function migrateLegalBasis(value: unknown): LegalBasis {
  const b = record(value);
  return {
    ...b,
    article6: strings(b['article6']),
    article9: strings(b['article9']),
    article10: b['article10'] === true,
    nationalLaw: text(b['nationalLaw']),
    originalText: text(b['originalText']),
  };
}

function migrateCategory(value: unknown): DataCategory {
  if (typeof value === 'string') return { name: value, special: false };
  const c = record(value);
  return { ...c, name: text(c['name']), special: c['special'] === true };
}

function migrateTransfer(value: unknown): ThirdCountryTransfer {
  const t = record(value);
  return { ...t, country: text(t['country']), safeguard: text(t['safeguard']) || 'unspecified', details: text(t['details']) } as ThirdCountryTransfer;
}

function migrateRetention(value: unknown): Retention {
  if (typeof value === 'string') return { text: value, periods: [], preserved: false };
  const r = record(value);
  return { ...r, text: text(r['text']), periods: list(r['periods']) as Retention['periods'], preserved: r['preserved'] === true };
}

function migrateSystem(value: unknown): ItSystem {
  if (typeof value === 'string') return { name: value, kind: '' };
  const s = record(value);
  return { ...s, name: text(s['name']), kind: text(s['kind']) };
}

function migrateProcessor(value: unknown): Processor {
  if (typeof value === 'string') return { name: value, agreementInPlace: false };
  const p = record(value);
  return { ...p, name: text(p['name']), agreementInPlace: p['agreementInPlace'] === true };
}

function migrateAudience(value: unknown): Processing['audience'] {
  const a = record(value);
  return { ...a, units: strings(a['units']), roles: strings(a['roles']) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Entries of a text list; a number or yes/no stored in one is kept as its text rather than dropped. */
function strings<T extends string = string>(value: unknown): T[] {
  return list(value)
    .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map((v) => String(v) as T);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
