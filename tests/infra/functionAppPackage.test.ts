import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { packFunctionApp } from '@prt/functions/deploy/packFunctionApp.js';

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

describe('Function App deployment package', () => {
  it('holds the Azure entry point, host.json, the tab as webroot and no local-only code', async () => {
    const { path, entries } = await packFunctionApp({ skipInstall: true });
    expect(entries).toEqual(expect.arrayContaining(['host.json', 'package.json', 'dist/azure/index.js', 'webroot/index.html']));
    expect(entries.some((e) => e.startsWith('dist/localHost/') || e.startsWith('dist/cli/'))).toBe(false);
    expect(entries.some((e) => e.endsWith('.map'))).toBe(false);
    // Read with JSZip, not the writer's own library.
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(
      Object.keys(zip.files)
        .filter((name) => !zip.files[name]!.dir)
        .sort(),
    ).toEqual([...entries].sort());
    const manifest = JSON.parse(await zip.file('package.json')!.async('string'));
    expect(manifest.main).toBe('dist/azure/index.js');
    expect(Object.keys(manifest.dependencies)).not.toContain('@vercel/cosmosdb-server');
    expect(manifest.devDependencies).toBeUndefined();
    // The workspace's domain package is not on the registry: it ships built, and its dependencies are installed.
    expect(manifest.dependencies).not.toHaveProperty('@prt/domain');
    expect(manifest.dependencies).toHaveProperty('@noble/hashes');
    expect(entries).toEqual(expect.arrayContaining(['node_modules/@prt/domain/package.json', 'node_modules/@prt/domain/dist/errors.js']));
    expect(entries.some((e) => e.startsWith('node_modules/@prt/domain/') && /\.test\.js$|\.d\.ts$|\.map$/.test(e))).toBe(false);
    expect(await zip.file('webroot/index.html')!.async('string')).toContain('<div id="root">');
  });

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
