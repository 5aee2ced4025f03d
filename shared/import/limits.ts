// How much an import accepts. The limits keep the app responsive: a file past them is refused with a sentence
// before it is read into memory, never parsed for minutes.
import { NameSchema } from '../model/schema';
import { formatCount } from './count-format';

/** Text lists (CSV, tab-separated) up to this size are read; the largest real crew lists are a few MB. */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;
/** Workbooks are unzipped into memory whole, so they get a tighter limit than text. */
export const MAX_WORKBOOK_BYTES = 25 * 1024 * 1024;
/** Pasted text, in characters. */
export const MAX_PASTED_CHARS = 20 * 1024 * 1024;
/** More rows than any production has credits (big studio films credit 3,000 to 4,000 names). */
export const MAX_ROWS = 200_000;

/** Longest name, title, credited-as or character name the model accepts. */
export const MAX_NAME_CHARS = NameSchema.maxLength ?? 2000;
/** Longest justification or note (the model's TextSchema). */
export const MAX_TEXT_CHARS = 100_000;
export const MAX_EMAIL_CHARS = 320;

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : formatCount(Math.round(mb))} MB`;
}
