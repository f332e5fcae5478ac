import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAppPackage, PLACEHOLDERS } from './appPackage.js';

/**
 * `npm run package --workspace teams-app -- --env FILE`: fills the manifest from a KEY=VALUE file (or the
 * environment), validates it offline and writes build/appPackage.<env>.zip for upload in Teams admin center.
 */
const args = process.argv.slice(2);
const envFile = args[args.indexOf('--env') + 1];
const values: Record<string, string> = {};
for (const name of PLACEHOLDERS) if (process.env[name]) values[name] = process.env[name]!;
if (args.includes('--env') && envFile) {
  for (const line of (await readFile(envFile, 'utf8')).split(/\r?\n/)) {
    const m = /^\s*([A-Z_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) values[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
  }
}
try {
  const built = await buildAppPackage(values);
  const out = fileURLToPath(new URL('../build/', import.meta.url));
  await mkdir(out, { recursive: true });
  const name = `appPackage.${
    envFile
      ? basename(envFile)
          .replace(/\.[^.]*$/, '')
          .replace(/^\.?env\.?/, '') || 'local'
      : 'env'
  }.zip`;
  await writeFile(join(out, name), built.zip);
  console.log(`Teams app package written to ${join(out, name)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
