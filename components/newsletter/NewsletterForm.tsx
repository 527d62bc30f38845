'use client';

import { useActionState, useId } from 'react';
import { subscribeAction, type SignupFormState } from './subscribe-action';

const initialState: SignupFormState = { status: 'idle', message: '', email: '' };

const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];

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
 * Adds the page and its utm_* parameters to the form just before it is sent. The fields are
 * made here rather than rendered: only a script can fill them (without JavaScript the server
 * reads the same from the Referer), so the page's HTML need not carry them.
 */
function recordSource(form: HTMLFormElement) {
  const params = new URLSearchParams(window.location.search);
  const set = (name: string, value: string) => {
    const existing = form.elements.namedItem(name);
    if (existing instanceof HTMLInputElement) {
      existing.value = value;
    } else {
      form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
    }
  };
  set('source_path', window.location.pathname);
  for (const name of UTM_FIELDS) set(name, params.get(name) ?? '');
}

/**
 * The signup form: a server action, so it posts and shows its result without JavaScript;
 * with JavaScript, pending, success and errors appear in place and a wrong address stays typed.
 */
export function NewsletterForm({ formName, consent, privacyPath, tone }: NewsletterFormProps) {
  const [state, formAction, pending] = useActionState(subscribeAction, initialState);
  const id = useId();
  const messageId = `${id}-message`;
  const consentId = `${id}-consent`;
  return (
    <form
      action={formAction}
      onSubmit={(event) => recordSource(event.currentTarget)}
      noValidate
      aria-label={FORM_LABELS[formName]}
      className={tone === 'dark' ? 'signup signup-dark' : 'signup'}
    >
      <input type="hidden" name="form" value={formName} />
      {/* Humans never see or reach this field; bots that fill every input give themselves away. */}
      <div aria-hidden="true" className="honeypot">
        <label>
          Leave this field empty
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
