// Folding a name for comparison: the differences people do not mean (case, accents, Unicode normal forms,
// apostrophe and hyphen styles, spacing) disappear; the letters that carry meaning stay.
//
// Accents are dropped only after Latin, Greek, Cyrillic, Hebrew and Arabic letters, where they are diacritics a
// spreadsheet or a keyboard often loses ("Zoe Saldana" for "Zoë Saldaña", unpointed Hebrew). In Devanagari, Tamil,
// Thai and other abugidas the combining marks are vowels: removing them would make different names equal.

import { foldByScan } from './fold-scan';
import { APOSTROPHE_CHARS, SPECIAL_LETTERS, STRIPPING_SCRIPTS } from './fold-rules';

const STRIPPABLE_MARKS = new RegExp(`([${STRIPPING_SCRIPTS}])\\p{M}+`, 'gu');
const SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');
/** Everything that is not a letter, digit or kept mark separates words: hyphens, periods, commas, slashes. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

const LATIN_ONLY = /^[\u0020-\u007E\u00A0-\u024F\u0300-\u036F\u1E00-\u1EFF\u2018\u2019\u02BB\u02BC]*$/;
const LATIN_MARKS = /[\u0300-\u036F]/g;

/**
 * The folded text: words joined by single spaces, no space at either end. Each path replaces every run of
 * separators by one space and trims, so this string split on ' ' gives exactly the words.
 */
function foldString(text: string): string {
  // An empty cell is the most common value in a crew list: nothing to fold.
  if (text === '') return '';
  // Fast path for plain ASCII, the bulk of most crew lists: no normalisation or Unicode classes needed.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(ASCII_SEPARATORS, ' ').trim();
  // Latin text (the next most common case): every combining mark follows a Latin letter, so a plain range will do.
  const latin = LATIN_ONLY.test(text);
  // Names of every common script: one pass over a table of what each code unit is (the same answers as below).
  const scanned = foldByScan(text, latin);
  if (scanned !== null) return scanned;
  if (latin) {
    return text
      .normalize('NFD')
      .replace(LATIN_MARKS, '')
      .toLowerCase()
      .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c])
      .replace(APOSTROPHES, '')
      .replace(SEPARATORS, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(STRIPPABLE_MARKS, '$1')
    .toLowerCase()
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c])
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The words of a name, folded. "Mary-Kate O’Connor" -> ["mary", "kate", "oconnor"]. */
export function foldWords(text: string): string[] {
  const folded = foldString(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * A folded string for label matching (titles, departments, headers): words joined by one space. The folded
 * string already is that, so it is returned as it is rather than split into words and joined again (imports fold
 * several cells of each of 20,000 rows).
 */
export function foldText(text: string): string {
  return foldString(text);
}
