// Running times as people type and read them: "2:30", "1:02:30", or plain seconds ("150").
import { formatDuration } from '../../../../shared/roll';

/** Seconds for "h:mm:ss", "m:ss" or "s"; null for an empty field; NaN for text that is not a time. */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,5}(:\d{1,2}){0,2}$/.test(t)) return Number.NaN;
  const parts = t.split(':').map(Number);
  if (parts.slice(1).some((p) => p > 59)) return Number.NaN;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** "2:05 (125 seconds)": a producer reads the first, an editor checks the second. */
export function describeSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  return `${formatDuration(seconds)} (${whole} ${whole === 1 ? 'second' : 'seconds'})`;
}
