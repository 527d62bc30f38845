import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The address of the client behind the request being handled, as the production server
 * (scripts/start-server.mts) found it on the socket. Kept on globalThis: the server script and
 * the routes Next bundled each load their own copy of this module, and must share one store.
 */
const globalStore = globalThis as typeof globalThis & {
  glowpopRequestClients?: AsyncLocalStorage<string>;
};
const requestClients = (globalStore.glowpopRequestClients ??= new AsyncLocalStorage<string>());

/** Runs `handle` (one request) with `address` as its client's address. */
export function withClientAddress<T>(address: string, handle: () => T): T {
  return requestClients.run(address, handle);
}

/**
 * Who is asking, from the socket's address and X-Forwarded-For: with no trusted proxy, the
 * socket (a client's own X-Forwarded-For is whatever it chose to send); behind
 * `trustedProxies` proxies, the entry the outermost of them wrote, counted from the right.
 */
export function clientAddressOf(
  forwardedFor: string | undefined,
  socketAddress: string,
  trustedProxies: number,
): string {
  const hops = [...forwardedAddresses(forwardedFor), socketAddress];
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? socketAddress;
}

/**
 * The client's network, for the per-network limits: the address the production server
 * recorded for this request. Under `next dev`, which has no such server, it is read from
 * X-Forwarded-For when `trustedProxies` says a proxy wrote it, and is otherwise unknown
 * (undefined: the per-network limit is not applied; the per-mailbox and site-wide ones are).
 * IPv6 addresses are grouped by /64, the block one subscriber line usually gets.
 */
export function clientNetwork(headers: Headers, trustedProxies: number): string | undefined {
  const recorded = requestClients.getStore();
  if (recorded) return networkOf(recorded);
  if (trustedProxies < 1) return undefined;
  // What the innermost trusted proxy wrote is `trustedProxies` entries from the right.
  const entries = forwardedAddresses(headers.get('x-forwarded-for') ?? undefined);
  const address = entries.at(-trustedProxies) ?? entries[0];
  return address ? networkOf(address) : undefined;
}

/** The addresses an X-Forwarded-For header lists, nearest the client first. */
function forwardedAddresses(forwardedFor: string | undefined): string[] {
  return (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** An IPv4 address as it is; an IPv6 address as its /64 (IPv4-mapped ones as IPv4). */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
