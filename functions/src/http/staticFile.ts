import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  status: number;
  body: Buffer | string;
  headers: Record<string, string>;
}

/**
 * A file of the built tab for a URL path; unknown paths get index.html so client-side links survive a reload.
 * Used by the local host and by the Function App's catch-all route alike.
 */
export async function staticFile(root: string, urlPath: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400, body: 'malformed percent-encoding in the path', headers: { 'content-type': 'text/plain; charset=utf-8' } };
  }
  if (decoded.includes('\0')) return { status: 400, body: '', headers: {} };
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return { status: 400, body: '', headers: {} };
  const info = await stat(file).catch(() => undefined);
  if (!info || info.isDirectory()) file = join(root, 'index.html');
  try {
    const body = await readFile(file);
    const hashed = file.includes(`${sep}assets${sep}`);
    return {
      status: 200,
      body,
      headers: {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        // The tab runs inside Teams and SharePoint frames, and nowhere else.
        'content-security-policy':
          "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.sharepoint.com https://*.office.com",
        'x-content-type-options': 'nosniff',
      },
    };
  } catch {
    return { status: 404, body: 'The tab is not built. Run npm run build.', headers: { 'content-type': 'text/plain; charset=utf-8' } };
  }
}
