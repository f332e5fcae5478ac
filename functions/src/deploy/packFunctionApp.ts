import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { bundleFunctionApp } from './bundleFunctionApp.js';
import { bundledPackages, thirdPartyNotices, type BundledPackage } from './thirdPartyNotices.js';

const functionsDir = fileURLToPath(new URL('../../', import.meta.url));
const webDist = join(functionsDir, '..', 'web', 'dist');

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

export interface FunctionAppPackage {
  path: string;
  entries: string[];
  /** esbuild's record of what went into the bundle; its input paths are relative to the functions workspace. */
  metafile: Metafile;
  packages: BundledPackage[];
  /** Where the source maps are written, beside the zip and not in it. */
  sourcemapDir: string;
}

/**
 * The zip to deploy to the Function App (`az functionapp deploy --type zip`): the esbuild bundle of the Azure entry
 * (bundleFunctionApp.ts), host.json, a package.json with "main" and no dependencies (nothing is installed: every
 * package is in the bundle, at the version the lockfile installed and the tests ran against), the licences of the
 * bundled packages, and the built tab as webroot/ (served at "/", precompressed twins included).
 * Run after `npm run build`.
 */
export async function packFunctionApp(): Promise<FunctionAppPackage> {
  const files: Zippable = {};
  const bundle = await bundleFunctionApp(functionsDir);
  for (const [path, contents] of bundle.code) files[path] = contents;
  const packages = await bundledPackages(bundle.metafile, functionsDir);
  files['THIRD-PARTY-NOTICES.txt'] = new TextEncoder().encode(await thirdPartyNotices(packages, functionsDir));
  files['host.json'] = await readFile(join(functionsDir, 'host.json'));
  const manifest = JSON.parse(await readFile(join(functionsDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  // "type": "module" makes the worker import() the ESM entry; "engines" is what infra/main.bicep provides.
  files['package.json'] = new TextEncoder().encode(
    JSON.stringify({ name: manifest['name'], version: manifest['version'], type: 'module', main: manifest['main'], engines: manifest['engines'] }, null, 2),
  );
  for (const file of await filesUnder(webDist)) {
    if (!file.endsWith('.map')) files[`webroot/${relative(webDist, file).split('\\').join('/')}`] = await readFile(file);
  }
  const sourcemapDir = join(functionsDir, 'build', 'functionapp-sourcemaps');
  await rm(sourcemapDir, { recursive: true, force: true });
  for (const [path, contents] of bundle.sourcemaps) {
    await mkdir(dirname(join(sourcemapDir, path)), { recursive: true });
    await writeFile(join(sourcemapDir, path), contents);
  }
  const path = join(functionsDir, 'build', 'functionapp.zip');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, zipSync(files, { level: 6 }));
  return { path, entries: Object.keys(files), metafile: bundle.metafile, packages, sourcemapDir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await packFunctionApp();
  console.log(`Function App package written to ${result.path} (${result.entries.length} files, ${result.packages.length} bundled packages)`);
}
