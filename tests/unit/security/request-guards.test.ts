import { describe, expect, it } from 'vitest';
import {
  MAX_REQUEST_BYTES,
  foreignOriginRefusal,
  readLimitedText,
} from '@/lib/security/request-guards';
import { checkSignupRequest } from '@/lib/newsletter/signup-request';
import {
  clientAddressOf,
  clientNetwork,
  networkOf,
  withClientAddress,
} from '@/lib/security/client-address';

describe('foreign origins', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('lets through requests from our own host, and clients that send no Origin', () => {
    expect(foreignOriginRefusal(headers({ host: 'glowpop.example' }))).toBeUndefined();
    expect(
      foreignOriginRefusal(headers({ host: 'glowpop.example', origin: 'https://glowpop.example' })),
    ).toBeUndefined();
    expect(
      foreignOriginRefusal(
        headers({
          host: '127.0.0.1:3000',
          'x-forwarded-host': 'glowpop.example',
          origin: 'https://glowpop.example',
        }),
      ),
    ).toBeUndefined();
  });

  it('refuses another site, a look-alike host, "null" and garbage with 403', () => {
    for (const origin of [
      'https://attacker.example',
      'https://glowpop.example.attacker.example',
      'null',
      'not a url',
    ]) {
      expect(foreignOriginRefusal(headers({ host: 'glowpop.example', origin })), origin).toEqual({
        status: 403,
        message: expect.stringContaining(origin),
      });
    }
  });
});

describe('body size', () => {
  const streamOf = (bytes: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent < bytes; sent += 1024) controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    });

  it('reads a body up to the limit', async () => {
    const request = new Request('http://x/', {
      method: 'POST',
      body: 'a'.repeat(MAX_REQUEST_BYTES),
    });
    expect(await readLimitedText(request)).toEqual({
      ok: true,
      text: 'a'.repeat(MAX_REQUEST_BYTES),
    });
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    const request = new Request('http://x/', {
      method: 'POST',
      body: streamOf(10 * MAX_REQUEST_BYTES),
      duplex: 'half',
    } as RequestInit);
    expect(await readLimitedText(request)).toMatchObject({ ok: false, refusal: { status: 413 } });
  });
});

describe('the signup request schema', () => {
  it('accepts the form fields, treating empty utm fields as not given', () => {
    expect(
      checkSignupRequest({
        email: 'a@example.com',
        website: '',
        source_path: '/blog',
        utm_source: 'pinterest',
        utm_medium: '',
        form: 'footer',
      }),
    ).toEqual({
      ok: true,
      request: {
        email: 'a@example.com',
        website: '',
        sourcePath: '/blog',
        form: 'footer',
        utm: { utm_source: 'pinterest' },
        visit: undefined,
      },
    });
  });

  it('reads where the visit began, and leaves out a record it cannot read', () => {
    const visit = (value: unknown) => {
      const check = checkSignupRequest({ email: 'a@example.com', visit: value });
      return check.ok ? check.request.visit : check.message;
    };
    expect(visit('{"l":"/?utm_campaign=launch","r":"https://l.instagram.com/"}')).toEqual({
      landing: '/?utm_campaign=launch',
      referrer: 'https://l.instagram.com/',
    });
    expect(visit('{"l":"https://evil.example/","r":""}')).toBeUndefined();
    expect(visit('not json')).toBeUndefined();
    expect(visit('x'.repeat(2049))).toBe('visit: expected at most 2048 characters');
  });

  it('names the field and what was wrong with it', () => {
    expect(checkSignupRequest({})).toEqual({
      ok: false,
      message: 'Please enter your email address.',
    });
    expect(checkSignupRequest({ email: { $ne: null } })).toEqual({
      ok: false,
      message: 'email: expected text, got an object',
    });
    expect(checkSignupRequest({ email: 'a@example.com', utm_campaign: 'x'.repeat(201) })).toEqual({
      ok: false,
      message: 'utm_campaign: expected at most 200 characters',
    });
    expect(checkSignupRequest('a@example.com')).toEqual({
      ok: false,
      message: 'Expected an object of fields, got a string.',
    });
  });
});

describe('the client network for rate limits', () => {
  const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value });

  it('is the socket’s address the server recorded, whatever X-Forwarded-For says', () => {
    const headers = forwarded('198.51.100.7');
    expect(withClientAddress('203.0.113.9', () => clientNetwork(headers, 0))).toBe('203.0.113.9');
    expect(withClientAddress('::ffff:10.0.0.5', () => clientNetwork(headers, 1))).toBe('10.0.0.5');
  });

  it('is read from the socket, or from the hops trusted proxies added, as the server sees it', () => {
    // No proxy trusted: a made-up header changes nothing.
    expect(clientAddressOf('198.51.100.7', '203.0.113.9', 0)).toBe('203.0.113.9');
    expect(clientAddressOf(undefined, '203.0.113.9', 1)).toBe('203.0.113.9');
    // One proxy (nginx, which replaces the header): the address it wrote.
    expect(clientAddressOf('198.51.100.7', '127.0.0.1', 1)).toBe('198.51.100.7');
    // Two proxies: what a client put in front of them is skipped.
    expect(clientAddressOf('6.6.6.6, 198.51.100.7, 10.0.0.2', '127.0.0.1', 2)).toBe('198.51.100.7');
    // More proxies trusted than hops: the furthest hop known.
    expect(clientAddressOf('198.51.100.7', '127.0.0.1', 5)).toBe('198.51.100.7');
  });

  it('without the server (next dev) is unknown unless a proxy is trusted', () => {
    expect(clientNetwork(forwarded('203.0.113.9'), 0)).toBeUndefined();
    expect(clientNetwork(new Headers(), 1)).toBeUndefined();
  });

  it('is the entry the outermost trusted proxy wrote, counted from the right', () => {
    expect(clientNetwork(forwarded('203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientNetwork(forwarded('1.2.3.4, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientNetwork(forwarded('1.2.3.4, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9');
  });

  it('groups IPv6 by /64, the block one line gets, and reads IPv4-mapped addresses as IPv4', () => {
    expect(networkOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:0db8:0001:0002::ffff')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });
});
