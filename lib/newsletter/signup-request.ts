import { z } from 'zod';
import { UTM_FIELDS, type SignupSource } from './store';

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof File !== 'undefined' && value instanceof File) return 'a file';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function text(field: string, max: number) {
  return z
    .string({ error: (issue) => `${field}: expected text, got ${describeValue(issue.input)}` })
    .max(max, `${field}: expected at most ${max} characters`);
}

/** The campaign fields, each optional; the same names as UTM_FIELDS. */
const utmFields = {
  utm_source: text('utm_source', 200).optional(),
  utm_medium: text('utm_medium', 200).optional(),
  utm_campaign: text('utm_campaign', 200).optional(),
  utm_term: text('utm_term', 200).optional(),
  utm_content: text('utm_content', 200).optional(),
} satisfies Record<(typeof UTM_FIELDS)[number], z.ZodType>;

/**
 * What a signup may send, by type and size. Whether the address is a real one is the
 * newsletter's own check (checkEmailAddress); this stops lists, objects and files at the door.
 */
export const signupRequestSchema = z.object({
  email: z.string({
    error: (issue) =>
      issue.input === undefined
        ? 'Please enter your email address.'
        : `email: expected text, got ${describeValue(issue.input)}`,
  }),
  /** The hidden field only bots fill in. */
  website: text('website', 200).default(''),
  source_path: text('source_path', 512).optional(),
  form: text('form', 40).optional(),
  /** Where the tab's visit began, as the visit script keeps it (lib/page-views/visit-script). */
  visit: text('visit', 2048).optional(),
  ...utmFields,
  utm: z.object(utmFields, { error: 'utm: expected an object of utm_* fields' }).optional(),
});

/** The visit script's record: the landing page's path and query, and the referrer it had. */
const visitSchema = z.object({
  l: z.string().max(1024).startsWith('/'),
  r: z.string().max(1024),
});

export type Visit = { landing: string; referrer: string };

/**
 * Written by our own script, never typed by the reader: one that does not parse (a page of an
 * older version, storage edited by hand) is left out rather than turning the signup away.
 */
function readVisit(value: string | undefined): Visit | undefined {
  if (!value) return undefined;
  try {
    const parsed = visitSchema.safeParse(JSON.parse(value));
    return parsed.success ? { landing: parsed.data.l, referrer: parsed.data.r } : undefined;
  } catch {
    return undefined;
  }
}

export type SignupRequest = {
  email: string;
  website: string;
  sourcePath: string | undefined;
  form: string | undefined;
  utm: SignupSource['utm'];
  visit: Visit | undefined;
};

export type SignupRequestCheck =
  { ok: true; request: SignupRequest } | { ok: false; message: string };

export function checkSignupRequest(body: unknown): SignupRequestCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: `Expected an object of fields, got ${describeValue(body)}.` };
  }
  const parsed = signupRequestSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join('; ') };
  }
  const { email, website, source_path, form, utm, visit, ...topLevel } = parsed.data;
  const merged: SignupSource['utm'] = {};
  for (const field of UTM_FIELDS) {
    // A form without JavaScript sends its utm fields empty: empty means "not given".
    const value = (utm?.[field] ?? topLevel[field])?.trim();
    if (value) merged[field] = value;
  }
  return {
    ok: true,
    request: {
      email,
      website,
      sourcePath: source_path || undefined,
      form,
      utm: merged,
      visit: readVisit(visit),
    },
  };
}
