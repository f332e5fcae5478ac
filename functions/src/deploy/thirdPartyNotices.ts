import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { packageDirOf } from './packageDir.js';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  dir: string;
}

/** Every third-party package with code in the bundle (npm may install one name in several versions). */
export async function bundledPackages(metafile: Metafile, workingDir: string): Promise<BundledPackage[]> {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input);
    if (dir) dirs.add(dir);
  }
  const packages: BundledPackage[] = [];
  for (const dir of dirs) {
    const manifest = JSON.parse(await readFile(join(workingDir, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown };
    packages.push({
      name: manifest.name,
      version: manifest.version,
      license: typeof manifest.license === 'string' ? manifest.license : 'see licence text',
      dir,
    });
  }
  return packages.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/**
 * THIRD-PARTY-NOTICES.txt: name, version, SPDX id and the licence file of each bundled package. Bundling drops the
 * LICENSE files npm would have installed, and MIT, BSD and Apache-2.0 all ask for the notice to travel with the code.
 * Written here rather than with a licence plugin: it is a loop over esbuild's own metafile and the installed manifests.
 */
export async function thirdPartyNotices(packages: readonly BundledPackage[], workingDir: string): Promise<string> {
  const sections: string[] = [];
  for (const pkg of packages) {
    const dir = join(workingDir, pkg.dir);
    const licenceFiles = (await readdir(dir)).filter((f) => /^(licen[cs]e|copying|notice)([.-]|$)/i.test(f)).sort();
    const texts = await Promise.all(licenceFiles.map(async (f) => (await readFile(join(dir, f), 'utf8')).trim()));
    sections.push([`${pkg.name}@${pkg.version} (${pkg.license})`, texts.length ? texts.join('\n\n') : '(the package ships no licence file)'].join('\n\n'));
  }
  return `Third-party software bundled into this package (${packages.length} packages)\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}
