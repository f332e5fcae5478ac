import { request } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { accepts } from '@prt/functions/http/staticFile.js';
import { startTestApp } from '../support/testApp.js';

const dist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The raw answer, undecoded (fetch would undo the Content-Encoding this test is about). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the tab served precompressed', () => {
  let app: LocalApp;
  let script: string;
  beforeAll(async () => {
    app = await startTestApp();
    script = (await readdir(join(dist, 'assets'))).find((f) => f.startsWith('index-') && f.endsWith('.js'))!;
  });
  afterAll(() => app.stop());

  it('answers Accept-Encoding: br with brotli bytes that decompress to the file, cached for a year', async () => {
    const res = await get(`${app.url}/assets/${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const original = await readFile(join(dist, 'assets', script));
    expect(brotliDecompressSync(res.body).equals(original)).toBe(true);
    expect(res.body.length).toBeLessThan(original.length / 2);
  });

  it('answers gzip-only clients with gzip, and others with the file itself', async () => {
    const original = await readFile(join(dist, 'assets', script));
    const gz = await get(`${app.url}/assets/${script}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const identity = await get(`${app.url}/assets/${script}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['vary']).toBe('Accept-Encoding');
    expect(identity.body.equals(original)).toBe(true);
    const refused = await get(`${app.url}/assets/${script}`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('serves index.html compressed too, but revalidated on every load', async () => {
    const res = await get(`${app.url}/`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.body).toString()).toContain('<div id="root">');
  });

  it('reads Accept-Encoding with q-values and wildcards', () => {
    expect(accepts('gzip, br', 'br')).toBe(true);
    expect(accepts('br;q=0', 'br')).toBe(false);
    expect(accepts('gzip', 'br')).toBe(false);
    expect(accepts('*', 'br')).toBe(true);
    expect(accepts('*;q=0, gzip', 'br')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
    expect(accepts('GZIP;Q=0.5', 'gzip')).toBe(true);
  });
});
