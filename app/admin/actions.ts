'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ADMIN_PATH, ADMIN_SIGN_IN_PATH, ADMIN_SUBSCRIBERS_PATH } from '@/lib/admin/admin-paths';
import {
  adminEmail,
  dashboardEnabled,
  endAdminSession,
  startAdminSession,
} from '@/lib/admin/admin-session';
import { requestSignInLink, signInWithLink, type SignInNotice } from '@/lib/admin/admin-sign-in';
import { settings } from '@/lib/config';
import { clientNetwork } from '@/lib/security/client-address';
import { withNewsletter } from '@/lib/newsletter/runtime';

const signInPage = (result: SignInNotice) => `${ADMIN_SIGN_IN_PATH}?result=${result}`;

/** The sign-in form: mails a link to a listed address; everyone sees the same answer. */
export async function requestLinkAction(formData: FormData): Promise<never> {
  if (!dashboardEnabled()) redirect('/');
  const network = clientNetwork(await headers(), settings().TRUST_PROXY);
  const notice = await withNewsletter((deps) =>
    requestSignInLink(deps, { email: formData.get('email'), clientNetwork: network }),
  );
  redirect(signInPage(typeof notice === 'string' ? notice : 'unavailable'));
}

/** The link page's button: signs in once, then the link is spent. */
export async function signInWithLinkAction(formData: FormData): Promise<never> {
  if (!dashboardEnabled()) redirect('/');
  const result = await withNewsletter((deps) => signInWithLink(deps, formData.get('token')));
  if (typeof result === 'string') redirect(signInPage(result));
  if ('ok' in result) redirect(signInPage('unavailable'));
  await startAdminSession(result.email);
  redirect(ADMIN_PATH);
}

export async function signOutAction(): Promise<never> {
  await endAdminSession();
  redirect(signInPage('signed-out'));
}

/**
 * Erases one person on request, from the subscriber list: their row, links, deliveries and
 * mail. The box must be ticked; the audit keeps who erased someone and when, not whom.
 */
export async function eraseSubscriberAction(formData: FormData): Promise<never> {
  const admin = await adminEmail();
  if (!admin) redirect(ADMIN_SIGN_IN_PATH);
  const email = formData.get('email');
  const back = formData.get('back');
  const list =
    typeof back === 'string' && back.startsWith(ADMIN_SUBSCRIBERS_PATH)
      ? back
      : ADMIN_SUBSCRIBERS_PATH;
  const separator = list.includes('?') ? '&' : '?';
  if (formData.get('confirm') !== 'yes' || typeof email !== 'string')
    redirect(`${list}${separator}notice=unconfirmed`);
  const outcome = await withNewsletter(({ store }) =>
    store.eraseSubscriber(email, admin, new Date()),
  );
  redirect(`${list}${separator}notice=${typeof outcome === 'string' ? outcome : 'unavailable'}`);
}
