import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { htmlToText } from '@prt/functions/import/cellHtml.js';
import { decodeText } from '@prt/functions/import/textDecoding.js';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

describe('HTML in cells', () => {
  it('turns fragments into clean text with list items as lines', () => {
    expect(htmlToText('<p class="x" title="a > b">Pröva.</p><ul><li>Ett</li><li>Två &amp; tre</li></ul>')).toBe('Pröva.\nEtt\nTvå & tre');
    expect(htmlToText('Rad<br/>två&nbsp;ord &#229;&#xE4;')).toBe('Rad\ntvå ord åä');
    expect(htmlToText('5 < 6 och inget mer')).toBe('5 < 6 och inget mer');
    expect(htmlToText('<strong>Fet</strong> text')).toBe('Fet text');
    // Not formatting: kept as written, so a round trip cannot eat part of a name.
    expect(htmlToText('Hantera <script>x</script> & R&D')).toBe('Hantera <script>x</script> & R&D');
  });
});

describe('encodings', () => {
  it('reads UTF-8 with and without BOM, and Windows-1252', () => {
    expect(decodeText(Buffer.from('\ufeffLön', 'utf8'))).toEqual({ text: 'Lön', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0x4c, 0xf8, 0x6e]))).toEqual({ text: 'Løn', encoding: 'windows-1252' });
  });
});

describe('register files', () => {
  it('reads a Danish semicolon CSV in Windows-1252 with a title line and a continuation purpose', async () => {
    const parsed = await parseRegisterFile(fixture('danish-cp1252.csv'));
    expect(parsed).toMatchObject({
      format: 'delimited',
      encoding: 'windows-1252',
      rejected: [],
      title: { organisationUnit: 'Kultur- og Fritidsafdelingen', controller: 'Eksempelby Kommune' },
    });
    expect(parsed.processings.map((p) => p.content.name)).toEqual(['Løn og personaleadministration', 'Rekruttering']);
    const salary = parsed.processings[0]!.content;
    expect(salary.purposes.map((p) => p.legalBasis.article6)).toEqual([['legalObligation'], ['contract']]);
    expect(salary.purposes[0]!.personalDataCategories.find((c) => c.name === 'oplysninger om helbred')?.special).toBe(true);
    expect(salary.purposes[1]!.recipients).toEqual([]);
    expect(salary.systems).toEqual([
      { name: 'Silkeborg Data', kind: 'lønsystem' },
      { name: 'SBSYS', kind: 'ESDH' },
    ]);
    expect(salary.purposes[0]!.retention.periods).toEqual([{ amount: 5, unit: 'years' }]);
  });

  it('cleans HTML cells and reads systems with their kinds', async () => {
    const parsed = await parseRegisterFile(fixture('html-cells.tsv'), { organisationUnit: 'Socialnämnden', controller: 'Exempelby kommun' });
    const p = parsed.processings[0]!.content;
    expect(p.name).toBe('Hantera färdtjänst');
    expect(p.purposes[0]!.description).toBe('Pröva ansökningar om färdtjänst.\nUtreda behov\nFatta beslut & följa upp');
    expect(p.purposes[0]!.personalDataCategories).toEqual([
      { name: 'Namn', special: false },
      { name: 'Personnummer', special: false },
      { name: 'Uppgifter om hälsa', special: true },
    ]);
    expect(p.purposes[0]!.retention.text).toBe('Gallras 2 år efter avslutat ärende');
    expect(p.systems).toEqual([
      { name: 'Procapita', kind: 'verksamhetssystem' },
      { name: 'Outlook', kind: 'e-post' },
    ]);
    expect(p.organisationUnit).toBe('Socialnämnden');
  });

  it('continues a wrapped cell and adds rows without a name as purposes', async () => {
    const parsed = await parseRegisterFile(fixture('wrapped-cells.csv'), { organisationUnit: 'Stadsbyggnadsnämnden' });
    expect(parsed.rejected).toEqual([]);
    const p = parsed.processings[0]!.content;
    expect(p.purposes).toHaveLength(2);
    expect(p.purposes[0]!.recipients).toEqual(['Länsstyrelsen', 'Grannar vid grannehörande', 'Lantmäteriet']);
    expect(p.purposes[1]!.description).toBe('Handlägga strandskyddsdispens');
  });

  it('reads XLSX with title and blank rows, rich text and numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(['Behandlingsregister - Kultur- och fritidsnämnden, Exempelby kommun']);
    sheet.addRow([]);
    sheet.addRow(['Namn på behandling', 'Ändamål', 'Rättslig grund', 'Lagringstid', 'IT-system']);
    sheet.addRow([
      { richText: [{ text: 'Hantera ' }, { font: { bold: true }, text: 'bibliotekslån' }] },
      'Låna ut medier',
      'Avtal',
      3,
      'Libra (bibliotekssystem)',
    ]);
    const parsed = await parseRegisterFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.format).toBe('xlsx');
    expect(parsed.processings[0]!.line).toBe(4);
    expect(parsed.processings[0]!.content).toMatchObject({
      name: 'Hantera bibliotekslån',
      organisationUnit: 'Kultur- och fritidsnämnden',
      controller: 'Exempelby kommun',
      systems: [{ name: 'Libra', kind: 'bibliotekssystem' }],
    });
    expect(parsed.processings[0]!.content.purposes[0]!.retention.text).toBe('3');
  });

  it('reports rows it cannot read with their line numbers', async () => {
    const parsed = await parseRegisterFile(fixture('bad-rows.csv'), { organisationUnit: 'Tekniska nämnden' });
    expect(parsed.rejected).toEqual([
      { line: 2, code: 'import.noProcessingName', message: 'row has no processing name and no processing above it to continue' },
    ]);
    expect((await parseRegisterFile(Buffer.from('bara;text\nutan;rubriker'))).rejected[0]).toMatchObject({
      line: 1,
      code: 'import.noHeader',
      message: expect.stringMatching(/no header row/),
    });
  });
});
