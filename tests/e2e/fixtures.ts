import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs with the site's Content-Security-Policy on and fails if Chromium
 * reports a violation in any page of its context: a policy too strict for the framework would
 * silently break the pages it is meant to protect.
 */
export const test = base.extend<{ cspViolations: string[] }>({
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
