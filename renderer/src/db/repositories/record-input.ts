// What every record repository does with typed or pasted input before storing it: clean it the way shared/names
// cleans pasted text (control characters and direction overrides removed, right-to-left letters kept, NFC), hold
// it to the schema's limits with a sentence rather than truncating it, and refuse with an error the panel shows
// as it is.
import type { z } from 'zod';
import { cleanName, cleanPastedText } from '../../../../shared/names';

export const NAME_MAX = 2000;

/** A refusal the user can act on: its message is one sentence shown as it is. */
export class EditRefused extends Error {}

/** Cleans a required name and explains, in one sentence, why it cannot be used. */
export function cleanRequiredName(text: string, what = 'A name'): string {
  const name = cleanName(text);
  if (name === '') throw new EditRefused(`${what} cannot be empty or only spaces.`);
  if (name.length > NAME_MAX) throw new EditRefused(`${what} can have at most 2,000 characters; this one has ${name.length.toLocaleString('en')}.`);
  return name;
}

/** Cleans an optional one-line field and checks its limit (sort name, legal name, pronouns, credited as). */
export function cleanLine(text: string, label: string, max: number): string {
  const value = cleanName(text);
  if (value.length > max) throw new EditRefused(`${label} can have at most ${max.toLocaleString('en')} characters.`);
  return value;
}

/** Cleans multi-line text (notes, address): line breaks kept, invisible controls removed. */
export function cleanBlock(text: string, label: string, max: number): string {
  const value = cleanPastedText(text).normalize('NFC').trim();
  if (value.length > max) throw new EditRefused(`${label} can have at most ${max.toLocaleString('en')} characters.`);
  return value;
}

/**
 * Short form of a name for undo labels, audit summaries and status messages: a 2,000-character name would swamp
 * them, and an unbroken run of letters wider than a message would push its Dismiss button out of reach.
 */
export function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 32)}…` : name;
}

/** "1 credit", "1,204 credits". */
export const creditWord = (n: number): string => (n === 1 ? '1 credit' : `${n.toLocaleString('en')} credits`);

/**
 * Refuses an edit that `locked` locked credits of a person, company or title stand in the way of, in one sentence
 * for removing, renaming and the rest: "“Mei Tanaka” has 1 credit locked: unlock it in the Credits panel before
 * renaming this person."
 */
export function refuseIfLocked(locked: number, name: string, action: string): void {
  if (locked > 0) throw new EditRefused(`“${shortName(name)}” has ${creditWord(locked)} locked: unlock ${locked === 1 ? 'it' : 'them'} in the Credits panel before ${action}.`);
}

export function validated<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new EditRefused(result.error.issues[0]?.message ?? 'Some of these details are not valid.');
  return result.data;
}

