// Dates as a reader of a review copy expects them, the same on every machine: UTC, English month names,
// "28 November 2026" and "28 November 2026, 13:00 UTC". Written out by hand rather than with Intl, because a CSV of
// 20,000 approved credits formats 20,000 different instants and Intl takes microseconds for each.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function asDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "28 November 2026". */
export function formatDay(value: Date | string): string {
  const date = asDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "28 November 2026, 13:00 UTC". */
export function formatInstant(value: Date | string | null): string {
  if (value === null) return '';
  const date = asDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
