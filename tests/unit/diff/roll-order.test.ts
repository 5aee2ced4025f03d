import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestIncreasing } from '../../../shared/diff/roll-order';

/** The positions heaviestIncreasing marks. */
const positions = (marks: Uint8Array): number[] => [...marks].flatMap((kept, i) => (kept ? [i] : []));

function lisLength(seq: number[]): number {
  const best = seq.map(() => 1);
  for (let i = 0; i < seq.length; i++) for (let j = 0; j < i; j++) if (seq[j] < seq[i]) best[i] = Math.max(best[i], best[j] + 1);
  return Math.max(0, ...best);
}

describe('heaviestIncreasing', () => {
  it('keeps a longest strictly increasing subsequence when weights are equal', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { maxLength: 60 }), (seq) => {
        const kept = positions(heaviestIncreasing(seq));
        for (let k = 1; k < kept.length; k++) expect(seq[kept[k - 1]]).toBeLessThan(seq[kept[k]]);
        expect(kept.length).toBe(lisLength(seq));
      }),
    );
  });

  it('prefers heavy elements: of two swapped lines the light (edited) one is left out', () => {
    expect(positions(heaviestIncreasing([1, 0], (i) => (i === 0 ? 10 : 1)))).toEqual([0]);
    expect(positions(heaviestIncreasing([1, 0], (i) => (i === 1 ? 10 : 1)))).toEqual([1]);
    expect(positions(heaviestIncreasing([]))).toEqual([]);
  });
});
