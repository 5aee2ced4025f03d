// Dates as a reader of a review copy expects them, the same on every machine (UTC, English month names).
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** "28 November 2026". */
export function formatDay(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : DAY.format(date);
}

/** "28 November 2026, 13:00 UTC". */
export function formatInstant(value: Date | string | null): string {
  if (value === null) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : `${DAY.format(date)}, ${TIME.format(date)} UTC`;
}
