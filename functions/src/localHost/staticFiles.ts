import type { ServerResponse } from 'node:http';
import { staticFile } from '../http/staticFile.js';

export async function serveStatic(root: string, urlPath: string, acceptEncoding: string | undefined, res: ServerResponse): Promise<void> {
  const file = await staticFile(root, urlPath, acceptEncoding);
  res.writeHead(file.status, file.headers).end(file.body);
}
