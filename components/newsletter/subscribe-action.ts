'use server';

import { headers } from 'next/headers';
import { submitSignup } from '@/lib/newsletter/submit-signup';
import { formDataToObject } from '@/lib/security/read-request-fields';

export type SignupFormState = {
  status: 'idle' | 'success' | 'error';
  message: string;
  /** What the reader typed, kept so an error never makes them type it again. */
  email: string;
};

/** The signup form's action (NewsletterForm), with or without JavaScript. */
export async function subscribeAction(
  _previous: SignupFormState,
  formData: FormData,
): Promise<SignupFormState> {
  const fields = formDataToObject(formData);
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`;
  const result = await submitSignup(fields, requestHeaders, { via: 'form', origin });
  const typed = fields.email;
  return {
    status: result.ok ? 'success' : 'error',
    message: result.message,
    email: result.ok || typeof typed !== 'string' ? '' : typed,
  };
}
