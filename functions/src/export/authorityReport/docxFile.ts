import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { RegisterReport, ReportBlock } from './registerReport.js';

/** Line breaks in register text stay line breaks in Word rather than being run together. */
function runs(text: string, bold = false): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined }));
}

function cell(text: string, header = false, widthPercent?: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, header) })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E7E7E7', color: 'auto' } } : {}),
    ...(widthPercent ? { width: { size: widthPercent, type: WidthType.PERCENTAGE } } : {}),
  });
}

function blockChildren(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, true, 32), cell(value, false, 68)] })),
        }),
        new Paragraph({}),
      ];
    case 'table':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(block.caption) }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.headers.map((h) => cell(h, true)) }),
            ...(block.rows.length ? block.rows : [block.headers.map(() => '')]).map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
          ],
        }),
        new Paragraph({}),
      ];
  }
}

/** The register for the supervisory authority as a Word document: title page, linked contents, one chapter per processing. */
export async function registerDocx(report: RegisterReport): Promise<Buffer> {
  const cover = [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400 }, children: runs(report.title) }),
    new Paragraph({ children: runs(report.subtitle) }),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: report.municipality, bold: true, size: 32 })] }),
    ...report.cover.map(([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(value)] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const contents = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(report.contentsTitle) }),
    ...report.entries.map(
      (e) =>
        new Paragraph({
          children: [
            new InternalHyperlink({ anchor: e.anchor, children: [new TextRun({ text: e.title, style: 'Hyperlink' })] }),
            ...(e.unit ? [new TextRun({ text: ` – ${e.unit}` })] : []),
          ],
        }),
    ),
  ];
  const chapters = report.entries.flatMap((e) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new Bookmark({ id: e.anchor, children: runs(e.title) })] }),
    ...e.blocks.flatMap(blockChildren),
  ]);
  const doc = new Document({
    creator: report.municipality,
    title: `${report.title} – ${report.municipality}`,
    description: report.subtitle,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [`${report.pageLabel} `, PageNumber.CURRENT] })] })],
          }),
        },
        children: [...cover, ...contents, ...chapters],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
