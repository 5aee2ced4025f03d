// collatedRanks pre-sorts names by code point only to save collator comparisons; the ranks must be exactly the
// places of the names in collation order, names the collator calls equal in code point order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collatedRanks } from '../../../shared/roll/name-ranks';
import { nameCollator } from '../../../shared/roll/order';

function referenceRanks(names: readonly string[]): number[] {
  const distinct = [...new Set(names)].sort((a, b) => nameCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => distinct.indexOf(name));
}

const SAMPLES = ['Grip 2', 'Grip 02', 'Grip 10', 'Zoë Saldaña', 'Zoe\u0308 Saldan\u0303a', 'zoe saldana', 'Šćepanović, Ayşe', 'Шевченко, Наталья', '鈴木 直子', '박은지', 'العلي, ليلى', 'Ólafur', 'Olafur', ''];

describe('collatedRanks', () => {
  it('ranks names in collation order, equal-collating names by code point, identical names alike', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...SAMPLES), fc.string({ maxLength: 5 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }), (names) => {
        expect([...collatedRanks(names)]).toEqual(referenceRanks(names));
      }),
      { numRuns: 400 },
    );
  });

  it('orders numbers by value and accents after the plain letter, whatever order the names come in', () => {
    const names = ['Grip 10', 'Olafur', 'Grip 2', 'Ólafur', 'Grip 02'];
    const ranks = collatedRanks(names);
    const ordered = [...names].sort((a, b) => ranks[names.indexOf(a)] - ranks[names.indexOf(b)]);
    expect(ordered).toEqual(['Grip 02', 'Grip 2', 'Grip 10', 'Olafur', 'Ólafur']);
  });
});
