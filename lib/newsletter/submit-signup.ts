import { signUp, type SignupInput, type SignupResult } from './newsletter';
import { settings } from '@/lib/config';
import { site } from '@/lib/site';
import { clientNetwork } from '@/lib/security/client-address';
import { referrerHost, sourceFromReferer } from './request-context';
import { withNewsletter, type NewsletterUnavailable } from './runtime';
import { checkSignupRequest, type SignupRequest } from './signup-request';

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

/**
 * Where a signup came from: the form's page (its own field, else the Referer a form's post
 * carries), and the campaign. The page the visit began on carries the campaign that brought the
 * reader, though the form may be two pages on (the visit script keeps it; without JavaScript
 * there is none, and the form's page's own fields count); fields sent outright win.
 */
export function signupSource(
  request: Pick<SignupRequest, 'sourcePath' | 'utm' | 'visit'>,
  referer: string | null,
  origin: string,
): Pick<SignupInput, 'sourcePath' | 'utm' | 'landingPath' | 'referrerHost'> {
  const { sourcePath, utm, visit } = request;
  const fromReferer = sourceFromReferer(referer, origin);
  const landing = visit
    ? sourceFromReferer(new URL(visit.landing, origin).href, origin)
    : undefined;
  const landingUtm = landing && Object.keys(landing.utm).length > 0 ? landing.utm : undefined;
  return {
    sourcePath: sourcePath || fromReferer?.path,
    utm: { ...(landingUtm ?? fromReferer?.utm), ...utm },
    landingPath: landing?.path,
    referrerHost: visit
      ? referrerHost(visit.referrer, [new URL(origin).host, new URL(site.url).host]) || undefined
      : undefined,
  };
}

/** The one way in for a signup: its fields checked once, its source and client worked out. */
export async function submitSignup(
  fields: unknown,
  headers: Headers,
  channel: SignupChannel,
): Promise<SignupSubmission> {
  const check = checkSignupRequest(fields);
  if (!check.ok) return { ok: false, status: 400, message: check.message };
  const { email, website, form } = check.request;
  const source =
    channel.via === 'form'
      ? signupSource(check.request, headers.get('referer'), channel.origin)
      : signupSource(check.request, null, new URL(site.url).origin);
  return withNewsletter((deps) =>
    signUp(deps, {
      email,
      website,
      ...source,
      form: channel.via === 'api' ? 'api' : form && FORMS.has(form) ? form : 'unknown',
      clientNetwork: clientNetwork(headers, settings().TRUST_PROXY),
      siteMailsPerHour: settings().NEWSLETTER_MAILS_PER_HOUR,
    }),
  );
}
