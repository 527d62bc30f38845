import net from 'node:net';

/**
 * A POST whose body is sent chunked, 1 kB every few milliseconds, and never finished (unless
 * `endAfter`), as a slow attacker would: resolves with the status of the first answer and how
 * much had been sent by then, or with no status if none came before `maxBytes` were sent.
 */
export function heldUpload(
  origin: string,
  path: string,
  {
    headers = {},
    maxBytes = 512 * 1024,
    endAfter,
  }: {
    headers?: Record<string, string>;
    maxBytes?: number;
    /** Finishes the body after this many bytes, and waits for the answer. */
    endAfter?: number;
  } = {},
): Promise<{ status?: number; bytesSent: number }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let bytesSent = 0;
    const finish = (status?: number) => {
      clearInterval(timer);
      socket.destroy();
      resolve({ status, bytesSent });
    };
    socket.once('data', (data) => finish(Number(/^HTTP\/1\.1 (\d{3})/.exec(data.toString())?.[1])));
    socket.on('error', () => finish());
    const lines = [
      `POST ${path} HTTP/1.1`,
      `Host: ${hostname}`,
      'Content-Type: application/json',
      'Transfer-Encoding: chunked',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    const chunk = `400\r\n${'x'.repeat(1024)}\r\n`;
    const timer = setInterval(() => {
      if (endAfter !== undefined && bytesSent >= endAfter) {
        clearInterval(timer);
        socket.write('0\r\n\r\n');
        return;
      }
      if (bytesSent >= maxBytes) return finish();
      socket.write(chunk);
      bytesSent += 1024;
    }, 4);
  });
}
