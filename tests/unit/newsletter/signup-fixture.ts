import { checkEmailAddress, type EmailAddress } from '@/lib/newsletter/email-address';
import type { SubscribeRequest } from '@/lib/newsletter/store';
import { createToken } from '@/lib/newsletter/tokens';

/** Signups as the store receives them, for the store's contract tests. */
export const HOUR = 3_600_000;
export const start = new Date('2025-03-01T10:00:00Z');
export const at = (hours: number) => new Date(start.getTime() + hours * HOUR);

export function email(input: string): EmailAddress {
  const result = checkEmailAddress(input);
  if (!result.ok) throw new Error(result.message);
  return result.email;
}

export function signup(address: string, now = start, overrides: Partial<SubscribeRequest> = {}) {
  const confirm = createToken();
  const unsubscribe = createToken();
  const request: SubscribeRequest = {
    email: email(address),
    source: {
      path: '/blog/the-gut-skin-axis',
      utm: { utm_source: 'instagram', utm_campaign: 'spring' },
    },
    consent: { at: now, form: 'footer', textVersion: '2025-01' },
    confirmTokenHash: confirm.hash,
    unsubscribeTokenHash: unsubscribe.hash,
    confirmExpiresAt: new Date(now.getTime() + 48 * HOUR),
    now,
    resendIfSentBefore: new Date(now.getTime() - 0.25 * HOUR),
    confirmation: { message: `To: ${address}\r\n\r\nConfirm`, dueAt: now },
    limits: {
      windowStart: new Date(now.getTime() - HOUR),
      ip: { key: 'ip:203.0.113.1', max: 1_000 },
      address: { key: `email:${address.toLowerCase()}`, max: 1_000 },
      siteMails: 1_000,
    },
    ...overrides,
  };
  return { request, confirm, unsubscribe };
}
