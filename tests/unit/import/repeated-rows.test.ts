// Repeat-row detection by numbers in a typed-array table must find exactly the rows that the joined key string
// found: the same subject (person or company), title, folded character, placement and folded episodes cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelKey } from '../../../shared/import';
import { RepeatedRows } from '../../../shared/import/repeated-rows';
import type { Placement } from '../../../shared/model/types';

type Credit = ['person' | 'company', string, string, string, Placement, string];

/** The key string each row was looked up by before. */
function referenceKey([kind, subject, titleKey, character, placement, episodes]: Credit): string {
  return `${kind === 'person' ? 'p' : 'c'}:${subject}\u0000${titleKey}\u0000${labelKey(character)}\u0000${placement}\u0000${labelKey(episodes)}`;
}

function check(credits: Credit[]): void {
  const repeats = new RepeatedRows();
  const seen = new Map<string, number>();
  credits.forEach((credit, i) => {
    const rowNumber = i + 2;
    const key = referenceKey(credit);
    const expected = seen.get(key);
    if (expected === undefined) seen.set(key, rowNumber);
    expect(repeats.firstRow(...credit, rowNumber)).toBe(expected);
  });
}

const kind = fc.constantFrom<'person' | 'company'>('person', 'company');
const placement = fc.constantFrom<Placement>('main', 'end');

describe('RepeatedRows', () => {
  it('answers the first row of each credit as the joined key string did, with spellings that fold alike', () => {
    // Few values of each part, so that most lists hold repeats and near-repeats differing in one part.
    const subjects = fc.constantFrom('p1', 'zoe saldana', 'co:acme');
    const titles = fc.constantFrom('title:producer', 'new:drone operator');
    const characters = fc.constantFrom('', 'Passenger', 'passenger ', 'Zoë', 'Zoe');
    const episodes = fc.constantFrom('', 'All', 'all', 'S1E2', 's1e2 ');
    fc.assert(fc.property(fc.array(fc.tuple(kind, subjects, titles, characters, placement, episodes), { maxLength: 60 }), check), { numRuns: 500 });
  });

  it('keeps every credit when the table grows past its first slots', () => {
    // Thousands of distinct credits (the table starts with 1,024 slots), with repeats drawn among them.
    const many = fc.array(fc.tuple(kind, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }), placement, fc.integer({ min: 0, max: 2 })), { minLength: 500, maxLength: 3000 });
    fc.assert(
      fc.property(many, (rows) => {
        const credits = rows.map(([k, s, t, c, p, e]) => [k, `s${s}`, `t${t}`, c ? `Character ${c}` : '', p, e ? `${e}` : ''] as Credit);
        check(credits);
      }),
      { numRuns: 40 },
    );
  });
});
