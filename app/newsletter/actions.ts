'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { confirmSubscription, signUp, unsubscribeByToken } from '@/lib/newsletter/newsletter';
import { clientIpFrom, sourceFromReferer } from '@/lib/newsletter/request-context';
import { getNewsletter } from '@/lib/newsletter/runtime';
import { UTM_FIELDS } from '@/lib/newsletter/store';

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
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`;
  // With JavaScript the form fills in its page and utm fields; without, the Referer has them.
  const fromReferer = sourceFromReferer(requestHeaders.get('referer'), origin);
  const sourcePath = formData.get('source_path') || fromReferer?.path;
  const utm = Object.fromEntries(
    UTM_FIELDS.map((field) => [field, formData.get(field) || fromReferer?.utm[field]]),
  );
  const formName = String(formData.get('form') ?? '');
  const email = formData.get('email');
  const result = await signUp(await getNewsletter(), {
    email,
    website: formData.get('website') ?? '',
    sourcePath,
    utm,
    form: FORMS.has(formName) ? formName : 'unknown',
    clientIp: clientIpFrom(requestHeaders),
  });
  return {
    status: result.ok ? 'success' : 'error',
    message: result.message,
    email: !result.ok && typeof email === 'string' ? email.slice(0, 320) : '',
  };
}

/** The confirm page's button. A POST, so mail scanners that open links confirm nothing. */
export async function confirmAction(formData: FormData): Promise<never> {
  const result = await confirmSubscription(
    await getNewsletter(),
    formData.get('token') ?? undefined,
  );
  redirect(`/newsletter/confirmed?result=${result.status}`);
}

export async function unsubscribeAction(formData: FormData): Promise<never> {
  const result = await unsubscribeByToken(
    await getNewsletter(),
    formData.get('token') ?? undefined,
  );
  redirect(`/newsletter/unsubscribed?result=${result.status}`);
}
