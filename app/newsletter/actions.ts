'use server';

import { redirect } from 'next/navigation';
import { confirmSubscription, unsubscribeByToken } from '@/lib/newsletter/newsletter';
import { resultPath } from '@/lib/newsletter/paths';
import { withNewsletter } from '@/lib/newsletter/runtime';

/** The confirm page's button. A POST, so mail scanners that open links confirm nothing. */
export async function confirmAction(formData: FormData): Promise<never> {
  const token = formData.get('token') ?? undefined;
  const result = await withNewsletter((deps) => confirmSubscription(deps, token));
  redirect(resultPath('confirmed', result.status));
}

export async function unsubscribeAction(formData: FormData): Promise<never> {
  const token = formData.get('token') ?? undefined;
  const result = await withNewsletter((deps) => unsubscribeByToken(deps, token));
  redirect(resultPath('unsubscribed', result.status));
}
