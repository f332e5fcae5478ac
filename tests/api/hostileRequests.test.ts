import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { kill, startHostProcess, type HostProcess } from '../support/hostProcess.js';
import { rawRequest } from '../support/rawHttp.js';
import { authHeaders, callApi } from '../support/testApp.js';

describe('the local host under hostile requests', () => {
  let dataDir: string;
  let host: HostProcess;
  let auth: Record<string, string>;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prt-hostile-'));
    host = await startHostProcess({ PRT_DATA_DIR: dataDir });
    auth = await authHeaders(host, 'staff');
  });
  afterAll(async () => {
    await kill(host);
    await rm(dataDir, { recursive: true, force: true });
  });

  const hostHeader = () => new URL(host.url).host;
  const get = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: ${hostHeader()}\r\n${headers}Connection: close\r\n\r\n`;
  const post = (path: string, body: Buffer | string, extra = '') => {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    return Buffer.concat([
      Buffer.from(
        `POST ${path} HTTP/1.1\r\nHost: ${hostHeader()}\r\nAuthorization: ${auth['authorization']}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n${extra}Connection: close\r\n\r\n`,
      ),
      bytes,
    ]);
  };
  const status = (line: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(line)?.[1] ?? 0);
  const health = async () => (await fetch(`${host.url}/api/health`)).status;

  it('answers every attack with a 4xx (or a closed connection) and keeps answering /api/health', async () => {
    const port = new URL(host.url).port;
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const attacks: [string, () => Promise<string>, (line: string) => boolean][] = [
      ['malformed percent-encoding in a tab path', () => rawRequest(host.url, get('/%E0%A4%A')), (l) => status(l) === 400],
      ['lone percent sign', () => rawRequest(host.url, get('/%')), (l) => status(l) === 400],
      [
        'malformed percent-encoding in an API id',
        () => rawRequest(host.url, get('/api/processings/%E0%A4%A', `Authorization: ${auth['authorization']}\r\n`)),
        (l) => status(l) === 400,
      ],
      [
        'id with an encoded slash',
        () => rawRequest(host.url, get('/api/processings/a%2Fb', `Authorization: ${auth['authorization']}\r\n`)),
        (l) => status(l) === 400,
      ],
      [
        'id with an encoded hash',
        () => rawRequest(host.url, get('/api/processings/a%23b', `Authorization: ${auth['authorization']}\r\n`)),
        (l) => status(l) === 400,
      ],
      [
        'id with an encoded NUL',
        () => rawRequest(host.url, get('/api/processings/a%00b', `Authorization: ${auth['authorization']}\r\n`)),
        (l) => status(l) === 400,
      ],
      ['path traversal', () => rawRequest(host.url, get('/..%2F..%2F..%2Fetc%2Fpasswd')), (l) => status(l) === 400 || status(l) === 200],
      [
        'DNS rebinding: foreign Host asks for a DPO token',
        () =>
          rawRequest(
            host.url,
            `POST /api/local/token HTTP/1.1\r\nHost: evil.example:${port}\r\nContent-Type: application/json\r\nContent-Length: 22\r\nConnection: close\r\n\r\n{"userId":"user-dpo"}\n`,
          ),
        (l) => status(l) === 421,
      ],
      [
        'loopback name on another port',
        () => rawRequest(host.url, `GET /api/health HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n`),
        (l) => status(l) === 421,
      ],
      [
        'missing Host header',
        () => rawRequest(host.url, `GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n`),
        (l) => status(l) === 400 || status(l) === 421,
      ],
      [
        '50 MB body',
        () => rawRequest(host.url, post('/api/processings', Buffer.alloc(50 * 1024 * 1024, 0x20)), 20_000),
        (l) => status(l) === 413 || l === 'closed',
      ],
      [
        'declared 50 MB, nothing sent',
        () => rawRequest(host.url, `POST /api/processings HTTP/1.1\r\nHost: ${hostHeader()}\r\nContent-Length: 52428800\r\nConnection: close\r\n\r\n`),
        (l) => status(l) === 413,
      ],
      ['100k-deep nesting', () => rawRequest(host.url, post('/api/processings', deep)), (l) => status(l) === 400 || status(l) === 413],
      [
        'malformed UTF-8',
        () => rawRequest(host.url, post('/api/processings', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]))),
        (l) => status(l) === 400,
      ],
      [
        'NUL in a text field',
        () => rawRequest(host.url, post('/api/processings', JSON.stringify(processingInput({ name: 'Hantera\u0000löner' })))),
        (l) => status(l) === 400,
      ],
      [
        'escape sequence in a text field',
        () => rawRequest(host.url, post('/api/processings', JSON.stringify(processingInput({ name: 'Hantera \u001b[31mröd' })))),
        (l) => status(l) === 400,
      ],
      ['invalid JSON', () => rawRequest(host.url, post('/api/processings', '{"name": ')), (l) => status(l) === 400],
      [
        'invalid method',
        () => rawRequest(host.url, `FOO /api/health HTTP/1.1\r\nHost: ${hostHeader()}\r\n\r\n`),
        (l) => status(l) === 400 || status(l) === 405 || l === 'closed',
      ],
      ['garbage request line', () => rawRequest(host.url, '\x00\x01\x02 nonsense\r\n\r\n'), (l) => status(l) === 400 || l === 'closed'],
      [
        '64 KB header',
        () => rawRequest(host.url, get('/api/health', `X-Fill: ${'a'.repeat(64 * 1024)}\r\n`)),
        (l) => status(l) === 431 || status(l) === 400 || l === 'closed',
      ],
    ];
    const results: { name: string; line: string; held: boolean }[] = [];
    for (const [name, attack, expected] of attacks) {
      const line = await attack();
      results.push({ name, line, held: expected(line) && (await health()) === 200 });
    }
    console.log(
      `hostile requests: ${results.filter((r) => r.held).length} of ${results.length} held\n${results.map((r) => `  ${r.held ? 'held ' : 'FAIL '} ${r.name}: ${r.line}`).join('\n')}`,
    );
    expect(results.filter((r) => !r.held)).toEqual([]);
    expect(host.child.exitCode).toBeNull();
  }, 120_000);

  it('names each refusal with its stable code in an RFC 9457 problem', async () => {
    const send = (path: string, body?: Uint8Array<ArrayBuffer> | string) =>
      fetch(`${host.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers: { ...auth, 'content-type': 'application/json' }, body });
    const answer = async (response: Promise<Response>) => {
      const r = await response;
      return {
        status: r.status,
        type: r.headers.get('content-type'),
        body: (await r.json()) as { code: string; params: unknown; errors?: { field: string; code: string }[] },
      };
    };
    const idRefused = await answer(send('/api/processings/a%2Fb'));
    expect(idRefused).toMatchObject({ status: 400, body: { code: 'request.invalid', errors: [{ field: 'id', code: 'id.invalid' }] } });
    expect(idRefused.type).toContain('application/problem+json');
    expect((await answer(send('/api/processings', `${'['.repeat(100)}${']'.repeat(100)}`))).body).toMatchObject({ errors: [{ code: 'body.tooDeep' }] });
    const utf8 = new Uint8Array([...Buffer.from('{"name":"'), 0xc3, 0x28, ...Buffer.from('"}')]);
    expect((await answer(send('/api/processings', utf8))).body).toMatchObject({ errors: [{ code: 'body.malformedUtf8' }] });
    const nul = JSON.stringify(processingInput({ name: 'Hantera\u0000löner' }));
    expect((await answer(send('/api/processings', nul))).body).toMatchObject({ errors: [{ field: 'name', code: 'body.controlCharacter' }] });
    const foreign = await new Promise<{ status: number; body: { code: string } }>((resolve, reject) => {
      const url = new URL(host.url);
      const request = httpRequest({ host: url.hostname, port: url.port, path: '/api/health', headers: { host: `evil.example:${url.port}` } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as { code: string } }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(foreign).toMatchObject({ status: 421, body: { code: 'request.hostNotAllowed' } });
  });

  it('still takes ordinary text: line breaks and tabs in free text, non-ASCII names', async () => {
    const created = await callApi(host, 'processings', {
      method: 'POST',
      as: 'staff',
      body: processingInput({ name: 'Hantera ärenden för Ærø', description: 'Första raden\nandra raden\r\n\tindragen' }),
    });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Hantera ärenden för Ærø');
  });

  it('serves loopback names with its port, and answers while a client trickles a body', async () => {
    const port = new URL(host.url).port;
    for (const name of ['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST']) {
      expect(status(await rawRequest(host.url, `GET /api/health HTTP/1.1\r\nHost: ${name}:${port}\r\nConnection: close\r\n\r\n`)), name).toBe(200);
    }
    const slow = connect(Number(port), '127.0.0.1');
    slow.write(`POST /api/processings HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":`);
    const others = await Promise.all(Array.from({ length: 5 }, () => health()));
    expect(others).toEqual([200, 200, 200, 200, 200]);
    slow.destroy();
    expect(await health()).toBe(200);
  });
});
