import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import { parseRegisterFile as parseRegisterFileBefore } from './baseline/registerFile.js';
import { ms } from './percentiles.js';

const HEADER = ['Namn på behandling', 'Ändamål', 'Rättslig grund', 'Kategorier av registrerade', 'Personuppgifter', 'Mottagare', 'Lagringstid', 'IT-system'];

/** A register of `rows` rows: a processing every 4 rows, each followed by continuation purposes. */
function registerRows(rows: number): string[][] {
  const out = [HEADER];
  for (let i = 0; i < rows; i++) {
    const first = i % 4 === 0;
    out.push([
      first ? `Behandling ${i}` : '',
      `Ändamål ${i}`,
      i % 2 ? 'Rättslig förpliktelse, SFS 2001:453' : 'Allmänt intresse',
      'Medarbetare; Sökande',
      'Namn, personnummer, adress',
      'Skatteverket',
      'Gallras efter 2 år',
      `System ${i % 17} (verksamhetssystem); E-post (Outlook)`,
    ]);
  }
  return out;
}

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function tsv(rows: string[][]): Uint8Array {
  return new TextEncoder().encode(rows.map((r) => r.join('\t')).join('\n'));
}

async function time(parse: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await parse();
  return performance.now() - start;
}

/**
 * Import parsing time for generated registers, the current parser beside the one before the linear rewrite.
 * The old parser is skipped where it would take minutes (measured before the change: XLSX 10k rows ≈ 25 s).
 */
export async function runImportBench(): Promise<void> {
  const options = { organisationUnit: 'Kommunstyrelsen' };
  for (const size of [1_000, 10_000, 50_000, 100_000]) {
    const rows = registerRows(size);
    for (const [format, bytes] of [
      ['xlsx', await xlsx(rows)],
      ['tsv', tsv(rows)],
    ] as const) {
      let refused = '';
      const now = await time(() =>
        parseRegisterFile(bytes, options).catch((e: Error) => void (refused = ` refused: ${e.name} ${(e as { code?: string }).code ?? ''}`)),
      );
      const oldTooSlow = format === 'xlsx' && size > 10_000;
      const before = oldTooSlow ? 'skipped (quadratic)' : ms(await time(() => parseRegisterFileBefore(bytes, options)));
      console.log(`import ${format} ${String(size).padStart(6)} rows (${(bytes.length / 1024).toFixed(0)} KiB): now ${ms(now)}${refused}, before ${before}`);
    }
  }
}
