import { expect, test } from './fixtures';
import { baseURL } from '../../playwright.config';
import { heldUpload } from '../support/held-upload';
import { startNginxRecipe } from '../support/nginx-recipe';
import type { Server } from '../../bench/support/processes';

// deploy/nginx-glowpop.conf, run by Debian's nginx in front of the e2e site's `next start`.
let nginx: Server;
test.beforeAll(async () => {
  nginx = await startNginxRecipe('.next', Number(new URL(baseURL).port));
});
test.afterAll(() => nginx.stop());

test('a body that never ends is refused with 413 as soon as 16 kB has arrived', async () => {
  for (const path of ['/api/newsletter/subscribe', '/blog']) {
    const answer = await heldUpload(nginx.url, path, {
      headers: path === '/blog' ? { 'Next-Action': 'x' } : {},
    });
    expect(answer.status, path).toBe(413);
    expect(answer.bytesSent, path).toBeLessThan(64 * 1024);
  }
});

test('redirects through the recipe name paths, never the upstream’s own address', async ({
  request,
}) => {
  const location = async (path: string) =>
    (await request.get(nginx.url + path, { maxRedirects: 0 })).headers();
  const unsubscribe = await location('/api/newsletter/unsubscribe?token=abc');
  expect(unsubscribe.location).toBe('/newsletter/unsubscribe?token=abc');
  const trailing = await location('/blog/');
  expect(trailing.location).toBe('/blog');
  expect(trailing['content-security-policy']).toContain("default-src 'self'");
});
