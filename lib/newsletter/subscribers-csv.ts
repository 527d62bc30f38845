import { UTM_FIELDS, type SubscriberRecord } from './store';

const COLUMNS = [
  'email',
  'status',
  'created_at',
  'confirmed_at',
  'unsubscribed_at',
  'resubscribed_at',
  'bounced_at',
  'source_path',
  'landing_path',
  'referrer_host',
  ...UTM_FIELDS,
  'consent_at',
  'consent_form',
  'consent_text_version',
] as const;

/**
 * RFC 4180 quoting. A leading =, +, - or @ is prefixed with ' so a spreadsheet never runs a
 * value (a utm field is whatever a link said) as a formula.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function subscribersCsv(subscribers: readonly SubscriberRecord[]): string {
  const lines = subscribers.map((subscriber) =>
    [
      subscriber.email,
      subscriber.status,
      subscriber.createdAt.toISOString(),
      subscriber.confirmedAt?.toISOString() ?? null,
      subscriber.unsubscribedAt?.toISOString() ?? null,
      subscriber.resubscribedAt?.toISOString() ?? null,
      subscriber.bouncedAt?.toISOString() ?? null,
      subscriber.sourcePath,
      subscriber.landingPath,
      subscriber.referrerHost,
      ...UTM_FIELDS.map((field) => subscriber.utm[field] ?? null),
      subscriber.consentAt.toISOString(),
      subscriber.consentForm,
      subscriber.consentTextVersion,
    ]
      .map(csvCell)
      .join(','),
  );
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
