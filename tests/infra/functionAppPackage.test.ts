import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packFunctionApp } from '@prt/functions/deploy/packFunctionApp.js';
import { unzip } from '@prt/functions/deploy/zipArchive.js';

describe('Function App deployment package', () => {
  it('holds the Azure entry point, host.json, the tab as webroot and no local-only code', async () => {
    const { path, entries } = await packFunctionApp({ skipInstall: true });
    expect(entries).toEqual(expect.arrayContaining(['host.json', 'package.json', 'dist/azure/index.js', 'webroot/index.html']));
    expect(entries.some((e) => e.startsWith('dist/localHost/') || e.startsWith('dist/cli/'))).toBe(false);
    expect(entries.some((e) => e.endsWith('.map'))).toBe(false);
    const files = unzip(readFileSync(path));
    const manifest = JSON.parse(Buffer.from(files.find((f) => f.name === 'package.json')!.data).toString('utf8'));
    expect(manifest.main).toBe('dist/azure/index.js');
    expect(Object.keys(manifest.dependencies)).not.toContain('@vercel/cosmosdb-server');
    expect(Buffer.from(files.find((f) => f.name === 'webroot/index.html')!.data).toString('utf8')).toContain('<div id="root">');
  });
});
