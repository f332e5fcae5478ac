import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { authHeaders, callApi, startTestApp } from '../support/testApp.js';

// Each attack: a field of a report and a value someone could send; every one must answer 400 with the field and code.
// Control characters other than tab and line breaks are already refused by the JSON transport (body.controlCharacter);
// the domain refuses the rest, and all of them again for text that does not come as JSON (imports).
const ATTACKS: [field: string, value: string, code: string][] = [
  ['name', 'Lön\u0000hantering', 'body.controlCharacter'],
  ['name', 'Lön\u001Bhantering', 'body.controlCharacter'],
  ['name', 'Lön\u0085hantering', 'body.controlCharacter'],
  ['name', 'Lön\nhantering', 'text.controlCharacter'],
  ['name', 'Lön\thantering', 'text.controlCharacter'],
  ['name', 'Lön\uD800hantering', 'text.loneSurrogate'],
  ['name', 'Lön\uDFFFhantering', 'text.loneSurrogate'],
  ['name', 'Lönehantering\u202Egpj.exe', 'text.bidiControl'],
  ['name', 'Lön\u2066hantering\u2069', 'text.bidiControl'],
  ['name', '\u200B\u200C\u200D', 'text.invisibleOnly'],
  ['name', '\u2060\uFEFF\u00AD', 'text.invisibleOnly'],
  ['name', '\u3164', 'text.invisibleOnly'],
  ['organisationUnit', 'Social\u202Dnämnden', 'text.bidiControl'],
  ['controller', 'Exempelby\u007Fkommun', 'body.controlCharacter'],
  ['systems[0].name', 'Heroma\r\nPersonec', 'text.controlCharacter'],
];

async function upload(app: LocalApp, bytes: Uint8Array) {
  const response = await fetch(`${app.url}/api/import?dryRun=true&unit=IT&controller=Exempelby%20kommun`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { ...(await authHeaders(app, 'dpo')), 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
  return { status: response.status, body: (await response.json()) as { code: string; status: number } };
}

describe('hostile text and files over HTTP', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
  });
  afterAll(() => app.stop());

  it.each(ATTACKS)('refuses %s = %j with its code', async (field, value, code) => {
    const body = field === 'systems[0].name' ? processingInput({ systems: [{ name: value }] }) : processingInput({ [field]: value });
    const response = await callApi(app, 'processings', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'request.invalid', errors: [expect.objectContaining({ field, code })] });
  });

  it('stores text in NFC, so a decomposed spelling is found as the composed one', async () => {
    const created = await callApi(app, 'processings', { method: 'POST', body: processingInput({ name: 'Fo\u0308rskoleplacering' }) });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Förskoleplacering');
    expect((await callApi(app, 'search?q=F%C3%B6rskoleplacering', { as: 'dpo' })).body.items.map((p: { name: string }) => p.name)).toContain(
      'Förskoleplacering',
    );
  });

  it('refuses hostile case references and units with their codes', async () => {
    const response = await callApi(app, 'cases', {
      method: 'POST',
      as: 'dpo',
      body: { type: 'dsr', kind: 'access', reference: 'KS\u202E2026/1', unit: '\u200B', receivedOn: '2026-01-05' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'reference', code: 'text.bidiControl', params: { position: 3 } }),
        expect.objectContaining({ field: 'unit', code: 'text.invisibleOnly' }),
      ]),
    );
  });

  it('answers 400 import.invalidFile for XLSX files that are zips but not workbooks', async () => {
    const files = {
      brokenWorkbookXml: zipSync({
        '[Content_Types].xml': strToU8('<Types'),
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="a" sheetId="1"/></sheets'),
        'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>'),
      }),
      noWorkbook: zipSync({ 'hello.txt': strToU8('hej') }),
      truncated: zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'.repeat(50)) }).slice(0, 40),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const response = await upload(app, bytes);
      expect({ name, status: response.status, code: response.body.code }).toEqual({ name, status: 400, code: 'import.invalidFile' });
    }
  });
});
