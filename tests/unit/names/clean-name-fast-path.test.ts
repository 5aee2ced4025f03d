// cleanName's fast path for tidy names in any script (one character scan, then NFC) must give exactly what the
// full cleaning gives: invisible characters removed, NFC, whitespace runs collapsed, ends trimmed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../shared/names';
import { corpusNames } from '../roll/fixture-documents';

/** The straightforward cleaning, as cleanName did it before the fast path. */
function referenceCleanName(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\uFEFF/g, '')
    .normalize('NFC')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

// Letters in several scripts, combining marks (NFC composes some), every kind of space and invisible character.
const TRICKY = [
  'a', 'Z', 'é', 'e\u0301', '\u0301', 'ß', 'Ж', 'ა', 'ف', 'א', '\u05B8', '李', '한', '\u1100', '\u1161', 'ä', 'A\u030A', '\u212B', '\u2126',
  ' ', '  ', '\t', '\n', '\r', '\u000B', '\u000C', '\u00A0', '\u1680', '\u180E', '\u2000', '\u2001', '\u2007', '\u200A', '\u200B', '\u200D',
  '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF', '\u0000', '\u0007', '\u007F', '\u0085', '\u009F', '\u202A', '\u202E', '\u2066',
  '\u2069', '\uD83D\uDE00', '\uD800', '\uDC00', '-', '.', "'",
];
const trickyString = fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join(''));

describe('cleanName fast path', () => {
  it('equals the full cleaning on every name of the test corpus', () => {
    for (const name of corpusNames()) expect(cleanName(name)).toBe(referenceCleanName(name));
  });

  it('equals the full cleaning on strings of letters, marks, spaces and invisible characters', () => {
    fc.assert(
      fc.property(trickyString, (text) => {
        expect(cleanName(text)).toBe(referenceCleanName(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the full cleaning on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        expect(cleanName(text)).toBe(referenceCleanName(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the full cleaning on printable ASCII with spaces and tabs (the scan that replaced the tidy-ASCII expression)', () => {
    const ascii = fc.array(fc.constantFrom('a', 'Z', '0', '.', "'", '=', '~', ' ', '  ', '\t', '\u007F', 'é'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'binary-ascii', maxLength: 20 })), (text) => {
        expect(cleanName(text)).toBe(referenceCleanName(text));
      }),
      { numRuns: 5000 },
    );
  });
});
