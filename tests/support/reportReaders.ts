import mammoth from 'mammoth';
import { HtmlValidate, type Message } from 'html-validate';

/** The text of a .docx as mammoth (an independent reader, not the library that wrote it) sees it. */
export async function docxText(bytes: Buffer): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: bytes });
  return result.value;
}

/** The text of every page of a PDF as pdf.js (Mozilla's reader) extracts it, zero-width spaces removed. */
export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/\u200b/g, ''),
    );
  }
  await doc.destroy();
  return pages;
}

/** Whitespace runs as one space, so text wrapped over lines or table cells still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

// html-validate's recommended rules, less one: "long-title" (70 characters, a search-engine heuristic) cannot hold for
// a notice titled with a processing's name, which the register sets and which may be long.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m: Message) => `${m.ruleId} line ${m.line}: ${m.message}`));
}
