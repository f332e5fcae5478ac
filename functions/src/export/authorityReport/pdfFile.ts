import pdfmake from 'pdfmake';
import robotoVfs from 'pdfmake/build/vfs_fonts.js';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { RegisterReport, ReportBlock } from './registerReport.js';

// Roboto ships with pdfmake and covers Latin-1 and Latin Extended-A (å ä ö æ ø é ü ...); it is embedded in the file.
// The fonts come from pdfmake's own font module (the same TTFs as base64) into its in-memory file system, not from
// files beside the package: the deployment bundle (deploy/bundleFunctionApp.ts) has no node_modules to find them in,
// and with nothing read from disk the local access policy below can refuse every path.
const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};
// pdfmake's types leave out the in-memory file system its Node build has.
const { virtualfs } = pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } };
for (const file of Object.values(FONT_FILES)) virtualfs.writeFileSync(file, Buffer.from(robotoVfs[file]!, 'base64'));
pdfmake.setFonts({ Roboto: FONT_FILES });
// The document definition is built from register text only: nothing may make pdfmake fetch a URL or read a file.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/**
 * pdfmake wraps at spaces only; a 300-character word (a pasted URL, a hostile name) would run off the page. A
 * zero-width space every 40 characters gives it places to wrap without changing what a reader sees.
 */
function wrappable(text: string): string {
  return text.replace(/\S{40}(?=\S)/g, '$&\u200b');
}

function block(b: ReportBlock): Content[] {
  switch (b.kind) {
    case 'heading':
      return [{ text: wrappable(b.text), style: 'h2' }];
    case 'fields':
      return [
        {
          table: {
            widths: ['32%', '68%'],
            dontBreakRows: true,
            body: b.rows.map(([label, value]) => [{ text: wrappable(label), bold: true, fillColor: '#eeeeee' }, { text: wrappable(value) }]),
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 8],
        },
      ];
    case 'table':
      return [
        { text: wrappable(b.caption), style: 'h3' },
        {
          table: {
            headerRows: 1,
            widths: b.headers.map(() => '*'),
            body: [
              b.headers.map((h) => ({ text: wrappable(h), bold: true, fillColor: '#eeeeee' })),
              ...(b.rows.length ? b.rows : [b.headers.map(() => '')]).map((row) => row.map((v) => ({ text: wrappable(v) }))),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 8,
          margin: [0, 0, 0, 8],
        },
      ];
  }
}

/** The register for the supervisory authority as a PDF: title page, contents with page numbers, one chapter per processing. */
export async function registerPdf(report: RegisterReport): Promise<Buffer> {
  const content: Content[] = [
    { text: report.title, style: 'title', margin: [0, 160, 0, 8] },
    { text: report.subtitle, margin: [0, 0, 0, 32] },
    { text: report.municipality, style: 'municipality' },
    ...report.cover.map((row): Content => ({ text: [{ text: `${row[0]}: `, bold: true }, wrappable(row[1])], margin: [0, 2, 0, 2] })),
    { toc: { title: { text: report.contentsTitle, style: 'h1' } }, pageBreak: 'before' },
    ...report.entries.flatMap((e): Content[] => [
      { text: wrappable(e.title), style: 'h1', tocItem: true, id: e.anchor, pageBreak: 'before' },
      ...(e.unit ? [{ text: wrappable(e.unit), italics: true, margin: [0, 0, 0, 8] } as Content] : []),
      ...e.blocks.flatMap(block),
    ]),
  ];
  const definition: TDocumentDefinitions = {
    content,
    info: { title: `${report.title} – ${report.municipality}`, author: report.municipality, subject: report.subtitle },
    language: { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' }[report.language],
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    styles: {
      title: { fontSize: 24, bold: true },
      municipality: { fontSize: 16, bold: true, margin: [0, 0, 0, 12] },
      h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 3] },
    },
    footer: (page, pages) => ({ text: `${report.pageLabel} ${page} / ${pages}`, alignment: 'right', margin: [48, 16, 48, 0], fontSize: 8 }),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
