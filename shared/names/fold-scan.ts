// Folding in one pass over a name's code units, with the same answers as the regular-expression folding in
// fold.ts: what each code unit is (a mark, a letter or digit, an apostrophe, of a script whose marks are dropped),
// its lowercase with the special letters replaced, and what normalising it gives are found on first sight by the
// same expressions and normalisation, and kept in tables. The Unicode-class expressions cost a microsecond or more
// per name, most of an import's folding of 16,000 distinct names in many scripts; a table answers in nanoseconds.
//
// The pass drops marks (Latin text, read in NFD: every U+0300–U+036F; other text, read in NFKD: the marks after a
// letter of a stripping script), drops apostrophes, makes each run of other characters that are not letters,
// digits or marks one space, trims, lowercases and replaces the special letters. Lowercasing per code unit is the
// same as lowercasing the text: the only context-dependent lowercase (final sigma) becomes σ either way.
//
// Normalising is skipped when no code unit needs it: a code unit that normalises to one base letter and marks the
// pass would drop anyway stands for that letter. Anything else (a mark that stays, Hangul syllables, ligatures)
// normalises the text first; surrogates and code units whose lowercase is longer or of another kind give up
// (null), and the expressions decide.
import { APOSTROPHE_CHARS, SPECIAL_LETTERS, STRIPPING_SCRIPTS } from './fold-rules';

const MARK = 1;
const WORD = 2;
const APOSTROPHE = 4;
const STRIPS = 8;
const IRREGULAR = 16;
const CLASSIFIED = 32;
/** Folds to two code units (ß -> ss, æ -> ae): see `expansions`. */
const EXPANDS = 64;

const IS_MARK = /^\p{M}$/u;
const IS_WORD = /^[\p{L}\p{N}]$/u;
const IS_APOSTROPHE = new RegExp(`^[${APOSTROPHE_CHARS}]$`);
const IS_STRIPPING = new RegExp(`^[${STRIPPING_SCRIPTS}]$`, 'u');

const kinds = new Uint8Array(0x10000);
/** The code unit lowercased, its special letter replaced. */
const folded = new Uint16Array(0x10000);
const expansions = new Map<number, string>();

/** What normalising a code unit gives, per form: not looked at yet, itself, or not one base letter and dropped marks. */
const UNSEEN = -1;
const ITSELF = -2;
const COMPOUND = -3;
const nfdBase = new Int32Array(0x10000).fill(UNSEEN);
const nfkdBase = new Int32Array(0x10000).fill(UNSEEN);

function kindOfChar(char: string): number {
  return (IS_MARK.test(char) ? MARK : 0) | (IS_WORD.test(char) ? WORD : 0) | (IS_APOSTROPHE.test(char) ? APOSTROPHE : 0);
}

function kindOf(code: number): number {
  if (kinds[code] !== 0) return kinds[code];
  const char = String.fromCharCode(code);
  const kind = kindOfChar(char);
  let flags = CLASSIFIED | kind | (IS_STRIPPING.test(char) ? STRIPS : 0);
  const lower = char.toLowerCase();
  const out = SPECIAL_LETTERS[lower] ?? lower;
  // The expressions see the text lowercased: the lowercase must be one code unit of the same kind.
  if ((code >= 0xd800 && code <= 0xdfff) || lower.length !== 1 || kindOfChar(lower) !== kind) flags |= IRREGULAR;
  else if (out.length === 1) folded[code] = out.charCodeAt(0);
  else {
    flags |= EXPANDS;
    expansions.set(code, out);
  }
  kinds[code] = flags;
  return flags;
}

/** The base letter a code unit stands for (itself, or the one letter before its dropped marks), else COMPOUND. */
function baseOf(code: number, latin: boolean): number {
  const table = latin ? nfdBase : nfkdBase;
  if (table[code] !== UNSEEN) return table[code];
  const char = String.fromCharCode(code);
  const normal = char.normalize(latin ? 'NFD' : 'NFKD');
  let base = COMPOUND;
  if (normal === char) base = ITSELF;
  else if (normal.length >= 1 && !(kindOf(normal.charCodeAt(0)) & (MARK | IRREGULAR))) {
    const first = normal.charCodeAt(0);
    let dropped = true;
    for (let i = 1; i < normal.length; i++) {
      const mark = normal.charCodeAt(i);
      if (!(kindOf(mark) & MARK) || !(latin ? mark >= 0x300 && mark <= 0x36f : kindOf(first) & STRIPS)) dropped = false;
    }
    if (dropped) base = first;
  }
  table[code] = base;
  return base;
}

const MAX_SCAN = 256;
const codes = new Uint16Array(2 * MAX_SCAN);
/** One array per result length, reused. */
const outputs: number[][] = [];
const NORMALISE = 1;
const GIVE_UP = 2;

/** The folded text, or NORMALISE (`raw` text that must be normalised first) or GIVE_UP. */
function scan(text: string, latin: boolean, raw: boolean): string | number {
  if (text.length > MAX_SCAN) return GIVE_UP;
  let n = 0;
  let changed = false;
  let space = false;
  let afterStripping = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let kind = kinds[code] || kindOf(code);
    if (raw) {
      const base = baseOf(code, latin);
      // A mark that normalising changes (U+0340, U+0344) is left to the normalised pass.
      if (base === COMPOUND || (base !== ITSELF && kind & MARK)) return NORMALISE;
      if (base !== ITSELF) {
        code = base;
        kind = kinds[code] || kindOf(code);
        changed = true;
      }
    }
    if (kind & IRREGULAR) return GIVE_UP;
    if (kind & MARK) {
      if (latin ? code >= 0x300 && code <= 0x36f : afterStripping) {
        changed = true;
        continue;
      }
      // A mark that stays may move in normalising; a kept mark of a stripping script (a Hebrew point after a
      // space) drops the marks after it.
      if (raw) return NORMALISE;
      afterStripping = (kind & STRIPS) !== 0;
    } else {
      afterStripping = (kind & STRIPS) !== 0;
      if (kind & APOSTROPHE) {
        changed = true;
        continue;
      }
      if (!(kind & WORD)) {
        if (code !== 0x20 || space || n === 0) changed = true;
        space = true;
        continue;
      }
    }
    if (space) {
      if (n > 0) codes[n++] = 0x20;
      space = false;
    }
    if (kind & EXPANDS) {
      const out = expansions.get(code) as string;
      codes[n++] = out.charCodeAt(0);
      codes[n++] = out.charCodeAt(1);
      changed = true;
    } else {
      const out = folded[code];
      if (out !== code) changed = true;
      codes[n++] = out;
    }
  }
  if (space) changed = true;
  if (!changed) return text;
  // fromCharCode.apply reads a plain array of exactly the right length several times faster than a typed array.
  let out = outputs[n];
  if (out === undefined) out = outputs[n] = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) out[i] = codes[i];
  return String.fromCharCode.apply(null, out);
}

/**
 * foldText's answer for a text that is not printable ASCII (`latin`: only Latin letters, marks and punctuation,
 * read in NFD rather than NFKD), or null when the regular expressions must decide.
 */
export function foldByScan(text: string, latin: boolean): string | null {
  let result = scan(text, latin, true);
  if (result === NORMALISE) result = scan(text.normalize(latin ? 'NFD' : 'NFKD'), latin, false);
  return typeof result === 'string' ? result : null;
}
