import { createHash } from 'node:crypto';
import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs with the site's Content-Security-Policy on and fails if Chromium
 * reports a violation in any page of its context: a policy too strict for the framework would
 * silently break the pages it is meant to protect.
 *
 * Each test is also a reader of its own: the e2e site trusts one proxy (TRUST_PROXY=1), and
 * every request of a test carries an X-Forwarded-For address made from the test's id, so the
 * per-network limits (signups, sign-in links, page views) count tests apart, as they would
 * real readers, instead of all of them as one client on loopback.
 */
export const test = base.extend<{ cspViolations: string[]; frameworkAtLoad: boolean }>({
  /**
   * Prerendered pages load the framework on the reader's first interaction
   * (lib/framework-on-demand.ts). Most tests are about what the page does once it runs, so by
   * default each page starts it as soon as its document is parsed, as a reader's first scroll
   * would; framework-on-demand.spec.ts and the budgets turn this off to test the page before.
   */
  frameworkAtLoad: [true, { option: true }],
  context: async ({ context, frameworkAtLoad }, provide) => {
    if (frameworkAtLoad) {
      await context.addInitScript(() =>
        addEventListener('DOMContentLoaded', () => dispatchEvent(new Event('scroll'))),
      );
    }
    await provide(context);
  },
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    const [a = 0, b = 0, c = 0] = createHash('sha256').update(testInfo.testId).digest();
    await provide({ 'x-forwarded-for': `10.${a}.${b}.${c}`, ...extraHTTPHeaders });
  },
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy|Content-Security-Policy/i.test(text)) violations.push(text);
      });
      await use(violations);
      expect(violations, 'CSP violations reported in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
