import { signUp, type SignupResult } from './newsletter';
import { settings } from '@/lib/config';
import { clientNetwork, sourceFromReferer } from './request-context';
import { withNewsletter, type NewsletterUnavailable } from './runtime';
import { checkSignupRequest } from './signup-request';

/** The forms that sign readers up; any other `form` value is recorded as "unknown". */
const FORMS = new Set(['footer', 'article-end']);

/**
 * How the signup arrived: from one of the site's forms (its server action, with or without
 * JavaScript) or as a direct POST to the API. A form without JavaScript cannot fill in its page
 * and utm fields, so for forms the Referer supplies them.
 */
export type SignupChannel = { via: 'form'; origin: string } | { via: 'api' };

export type SignupSubmission =
  SignupResult | NewsletterUnavailable | { ok: false; status: 400; message: string };

/** The one way in for a signup: its fields checked once, its source and client worked out. */
export async function submitSignup(
  fields: unknown,
  headers: Headers,
  channel: SignupChannel,
): Promise<SignupSubmission> {
  const check = checkSignupRequest(fields);
  if (!check.ok) return { ok: false, status: 400, message: check.message };
  const { email, website, sourcePath, form, utm } = check.request;
  const fromReferer =
    channel.via === 'form' ? sourceFromReferer(headers.get('referer'), channel.origin) : undefined;
  return withNewsletter((deps) =>
    signUp(deps, {
      email,
      website,
      sourcePath: sourcePath || fromReferer?.path,
      utm: { ...fromReferer?.utm, ...utm },
      form: channel.via === 'api' ? 'api' : form && FORMS.has(form) ? form : 'unknown',
      clientNetwork: clientNetwork(headers, settings().TRUST_PROXY),
      siteMailsPerHour: settings().NEWSLETTER_MAILS_PER_HOUR,
    }),
  );
}
