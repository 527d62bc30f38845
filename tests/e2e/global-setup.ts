import { startMailCatcher } from './mail-catcher';

/** Starts the loopback SMTP server for the newsletter tests; Playwright stops it at the end. */
export default async function globalSetup() {
  return startMailCatcher();
}
