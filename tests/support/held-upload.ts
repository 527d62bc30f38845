import net from 'node:net';

/**
 * A POST whose body is sent chunked (or with a `declaredLength`), 1 kB every few milliseconds,
 * and never finished (unless `endAfter`), as a slow attacker would: resolves with the status of
 * the first answer and how much had been sent by then, or with no status if none came before
 * `maxBytes` were sent.
 */
export function heldUpload(
  origin: string,
  path: string,
  {
    headers = {},
    maxBytes = 512 * 1024,
    endAfter,
    declaredLength,
  }: {
    headers?: Record<string, string>;
    maxBytes?: number;
    /** Finishes the body after this many bytes, and waits for the answer. */
    endAfter?: number;
    /** Sends this Content-Length instead of a chunked body. */
    declaredLength?: number;
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
      declaredLength === undefined
        ? 'Transfer-Encoding: chunked'
        : `Content-Length: ${declaredLength}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    const kilobyte = 'x'.repeat(1024);
    const chunk = declaredLength === undefined ? `400\r\n${kilobyte}\r\n` : kilobyte;
    const timer = setInterval(() => {
      if (endAfter !== undefined && bytesSent >= endAfter) {
        clearInterval(timer);
        if (declaredLength === undefined) socket.write('0\r\n\r\n');
        return;
      }
      if (bytesSent >= maxBytes) return finish();
      socket.write(chunk);
      bytesSent += 1024;
    }, 4);
  });
}
