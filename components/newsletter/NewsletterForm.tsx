'use client';

import { useActionState, useId } from 'react';
import { subscribeAction, type SignupFormState } from '@/app/newsletter/actions';

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
  tone: 'light' | 'dark';
};

/** Records the page and its utm_* parameters into the hidden fields just before sending. */
function recordSource(form: HTMLFormElement) {
  const params = new URLSearchParams(window.location.search);
  const set = (name: string, value: string) => {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement) field.value = value;
  };
  set('source_path', window.location.pathname);
  for (const name of UTM_FIELDS) set(name, params.get(name) ?? '');
}

/**
 * The signup form: a server action, so it posts and shows its result without JavaScript;
 * with JavaScript, pending, success and errors appear in place and a wrong address stays typed.
 */
export function NewsletterForm({ formName, consent, tone }: NewsletterFormProps) {
  const [state, formAction, pending] = useActionState(subscribeAction, initialState);
  const id = useId();
  const dark = tone === 'dark';
  const messageId = `${id}-message`;
  const consentId = `${id}-consent`;
  return (
    <form
      action={formAction}
      onSubmit={(event) => recordSource(event.currentTarget)}
      noValidate
      aria-label={FORM_LABELS[formName]}
      className="mt-5 flex max-w-md flex-col gap-3"
    >
      <input type="hidden" name="form" value={formName} />
      <input type="hidden" name="source_path" defaultValue="" />
      {UTM_FIELDS.map((name) => (
        <input key={name} type="hidden" name={name} defaultValue="" />
      ))}
      {/* Humans never see or reach this field; bots that fill every input give themselves away. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          Leave this field empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <label htmlFor={`${id}-email`} className="text-sm font-semibold">
        Email address
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
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
          className={`min-h-12 flex-1 rounded-full px-5 text-ink placeholder:text-ink-soft/70 ${
            dark ? 'bg-cream' : 'bg-white ring-1 ring-ink/20'
          }`}
        />
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 rounded-full bg-pop-700 px-6 font-semibold text-white hover:bg-pop-900 disabled:opacity-70"
        >
          {pending ? 'Subscribing…' : 'Subscribe'}
        </button>
      </div>
      <p
        id={messageId}
        role="status"
        aria-live="polite"
        className={`min-h-6 text-sm font-semibold ${
          state.status === 'error' ? (dark ? 'text-sun' : 'text-pop-900') : ''
        }`}
      >
        {pending ? 'Signing you up…' : state.message}
      </p>
      <p id={consentId} className={`text-xs ${dark ? 'text-cream/90' : 'text-ink-soft'}`}>
        {consent}
      </p>
    </form>
  );
}
