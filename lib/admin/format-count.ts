/** A count as the dashboard shows it: 12,345. */
export const formatCount = (value: number): string => value.toLocaleString('en-US');

/** A change: +12, −3, 0. */
export const formatChange = (value: number): string =>
  value > 0 ? `+${formatCount(value)}` : formatCount(value);
