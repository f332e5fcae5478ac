import { pathToFileURL } from 'node:url';
import { cruise, type CruisedModule } from './depcruise.js';

/**
 * TEMPORARY: folder pairs that still import each other both ways, to be emptied when the issue #11 work that
 * owns these folders (functions/src/app, notify, directory) is merged. Every other folder cycle fails.
 */
export const TEMPORARILY_ALLOWED_FOLDER_PAIRS: [string, string][] = [];

/**
 * The unit a module belongs to: the first folder under a workspace's src (functions/src/store/cosmos/x.ts →
 * functions/src/store). A file directly under src is its own unit; file cycles are depcruise's no-circular.
 */
export function folderOf(path: string): string {
  const match = /^((?:packages\/domain|functions|web|teams-app)\/src)\/([^/]+)\/./.exec(path);
  return match ? `${match[1]}/${match[2]}` : path;
}

export interface FolderCycle {
  folders: string[];
  /** File imports that make up the cycle, "from -> to", a few per folder edge. */
  imports: string[];
}

/** Strongly connected sets of more than one folder (Tarjan), after dropping the allowed two-way pairs. */
export function folderCycles(modules: CruisedModule[], allowedPairs: [string, string][] = TEMPORARILY_ALLOWED_FOLDER_PAIRS): FolderCycle[] {
  const edges = new Map<string, Map<string, string[]>>();
  for (const module of modules) {
    if (module.source.startsWith('node_modules/')) continue;
    for (const dependency of module.dependencies) {
      if (dependency.coreModule || dependency.couldNotResolve || dependency.resolved.startsWith('node_modules/')) continue;
      const from = folderOf(module.source);
      const to = folderOf(dependency.resolved);
      if (from === to) continue;
      const targets = edges.get(from) ?? new Map<string, string[]>();
      edges.set(from, targets);
      targets.set(to, [...(targets.get(to) ?? []), `${module.source} -> ${dependency.resolved}`]);
    }
  }
  for (const [a, b] of allowedPairs) {
    edges.get(a)?.delete(b);
    edges.get(b)?.delete(a);
  }

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);

  return components.map((folders) => ({
    folders,
    imports: folders.flatMap((from) => [...(edges.get(from) ?? [])].filter(([to]) => folders.includes(to)).flatMap(([, files]) => files.slice(0, 3))),
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await cruise();
  const cycles = folderCycles(result.modules);
  for (const cycle of cycles) console.error(`folder cycle: ${cycle.folders.join(' <-> ')}\n  ${cycle.imports.join('\n  ')}`);
  if (TEMPORARILY_ALLOWED_FOLDER_PAIRS.length)
    console.log(`folder cycles: ${TEMPORARILY_ALLOWED_FOLDER_PAIRS.length} pairs temporarily allowed (tests/scripts/folderCycles.ts)`);
  console.log(cycles.length ? `${cycles.length} folder cycle(s)` : 'no folder cycles');
  process.exitCode = cycles.length ? 1 : 0;
}
