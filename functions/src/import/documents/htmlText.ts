import { Parser } from 'htmlparser2';

/** Elements whose content is never text of the document: code, styling, metadata, embedded objects. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'button']);
/** Elements that end a line, so paragraphs, list items, table cells and headings each start on their own. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADING = /^h[1-6]$/;

/**
 * The readable text of an HTML document (a notice saved from the municipality's website, or mammoth's rendering
 * of a .docx): one line per block, each heading on a line of its own with a blank line before it, scripts and
 * styles dropped. The text is only ever read by the reader and shown as text, never rendered as HTML.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipping = 0;
  const endLine = (blankBefore = false) => {
    const done = line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();
    if (blankBefore && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    if (done) lines.push(done);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (skipping === 0 && HEADING.test(name)) endLine(true);
        else if (skipping === 0 && BLOCK.has(name)) endLine();
      },
      ontext(text) {
        if (skipping === 0) line += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (skipping === 0 && HEADING.test(name)) {
          endLine();
          lines.push('');
        } else if (skipping === 0 && BLOCK.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.filter((l, i) => !(l === '' && lines[i - 1] === '')).join('\n');
}
