import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importRegister } from '../app/registerImport.js';
import { parseRegisterFile } from '../import/registerFile.js';
import { localPaths } from '../localHost/localPaths.js';
import { startLocal } from '../localHost/startLocal.js';
import type { Command, ParsedArgs } from './args.js';
import { openLocalStore } from './localStore.js';
import { StoreUnavailableError } from '../store/cosmos/cosmosErrors.js';

const USAGE = 'npm run cli -- import FILE --unit "NAME" [--controller "NAME"] [--dry-run] [--json]';

/**
 * `import FILE --unit "NAME" [--controller "..."] [--dry-run] [--json]` into the local store (.local-data, or
 * PRT_DATA_DIR). Exit code 1 when any row is rejected: then nothing is written.
 */
export const importCommand: Command = {
  usage: USAGE,
  options: { unit: { type: 'string' }, controller: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  run,
};

async function run(args: ParsedArgs, out: (line: string) => void): Promise<number> {
  const path = args.positional[0];
  if (!path || args.positional.length > 1) {
    out(`usage: ${USAGE}`);
    return 2;
  }
  const text = (name: string) => (typeof args.flags[name] === 'string' ? args.flags[name] : undefined);
  const dryRun = args.flags['dry-run'] === true;
  const asJson = args.flags['json'] === true;
  const parsed = await parseRegisterFile(await readFile(path), { organisationUnit: text('unit'), controller: text('controller') });
  if (dryRun && asJson) {
    out(
      JSON.stringify(
        { file: basename(path), format: parsed.format, encoding: parsed.encoding, processings: parsed.processings, rejected: parsed.rejected },
        null,
        2,
      ),
    );
    return parsed.rejected.length > 0 ? 1 : 0;
  }
  // An import into a new local store starts from this file, not from the demo register.
  const app = await openLocalStore(
    () => startLocal({ dataDir: process.env['PRT_DATA_DIR'] ?? localPaths.dataDir, seedPath: null, storeRole: 'npm run cli -- import' }),
    out,
  );
  if (!app) return 1;
  try {
    // One journal entry for the whole import: a crash keeps all of it or none; the outcome is printed once it is on disk.
    const outcome = await app.store.bulk(() =>
      importRegister(app.services, parsed, {
        tenantId: app.directory.tenantId,
        actorId: 'system:cli-import',
        at: new Date(),
        fileName: basename(path),
        dryRun,
      }),
    );
    await app.services.afterWrite();
    if (asJson) out(JSON.stringify({ dryRun, ...outcome }, null, 2));
    else {
      out(
        `${dryRun ? 'dry run: ' : ''}${outcome.created} created, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.rejected.length} rejected`,
      );
      for (const r of outcome.rejected) out(`  line ${r.line}: ${r.field ? `${r.field}: ` : ''}${r.message}`);
      if (outcome.rejected.length > 0) out('nothing was written');
    }
    return outcome.rejected.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    out(`error: ${error.message}`);
    return 1;
  } finally {
    await app.stop();
  }
}
