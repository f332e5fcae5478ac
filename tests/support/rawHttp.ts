import { connect } from 'node:net';

/**
 * Sends bytes as they are (no client-side normalisation, unlike fetch) and returns the status line the server
 * answered with, or 'closed' when it hung up without one.
 */
export function rawRequest(url: string, request: string | Buffer, timeoutMs = 10_000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const finish = (result: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish(received.split('\r\n')[0] || 'timeout'), timeoutMs);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n')) finish(received.split('\r\n')[0]!);
    });
    socket.on('error', () => finish(received.split('\r\n')[0] || 'closed'));
    socket.on('close', () => finish(received.split('\r\n')[0] || 'closed'));
    socket.write(request);
  });
}
