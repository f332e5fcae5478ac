import { readFile } from 'node:fs/promises';
import { measureColdStart } from './coldStartBench.js';
import { measureFirstResult, type FirstResult } from './firstResultBench.js';
import { measurePackage } from './packageBench.js';

interface Baseline {
  commit: string;
  initialJsGzipKB: number;
  firstResultMs: { fast: number; throttled4x: number };
  coldStartMs: { entry: number; cosmos: number; ratio: number };
  package: { bytes: number; files: number };
  packageFromLockfile: { commit: string; bytes: number; files: number };
}

const baseline = JSON.parse(await readFile(new URL('../../../tests/bench/baseline/figures.json', import.meta.url), 'utf8')) as Baseline;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const MB = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/**
 * The tab's first load, the Function App's cold start and its package, beside the figures measured at the commit
 * issue #19 started from (tests/bench/baseline/figures.json: building that commit again inside the bench would
 * take minutes and the network). Goals: initial JS ≤ 150 kB gzipped, first result ≤ 1.0 s, cold start ≤ 2×.
 */
export async function runLeanBench(): Promise<void> {
  const first = await measureFirstResult();
  console.log(`(before = commit ${baseline.commit}, measured on this machine)`);
  console.log(
    `initial JS before the register shows: ${first.initialJs.files} files, ${kB(first.initialJs.gzipBytes)} kB gzipped (goal ≤ 150), ${kB(first.initialJs.brotliBytes)} kB as served (br) — before 1 file, ${baseline.initialJsGzipKB} kB gzipped, served uncompressed`,
  );
  console.log(
    `first result visible, cold load (median of 5): ${first.fast.toFixed(0)} ms (goal ≤ 1000) — before ${baseline.firstResultMs.fast} ms; ` +
      `4× CPU throttling: ${first.throttled.toFixed(0)} ms — before ${baseline.firstResultMs.throttled4x} ms`,
  );
  console.log(`waterfall of one full-speed run (ms from navigation; requests starting within ${WAVE_MS} ms of each other are one wave):`);
  for (const line of waterfallLines(first.waterfall)) console.log(`  ${line}`);
  const pack = await measurePackage();
  try {
    const cold = measureColdStart(pack.unzippedEntry);
    console.log(
      `cold start, import of the Azure entry: compiled ${cold.entry.toFixed(0)} ms, bundled ${cold.bundle.toFixed(0)} ms vs @azure/cosmos alone ${cold.cosmos.toFixed(0)} ms = ` +
        `${cold.ratio.toFixed(2)}× compiled, ${cold.bundleRatio.toFixed(2)}× bundled (goal ≤ 2×) — ` +
        `before ${baseline.coldStartMs.entry} ms vs ${baseline.coldStartMs.cosmos} ms = ${baseline.coldStartMs.ratio}×`,
    );
  } finally {
    await pack.dispose();
  }
  const lock = baseline.packageFromLockfile;
  console.log(
    `Function App package (esbuild bundle): ${MB(pack.bytes)} MB, ${pack.files} files — before: npm ci from the lockfile ${MB(lock.bytes)} MB, ${lock.files} files ` +
      `(commit ${lock.commit}); installed without the lockfile ${MB(baseline.package.bytes)} MB, ${baseline.package.files} files (commit ${baseline.commit})`,
  );
}

const WAVE_MS = 15;

/** Requests grouped into waves by start time, so a chain of waits shows as a column of lines. */
function waterfallLines({ requests, firstResultMs }: FirstResult['waterfall']): string[] {
  const sorted = [...requests].sort((a, b) => a.startMs - b.startMs);
  const lines: string[] = [];
  let wave: typeof sorted = [];
  const flush = () => {
    if (wave.length === 0) return;
    const names = wave.map((r) => r.name.replace(/-[\w-]{8}\.js$/, ''));
    const shown = names.length > 6 ? `${names.slice(0, 6).join(', ')} +${names.length - 6}` : names.join(', ');
    lines.push(`${wave[0]!.startMs.toFixed(0)}–${Math.max(...wave.map((r) => r.endMs)).toFixed(0)}: ${shown}`);
    wave = [];
  };
  for (const request of sorted) {
    if (wave.length > 0 && request.startMs > wave[0]!.startMs + WAVE_MS) flush();
    wave.push(request);
  }
  flush();
  lines.push(`${firstResultMs.toFixed(0)}: first result visible`);
  return lines;
}
