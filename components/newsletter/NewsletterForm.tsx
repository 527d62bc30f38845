'use client';

import { usePathname } from 'next/navigation';
import { useActionState, useId } from 'react';
import { subscribeAction, type SignupFormState } from './subscribe-action';

const initialState: SignupFormState = { status: 'idle', message: '', email: '' };

/** Each form on a page needs its own name, so assistive technology can tell them apart. */
const FORM_LABELS = {
  footer: 'Newsletter signup',
  'article-end': 'Newsletter signup after the article',
} as const;

type NewsletterFormProps = {
  /** Which form this is, stored with the signup ("footer", "article-end"). */
  formName: 'footer' | 'article-end';
  consent: string;
  /** The privacy page, linked after the consent text. */
  privacyPath: string;
  tone: 'light' | 'dark';
};

/**
 * The signup form: a server action, so it posts and shows its result without JavaScript;
 * with JavaScript, pending, success and errors appear in place and a wrong address stays typed.
 * The page it was sent from and its utm_* fields come from the request's Referer either way
 * (same-site requests carry the whole address, query included, under the site's
 * Referrer-Policy; after a client-side navigation, the address the reader sees).
 */
export function NewsletterForm({ formName, consent, privacyPath, tone }: NewsletterFormProps) {
  const [state, formAction, pending] = useActionState(subscribeAction, initialState);
  const id = useId();
  const messageId = `${id}-message`;
  const consentId = `${id}-consent`;
  return (
    <form
      action={formAction}
      noValidate
      aria-label={FORM_LABELS[formName]}
      className={tone === 'dark' ? 'signup signup-dark' : 'signup'}
    >
      <input type="hidden" name="form" value={formName} />
      {/* Humans never see or reach this field; bots that fill every input give themselves away. */}
      <div aria-hidden="true" className="honeypot">
        <label>
          Leave empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <label htmlFor={`${id}-email`}>Email address</label>
      <div className="signup-row">
        <input
          id={`${id}-email`}
          key={state.status === 'success' ? 'sent' : state.email}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state.email}
          aria-invalid={state.status === 'error' ? true : undefined}
          aria-describedby={`${messageId} ${consentId}`}
          placeholder="you@example.com"
        />
        <button type="submit" disabled={pending} className="btn">
          {pending ? 'Subscribing…' : 'Subscribe'}
        </button>
      </div>
      <p
        id={messageId}
        role="status"
        aria-live="polite"
        className={state.status === 'error' ? 'signup-status signup-error' : 'signup-status'}
      >
        {pending ? 'Signing you up…' : state.message}
      </p>
      <p id={consentId} className="signup-consent">
        {consent} <a href={privacyPath}>How we look after your address</a>
      </p>
    </form>
  );
}

/**
 * The footer's signup section, left out of an article's page (/blog/<slug>, postPath in
 * lib/content/paths.ts), which ends with a form of its own: the footer's was only hidden there
 * by CSS ([data-footer-signup='off'] in app/site.inline.css, still used by other pages), yet
 * sent in every article's HTML. Here rather than in a module of its own, which would cost
 * every page more JavaScript than these few bytes.
 */
export function FooterSignup({ children }: { children: React.ReactNode }) {
  return /^\/blog\/[^/]+$/.test(usePathname()) ? null : children;
}
