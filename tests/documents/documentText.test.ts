import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '@prt/functions/import/documents/documentText.js';
import { ImportLimitError } from '@prt/functions/import/importLimits.js';
import { docxFile, pdfFile, zipBombDocx } from '../support/documentFiles.js';

const refusedWith = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportLimitError);
  expect((error as ImportLimitError).code).toBe(code);
};

describe('text extraction from documents, per format', () => {
  it('.txt in UTF-8, UTF-16 (both byte orders, with BOM) and Windows-1252 read to the same text', async () => {
    const text = 'Rekrytering\nVi behandlar uppgifter om sökande; gallras två år efter beslut. Løn og ærinder.';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const cp1252 = Buffer.from([...text].map((c) => c.charCodeAt(0)));
    for (const bytes of [Buffer.from(text, 'utf8'), Buffer.from(`\ufeff${text}`, 'utf8'), utf16le, utf16be, cp1252]) {
      expect(await extractDocumentText(bytes, 'notice.txt')).toEqual({ format: 'txt', text });
    }
  });

  it('.txt: CRLF becomes LF, control characters and bidi overrides are removed, tab kept', async () => {
    const { text } = await extractDocumentText(Buffer.from('Rubrik\r\n\r\nRad\u0007 ett\tfält\u202e\r\nRad två\u0001\u009bx', 'utf8'), 'a.txt');
    expect(text).toBe('Rubrik\n\nRad ett\tfält\nRad tvåx');
  });

  it('.html: headings on lines of their own, entities decoded, scripts, styles and handlers never reach the text', async () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style><script>alert("x")</script></head>
      <body><h1>Integritetsinformation</h1><p>Vi behandlar <b>dina</b> uppgifter&nbsp;enligt artikel 6.1&nbsp;e.</p>
      <h2>Rekrytering</h2><ul><li>Namn</li><li>Kontakt&shy;uppgifter</li></ul><img src=x onerror="alert(1)"><p>Lagring &amp; gallring: 2 år.</p>
      <noscript>aktivera JavaScript</noscript><script type="module">document.cookie</script></body></html>`;
    const { format, text } = await extractDocumentText(Buffer.from(html, 'utf8'), 'notice.html');
    expect(format).toBe('html');
    expect(text).toBe(
      'Integritetsinformation\n\nVi behandlar dina uppgifter enligt artikel 6.1 e.\n\nRekrytering\n\nNamn\nKontakt\u00aduppgifter\nLagring & gallring: 2 år.',
    );
    expect(text).not.toMatch(/alert|cookie|<|JavaScript|color/);
  });

  it('.docx written with the docx library reads back with its headings as lines', async () => {
    const bytes = await docxFile([
      { heading: 'Rekrytering', paragraphs: ['Vi behandlar uppgifter om sökande.', 'Rättslig grund: artikel 6.1 e.'] },
      { heading: 'Lønadministration', paragraphs: ['Retsgrundlag: art. 6, stk. 1, litra c.'] },
    ]);
    const { format, text } = await extractDocumentText(bytes, 'handbog.docx');
    expect(format).toBe('docx');
    expect(text).toBe(
      'Rekrytering\n\nVi behandlar uppgifter om sökande.\nRättslig grund: artikel 6.1 e.\n\nLønadministration\n\nRetsgrundlag: art. 6, stk. 1, litra c.',
    );
  });

  it('.pdf: the text layer, read by unpdf on this Node', async () => {
    const { format, text } = await extractDocumentText(pdfFile(['Rekrytering', 'Uppgifterna gallras två år efter beslut.']), 'notice.pdf');
    expect(format).toBe('pdf');
    expect(text).toBe('Rekrytering\nUppgifterna gallras två år efter beslut.');
  });

  it('a file without a known extension is recognised by its bytes', async () => {
    expect((await extractDocumentText(pdfFile(['Hej']), 'upload')).format).toBe('pdf');
    expect((await extractDocumentText(Buffer.from('<html><body><p>Hej</p></body></html>'), 'upload')).format).toBe('html');
    expect((await extractDocumentText(await docxFile([{ heading: 'H', paragraphs: ['p'] }]), 'upload')).format).toBe('docx');
    expect((await extractDocumentText(Buffer.from('Hej'), 'upload')).format).toBe('txt');
  });

  it('hostile and wrong files are refused with a code each, before anything is stored', async () => {
    await refusedWith(extractDocumentText(Buffer.from('x'), 'register.xlsx'), 'document.unsupportedType');
    await refusedWith(extractDocumentText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image.png'), 'document.unsupportedType');
    await refusedWith(extractDocumentText(Buffer.from([0x4d, 0x5a, 0, 0, 3, 0]), 'notice.txt'), 'document.unsupportedType');
    await refusedWith(extractDocumentText(Buffer.from('not a zip'), 'notice.docx'), 'document.unreadable');
    await refusedWith(extractDocumentText(Buffer.from('not a pdf'), 'notice.pdf'), 'document.unreadable');
    await refusedWith(extractDocumentText(pdfFile(['x']).subarray(0, 60), 'notice.pdf'), 'document.unreadable');
    await refusedWith(extractDocumentText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'notice.docx'), 'document.unreadable');
    await refusedWith(extractDocumentText(zipBombDocx(), 'bomb.docx'), 'document.tooLarge');
    await refusedWith(extractDocumentText(Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), 'huge.txt'), 'document.tooLarge');
    await refusedWith(extractDocumentText(Buffer.alloc(500_000, 0x61), 'long.txt'), 'document.tooLarge');
    await refusedWith(extractDocumentText(Buffer.from('  \n\t\u0007 '), 'empty.txt'), 'document.noText');
    await refusedWith(extractDocumentText(Buffer.from('<script>alert(1)</script>'), 'only-script.html'), 'document.noText');
  });

  it('malformed UTF-8 is read as Windows-1252, never with replacement characters', async () => {
    const { text } = await extractDocumentText(Buffer.from([0x53, 0xf6, 0x6b, 0x61, 0x6e, 0x64, 0x65, 0xc3]), 'a.txt');
    expect(text).toBe('SökandeÃ');
    expect(text).not.toContain('\ufffd');
  });
});
