import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Language } from '@prt/domain/language';
import { BASIS_LABEL } from '@prt/domain/privacyNotice/legalTexts';
import type { Processing } from '@prt/domain/processing';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { printable, registerReport } from '@prt/functions/export/authorityReport/registerReport.js';
import { registerDocx } from '@prt/functions/export/authorityReport/docxFile.js';
import { registerPdf } from '@prt/functions/export/authorityReport/pdfFile.js';
import { FULL_PROCESSOR, FULL_SYSTEM, fullProcessing } from '../support/fullRegister.js';
import { docxText, flat, pdfPages } from '../support/reportReaders.js';
import { authHeaders, startTestApp } from '../support/testApp.js';

const PRODUCED = '2026-12-01T20:00:00.000Z';

function report(processings: Processing[], language: Language = 'sv') {
  return registerReport({
    processings,
    systems: [FULL_SYSTEM],
    processors: [FULL_PROCESSOR],
    language,
    municipality: 'Exempelby kommun',
    producedAt: PRODUCED,
  });
}

/** What the authority must find for the processing with every linked item filled in (Swedish labels). */
const FULL_SV = [
  'Löneadministration för anställda – särskilda ärenden',
  'Rättslig förpliktelse (artikel 6.1 c); Avtal (artikel 6.1 b)',
  'Arbetsrätt, social trygghet och socialt skydd (artikel 9.2 b)',
  'Skatteförfarandelagen (2011:1244)',
  'Fackföreningstillhörighet (känslig, artikel 9)',
  'Vem får vad',
  'stannar hos den personuppgiftsansvarige',
  'Standardavtalsklausuler (artikel 46.2 c)',
  'Kryptering med kommunens nycklar räcker',
  'TIA-2025-07',
  'Gallringsbeslut, KS 2019/45 § 12',
  'anställningens upphörande',
  'Visma Enterprise AB',
  'Molntjänst (SaaS)',
  'HR-chefen',
  'KS 2024/112',
  'Microsoft Ireland (Irland)',
  'Okänd konsult',
  'Behörighetsstyrning',
  'Känsliga eller mycket personliga uppgifter',
  'Risken är godtagbar med åtgärderna',
  '2027-04-01',
  'Gemensamt personuppgiftsansvarig',
  'Grannby kommun',
  'Kommunalförbundet Räddning',
  'PUB-2024-3',
  '2026-12-01 20:00 UTC',
  'Registerversion',
  'Innehåll',
];

describe('the register for the supervisory authority (Art. 30(4)) as .docx and PDF', () => {
  it('holds every linked item of a fully filled processing, read back by mammoth and pdf.js', async () => {
    const r = report([fullProcessing(), fullProcessing({ id: 'draft', name: 'Utkast som inte ska med', status: 'draft' })]);
    const word = flat(await docxText(await registerDocx(r)));
    const pages = await pdfPages(await registerPdf(r));
    const pdf = flat(pages.join('\n'));
    for (const expected of FULL_SV) {
      expect(word, `docx: ${expected}`).toContain(expected);
      expect(pdf, `pdf: ${expected}`).toContain(expected);
    }
    for (const text of [word, pdf]) expect(text).not.toContain('Utkast som inte ska med');
    // Title page, contents, then the processing on a page of its own.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(flat(pages[0]!)).toContain('Exempelby kommun');
    expect(flat(pages[1]!)).toContain('Innehåll');
    expect(flat(pages[1]!)).toContain('Löneadministration för anställda');
  });

  it('keeps Danish and Swedish letters and writes each language’s labels', async () => {
    const named = fullProcessing({ name: 'Børn og unge – særlig støtte (åäö ÆØÅ)' });
    for (const [language, labels] of [
      ['sv', ['Register över behandlingar av personuppgifter', 'Lagringstid', 'Personuppgiftsbiträden']],
      ['da', ['Fortegnelse over behandlinger af personoplysninger', 'Slettefrist', 'Databehandlere', 'Databeskyttelsesrådgiver']],
      ['en', ['Record of processing activities', 'Retention', 'Processors', 'Data protection officer']],
    ] as const) {
      const r = report([named], language);
      const word = flat(await docxText(await registerDocx(r)));
      const pdf = flat((await pdfPages(await registerPdf(r))).join('\n'));
      for (const text of [word, pdf]) {
        expect(text).toContain('Børn og unge – særlig støtte (åäö ÆØÅ)');
        for (const label of labels) expect(text, `${language}: ${label}`).toContain(label);
        expect(text).toContain(BASIS_LABEL[language].legalObligation);
      }
    }
  });

  it('is not broken by hostile text: formulas, Markdown, control characters, XML and very long names', async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","klicka")',
      '# Rubrik **fet** [länk](http://evil.example)',
      'Styr\u0000tecken\u0007och\u001b[31mfärg\u000b',
      '</w:t></w:r><w:r><w:t>injicerad',
      `Långt${'ö'.repeat(1500)}namn`,
      'Halv surrogat \ud800 här',
    ];
    const processings = hostile.map((name, i) =>
      fullProcessing({ id: `h${i}`, name, securityMeasures: [name], purposes: [{ ...fullProcessing().purposes[0]!, description: name, recipients: [name] }] }),
    );
    const r = report(processings);
    const docx = await registerDocx(r);
    const pdf = await registerPdf(r);
    const word = await docxText(docx);
    const pdfText = (await pdfPages(pdf)).join('\n');
    for (const name of hostile) {
      const clean = printable(name);
      expect(word).toContain(clean);
      // pdf.js gives a long word back in pieces where it wrapped; compare without whitespace.
      expect(pdfText.replace(/\s/g, '')).toContain(clean.replace(/\s/g, ''));
    }
    expect(word).not.toContain('\u0000');
  });

  it('property: a register of any generated processings makes a .docx that mammoth reads back with every name', async () => {
    const nameArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => printable(s).trim().length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(nameArb, { minLength: 1, maxLength: 8, selector: (s) => printable(s).trim() }),
        fc.constantFrom<Language>('sv', 'da', 'en'),
        async (names, language) => {
          const processings = names.map((name, i) => fullProcessing({ id: `g${i}`, name }));
          const text = await docxText(await registerDocx(report(processings, language)));
          // mammoth writes a paragraph's runs as one line each, so compare line-wise after the same clean-up the writer does.
          for (const name of names) expect(flat(text)).toContain(flat(printable(name)).trim());
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('GET /api/export/register.pdf and .docx over the demo register', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
    await app.services.processings.create(fullProcessing({ id: 'full-demo', tenantId: app.directory.tenantId }));
  });
  afterAll(() => app.stop());

  const get = async (path: string, as: 'dpo' | 'staff' | 'admin' = 'dpo') => {
    const response = await fetch(`${app.url}/api/${path}`, { headers: await authHeaders(app, as) });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('contains every approved demo processing with its legal bases, in sv, da and en', async () => {
    const approved = await app.services.processings.list(app.directory.tenantId, { status: 'approved' });
    expect(approved.length).toBeGreaterThan(30);
    for (const language of ['sv', 'da', 'en'] as const) {
      const docx = await get(`export/register.docx?lang=${language}`);
      expect(docx.status).toBe(200);
      expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const pdf = await get(`export/register.pdf?lang=${language}`, 'admin');
      expect(pdf.status).toBe(200);
      expect(pdf.type).toBe('application/pdf');
      const word = flat(await docxText(docx.bytes));
      const pdfText = flat((await pdfPages(pdf.bytes)).join('\n'));
      for (const p of approved) {
        for (const text of [word, pdfText]) {
          expect(text, `${language}: ${p.name}`).toContain(flat(p.name));
          for (const basis of new Set(p.purposes.flatMap((x) => x.legalBasis.article6))) expect(text).toContain(BASIS_LABEL[language][basis]);
        }
      }
      expect(word).toContain(`${approved.length} ${{ sv: 'behandlingar', da: 'behandlinger', en: 'processings' }[language]}`);
    }
  });

  it('limits the report to one nämnd or controller, and is for the DPO and admins only', async () => {
    const ks = flat(await docxText((await get('export/register.docx?unit=Kommunstyrelsen')).bytes));
    const all = await app.services.processings.list(app.directory.tenantId, { status: 'approved' });
    for (const p of all) {
      if (p.organisationUnit === 'Kommunstyrelsen') expect(ks).toContain(flat(p.name));
      else expect(ks).not.toContain(`${flat(p.name)} – ${p.organisationUnit}`);
    }
    expect(ks).toContain('Omfattning: Kommunstyrelsen');
    const none = flat(await docxText((await get('export/register.docx?controller=Ingen%20s%C3%A5dan')).bytes));
    expect(none).toContain('0 behandlingar');
    expect((await get('export/register.pdf', 'staff')).status).toBe(403);
    expect((await get('export/register.docx', 'staff')).status).toBe(403);
    expect((await get('export/register.pdf?lang=fi')).status).toBe(400);
  });
});
