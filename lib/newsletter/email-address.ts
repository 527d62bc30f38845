import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';

/** RFC 5321 limits: 254 characters for a usable address, 64 for the part before the @. */
const MAX_ADDRESS = 254;
const MAX_LOCAL_PART = 64;

/** Printable ASCII allowed before the @ (RFC 5322 dot-atom, no quoted strings). */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export type EmailAddress = {
  /** As the reader wrote it, trimmed, with the domain lowercased and in punycode. */
  address: string;
  /** Case-insensitive identity: two signups with the same key are one subscriber. */
  key: string;
  /**
   * The mailbox the mail lands in, for rate limits: `+tags` dropped (most providers deliver
   * name+anything to name) and, at Gmail, dots too. Limits count per mailbox, so varying the
   * tag cannot send one person more than the limit allows.
   */
  mailbox: string;
};

export type EmailCheck = { ok: true; email: EmailAddress } | { ok: false; message: string };

const invalid = (message: string): EmailCheck => ({ ok: false, message });

/**
 * Validates and normalizes what a reader typed into the email field. Anything that is not a
 * string (a crafted POST can send a list or an object) is rejected, never coerced.
 */
export function checkEmailAddress(input: unknown): EmailCheck {
  if (typeof input !== 'string') return invalid('Please enter your email address.');
  const trimmed = input.trim();
  if (trimmed === '') return invalid('Please enter your email address.');
  if (trimmed.length > MAX_ADDRESS) {
    return invalid(
      `That address is too long: an email address has at most ${MAX_ADDRESS} characters.`,
    );
  }
  // CR, LF and other control characters are how header injection starts; spaces never belong.
  if (/[\s\p{Cc}]/u.test(trimmed)) {
    return invalid('An email address cannot contain spaces or line breaks.');
  }
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) {
    return invalid('Please enter a full email address, like name@example.com.');
  }
  const localPart = trimmed.slice(0, at);
  const domainInput = trimmed.slice(at + 1);
  if (localPart.length > MAX_LOCAL_PART || !LOCAL_PART.test(localPart)) {
    return invalid('The part before the @ is not a valid email name.');
  }
  // MIME encoded text (=?utf-8?b?…?=) is legal characters but no mailbox: servers refuse it.
  if (localPart.includes('=?') || localPart.includes('?=')) {
    return invalid('The part before the @ looks like encoded text, not an email name.');
  }
  const domain = domainToASCII(domainInput.toLowerCase());
  const labels = domain.split('.');
  if (
    domain === '' ||
    labels.length < 2 ||
    !labels.every((label) => DOMAIN_LABEL.test(label)) ||
    !TOP_LEVEL.test(labels.at(-1) ?? '')
  ) {
    return invalid('The part after the @ is not a real domain, like example.com.');
  }
  if (labels.some((label) => label.startsWith('xn--')) && looksLikeAnotherDomain(domainInput)) {
    return invalid(
      'The domain mixes letters from different alphabets, which is how look-alike addresses are made.',
    );
  }
  const address = `${localPart}@${domain}`;
  if (address.length > MAX_ADDRESS) {
    return invalid(
      `That address is too long: an email address has at most ${MAX_ADDRESS} characters.`,
    );
  }
  const key = address.toLowerCase();
  return { ok: true, email: { address, key, mailbox: mailboxOf(key) } };
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function mailboxOf(key: string): string {
  const at = key.lastIndexOf('@');
  let local = key.slice(0, at).split('+')[0] || key.slice(0, at);
  let domain = key.slice(at + 1);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/**
 * Scripts a label may combine (Unicode TR39 "highly restrictive"): one script alone, or Latin
 * with the scripts Japanese, Chinese and Korean names are written in.
 */
const SCRIPT_SETS = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Thai',
  'Devanagari',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Hangul',
  'Cherokee',
];
const SCRIPT_PATTERNS = SCRIPTS.map(
  (script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const,
);

/** Cyrillic and Greek letters drawn like Latin ones: a name of only these imitates a Latin one. */
const LATIN_LOOKALIKES = /^[аеорсухіјӏѕԁԛԝһοανικ0-9-]+$/u;

/**
 * True when the domain is written to pass for another: a label mixing alphabets that are not
 * written together (Latin "g" with Armenian "օօ" in gօօgle), or, under a Latin top-level
 * domain, a label made only of Cyrillic or Greek letters that look Latin (аррӏе.com).
 * Whole names in one script (пример.рф, bücher.de) are fine.
 */
function looksLikeAnotherDomain(domain: string): boolean {
  const labels = domain.normalize('NFC').toLowerCase().split('.');
  const latinTopLevel = /^[a-z]+$/.test(labels.at(-1) ?? '');
  return labels.some((label) => {
    const used = SCRIPT_PATTERNS.filter(([, pattern]) => pattern.test(label)).map(([name]) => name);
    const allowed =
      used.length <= 1 || SCRIPT_SETS.some((set) => used.every((script) => set.includes(script)));
    const imitatesLatin =
      latinTopLevel && used.length === 1 && used[0] !== 'Latin' && LATIN_LOOKALIKES.test(label);
    return !allowed || imitatesLatin;
  });
}

/**
 * What the mail queue keeps of a delivered message's recipient: a digest of the address, so
 * deliveries can still be counted per address without the address being readable. Already a
 * digest (delivery marked twice) stays as it is.
 */
export function addressDigest(address: string): string {
  if (address.startsWith('sha256:')) return address;
  return `sha256:${createHash('sha256').update(address.toLowerCase()).digest('hex')}`;
}
