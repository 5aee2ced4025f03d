// Misspelt names: "Ruth Okafur" typed where the production has "Ruth Okafor". Two identity keys (nameKeys().key)
// are spelling variants when they differ by one edit (a letter inserted, dropped, replaced, or two neighbouring
// letters swapped) inside one word that has at least MIN_SPELLING_WORD letters in both spellings. Only ever a
// hint ("possibly the same as …"), never a match: one letter is also all that separates many different people.
//
// Why the limits (each one is a pair of different people that a bare "one edit apart" rule would flag):
// - The edited word needs 5 letters in its shorter spelling (vowel signs of abugidas not counted). Short words are
//   often whole different names one letter apart: "Jon"/"Jan", "Li Na"/"Li Ma", "Anna Berg"/"Anna Borg",
//   "Sara"/"Sarah", "वर्मा"/"शर्मा". The other words of the two names are then equal (the edit never touches a
//   space; "Mary Kate"/"MaryKate" is the 'spacing' reason already).
// - A difference only in a word's ending vowel is a masculine/feminine form, often siblings or spouses on the same
//   crew: "Paolo"/"Paola", "Daniel"/"Daniela", "Ivanov"/"Ivanova", "Kowalski"/"Kowalska", "Christian"/"Christina",
//   "Papadopoulos"/"Papadopoulou", "Μαυρίδης"/"Μαυρίδη".
// - A differing digit is a numbering, not a misspelling ("Extra 12"/"Extra 13", "Zoë12"/"Zoë13").
// - In Han and Hangul one character is a whole syllable or word: "佐藤 裕和"/"伊藤 裕和" are different families.
// Two edits are never allowed, even in long names: "Maria Nowak"/"Marta Novak" are two people, and each key
// would need some 80 postings instead of 12 (see spelling-index.ts).

/** Letters the edited word must have in its shorter spelling. */
export const MIN_SPELLING_WORD = 5;
/** Keys longer than this are not names anyone types twice (pasted paragraphs): no spelling postings or hints. */
export const MAX_SPELLING_KEY = 256;

const SPACE = 0x20;
/** Latin, Greek and Cyrillic vowels (folded: lower case, no accents). */
const VOWELS = new Set([...'aeiouy', ...'αεηιουω', ...'аеиоуыэюя']);
/** Other endings, after the letters both words share, that make masculine and feminine forms. */
const GENDER_PAIRS = new Set(['an|na', 'na|an', 's|u', 'u|s', 'σ|υ', 'υ|σ', 'σ|', '|σ']);

/** The two words' endings after their common beginning are a masculine/feminine pair. */
function genderedEndings(a: string, b: string): boolean {
  const vowelOrNothing = (ending: string) => ending === '' || (ending.length === 1 && VOWELS.has(ending));
  return (vowelOrNothing(a) && vowelOrNothing(b)) || GENDER_PAIRS.has(`${a}|${b}`);
}
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}]/u;

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** True when two identity keys are one spelling edit apart under the rule above (false for equal keys). */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || a.length > MAX_SPELLING_KEY || b.length > MAX_SPELLING_KEY) return false;
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  // The differing middles: one letter against none or one, or two swapped letters.
  const midA = a.length - start - tail;
  const midB = b.length - start - tail;
  const swapped = midA === 2 && midB === 2 && a.charCodeAt(start) === b.charCodeAt(start + 1) && a.charCodeAt(start + 1) === b.charCodeAt(start);
  if (!swapped && (midA > 1 || midB > 1)) return false;
  for (let i = start; i < start + midA; i++) if (a.charCodeAt(i) === SPACE || isDigit(a.charCodeAt(i))) return false;
  for (let i = start; i < start + midB; i++) if (b.charCodeAt(i) === SPACE || isDigit(b.charCodeAt(i))) return false;
  // The word around the edit: the same start in both keys (everything before the edit is equal).
  const wordStart = a.lastIndexOf(' ', start - 1) + 1;
  const endA = wordEnd(a, start);
  const endB = wordEnd(b, start);
  if (Math.min(letterCount(a.slice(wordStart, endA)), letterCount(b.slice(wordStart, endB))) < MIN_SPELLING_WORD) return false;
  if (genderedEndings(a.slice(start, endA), b.slice(start, endB))) return false;
  return !SYLLABIC.test(a.slice(wordStart, endA)) && !SYLLABIC.test(b.slice(wordStart, endB));
}

/**
 * Letters of a word, not counting combining marks: in Devanagari, Tamil or Thai the vowel signs and viramas are
 * code units of their own, and "वर्मा"/"शर्मा" (Varma/Sharma) are three letters, as short as "Berg"/"Borg".
 */
function letterCount(word: string): number {
  return NON_ASCII.test(word) ? word.replace(MARKS, '').length : word.length;
}

function wordEnd(key: string, from: number): number {
  const end = key.indexOf(' ', from);
  return end < 0 ? key.length : end;
}

// Postings: two keys one edit apart share a posting (symmetric deletion). Each key posts itself and itself with one
// letter deleted, for each letter of its words of MIN_SPELLING_WORD letters or more: an insertion meets the shorter
// key itself, a replacement or a swap meets at a deletion. A posting is a 32-bit hash of the string it stands for,
// computed for every deletion at once from prefix and suffix hashes (no strings made); a hash collision only adds a
// candidate that isSpellingVariant then refuses.

const BASE = 0x01000193;
let prefix = new Uint32Array(64);
let suffix = new Uint32Array(64);
let powers = new Uint32Array(64);

/** A final mix, so the bucket bits (the top ones) depend on every letter. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Calls `visit` with each posting of a key (its own hash first); nothing for '' or over-long keys. */
export function forEachSpellingPosting(key: string, visit: (hash: number) => void): void {
  const n = key.length;
  if (n === 0 || n > MAX_SPELLING_KEY) return;
  if (prefix.length <= n) {
    prefix = new Uint32Array(2 * n + 2);
    suffix = new Uint32Array(2 * n + 2);
    powers = new Uint32Array(2 * n + 2);
  }
  powers[0] = 1;
  prefix[0] = 0;
  for (let i = 0; i < n; i++) {
    powers[i + 1] = Math.imul(powers[i], BASE);
    prefix[i + 1] = Math.imul(prefix[i], BASE) + key.charCodeAt(i);
  }
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = Math.imul(key.charCodeAt(i), powers[n - 1 - i]) + suffix[i + 1];
  visit(mix(prefix[n]));
  let wordStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && key.charCodeAt(i) !== SPACE) continue;
    if (i - wordStart >= MIN_SPELLING_WORD) {
      // The key without letter j: the letters before it shifted up by one power less, then the letters after it.
      for (let j = wordStart; j < i; j++) visit(mix(Math.imul(prefix[j], powers[n - 1 - j]) + suffix[j + 1]));
    }
    wordStart = i + 1;
  }
}
