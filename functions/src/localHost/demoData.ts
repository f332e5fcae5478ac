import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importRegister, type ImportOutcome, type ImportStores } from '../app/registerImport.js';
import { parseRegisterFile } from '../import/registerFile.js';
import type { ProcessingContent } from '@prt/domain/processing';
import type { DataFlow } from '@prt/domain/register/dataFlows';

export const SEED_ACTOR = 'system:seed';

/** Which demo departments and roles each processing concerns, by processing name. */
export interface DemoAudience {
  units: Record<string, string[]>;
  roles: Record<string, string[]>;
}

/** What a register in use has besides its text (functions/local/demoRegisterState.json), by processing name. */
export interface DemoRegisterState {
  dpiaRequired: string[];
  processors: Record<string, { name: string; agreementInPlace: boolean }[]>;
  /** The last yearly review that many days before the first start. */
  reviewedDaysAgo: Record<string, number>;
  /** Art. 30(1)(g) measures by profile; a processing takes "standard" unless securityProfile names another. */
  securityMeasures: Record<string, string[]>;
  securityProfile: Record<string, string>;
  /** Who gets what set by hand, one list of cells per purpose, where not every recipient gets every category. */
  dataFlows: Record<string, DataFlow[][]>;
  /** Left as the register text has them (no matrix, no security measures), so the overview has gaps to show. */
  leftIncomplete: string[];
}

/**
 * Loads a register file (the demo register) into an empty tenant through the same parser an admin's upload uses
 * (encoding, HTML cells, continuation rows), tagging each processing with the demo departments and roles it concerns.
 */
export async function loadSeedRegister(
  stores: ImportStores,
  tenantId: string,
  path: string,
  at: Date,
  audience?: DemoAudience,
  state?: DemoRegisterState,
): Promise<ImportOutcome> {
  const parsed = await parseRegisterFile(await readFile(path));
  if (audience) {
    for (const { content } of parsed.processings) {
      content.audience = {
        units: Object.keys(audience.units).filter((unit) => audience.units[unit]!.includes(content.name)),
        roles: Object.keys(audience.roles).filter((role) => audience.roles[role]!.includes(content.name)),
      };
    }
  }
  // Part of the record, so the imported first version holds it too.
  if (state) applyDemoState(parsed.processings, state);
  return importRegister(stores, parsed, { tenantId, actorId: SEED_ACTOR, at, fileName: basename(path) });
}

/** What the demo state adds to each processing the register text holds. */
export function applyDemoState(processings: readonly { content: ProcessingContent }[], state: DemoRegisterState): void {
  for (const { content } of processings) {
    if (state.dpiaRequired.includes(content.name)) content.dpiaRequired = true;
    const processors = state.processors[content.name];
    if (processors) content.processors = processors.map((p) => ({ ...p }));
    if (!state.leftIncomplete.includes(content.name)) completeDemoRecord(content, state);
  }
}

/**
 * A register in use keeps its security measures and its who-gets-what matrix. Where the demo state sets no matrix by
 * hand, each recipient the purpose names gets every category of every subject: what the register text itself says
 * when it lists recipients without saying which data each one receives.
 */
function completeDemoRecord(content: ProcessingContent, state: DemoRegisterState): void {
  const measures = state.securityMeasures[state.securityProfile[content.name] ?? 'standard'];
  if (!measures) throw new Error(`demo security profile for ${content.name} is not in the demo state`);
  content.securityMeasures = [...measures];
  const byHand = state.dataFlows[content.name];
  content.purposes.forEach((purpose, i) => {
    const recipients = purpose.recipients.filter((r) => r.trim() !== '');
    const cells =
      byHand?.[i] ??
      purpose.dataSubjectCategories.flatMap((subject) => purpose.personalDataCategories.map((c) => ({ subject, dataCategory: c.name, recipients })));
    if (cells.length > 0) purpose.dataFlows = cells.map((cell) => ({ ...cell, recipients: [...cell.recipients] }));
  });
}

export async function loadDemoAudience(path: string): Promise<DemoAudience> {
  return JSON.parse(await readFile(path, 'utf8')) as DemoAudience;
}

export async function loadDemoRegisterState(path: string): Promise<DemoRegisterState> {
  return JSON.parse(await readFile(path, 'utf8')) as DemoRegisterState;
}
