import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { packFunctionApp } from '@prt/functions/deploy/packFunctionApp.js';

export interface MeasuredPackage {
  bytes: number;
  files: number;
  /** The package unzipped outside the repository, as the Function App gets it; remove with `dispose`. */
  unzippedEntry: string;
  dispose: () => Promise<void>;
}

/** The zip deployed to the Function App (the esbuild bundle): its size, how many files it holds, and a copy to run. */
export async function measurePackage(): Promise<MeasuredPackage> {
  const { path, entries } = await packFunctionApp();
  const dir = await mkdtemp(join(tmpdir(), 'prt-bench-functionapp-'));
  const zip = await JSZip.loadAsync(await readFile(path));
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), await file.async('uint8array'));
  }
  const main = (JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { main: string }).main;
  return {
    bytes: (await stat(path)).size,
    files: entries.length,
    unzippedEntry: join(dir, main),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
