import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cruise, repoRoot, type CruiseResult } from '../scripts/depcruise.js';
import { folderCycles, folderOf } from '../scripts/folderCycles.js';

function ruleHits(result: CruiseResult, rule: string): { from: string; to: string }[] {
  return result.summary.violations.filter((v) => v.rule.name === rule).map(({ from, to }) => ({ from, to }));
}

describe('the real tree', () => {
  it('keeps every boundary rule and has no folder cycles beyond the temporary allow-list', async () => {
    const result = await cruise();
    expect(result.summary.totalCruised).toBeGreaterThan(150);
    expect(result.summary.violations).toEqual([]);
    expect(folderCycles(result.modules)).toEqual([]);
  });
});

describe('planted violations', () => {
  // Unique names so a concurrent run in another worktree or a crashed earlier run cannot collide with this one.
  const tag = `__planted_${process.pid}__`;
  const files: Record<string, string> = {
    [`packages/domain/src/${tag}fs.ts`]: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    [`packages/domain/src/${tag}store.ts`]: "export type { Containers } from '../../../functions/src/store/containers.js';\n",
    [`packages/domain/src/${tag}cycleA.ts`]: `import { b } from './${tag}cycleB.js';\nexport const a = (): number => b() + 1;\n`,
    [`packages/domain/src/${tag}cycleB.ts`]: `import { a } from './${tag}cycleA.js';\nexport const b = (): number => (a.length ? 0 : 1);\n`,
    [`web/src/${tag}client.ts`]: "export type { Containers } from '../../functions/src/store/containers.js';\n",
    [`teams-app/src/${tag}package.ts`]: "export { CONTAINERS } from '@prt/functions/store/containers.js';\n",
    [`functions/src/triggers/${tag}trigger.ts`]: "export type { Containers } from '../store/containers.js';\n",
    // Folder cycle without a file cycle: up/top → down/middle → up/bottom.
    [`web/src/${tag}up/top.ts`]: `import { middle } from '../${tag}down/middle.js';\nexport const top = (): string => middle();\n`,
    [`web/src/${tag}down/middle.ts`]: `import { bottom } from '../${tag}up/bottom.js';\nexport const middle = (): string => bottom;\n`,
    [`web/src/${tag}up/bottom.ts`]: "export const bottom = 'bottom';\n",
  };
  let result: CruiseResult;

  beforeAll(async () => {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(repoRoot, path)), { recursive: true });
      await writeFile(join(repoRoot, path), text);
    }
    try {
      result = await cruise(Object.keys(files));
    } finally {
      await removePlanted();
    }
  });

  async function removePlanted(): Promise<void> {
    for (const path of Object.keys(files)) await rm(join(repoRoot, path), { force: true });
    await rm(join(repoRoot, `web/src/${tag}up`), { recursive: true, force: true });
    await rm(join(repoRoot, `web/src/${tag}down`), { recursive: true, force: true });
  }
  afterAll(removePlanted);

  it('reports a Node built-in imported by the domain', () => {
    expect(ruleHits(result, 'domain-no-node-builtins')).toEqual([{ from: `packages/domain/src/${tag}fs.ts`, to: 'fs' }]);
  });

  it('reports the domain reaching into functions/', () => {
    expect(ruleHits(result, 'domain-imports-only-itself')).toEqual([{ from: `packages/domain/src/${tag}store.ts`, to: 'functions/src/store/containers.ts' }]);
  });

  it('reports clients importing functions/ (by path and by package name) and a trigger importing the store', () => {
    // Through the package name the import lands in functions/dist (built by npm test before vitest): still functions/.
    expect(ruleHits(result, 'clients-not-functions')).toEqual([
      { from: `teams-app/src/${tag}package.ts`, to: 'functions/dist/store/containers.js' },
      { from: `web/src/${tag}client.ts`, to: 'functions/src/store/containers.ts' },
    ]);
    expect(ruleHits(result, 'triggers-not-store')).toEqual([{ from: `functions/src/triggers/${tag}trigger.ts`, to: 'functions/src/store/containers.ts' }]);
  });

  it('reports a two-file cycle', () => {
    const cycles = result.summary.violations.filter((v) => v.rule.name === 'no-circular');
    expect(cycles).toHaveLength(1);
    const members = [cycles[0]!.from, ...(cycles[0]!.cycle ?? []).map((c) => c.name)];
    expect(members).toContain(`packages/domain/src/${tag}cycleA.ts`);
    expect(members).toContain(`packages/domain/src/${tag}cycleB.ts`);
  });

  it('reports a cycle between two folders that no file cycle shows (only the folder check catches it)', () => {
    expect(folderOf(`web/src/${tag}up/top.ts`)).toBe(`web/src/${tag}up`);
    const folders = folderCycles(result.modules, []).map((c) => c.folders);
    expect(folders).toContainEqual([`web/src/${tag}down`, `web/src/${tag}up`]);
  });
});
