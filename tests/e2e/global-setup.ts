import { resetE2eDatabase } from './e2e-database';
import { startMailCatcher } from './mail-catcher';

/**
 * Starts the loopback SMTP server for the newsletter tests (Playwright stops it at the end)
 * and empties the e2e newsletter schema when the list is in PostgreSQL.
 */
export default async function globalSetup() {
  await resetE2eDatabase();
  return startMailCatcher();
}
