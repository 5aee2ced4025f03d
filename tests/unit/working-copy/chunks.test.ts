// The chunk bookkeeping of the working copy (renderer/src/db/chunks.ts): after any sequence of edits, every row
// present is in exactly one chunk, no chunk is over capacity, no chunk is empty, and a plan changes nothing until
// it is applied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TableChunks } from '../../../renderer/src/db/chunks';

function contents(chunks: TableChunks): Map<number, string[]> {
  return new Map(chunks.numbers().map((n) => [n, [...chunks.idsIn(n)]]));
}

describe('TableChunks', () => {
  it('splits fresh rows in order, capacity to a chunk', () => {
    const chunks = TableChunks.fresh(2, ['a', 'b', 'c', 'd', 'e']);
    expect([...contents(chunks)]).toEqual([[0, ['a', 'b']], [1, ['c', 'd']], [2, ['e']]]);
  });

  it('rewrites only the chunk holding a changed row, fills the newest chunk, then opens new ones', () => {
    const chunks = TableChunks.fresh(2, ['a', 'b', 'c']);
    const changed = chunks.plan([{ id: 'a', present: true }]);
    expect([...changed.chunks]).toEqual([[0, ['a', 'b']]]);
    const added = chunks.plan([{ id: 'x', present: true }, { id: 'y', present: true }, { id: 'z', present: true }]);
    expect([...added.chunks]).toEqual([[1, ['c', 'x']], [2, ['y', 'z']]]);
    // Nothing changes until the plan is applied.
    expect(chunks.chunkCount).toBe(2);
    chunks.apply(added);
    expect([...contents(chunks)]).toEqual([[0, ['a', 'b']], [1, ['c', 'x']], [2, ['y', 'z']]]);
  });

  it('lists a chunk left empty with no ids, for deletion', () => {
    const chunks = TableChunks.fresh(2, ['a', 'b', 'c']);
    const plan = chunks.plan([{ id: 'c', present: false }, { id: 'gone', present: false }]);
    expect([...plan.chunks]).toEqual([[1, []]]);
    chunks.apply(plan);
    expect(chunks.numbers()).toEqual([0]);
  });

  it('reads back chunks as they were stored, and goes on numbering after the highest', () => {
    const chunks = TableChunks.fromStored(3, [[4, ['a']], [7, ['b', 'c', 'd']]]);
    const plan = chunks.plan([{ id: 'e', present: true }]);
    expect([...plan.chunks]).toEqual([[8, ['e']]]);
  });

  it('keeps every present row in exactly one chunk within capacity, whatever the edits', () => {
    const change = fc.record({ id: fc.constantFrom(...'abcdefghijklmnop'), present: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(change, { maxLength: 12 }), { maxLength: 15 }), (capacity, edits) => {
        const chunks = TableChunks.fresh(capacity, []);
        const present = new Set<string>();
        for (const edit of edits) {
          const plan = chunks.plan(edit);
          for (const [n, ids] of plan.chunks) expect(ids.length, `chunk ${n}`).toBeLessThanOrEqual(capacity);
          chunks.apply(plan);
          for (const { id, present: p } of edit) {
            if (p) present.add(id);
            else present.delete(id);
          }
          const seen = chunks.numbers().flatMap((n) => {
            expect(chunks.idsIn(n).length).toBeGreaterThan(0);
            return chunks.idsIn(n);
          });
          expect(seen.sort()).toEqual([...present].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
