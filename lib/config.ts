import { z } from 'zod';

/** Unset and empty are the same: a test or a shell that clears a variable sets it to "". */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

function urlWithProtocols(protocols: readonly string[]) {
  return (value: string) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  };
}

/** A variable: its rule (its message completes "expected …"), and what the README says. */
function variable<Schema extends z.ZodType>(schema: Schema, use: string, fallback = '(unset)') {
  return z.preprocess(unsetIfEmpty, schema).meta({ use, fallback });
}

const path = (use: string, fallback?: string) =>
  variable(z.string({ error: 'a folder or file path' }).optional(), use, fallback);

/**
 * Every environment variable the site, its build and its commands read, parsed once at start
 * (next.config.ts and each CLI call `settingsOrExit`). The README's configuration table is
 * checked against this list by a test.
 */
const addressList = (list: string) =>
  list
    .split(',')
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean);
const isPlainAddress = (address: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address);

const settingsSchema = z.object({
  SITE_URL: variable(
    z
      .string()
      .refine(urlWithProtocols(['http:', 'https:']), 'an absolute http(s) URL')
      .transform((url) => url.replace(/\/+$/, ''))
      .default('http://localhost:3000'),
    'The public address, used in canonical links, feeds, the sitemap and emails.',
    '`http://localhost:3000`',
  ),
  CONTENT_DIR: path(
    'Where the markdown content is (tests and benchmarks use their own sets).',
    '`content`',
  ),
  DATA_DIR: path('Where the newsletter’s SQLite file and the development outbox live.', '`data`'),
  DATABASE_URL: variable(
    z
      .string()
      .refine(urlWithProtocols(['postgres:', 'postgresql:']), 'a postgres:// or postgresql:// URL')
      .optional(),
    'PostgreSQL for the newsletter list instead of SQLite, shared by several server instances.',
  ),
  SMTP_URL: variable(
    z
      .string()
      .refine(urlWithProtocols(['smtp:', 'smtps:']), 'an smtp:// or smtps:// URL')
      .optional(),
    'The mail relay for confirmations and newsletter issues; unset, confirmations are written to `DATA_DIR/outbox/` (sending an issue needs it).',
  ),
  MAIL_FROM: variable(
    z
      .string()
      .regex(/@[^@\s]+\.[^@\s]+>?$/, 'a sender address, like GLOWPOP <hello@glowpop.com>')
      .default('GLOWPOP <hello@glowpop.example>'),
    'The sender of the newsletter’s emails.',
    '`GLOWPOP <hello@glowpop.example>`',
  ),
  NEWSLETTER_RETRY_INTERVAL_MS: variable(
    z.coerce
      .number({ error: 'a whole number of milliseconds' })
      .int('a whole number of milliseconds')
      .positive('a whole number of milliseconds')
      .default(60_000),
    'How often mail that failed to send is retried.',
    '`60000`',
  ),
  NEWSLETTER_SEND_PER_MINUTE: variable(
    z.coerce
      .number({ error: 'a whole number of emails' })
      .int('a whole number of emails')
      .min(0, 'a whole number of emails')
      .default(600),
    'How many newsletter issues `npm run newsletter -- send` hands the mail relay a minute (0: as fast as it takes them). 600 suits most relays; raise it to what yours allows.',
    '`600`',
  ),
  NEWSLETTER_SEND_CONNECTIONS: variable(
    z.coerce
      .number({ error: 'a whole number of connections' })
      .int('a whole number of connections')
      .min(1, 'a whole number of connections')
      .max(50, 'at most 50 connections')
      .default(5),
    'Connections to the mail relay a newsletter send keeps open at once.',
    '`5`',
  ),
  TRUST_PROXY: variable(
    z.coerce
      .number({ error: 'a whole number of proxies' })
      .int('a whole number of proxies')
      .min(0, 'a whole number of proxies')
      .default(0),
    'How many proxies in front write X-Forwarded-For (1 with the nginx recipe); 0 trusts none, and clients are counted by their connection’s address.',
    '`0`',
  ),
  NEWSLETTER_MAILS_PER_HOUR: variable(
    z.coerce
      .number({ error: 'a whole number of emails' })
      .int('a whole number of emails')
      .positive('a whole number of emails')
      .default(300),
    'At most this many confirmation emails an hour for the whole site: it can never be used to flood anyone.',
    '`300`',
  ),
  ADMIN_EMAILS: variable(
    z
      .string()
      .refine(
        (list) => addressList(list).length > 0 && addressList(list).every(isPlainAddress),
        'addresses separated by commas, like ana@glowpop.com,ben@glowpop.com',
      )
      .transform(addressList)
      .optional(),
    'Who may sign in to the marketing dashboard at `/admin` (a link is mailed to them), comma-separated; unset, there is no dashboard.',
  ),
  ADMIN_SESSION_SECRET: variable(
    z
      .string()
      .min(32, 'at least 32 characters, such as the output of: openssl rand -hex 32')
      .optional(),
    'Seals the dashboard’s sign-in cookie; needed with `ADMIN_EMAILS`. Changing it signs everyone out.',
  ),
  PREVIEW_SECRET: variable(
    z
      .string()
      .min(32, 'at least 32 characters, such as the output of: openssl rand -hex 32')
      .optional(),
    'Signs draft preview links (`npm run preview-link`); unset, preview links are off. Changing it revokes every link.',
  ),
  CONTENT_CACHE: variable(
    z.literal('off', { error: '"off", or nothing' }).optional(),
    '`off` parses every post afresh instead of using the parse cache.',
  ),
  CONTENT_CACHE_DIR: path(
    'Where parsed posts are cached.',
    '`node_modules/.cache/glowpop-content`',
  ),
  CONTENT_READ_LOG: path('Benchmarks only: a file each read of the content is logged to.'),
  NEXT_DIST_DIR: path(
    'The build folder (tests build broken or generated content beside the site).',
    '`.next`',
  ),
  SOURCE_MAPS: variable(
    z.literal('1', { error: '"1", or nothing' }).optional(),
    '`1` publishes browser source maps (test and benchmark builds, to tell our code apart).',
  ),
});

/** Variables that only make sense together. */
const checkedSettingsSchema = settingsSchema.superRefine((parsed, context) => {
  if (parsed.ADMIN_EMAILS && !parsed.ADMIN_SESSION_SECRET)
    context.addIssue({
      code: 'custom',
      path: ['ADMIN_SESSION_SECRET'],
      message:
        'at least 32 characters when ADMIN_EMAILS is set (it seals the sign-in cookie), such as the output of: openssl rand -hex 32',
    });
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * `next dev`, as opposed to a build or `next start`. NODE_ENV is Next's to set, not ours to
 * validate; client components read it directly, where the compiler needs the literal
 * expression to drop development-only code.
 */
export const isDevelopment = () => process.env.NODE_ENV === 'development';

/** `next build` and `next start`: not `next dev`, nor the unit tests, which render components
 * in one pass, with no server-side render after the server components'. */
export const isProduction = () => process.env.NODE_ENV === 'production';

/** Each variable's name, what it does and its default, for the README's table. */
export const SETTINGS_DOCUMENTATION = Object.entries(settingsSchema.shape).map(([name, schema]) => {
  const meta = schema.meta() as { use: string; fallback: string };
  return { name, ...meta };
});

const NAMES = Object.keys(settingsSchema.shape);

export class SettingsError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'SettingsError';
  }
}

/** The settings in `environment`; a SettingsError with one line per bad variable otherwise. */
export function parseSettings(environment: Record<string, string | undefined>): Settings {
  const result = checkedSettingsSchema.safeParse(environment);
  if (result.success) return result.data;
  throw new SettingsError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}: expected ${issue.message}, got ${JSON.stringify(environment[name])}`;
    }),
  );
}

let cached: { key: string; settings: Settings } | undefined;

/** The settings now; parsed again only when a variable changed (tests change some). */
export function settings(): Settings {
  const key = NAMES.map((name) => process.env[name] ?? '').join('\0');
  if (cached?.key !== key) cached = { key, settings: parseSettings(process.env) };
  return cached.settings;
}

/**
 * For entry points (next.config.ts, so `next dev`, `build` and `start`; and each CLI): a bad
 * variable stops the process with one line naming it, what it expected and what it got.
 */
export function settingsOrExit(): Settings {
  try {
    return settings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    for (const line of error.lines) console.error(line);
    process.exit(1);
  }
}
