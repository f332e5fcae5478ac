import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// From the sources (vitest) and from tests/dist (the bench) alike.
const repoRoot = import.meta.url.includes('/tests/dist/') ? '../../../' : '../../';
const mainScript = fileURLToPath(new URL(`${repoRoot}functions/dist/localHost/main.js`, import.meta.url));

export interface HostProcess {
  url: string;
  child: ChildProcess;
  output(): string;
}

/** Starts the built local host as `npm start` does (without the build step) and waits for its URL. */
export function startHostProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<HostProcess> {
  const child = spawn(process.execPath, [mainScript], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    // A host that did not come up in time is stopped, so it holds no data folder (or mount) after the test.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`local host did not start:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local host exited with ${code}:\n${output}`));
    });
  });
}

export function kill(host: HostProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill(signal);
  });
}
