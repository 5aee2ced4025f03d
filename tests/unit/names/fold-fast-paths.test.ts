// The folding fast paths must give exactly what the straightforward code gives: foldText returning the folded
// string without splitting it into words and joining them again, an empty cell answered at once, and nameKey
// folding the cleaned name directly when it has no comma and no suffix (splitName would keep every word in order).
// Each is compared with the code as it was (reference-fold.ts, and nameKey below) over the test corpus and random strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWords, nameKey, splitName } from '../../../shared/names';
import { corpusNames } from '../roll/fixture-documents';
import { referenceFoldWords } from './reference-fold';

/** nameKey as it was: always through splitName. */
function referenceNameKey(name: string): string {
  const parts = splitName(name);
  const words = [...parts.given, ...parts.family, ...parts.generational];
  return words.length ? foldWords(words.join(' ')).join(' ') : '';
}

// Letters of several scripts, marks, spacing, punctuation, and the words that make splitName reorder or drop:
// commas, generational suffixes, post-nominals, particles.
const PIECES = [
  'a', 'Zoë', 'e\u0301', '\u0301', 'ß', 'Ø', 'Ж', 'ф', 'α', 'ς', 'א', '\u05B8', 'ف', 'क', '\u093F', '李', '宮崎', 'ı', 'İ', 'ǅ', 'Å', '\u212B',
  ' ', '  ', '\t', '\u00A0', '\u2009', '\u200B', '\u202E', '\uFEFF', '\u0000', ',', ', ', '.', '-', "'", '’', 'ʼ', '`', '´', '(', '1', '٣',
  'Jr.', 'jr', 'III', 'V', 'p.g.a.', 'PGA', 'A.C.E.', 'de', 'la', 'van', 'Mac', 'Ó', 'y', 'Smith', 'Doe',
  '\uD83D\uDE00', '\uD800', 'ﬁ', '①', 'Ⅻ',
];
const pieceString = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));
const anyString = fc.string({ unit: 'binary', maxLength: 24 });

describe('foldText and foldWords fast paths', () => {
  it('equal the full folding on every name of the test corpus', () => {
    for (const name of corpusNames()) {
      expect(foldWords(name)).toEqual(referenceFoldWords(name));
      expect(foldText(name)).toBe(referenceFoldWords(name).join(' '));
    }
  });

  it('equal the full folding on strings of letters, marks, spacing and punctuation', () => {
    fc.assert(
      fc.property(pieceString, (text) => {
        expect(foldWords(text)).toEqual(referenceFoldWords(text));
        expect(foldText(text)).toBe(referenceFoldWords(text).join(' '));
      }),
      { numRuns: 5000 },
    );
  });

  it('equal the full folding on arbitrary Unicode and on printable ASCII', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.string({ maxLength: 24 })), (text) => {
        expect(foldWords(text)).toEqual(referenceFoldWords(text));
        expect(foldText(text)).toBe(referenceFoldWords(text).join(' '));
      }),
      { numRuns: 5000 },
    );
  });

  it('answer an empty string with no words', () => {
    expect(foldWords('')).toEqual([]);
    expect(foldText('')).toBe('');
  });
});

describe('nameKey fast path', () => {
  it('equals the key through splitName on every name of the test corpus', () => {
    for (const name of corpusNames()) expect(nameKey(name)).toBe(referenceNameKey(name));
  });

  it('equals the key through splitName on names with commas, suffixes, particles and odd spacing', () => {
    fc.assert(
      fc.property(pieceString, (name) => {
        expect(nameKey(name)).toBe(referenceNameKey(name));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the key through splitName on arbitrary Unicode', () => {
    fc.assert(
      fc.property(anyString, (name) => {
        expect(nameKey(name)).toBe(referenceNameKey(name));
      }),
      { numRuns: 5000 },
    );
  });

  it('still reorders and drops what splitName does', () => {
    expect(nameKey('Saldaña, Zoë')).toBe('zoe saldana');
    expect(nameKey('Jane Doe PGA')).toBe('jane doe');
    expect(nameKey('John Smith Jr.')).toBe('john smith jr');
    expect(nameKey('Zoe V')).toBe('zoe v');
  });
});
