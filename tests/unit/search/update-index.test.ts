// After an edit that changes only credits, the credits list's index is updated rather than rebuilt: entries of
// unchanged credit objects are kept in order and the new ones merged in. It must be exactly the index a full build
// gives, whatever was edited, added or removed; and anything else changing must rebuild.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Credit } from '../../../shared/model/types';
import { buildCreditIndex, creditSearchSource, updateCreditIndex, type CreditSearchIndex } from '../../../shared/search';
import { syntheticProduction } from '../../../shared/testing/synthetic';

const document = syntheticProduction({ credits: 300, seed: 11 });
const source = creditSearchSource(document);

/** The index as plain data, so two indexes compare field by field. */
const plain = (index: CreditSearchIndex) => ({ ...index, positions: [...index.positions] });

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('status', 'billing', 'title', 'name', 'remove', 'add', 'placement'),
  value: fc.integer({ min: -2, max: 5 }),
});

function applyEdits(credits: readonly Credit[], edits: { at: number; kind: string; value: number }[]): Credit[] {
  const out = [...credits];
  edits.forEach(({ at, kind, value }, n) => {
    if (out.length === 0) return;
    const i = at % out.length;
    const c = out[i];
    if (kind === 'remove') out.splice(i, 1);
    else if (kind === 'add') out.splice(i, 0, { ...c, id: `added-${n}-${c.id}`, billing: value });
    else if (kind === 'status') out[i] = { ...c, status: c.status === 'approved' ? 'proposed' : 'approved' };
    else if (kind === 'billing') out[i] = { ...c, billing: value };
    else if (kind === 'placement') out[i] = { ...c, placement: c.placement === 'main' ? 'end' : 'main' };
    else if (kind === 'title') out[i] = { ...c, titleId: document.titles[Math.abs(value) % document.titles.length].id };
    else out[i] = { ...c, creditedAs: value > 0 ? `Credited ${value}` : '', character: value < 0 ? 'Ferryman' : c.character };
  });
  return out;
}

describe('updating the credits index', () => {
  it('gives exactly the index a full build gives, over a sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), (steps) => {
        let credits: readonly Credit[] = source.credits;
        let index = buildCreditIndex(source);
        for (const edits of steps) {
          credits = applyEdits(credits, edits);
          const next = { ...source, credits };
          index = updateCreditIndex(index, next);
          expect(plain(index)).toEqual(plain(buildCreditIndex(next)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rebuilds when anything but the credits changed', () => {
    const index = buildCreditIndex(source);
    const renamed = source.people.map((p, i) => (i === 0 ? { ...p, name: 'Aaron Aardvark' } : p));
    const next = { ...source, people: renamed };
    const updated = updateCreditIndex(index, next);
    expect(plain(updated)).toEqual(plain(buildCreditIndex(next)));
    const first = updated.entries.find((e) => e.credit.subject.kind === 'person' && e.credit.subject.personId === source.people[0].id);
    expect(first?.subjectName).toBe('Aaron Aardvark');
    // Every title needing a justification marks more credits as missing one.
    const stricter = { ...source, production: { ...source.production, policy: { justificationRequiredTitleIds: document.titles.map((t) => t.id) } } };
    const strict = updateCreditIndex(index, stricter);
    expect(plain(strict)).toEqual(plain(buildCreditIndex(stricter)));
    expect(strict.missing.reduce((a, b) => a + b, 0)).toBeGreaterThan(index.missing.reduce((a, b) => a + b, 0));
  });
});
