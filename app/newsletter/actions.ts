'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { confirmSubscription, signUp, unsubscribeByToken } from '@/lib/newsletter/newsletter';
import { clientIpFrom, sourceFromReferer } from '@/lib/newsletter/request-context';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { checkSignupRequest } from '@/lib/newsletter/signup-request';
import { formDataToObject } from '@/lib/security/read-request-fields';

export type SignupFormState = {
  status: 'idle' | 'success' | 'error';
  message: string;
  /** What the reader typed, kept so an error never makes them type it again. */
  email: string;
};

const FORMS = new Set(['footer', 'article-end']);

export async function subscribeAction(
  _previous: SignupFormState,
  formData: FormData,
): Promise<SignupFormState> {
  const fields = formDataToObject(formData);
  const check = checkSignupRequest(fields);
  if (!check.ok) {
    const typed = fields.email;
    return {
      status: 'error',
      message: check.message,
      email: typeof typed === 'string' ? typed : '',
    };
  }
  const { email, website, sourcePath, form, utm } = check.request;
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`;
  // With JavaScript the form fills in its page and utm fields; without, the Referer has them.
  const fromReferer = sourceFromReferer(requestHeaders.get('referer'), origin);
  const result = await withNewsletter((deps) =>
    signUp(deps, {
      email,
      website,
      sourcePath: sourcePath || fromReferer?.path,
      utm: { ...fromReferer?.utm, ...utm },
      form: form && FORMS.has(form) ? form : 'unknown',
      clientIp: clientIpFrom(requestHeaders),
    }),
  );
  return {
    status: result.ok ? 'success' : 'error',
    message: result.message,
    email: result.ok ? '' : email,
  };
}

/** The confirm page's button. A POST, so mail scanners that open links confirm nothing. */
export async function confirmAction(formData: FormData): Promise<never> {
  const token = formData.get('token') ?? undefined;
  const result = await withNewsletter((deps) => confirmSubscription(deps, token));
  redirect(`/newsletter/confirmed?result=${result.status}`);
}

export async function unsubscribeAction(formData: FormData): Promise<never> {
  const token = formData.get('token') ?? undefined;
  const result = await withNewsletter((deps) => unsubscribeByToken(deps, token));
  redirect(`/newsletter/unsubscribed?result=${result.status}`);
}
