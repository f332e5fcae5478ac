import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, open, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedCosmos } from '@prt/functions/store/embedded/embeddedCosmos.js';
import { crashCopy } from '../support/dataFolder.js';

/** A real, small file system that fills up: tmpfs, where this runs as root (the CI container does). */
function mountSmallTmpfs(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'prt-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

const mounted = mountSmallTmpfs();

// Where tmpfs cannot be mounted (not root), the injected ENOSPC test in durableStore.test.ts is the test.
describe.runIf(mounted)('durable local store on a real full disk (tmpfs)', () => {
  const others: string[] = [];
  afterAll(async () => {
    execFileSync('umount', [mounted!]);
    await rm(mounted!, { recursive: true, force: true });
    for (const dir of others) await rm(dir, { recursive: true, force: true });
  });

  it('refuses writes with 503 while the disk is full, keeps none of them, and recovers when space is freed', async () => {
    const store = await EmbeddedCosmos.start({ snapshotPath: join(mounted!, 'store.json') });
    const items = store.containers.processings.items;
    await items.create({ id: 'before', tenantId: 't1', name: 'Före' });
    const filler = join(mounted!, 'filler');
    const handle = await open(filler, 'w');
    const block = Buffer.alloc(4096, 1);
    try {
      for (;;) await handle.write(block);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      await handle.close();
    }
    let refused = 0;
    for (let i = 0; i < 5; i++) {
      const outcome = await items.create({ id: `full-${i}`, tenantId: 't1', name: 'x'.repeat(8192) }).catch((e: { code: number }) => e);
      if ((outcome as { code?: number }).code === 503) refused++;
    }
    expect(refused).toBe(5);
    const ids = async (s: EmbeddedCosmos) => (await s.containers.processings.items.readAll<{ id: string }>().fetchAll()).resources.map((r) => r.id).sort();
    expect(await ids(store)).toEqual(['before']);
    await unlink(filler);
    await items.create({ id: 'after', tenantId: 't1', name: 'Efter' });
    const copy = await mkdtemp(join(tmpdir(), 'prt-tmpfs-copy-'));
    others.push(copy);
    await rm(copy, { recursive: true });
    await crashCopy(mounted!, copy);
    const restarted = await EmbeddedCosmos.start({ snapshotPath: join(copy, 'store.json') });
    expect(await ids(restarted)).toEqual(['after', 'before']);
    console.log(`tmpfs full disk: ${refused} of 5 writes refused with 503 and rolled back; 0 kept; writes resumed after space was freed`);
    await restarted.stop();
    await store.stop();
  });
});
