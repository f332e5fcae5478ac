import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tests = join(repoRoot, 'tests');

/** The Playground's mock tenant and users: the demo directory's ids, with Erik (DPO) as the one typing. */
export const PLAYGROUND_CONFIG = join(repoRoot, 'functions', 'local', 'agentsPlayground.yml');

/**
 * The Playground calls `server.listen(port)`, which binds every interface; it has no option for the host. This
 * preload makes a listen without a host bind loopback, so the emulator (which forwards whatever its page sends to the
 * bot) is never reachable from the network.
 */
const LOOPBACK_PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent(`
import net from 'node:net';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};`);

export interface RunningPlayground {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Microsoft 365 Agents Playground (the npm package, run offline) on a free loopback port, pointed at a bot endpoint.
 * Its telemetry is switched off and it opens no browser; its log goes to a temporary folder.
 */
export async function startAgentsPlayground(botEndpoint: string, options: { port?: number; inherit?: boolean } = {}): Promise<RunningPlayground> {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [tests] });
  const logDir = await mkdtemp(join(tmpdir(), 'agents-playground-'));
  // The port is chosen here so the connector URL the bot replies to can name 127.0.0.1 rather than "localhost".
  const wanted = options.port ?? (await freeLoopbackPort());
  const serviceUrl = `http://127.0.0.1:${wanted}/_connector`;
  const child = spawn(
    process.execPath,
    ['--import', LOOPBACK_PRELOAD, cli, '-e', botEndpoint, '-c', 'msteams', '-p', String(wanted), '--service-url', serviceUrl, '--disable-telemetry'],
    {
      cwd: logDir,
      env: {
        ...process.env,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG,
        M365_AGENTS_PLAYGROUND_LOGFILE: join(logDir, 'playground.log'),
        TEAMSAPPTESTER_BROWSER: 'none',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the Playground did not start: ${out}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (options.inherit) process.stdout.write(chunk);
      const match = /Listening on (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (options.inherit) process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Playground exited with ${String(code)}: ${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(logDir, { recursive: true, force: true });
    },
  };
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
