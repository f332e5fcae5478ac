import { ImportLimitError } from '../importLimits.js';
import { decodeDocumentText } from '../textDecoding.js';
import { checkDocxArchive } from '../zipGuard.js';
import { DOCUMENT_LIMITS, documentTooLarge, documentUnreadable, unsupportedDocument, type DocumentFormat } from './documentLimits.js';
import { htmlToText } from './htmlText.js';

export interface DocumentText {
  format: DocumentFormat;
  /** Plain text, "\n" line ends, no control characters but tab and line feed; the reader's offsets refer to it. */
  text: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/**
 * The plain text of an uploaded document. The format comes from the file name and must agree with the bytes
 * (a .docx is a zip, a .pdf starts with %PDF-); a file without a known extension is recognised by its bytes.
 */
export async function extractDocumentText(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  if (bytes.length > DOCUMENT_LIMITS.maxBytes) throw documentTooLarge(`more than ${DOCUMENT_LIMITS.maxBytes} bytes`);
  const format = formatOf(bytes, fileName);
  const raw = await rawText(bytes, format);
  const text = normalised(raw);
  if (text.length > DOCUMENT_LIMITS.maxTextChars) throw documentTooLarge(`more than ${DOCUMENT_LIMITS.maxTextChars} characters of text`);
  if (text.trim() === '') throw new ImportLimitError('document.noText', 'the document holds no text');
  return { format, text };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function formatOf(bytes: Uint8Array, fileName: string): DocumentFormat {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const zip = startsWith(bytes, ZIP);
  const pdf = startsWith(bytes, PDF);
  switch (extension) {
    case 'txt':
    case 'text':
      if (zip || pdf) throw documentUnreadable('txt');
      return 'txt';
    case 'htm':
    case 'html':
      if (zip || pdf) throw documentUnreadable('html');
      return 'html';
    case 'docx':
      if (!zip) throw documentUnreadable('docx');
      return 'docx';
    case 'pdf':
      if (!pdf) throw documentUnreadable('pdf');
      return 'pdf';
    case undefined:
      if (zip) return 'docx';
      if (pdf) return 'pdf';
      return /^\s*<(!doctype\s+html|html|head|body)[\s>]/i.test(decodeDocumentText(bytes.subarray(0, 1024)).text) ? 'html' : 'txt';
    default:
      throw unsupportedDocument();
  }
}

async function rawText(bytes: Uint8Array, format: DocumentFormat): Promise<string> {
  switch (format) {
    case 'txt':
      return plainText(bytes);
    case 'html':
      return htmlToText(plainText(bytes));
    case 'docx':
      return docxText(bytes);
    case 'pdf':
      return pdfText(bytes);
  }
}

/** Text files: a NUL byte outside UTF-16 means a binary file renamed, not a text that happens to hold one. */
function plainText(bytes: Uint8Array): string {
  const { text } = decodeDocumentText(bytes);
  if (text.includes('\u0000')) throw unsupportedDocument();
  return text;
}

/** Word: the archive is bounded first (zipGuard), then mammoth renders it to HTML so headings stay headings. */
async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    checkDocxArchive(bytes);
  } catch (error) {
    if (error instanceof ImportLimitError && error.code === 'import.tooLarge') throw documentTooLarge(error.message);
    throw documentUnreadable('docx');
  }
  // Loaded on first use: the format libraries are needed when someone imports a document, not with every worker.
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return htmlToText(value);
  } catch {
    throw documentUnreadable('docx');
  }
}

/** PDF: unpdf's build of pdf.js has no native parts; it yields the text layer only (a scan has none). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    // verbosity 0: pdf.js would otherwise warn on the console about damaged files.
    // The proxy's type lives in unpdf's bundled pdf.js declarations, which the type-aware linter does not resolve;
    // only its page count is read here.
    const pdf: unknown = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    if ((pdf as { numPages: number }).numPages > DOCUMENT_LIMITS.maxPdfPages) throw documentTooLarge(`more than ${DOCUMENT_LIMITS.maxPdfPages} pages`);
    pages = (await extractText(pdf as Parameters<typeof extractText>[0], { mergePages: false })).text;
  } catch (error) {
    if (error instanceof ImportLimitError) throw error;
    throw documentUnreadable('pdf');
  }
  return pages.join('\n\n');
}

// Tab and line feed carry the layout; every other C0/C1 control, the BOM and bidi overrides carry nothing a reader
// can use, and an override would let a passage shown beside a field read otherwise than the text it stands for.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u202a-\u202e\u2066-\u2069]/g;

function normalised(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
