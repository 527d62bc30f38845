import { IncomingMessage } from 'node:http';

export type BoundedRequest = { tooLarge: true } | { tooLarge: false; request: IncomingMessage };

/**
 * A request whose body is known to be at most `limit` bytes, or `tooLarge` as soon as it is
 * known not to be: by its declared length, before any of it is read, or, for a body sent
 * chunked (no length to judge it by), once more than `limit` bytes have arrived. Then nothing
 * more of it is kept. A chunked body within the limit is handed on whole, with its length,
 * so what reads it next never holds more than `limit` bytes of any request.
 */
export async function boundedRequest(
  incoming: IncomingMessage,
  limit: number,
): Promise<BoundedRequest> {
  const declared = incoming.headers['content-length'];
  if (declared !== undefined) {
    // Node's parser reads no more than the declared length, so a small one is safe as it is.
    return Number(declared) > limit ? { tooLarge: true } : { tooLarge: false, request: incoming };
  }
  if (incoming.headers['transfer-encoding'] === undefined) {
    return { tooLarge: false, request: incoming };
  }
  const body = await readAtMost(incoming, limit);
  return body ? { tooLarge: false, request: replayed(incoming, body) } : { tooLarge: true };
}

/**
 * The whole body, or undefined once it passes `limit` (the rest is left unread) or the client
 * goes away.
 */
function readAtMost(incoming: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) return void chunks.push(chunk);
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.pause();
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', reject);
    // A client that gives up mid-body is sent nothing: there is no one left to answer.
    incoming.once('close', () => resolve(undefined));
  });
}

/** A request like `incoming` whose body, already read, is `body`, declared by its length. */
function replayed(incoming: IncomingMessage, body: Buffer): IncomingMessage {
  const request = new IncomingMessage(incoming.socket);
  request.method = incoming.method;
  request.url = incoming.url;
  request.httpVersion = incoming.httpVersion;
  request.httpVersionMajor = incoming.httpVersionMajor;
  request.httpVersionMinor = incoming.httpVersionMinor;
  const headers = { ...incoming.headers, 'content-length': String(body.byteLength) };
  delete headers['transfer-encoding'];
  request.headers = headers;
  request.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? '']).flatMap((one) => [name, one]),
  );
  request.push(body);
  request.push(null);
  request.complete = true;
  return request;
}
