import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const assetsDir = fileURLToPath(new URL('../../../web/dist/assets', import.meta.url));

/** Prints the tab's JavaScript size as Teams users download it (gzipped). */
export async function runTabSizeBench(): Promise<void> {
  const files = (await readdir(assetsDir)).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = await readFile(join(assetsDir, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`tab js, all chunks: ${files.length} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
}
