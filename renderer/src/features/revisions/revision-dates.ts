// How a revision's date reads, the same in the revision list and the compare menus: "28 Nov 2026".
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "28 Nov 2026"; the stored text itself if it is not a date. */
export function revisionDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** "28 Nov 2026, 14:05"; the stored text itself if it is not a date. */
export function revisionDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}
