import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The source trees the boundary rules cover. */
export const CRUISED_TREES = ['packages/domain/src', 'functions/src', 'web/src', 'teams-app/src'];

// Runs from tests/scripts (vitest) and from tests/dist/scripts (compiled, in npm run lint).
export const repoRoot = fileURLToPath(new URL('.', import.meta.url)).replace(/tests[\\/](dist[\\/])?scripts[\\/]$/, '');

export interface CruiseViolation {
  rule: { name: string; severity: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

export interface CruisedModule {
  source: string;
  dependencies: { resolved: string; coreModule: boolean; couldNotResolve: boolean; dependencyTypes: string[] }[];
}

export interface CruiseResult {
  modules: CruisedModule[];
  summary: { violations: CruiseViolation[]; error: number; totalCruised: number };
}

// The package's exports map does not expose its bin, so it is taken from the root install.
const bin = join(repoRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/**
 * Runs depcruise with the repository's .dependency-cruiser.cjs as a child process (the CLI is the supported way
 * to apply a config file with its tsconfig and resolver options); exit code 1 only means "violations found".
 */
export async function cruise(paths: string[] = CRUISED_TREES): Promise<CruiseResult> {
  const run = promisify(execFile)(process.execPath, [bin, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...paths], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = await run.then(
    (r) => r.stdout,
    (error: { stdout?: string; code?: number; stderr?: string }) => {
      if (error.stdout) return error.stdout;
      throw new Error(`depcruise failed (${error.code}): ${error.stderr}`);
    },
  );
  return JSON.parse(output) as CruiseResult;
}
