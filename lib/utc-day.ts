/** A moment's day in UTC, as YYYY-MM-DD: how the stores count by day and the dashboard shows it. */
export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);
