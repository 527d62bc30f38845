import { z } from 'zod';
import { referrerHost } from '@/lib/newsletter/request-context';
import type { Device, PageViews } from '@/lib/newsletter/store';

/** A beacon is a few short fields; anything near this size is not one. */
export const MAX_BEACON_BYTES = 2048;

const UTM_LENGTH = 100;

/**
 * What the visit script sends: the page's path and query, the referrer and the window's width.
 * Nothing else, and only the path's page, the referrer's host, the utm fields and a device
 * class are kept from it.
 */
const beaconSchema = z.object({
  p: z
    .string({ error: 'Send the page’s path as `p`.' })
    .max(512, 'The page’s path (`p`) is too long: at most 512 characters.')
    .startsWith('/', 'The page’s path (`p`) must start with “/”.'),
  q: z.string({ error: 'The page’s query (`q`) must be text.' }).max(1024).default(''),
  r: z.string({ error: 'The referrer (`r`) must be text.' }).max(1024).default(''),
  w: z.coerce
    .number({ error: 'Send the window’s width as `w`, a number.' })
    .int('The window’s width (`w`) must be a whole number.')
    .min(0)
    .max(100_000),
});

export type BeaconReading =
  | { ok: true; path: string; views: Omit<PageViews, 'day' | 'path' | 'views'> }
  | { ok: false; message: string };

/** Phones up to 640 CSS px wide, tablets up to 1024, desktops beyond: the site's own breakpoints. */
export function deviceClass(width: number): Device {
  if (width < 640) return 'phone';
  if (width < 1024) return 'tablet';
  return 'desktop';
}

function utmField(query: URLSearchParams, field: string): string {
  return (query.get(field) ?? '').trim().slice(0, UTM_LENGTH);
}

/** A beacon's fields, checked and reduced to what is counted; the message names the field. */
export function readBeacon(fields: unknown, ownHosts: readonly (string | null)[]): BeaconReading {
  const parsed = beaconSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: issue?.message ?? 'The beacon’s fields are not valid.' };
  }
  const { p, q, r, w } = parsed.data;
  const query = new URLSearchParams(q);
  return {
    ok: true,
    path: p.length > 1 ? p.replace(/\/+$/, '') : p,
    views: {
      referrerHost: referrerHost(r, ownHosts),
      utmSource: utmField(query, 'utm_source'),
      utmMedium: utmField(query, 'utm_medium'),
      utmCampaign: utmField(query, 'utm_campaign'),
      device: deviceClass(w),
    },
  };
}

/**
 * Requests no reader made: crawlers and link previewers (many run scripts), headless and
 * automated browsers, audits such as Lighthouse, and scripts. The user agent is read here
 * and nowhere kept.
 */
const NOT_A_READER =
  /bot|crawl|spider|slurp|preview|facebookexternalhit|headless|lighthouse|pagespeed|phantom|puppeteer|playwright|selenium|python|curl|wget|httpclient|okhttp|java\/|go-http|node-fetch|undici/i;

/** Why a beacon that passed the checks is still not counted, if it is not. */
export function uncountedBecause(headers: Headers): string | undefined {
  const agent = headers.get('user-agent');
  if (!agent || NOT_A_READER.test(agent)) return 'not a reader’s browser';
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`;
  if (/prefetch|prerender/i.test(purpose)) return 'a prefetch';
  return undefined;
}
