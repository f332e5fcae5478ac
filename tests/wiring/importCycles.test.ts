import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../functions/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative imports (type-only ones too: a cycle of types is still a cycle of concepts), as paths below functions/src. */
const imports = new Map(
  sourceFiles(src).map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)].map((m) =>
      relative(src, resolve(dirname(file), m[1]!)).replace(/\.js$/, '.ts'),
    );
    return [relative(src, file), targets] as const;
  }),
);

function cycles(edges: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) walk(next, [...path, next]);
    }
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) walk(node, [node]);
  return found;
}

// The check madge --circular makes for files, plus the one it cannot make: folders (app/, notify/, directory/ …) as layers.
describe('import structure of functions/src', () => {
  it('has no file-level import cycle', () => {
    expect(cycles(new Map([...imports].map(([file, targets]) => [file, new Set(targets)])))).toEqual([]);
  });

  it('has no folder-level import cycle: a lower layer never imports a folder that imports it', () => {
    const folder = (path: string) => path.split('/')[0]!;
    const edges = new Map<string, Set<string>>();
    for (const [file, targets] of imports) {
      for (const target of targets) {
        if (folder(target) === folder(file)) continue;
        if (!edges.has(folder(file))) edges.set(folder(file), new Set());
        edges.get(folder(file))!.add(folder(target));
      }
    }
    expect(cycles(edges)).toEqual([]);
    // Sanity: the scan sees the layering it guards.
    expect(edges.get('app')).toContain('notify');
  });
});
