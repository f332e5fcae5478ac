import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

const functionsDir = fileURLToPath(new URL('../../', import.meta.url));
const webDist = join(functionsDir, '..', 'web', 'dist');
const domainDir = join(functionsDir, '..', 'packages', 'domain');

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * The zip to deploy to the Function App (`az functionapp deploy --type zip`): compiled code, host.json,
 * package.json with production dependencies installed, and the built tab as webroot/ (served at "/").
 * Run after `npm run build`; `--skip-install` leaves node_modules out (for checks without the registry).
 */
export async function packFunctionApp(options: { skipInstall?: boolean } = {}): Promise<{ path: string; entries: string[] }> {
  const staging = join(functionsDir, 'build', 'functionapp');
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await cp(join(functionsDir, 'dist'), join(staging, 'dist'), {
    recursive: true,
    filter: (src) => !/\.(tsbuildinfo|map|d\.ts)$/.test(src) && !/[\\/]dist[\\/](localHost|cli)([\\/]|$)/.test(src),
  });
  await cp(join(functionsDir, 'host.json'), join(staging, 'host.json'));
  await cp(webDist, join(staging, 'webroot'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  const manifest = JSON.parse(await readFile(join(functionsDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  // Only the runtime dependencies: the embedded Cosmos server (a devDependency) is for the local host and tests;
  // Azure talks to a real account. The workspace's domain package is not on the registry, so it is copied in built
  // and its own dependencies are installed beside the others.
  const domainManifest = JSON.parse(await readFile(join(domainDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const dependencies = { ...(manifest['dependencies'] as Record<string, string>), ...(domainManifest['dependencies'] as Record<string, string> | undefined) };
  delete dependencies[domainManifest['name'] as string];
  await writeFile(
    join(staging, 'package.json'),
    JSON.stringify({ name: manifest['name'], version: manifest['version'], type: 'module', main: manifest['main'], dependencies }, null, 2),
  );
  if (!options.skipInstall) {
    execFileSync('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: staging, stdio: 'inherit' });
  }
  const domainTarget = join(staging, 'node_modules', ...(domainManifest['name'] as string).split('/'));
  await mkdir(domainTarget, { recursive: true });
  await cp(join(domainDir, 'package.json'), join(domainTarget, 'package.json'));
  await cp(join(domainDir, 'dist'), join(domainTarget, 'dist'), {
    recursive: true,
    filter: (src) => !/\.(tsbuildinfo|map|d\.ts)$/.test(src) && !/\.test\.js$/.test(src),
  });
  const files: Zippable = {};
  for (const file of await filesUnder(staging)) files[relative(staging, file).split('\\').join('/')] = await readFile(file);
  const path = join(functionsDir, 'build', 'functionapp.zip');
  await writeFile(path, zipSync(files, { level: 6 }));
  return { path, entries: Object.keys(files) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await packFunctionApp({ skipInstall: process.argv.includes('--skip-install') });
  console.log(`Function App package written to ${result.path} (${result.entries.length} files)`);
}
