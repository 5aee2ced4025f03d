// Cleaning and bounding what a user typed into a credit before it is stored: pasted control characters and
// direction overrides removed (shared/names), names collapsed to one line, lengths held to the schema's limits.
// Each refusal is one sentence the editor can show as it is.
import { cleanName, cleanPastedText } from '../../../../shared/names/clean-text';

export class CreditInputError extends Error {}

export function cleanLine(text: string, what: string, max = 2000): string {
  const clean = cleanName(text);
  if (clean.length > max) throw new CreditInputError(`The ${what} can have at most ${max.toLocaleString('en')} characters.`);
  return clean;
}

/** A person's or company's name: required, one line, at most 2,000 characters. */
export function cleanRequiredName(text: string): string {
  const clean = cleanName(text);
  if (!clean) throw new CreditInputError('A name cannot be empty.');
  if (clean.length > 2000) throw new CreditInputError('A name can have at most 2,000 characters.');
  return clean;
}

/** Multi-line text (justifications, notes): invisible controls removed, line breaks kept, ends trimmed. */
export function cleanText(text: string, what: string, max: number): string {
  const clean = cleanPastedText(text).normalize('NFC').trim();
  if (clean.length > max) throw new CreditInputError(`The ${what} can have at most ${max.toLocaleString('en')} characters.`);
  return clean;
}
