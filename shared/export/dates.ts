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
  if (typeof value === 'string') {
    const quick = formatIsoInstant(value);
    if (quick !== null) return quick;
  }
  const date = asDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const isDigits = (text: string, from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/**
 * formatInstant of the instants Rollcall stores ("2026-11-28T13:00:00.000Z", as toISOString writes them) read
 * straight from the characters, without a Date: the CSV formats one per approved credit. Null for anything else,
 * and for days after the 28th and leap seconds, where Date rolls over ("02-30" is 2 March) and must decide.
 */
export function formatIsoInstant(text: string): string | null {
  if (
    text.length !== 24 ||
    text.charCodeAt(4) !== 0x2d ||
    text.charCodeAt(7) !== 0x2d ||
    text.charCodeAt(10) !== 0x54 ||
    text.charCodeAt(13) !== 0x3a ||
    text.charCodeAt(16) !== 0x3a ||
    text.charCodeAt(19) !== 0x2e ||
    text.charCodeAt(23) !== 0x5a ||
    !isDigits(text, 0, 4) ||
    !isDigits(text, 5, 7) ||
    !isDigits(text, 8, 10) ||
    !isDigits(text, 11, 13) ||
    !isDigits(text, 14, 16) ||
    !isDigits(text, 17, 19) ||
    !isDigits(text, 20, 23)
  )
    return null;
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  const hour = digit(text, 11) * 10 + digit(text, 12);
  const minute = digit(text, 14) * 10 + digit(text, 15);
  const second = digit(text, 17) * 10 + digit(text, 18);
  if (month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59) return null;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  return `${day} ${MONTHS[month - 1]} ${year}, ${text.slice(11, 13)}:${text.slice(14, 16)} UTC`;
}
