import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { zipSync } from 'fflate';

/** A .docx written by the `docx` library: a heading per section, then its paragraphs. */
export async function docxFile(sections: { heading: string; paragraphs: string[] }[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: sections.flatMap((s) => [
          new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }),
          ...s.paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
        ]),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * A one-page PDF with a line of text per entry, in the standard Helvetica font (WinAnsi, so å ä ö æ ø work). Written
 * by hand because the test needs only a text layer; the product reads PDFs with unpdf.
 */
export function pdfFile(lines: string[]): Buffer {
  const escape = (line: string) => line.replace(/[()\\]/g, '\\$&');
  const content = `BT /F1 12 Tf 72 720 Td ${lines.map((l, i) => `${i ? '0 -16 Td ' : ''}(${escape(l)}) Tj`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A .docx-named zip whose one entry inflates to 20 MB of zeros: over a thousand times its packed size. */
export function zipBombDocx(): Buffer {
  return Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }));
}
