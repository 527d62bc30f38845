import { defineConfig, devices } from '@playwright/test';
import { siteServerCommand } from './bench/support/processes';
import { newsletterStoreEnv } from './tests/e2e/e2e-database';
import { TEST_BUILDS } from './tests/support/test-builds';

const port = Number(process.env.E2E_PORT ?? 3100);
/** The production server on loopback at `listenPort`, as the benchmarks start it. */
const siteServer = (listenPort: number) => siteServerCommand(listenPort).flat().join(' ');
/** The e2e site: the production server (`npm start`) on the main build. */
export const baseURL = `http://127.0.0.1:${port}`;

/** Signs the e2e site's draft preview links (tests/e2e/preview-links.spec.ts). */
export const E2E_PREVIEW_SECRET = 'e2e-preview-secret-of-at-least-32-characters';

/** The one address that may sign in to the e2e site's dashboard (tests/e2e/admin.spec.ts). */
export const E2E_ADMIN_EMAIL = 'marketing@glowpop.example';

/** The 60-post content set (`npm run build:many-posts`), served by its own build. */
export const manyPostsURL = `http://127.0.0.1:${port + 1}`;

/** The XSS corpus (`npm run build:xss-posts`), served by its own build. */
export const xssURL = `http://127.0.0.1:${port + 3}`;

/** `next dev` on a copy of content/, which the live preview test edits. */
export const devURL = `http://127.0.0.1:${port + 2}`;
export const DEV_CONTENT_DIR = 'test-results/dev-content';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    // A trace records every action of every test to keep the failing ones': about a sixth of the
    // suite's time. CI prints the failure, and its artifacts are not kept, so it records none.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium, as its headless shell (scripts/ensure-system-packages.sh installs it):
      // this machine cannot download Playwright's own build, and the full browser's new
      // headless mode took the suite 1.6 times as long on two cores.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell',
      // Without these, Chromium tries to reach Google's services, which the sandbox refuses.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: siteServer(port),
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        // Newsletter: a fresh list each run (PostgreSQL when TEST_DATABASE_URL is set), mail to
        // the loopback SMTP server of global-setup.ts, and links pointing back at this server.
        ...newsletterStoreEnv(),
        SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_MAIL_PORT ?? 2525}?ignoreTLS=true`,
        SITE_URL: baseURL,
        PREVIEW_SECRET: E2E_PREVIEW_SECRET,
        ADMIN_EMAILS: E2E_ADMIN_EMAIL,
        ADMIN_SESSION_SECRET: 'e2e-admin-session-secret-of-32-characters-or-more',
        // Every test is its own reader: tests/e2e/fixtures.ts sends an X-Forwarded-For of its
        // own, so the per-network limits count each test apart, as they would real readers.
        TRUST_PROXY: '1',
      },
    },
    {
      command: siteServer(port + 1),
      url: manyPostsURL,
      reuseExistingServer: false,
      timeout: 60_000,
      // Share cards are drawn at run time from the content the build used.
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: TEST_BUILDS['many-posts'].distDir,
        CONTENT_DIR: TEST_BUILDS['many-posts'].contentDir,
      },
    },
    {
      command: siteServer(port + 3),
      url: xssURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: TEST_BUILDS.xss.distDir,
        CONTENT_DIR: TEST_BUILDS.xss.contentDir,
      },
    },
    {
      // Next 16 keeps development output in .next/dev, apart from the production build above.
      command: `rm -rf ${DEV_CONTENT_DIR} && mkdir -p test-results && cp -r content ${DEV_CONTENT_DIR} && npx next dev --hostname 127.0.0.1 --port ${port + 2}`,
      url: devURL,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: DEV_CONTENT_DIR },
    },
  ],
});
