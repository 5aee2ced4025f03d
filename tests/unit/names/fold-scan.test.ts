// The table-driven folding scan must give exactly what the regular-expression folding gives, for every code unit
// of the Basic Multilingual Plane and around it: alone, after and before letters of stripping and non-stripping
// scripts, with marks before and after (kept, dropped, reordered by normalisation), doubled, between separators.
// The reference is the folding as it was before the scan (reference-fold.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/names';
import { referenceFold } from './reference-fold';

/** Contexts around one code unit: Latin, Cyrillic, Greek (final sigma), Hebrew, Devanagari, Thai and Hangul neighbours, marks of several classes. */
const CONTEXTS: [string, string][] = [
  ['', ''],
  ['a', ''],
  ['', 'b'],
  ['Ж', '\u0301'],
  ['Σ', 'Σ '],
  ['\u05D3', '\u05B8\u05BC'],
  [' \u05B8', ''],
  ['\u0915', '\u093F\u094D'],
  ['\u0E01', '\u0E48\u0E38'],
  ['\uAC00 ', '\u1161'],
  ['1', '\u0323\u0301'],
  [' - ', "' "],
];

describe('foldText by the scan', () => {
  it('equals the expressions for every code unit in every context', () => {
    const differences: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const [before, after] of CONTEXTS) {
        for (const text of [before + char + after, before + char + char + after]) {
          const expected = referenceFold(text);
          if (foldText(text) !== expected) differences.push(`U+${code.toString(16)} in ${JSON.stringify(text)}: ${JSON.stringify(foldText(text))} != ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });

  it('equals the expressions on names pieced from many scripts, marks and separators', () => {
    const pieces = [
      'Zoë', 'Saldaña', 'Øystein', 'Straße', 'Æsa', 'İnci', 'Иван', 'Сергей', 'Ёлка', 'Σοφία', 'ΟΔΥΣΣΕΥΣ', 'Γιώργος', 'דוד', 'שָׁלוֹם', 'محمد', 'مُحَمَّد',
      'प्रिया', 'क़', 'สมชาย', 'กี่', '창동', '宮崎', '駿', 'ǅ', 'ﬁ', '①', 'Ⅻ', '½', '\u00A0', '\u2009', '\u0301', '\u0344', '\u0340', '\u05B8', '\u093F',
      ' ', '  ', '-', "'", '’', 'ʼ', '´', '.', ',', '\uD83D\uDE00', '\uD800',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(foldText(text)).toBe(referenceFold(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the expressions on arbitrary text, long text included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary-ascii', maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 200, maxLength: 300 })), (text) => {
        expect(foldText(text)).toBe(referenceFold(text));
      }),
      { numRuns: 3000 },
    );
  });
});
