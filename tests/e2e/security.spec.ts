import { request as httpRequest } from 'node:http';
import { test as plainTest, type APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';
import { baseURL } from '../../playwright.config';
import { heldUpload } from '../support/held-upload';

function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp, `${label}: ${directive}`).toContain(directive);
  }
  expect(csp, label).not.toContain('unsafe-eval');
  expect(headers['strict-transport-security'], label).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], label).toContain('camera=()');
}

/** Pages with a reader's or an editor's own data are isolated from their opener; public pages are not. */
function expectOpenerIsolation(response: APIResponse, label: string, isolated: boolean) {
  expect(response.headers()['cross-origin-opener-policy'], label).toBe(
    isolated ? 'same-origin' : undefined,
  );
}

test('every kind of response from the production server carries the security headers', async ({
  request,
  page,
}) => {
  await page.goto('/blog/the-gut-skin-axis');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const responses: [string, APIResponse][] = [
    ['home', await request.get('/')],
    ['article', await request.get('/blog/the-gut-skin-axis')],
    ['not found', await request.get('/no-such-page')],
    ['static script', await request.get(script ?? '')],
    ['feed', await request.get('/feed.xml')],
    ['share card', await request.get('/og.png')],
    ['redirect', await request.get('/blog/page/1', { maxRedirects: 0 })],
    ['trailing slash', await request.get('/blog/tag/skin-health/', { maxRedirects: 0 })],
    ['email link', await request.get('/api/newsletter/unsubscribe?token=x', { maxRedirects: 0 })],
    ['API error', await request.post('/api/newsletter/subscribe', { data: {} })],
  ];
  for (const [label, response] of responses) expectSecurityHeaders(response, label);
  expect(responses.map(([, response]) => response.status())).toEqual([
    200, 200, 404, 200, 200, 200, 308, 308, 303, 400,
  ]);
  for (const path of ['/', '/blog/the-gut-skin-axis']) {
    expectOpenerIsolation(await request.get(path), path, false);
  }
  for (const path of [
    '/admin',
    '/admin/sign-in',
    '/newsletter/unsubscribe?token=x',
    '/preview/x',
  ]) {
    expectOpenerIsolation(await request.get(path, { maxRedirects: 0 }), path, true);
  }
});

test('redirects stay on the address the reader used, and on this site', async ({ request }) => {
  const location = async (path: string, headers: Record<string, string> = {}) =>
    (await request.get(path, { maxRedirects: 0, headers })).headers().location;
  // Behind a proxy the server's own address (http://localhost:3000) is not the reader's.
  expect(await location('/api/newsletter/unsubscribe?token=abc', { host: 'glowpop.example' })).toBe(
    '/newsletter/unsubscribe?token=abc',
  );
  expect(await location('/blog/?utm_source=mail')).toBe('/blog?utm_source=mail');
  // A path that looks like another site's address stays a path here.
  expect(await location('/evil.example/')).toBe('/evil.example');
});

// The plain test: this one causes violations on purpose, to show the policy is enforced and
// that the console messages the shared fixture watches for are the ones Chromium prints.
plainTest('the policy blocks eval and scripts from other sites', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  await page.goto('/blog');
  const seen: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => seen.push(directive));
  // The probe runs as a page script on a timer: code run through the DevTools protocol (and
  // anything it calls synchronously) is exempt from the page's eval rule.
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      Reflect.apply(Reflect.get(window, 'reportViolation') as () => void, window, [
        event.effectiveDirective,
      ]),
    );
    setTimeout(() => {
      const probe = document.createElement('script');
      probe.textContent =
        "try { window.evalProbe = eval('true'); } catch (error) { window.evalProbe = String(error); }";
      document.head.append(probe);
      const foreign = document.createElement('script');
      foreign.src = 'https://scripts.invalid/steal.js';
      document.head.append(foreign);
    }, 0);
  });
  await page.waitForFunction(() => 'evalProbe' in window);
  const violations = { evalRan: await page.evaluate(() => Reflect.get(window, 'evalProbe')), seen };
  await expect.poll(() => seen).toEqual(expect.arrayContaining(['script-src-elem']));
  expect(violations.evalRan).toMatch(/EvalError: .*Content Security Policy/);
  expect(violations.seen).toEqual(expect.arrayContaining(['script-src-elem']));
  expect(messages.some((text) => /Content Security Policy/.test(text))).toBe(true);
});

test.describe('requests the site refuses, with a 4xx and a reason', () => {
  const foreign = { origin: 'https://attacker.example' };

  test('a form on another site posting to the signup API or a server action', async ({
    request,
  }) => {
    const api = await request.post('/api/newsletter/subscribe', {
      headers: foreign,
      data: { email: 'victim@example.com' },
    });
    expect(api.status()).toBe(403);
    expect((await api.json()).message).toMatch(/must come from its own pages/);

    const action = await request.post('/blog', {
      headers: { ...foreign, 'next-action': '0'.repeat(42) },
      multipart: { email: 'victim@example.com' },
    });
    expect(action.status()).toBe(403);

    const unsubscribe = await request.post(`/api/newsletter/unsubscribe?token=${'a'.repeat(43)}`, {
      headers: foreign,
    });
    expect(unsubscribe.status()).toBe(403);
  });

  test('bodies over 16 kB, with or without a declared length', async ({ request }) => {
    const padding = 'x'.repeat(17 * 1024);
    const declared = await request.post('/api/newsletter/subscribe', {
      data: { email: 'big@example.com', padding },
    });
    expect(declared.status()).toBe(413);
    expect((await declared.json()).message).toMatch(/at most 16 kB/);
    expectSecurityHeaders(declared, 'the 413 of the production server');

    const action = await request.post('/blog', {
      headers: { 'next-action': '0'.repeat(42) },
      multipart: { email: 'big@example.com', padding },
    });
    expect(action.status()).toBe(413);

    // Sent chunked, with no length to refuse it by: a clear 413 too, not Next's bare 500.
    for (const path of ['/api/newsletter/subscribe', '/blog']) {
      const chunked = await heldUpload(baseURL, path, {
        headers: path === '/blog' ? { 'Next-Action': '0'.repeat(42) } : {},
        endAfter: 40 * 1024,
      });
      expect(chunked.status, path).toBe(413);
    }
  });

  test('a small body sent chunked, with no length, is read like any other', async () => {
    const body = JSON.stringify({ email: `chunked-${Date.now()}@example.com` });
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const sent = httpRequest(
        `${baseURL}/api/newsletter/subscribe`,
        {
          method: 'POST',
          // A reader of its own (the e2e site trusts one proxy): see fixtures.ts.
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      sent.on('error', reject);
      // Two writes before the end: Node sends them as chunks, with no Content-Length.
      sent.write(body.slice(0, 10));
      sent.end(body.slice(10));
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).message).toMatch(/Check your inbox/);
  });

  test('fields of the wrong type are named in the message', async ({ request }) => {
    const post = async (data: unknown) => {
      const response = await request.post('/api/newsletter/subscribe', { data });
      return { status: response.status(), message: (await response.json()).message as string };
    };
    expect(await post({ email: ['a@example.com'] })).toEqual({
      status: 400,
      message: 'email: expected text, got a list',
    });
    expect(await post({ email: 'a@example.com', utm: 'spring' })).toEqual({
      status: 400,
      message: 'utm: expected an object of utm_* fields',
    });
    expect(await post({ email: 'a@example.com', source_path: 42 })).toEqual({
      status: 400,
      message: 'source_path: expected text, got a number',
    });
    expect(await post([1, 2])).toEqual({
      status: 400,
      message: 'Expected an object of fields, got a list.',
    });
    const broken = await request.post('/api/newsletter/subscribe', {
      headers: { 'content-type': 'application/json' },
      data: Buffer.from('{"email": '),
    });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).message).toBe('The request body is not valid JSON.');
  });
});
