import type { Language } from '@prt/domain/language';
import type { PrivacyNotice } from '@prt/domain/privacyNotice/privacyNotice';
import { escapeHtml } from './htmlEscape.js';

const PAGE_STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}h3{font-size:1rem}section{margin-bottom:1.2rem}dt{font-weight:600}dd{margin:0 0 .4rem 1.2rem;overflow-wrap:anywhere}
@media print{body{margin:0;max-width:none}a{color:inherit}}`;

export function htmlPage(language: Language, title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="${language}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${PAGE_STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export function noticeHtml(notice: PrivacyNotice): string {
  const sections = notice.sections
    .map(
      (s) =>
        `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}${
          s.items?.length ? `\n<ul>\n${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>` : ''
        }\n</section>`,
    )
    .join('\n');
  const edition = `<footer>\n<p><time datetime="${escapeHtml(notice.edition.updatedOn)}">${escapeHtml(notice.edition.text)}</time></p>\n</footer>`;
  return htmlPage(notice.language, notice.title, `<main>\n<h1>${escapeHtml(notice.title)}</h1>\n${sections}\n</main>\n${edition}`);
}

export function noticeText(notice: PrivacyNotice): string {
  const lines = [notice.title, ''];
  for (const s of notice.sections) {
    lines.push(s.heading, ...s.paragraphs, ...(s.items ?? []).map((i) => `- ${i}`), '');
  }
  lines.push(notice.edition.text, '');
  return lines.join('\n');
}
