import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_PROVIDED } from '@prt/functions/deploy/bundleFunctionApp.js';
import { packFunctionApp, type FunctionAppPackage } from '@prt/functions/deploy/packFunctionApp.js';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import { createRoutes } from '@prt/functions/triggers/routes.js';
import { createTimers } from '@prt/functions/triggers/timers.js';
import { LazyServices } from '@prt/functions/wiring/servicesSource.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Static imports reachable from a source file: relative ones are followed (".js" specifiers name ".ts" sources),
 * workspace packages through their source directories, and every other package specifier is collected.
 * Dynamic import() is deliberately not followed: it is what may load local-only code on demand.
 */
function staticPackageImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const domainExports = JSON.parse(readFileSync(join(root, 'packages/domain/package.json'), 'utf8')).exports as Record<string, { source: string }>;
  const workspaces: Record<string, (sub: string) => string> = {
    '@prt/domain': (sub) => join(root, 'packages/domain', domainExports[sub ? `./${sub}` : '.']!.source),
    '@prt/functions': (sub) => join(root, 'functions/src', sub.replace(/\.js$/, '.ts')),
  };
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
    for (const { fileName: spec } of info.importedFiles) {
      if (spec.startsWith('.')) {
        visit(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
        continue;
      }
      const workspace = Object.keys(workspaces).find((w) => spec === w || spec.startsWith(`${w}/`));
      if (workspace) {
        visit(workspaces[workspace]!(spec.slice(workspace.length + 1)));
        continue;
      }
      packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return { files, packages };
}

/** Package names from esbuild's input paths (`../node_modules/@scope/name/...`), the innermost node_modules winning. */
function inputPackages(pack: FunctionAppPackage): Set<string> {
  const names = new Set<string>();
  for (const input of Object.keys(pack.metafile.inputs)) {
    const match = [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
    if (match) names.add(match[1]!);
  }
  return names;
}

/** The output files an output loads when it loads, following static imports only (dynamic import() stays lazy). */
function staticClosure(pack: FunctionAppPackage, output: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of pack.metafile.outputs[file]!.imports) if (!i.external && i.kind === 'import-statement') visit(i.path);
  };
  visit(output);
  return seen;
}

/** What tests/support/functionAppProbe.cjs prints. */
interface ProbeResult {
  error?: string;
  programmingModel?: string;
  registered: { name: string; type: string; route?: string; methods?: string[]; schedule?: string }[];
  resolvable: string[];
  failedToLoad: string[];
  pdf: { head: string; text: string };
  docxText: string;
  xlsxFormat: string;
  xlsxNames: string[];
  tab: { status: number; body: string };
}

describe('Function App deployment package', () => {
  let pack: FunctionAppPackage;
  let zip: JSZip;
  let tempRoot: string;
  beforeAll(async () => {
    pack = await packFunctionApp();
    // Read with JSZip, not the writer's own library.
    zip = await JSZip.loadAsync(readFileSync(pack.path));
    tempRoot = await mkdtemp(join(tmpdir(), 'prt-functionapp-'));
  });
  afterAll(async () => {
    if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
  });

  it('is the bundle, host.json, a manifest without dependencies, the licences and the tab, with no local-only code, no .map and no node_modules', async () => {
    const { entries } = pack;
    expect(entries).toEqual(expect.arrayContaining(['host.json', 'package.json', 'THIRD-PARTY-NOTICES.txt', 'dist/azure/index.js', 'webroot/index.html']));
    expect(
      Object.keys(zip.files)
        .filter((name) => !zip.files[name]!.dir)
        .sort(),
    ).toEqual([...entries].sort());
    expect(entries.filter((e) => e.startsWith('node_modules/') || e.endsWith('.map') || /(^|\/)(localHost|cli)\//.test(e))).toEqual([]);
    // Code is only the bundle: the entry and its chunks.
    expect(
      entries.filter((e) => e.endsWith('.js') && !e.startsWith('webroot/')).every((e) => e === 'dist/azure/index.js' || /^dist\/chunks\/[\w-]+\.js$/.test(e)),
    ).toBe(true);
    // A package of tens of files, not tens of thousands (most of them the tab's precompressed assets).
    expect(entries.length).toBeLessThan(400);
    const manifest = JSON.parse(await zip.file('package.json')!.async('string')) as unknown;
    expect(manifest).toEqual({
      name: '@prt/functions',
      version: expect.any(String) as unknown,
      type: 'module',
      main: 'dist/azure/index.js',
      engines: { node: '^22 || ^20.19' },
    });
    expect(await zip.file('webroot/index.html')!.async('string')).toContain('<div id="root">');
    // The source maps are written beside the zip, for reading stack traces.
    expect(existsSync(join(pack.sourcemapDir, 'dist/azure/index.js.map'))).toBe(true);
  });

  it('bundles no devDependency, no local-only module, and leaves only Node built-ins and the worker module external', () => {
    const inputs = Object.keys(pack.metafile.inputs);
    expect(inputs.filter((i) => /\/(localHost|cli|store\/embedded)\//.test(i) || i.includes('cosmosdb-server'))).toEqual([]);
    // npm marks a lockfile entry "dev" when only devDependencies lead to it; a package both sides use (jszip) is not.
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const lockKeys = pack.packages.map((p) =>
      relative(root, join(root, 'functions', p.dir))
        .split(sep)
        .join('/'),
    );
    expect(lockKeys.filter((key) => !lock.packages[key])).toEqual([]);
    expect(lockKeys.filter((key) => lock.packages[key]!.dev)).toEqual([]);
    const functionsDev = Object.keys((JSON.parse(readFileSync(join(root, 'functions/package.json'), 'utf8')) as { devDependencies: object }).devDependencies);
    expect(functionsDev).toContain('esbuild');
    expect([...inputPackages(pack)].filter((p) => functionsDev.includes(p))).toEqual([]);
    // What the Function App needs is in it: the SDKs of the lazy paths as well as the registration library.
    expect([...inputPackages(pack)]).toEqual(
      expect.arrayContaining(['@azure/functions', '@azure/cosmos', '@azure/identity', 'pdfmake', 'exceljs', 'docx', 'unpdf', 'mammoth']),
    );
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const externals = new Set(Object.values(pack.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    // Beside them only what a production install would not have either (debug's optional supports-color).
    const others = [...externals].filter((e) => !builtins.has(e) && !WORKER_PROVIDED.includes(e));
    expect(others.filter((name) => !lock.packages[`node_modules/${name}`]?.dev)).toEqual([]);
    expect(others.length).toBeLessThan(5);
  });

  it('keeps the lazily imported modules out of what the entry loads at registration', () => {
    const entry = Object.keys(pack.metafile.outputs).find((o) => pack.metafile.outputs[o]!.entryPoint === 'dist/azure/index.js')!;
    const loaded = staticClosure(pack, entry);
    const loadedInputs = [...loaded].flatMap((o) => Object.keys(pack.metafile.outputs[o]!.inputs));
    const heavy = [
      '@azure/cosmos',
      '@azure/identity',
      'pdfmake',
      'exceljs',
      'docx',
      'unpdf',
      'mammoth',
      '@microsoft/teams.apps',
      '@microsoft/microsoft-graph-client',
    ];
    expect(heavy.filter((name) => loadedInputs.some((i) => i.includes(`node_modules/${name}/`)))).toEqual([]);
    expect(loadedInputs.some((i) => i.includes('node_modules/@azure/functions/'))).toBe(true);
  });

  it('lists every bundled package with its licence text in THIRD-PARTY-NOTICES.txt', async () => {
    const notices = await zip.file('THIRD-PARTY-NOTICES.txt')!.async('string');
    expect(pack.packages.length).toBeGreaterThan(50);
    for (const p of pack.packages) expect(notices).toContain(`${p.name}@${p.version} (${p.license})`);
    expect(new Set(pack.packages.map((p) => p.name))).toEqual(inputPackages(pack));
    // pdfmake's own MIT licence text, not just its name.
    const pdfmake = notices.slice(notices.indexOf('pdfmake@'));
    expect(pdfmake.slice(0, 2000)).toMatch(/Permission is hereby granted, free of charge/);
  });

  it('registers every route and timer and runs the lazy PDF, Word, document-reading and xlsx paths from the unzipped package, with no node_modules reachable', async () => {
    const appDir = join(tempRoot, 'app');
    for (const [name, file] of Object.entries(zip.files)) {
      if (file.dir) continue;
      await mkdir(dirname(join(appDir, name)), { recursive: true });
      await writeFile(join(appDir, name), await file.async('uint8array'));
    }
    // Outside the repository, and no node_modules on the way up that Node's resolution could fall back to.
    expect(appDir.startsWith(root)).toBe(false);
    for (let dir = appDir; dir !== dirname(dir); dir = dirname(dir)) expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    const probe = join(tempRoot, 'probe.cjs');
    await writeFile(probe, readFileSync(join(root, 'tests/support/functionAppProbe.cjs')));
    await writeFile(join(tempRoot, 'register.tsv'), readFileSync(join(root, 'functions/local/demo-register.tsv')));
    const chunks = Object.fromEntries(
      Object.entries(pack.metafile.outputs)
        .filter(([, o]) => o.entryPoint?.startsWith('dist/'))
        .map(([file, o]) => [o.entryPoint!.slice('dist/'.length), file.slice(file.indexOf('dist/'))]),
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NODE_PATH|NODE_OPTIONS|VITEST.*)$/.test(key)));
    const out = execFileSync(process.execPath, [probe, appDir, JSON.stringify(chunks), join(tempRoot, 'register.tsv')], {
      cwd: appDir,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = out.split('\n').find((l) => l.startsWith('PROBE '));
    const result = JSON.parse(line!.slice('PROBE '.length)) as ProbeResult;
    expect(result.error).toBeUndefined();
    expect(result.programmingModel).toBe('@azure/functions');
    expect(result.resolvable).toEqual([]);
    expect(result.failedToLoad).toEqual([]);
    expect(Object.keys(chunks).length).toBeGreaterThan(8);

    // The registrations the compiled entry makes (azure/index.ts), built here from the same route and timer lists.
    const services = new LazyServices<never>(() => Promise.reject(new Error('not called')));
    const expected = [
      ...createRoutes(services).map((r) => ({ name: r.name, type: 'httpTrigger', route: `api/${r.route}`, methods: r.methods })),
      { name: 'tab', type: 'httpTrigger', route: '{*path}', methods: ['GET'] },
      ...createTimers(services).map((t) => ({ name: t.name, type: 'timerTrigger', schedule: t.schedule })),
    ];
    expect(expected.length).toBeGreaterThan(40);
    expect(result.registered).toEqual(expected);
    expect(result.tab.status).toBe(200);
    expect(result.tab.body).toContain('<div id="root">');

    expect(result.pdf.head).toBe('%PDF-');
    expect(result.pdf.text).toContain('Löneadministration åäö');
    expect(result.pdf.text).toContain('Lön æøå');
    expect(result.docxText).toContain('Löneadministration åäö');
    // The xlsx written by the bundle reads back, in the bundle, as the same processings the compiled importer finds in the TSV.
    const fromTsv = await parseRegisterFile(readFileSync(join(root, 'functions/local/demo-register.tsv')));
    expect(result.xlsxFormat).toBe('xlsx');
    expect(result.xlsxNames).toEqual(fromTsv.processings.map((p) => p.content.name));
    expect(result.xlsxNames.length).toBe(40);
  }, 120_000);

  it('keeps the embedded Cosmos server out of what Azure installs and loads', () => {
    const functionsManifest = JSON.parse(readFileSync(join(root, 'functions/package.json'), 'utf8'));
    expect(Object.keys(functionsManifest.dependencies)).not.toContain('@vercel/cosmosdb-server');
    const graph = staticPackageImports(join(root, 'functions/src/azure/index.ts'));
    expect(graph.files.size).toBeGreaterThan(20);
    expect([...graph.files].some((f) => f.includes('/localHost/') || f.includes('/store/embedded/'))).toBe(false);
    expect(graph.packages).toContain('@azure/functions');
    expect(graph.packages).not.toContain('@vercel/cosmosdb-server');
    // Whatever the entry reaches statically must be a runtime dependency (of functions or of the domain package it
    // brings along), or Azure would fail to load it.
    const domainManifest = JSON.parse(readFileSync(join(root, 'packages/domain/package.json'), 'utf8'));
    const runtime = new Set([...Object.keys(functionsManifest.dependencies), ...Object.keys(domainManifest.dependencies ?? {})]);
    const missing = [...graph.packages].filter((p) => !p.startsWith('node:') && !runtime.has(p));
    expect(missing).toEqual([]);
  });

  it('declares Node 22, the runtime infra/main.bicep gives the Function App, and still accepts Node 20.19 locally', () => {
    for (const manifest of ['package.json', 'functions/package.json']) {
      expect(JSON.parse(readFileSync(join(root, manifest), 'utf8')).engines).toEqual({ node: '^22 || ^20.19' });
    }
    expect(readFileSync(join(root, 'infra/main.bicep'), 'utf8')).toContain("runtime: { name: 'node', version: '22' }");
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies['@types/node']).toMatch(/^22\.\d+\.\d+$/);
  });
});
