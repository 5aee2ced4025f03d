// Properties of composition over random productions: nobody credited goes missing, nobody uncredited appears,
// every name is NFC, and billing order holds inside every title.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedTitles } from '../../../shared/model';
import { composeRoll } from '../../../shared/roll/compose';
import type { Roll, RollName } from '../../../shared/roll/types';
import { buildDocument } from './build-document';
import { corpusNames } from './fixture-documents';

const TITLE_IDS = seedTitles().map((t) => t.id);
const NAMES = corpusNames().filter((n) => n.trim() !== '');

function namesOnRoll(roll: Roll): RollName[] {
  const out: RollName[] = [];
  for (const card of roll.mainTitles) for (const e of card.entries) out.push(...e.names);
  for (const section of roll.endCredits) {
    for (const b of section.blocks) {
      if (b.kind === 'pairs') for (const r of b.rows) for (const e of r.entries) out.push(...e.names);
      if (b.kind === 'names') for (const e of b.entries) out.push(...e.names);
    }
  }
  return out;
}

const creditArb = fc.record({
  name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\p{L}/u.test(s))),
  titleId: fc.constantFrom(...TITLE_IDS),
  placement: fc.constantFrom('main' as const, 'end' as const),
  billing: fc.integer({ min: 0, max: 5 }),
  uncredited: fc.boolean(),
  character: fc.constantFrom('', 'Guard', 'Twin Girl #2'),
});

describe('composeRoll properties', () => {
  it('shows every credited person once, no uncredited one, all in NFC', () => {
    fc.assert(
      fc.property(fc.array(creditArb, { maxLength: 40 }), (specs) => {
        const b = buildDocument();
        const ids = new Map<string, boolean>();
        for (const spec of specs) {
          const person = b.person(spec.name.trim() || 'X');
          const credit = b.credit(spec.titleId, person, { placement: spec.placement, billing: spec.billing, uncredited: spec.uncredited, character: spec.character });
          ids.set(credit.id, spec.uncredited);
        }
        const shown = namesOnRoll(composeRoll(b.doc));
        const shownIds = shown.map((n) => n.creditId);
        expect(new Set(shownIds).size).toBe(shownIds.length);
        for (const [id, uncredited] of ids) expect(shownIds.includes(id)).toBe(!uncredited);
        for (const n of shown) expect(n.text).toBe(n.text.normalize('NFC'));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps billing order inside every title', () => {
    fc.assert(
      fc.property(fc.array(creditArb, { minLength: 2, maxLength: 40 }), (specs) => {
        const b = buildDocument();
        const billing = new Map<string, number>();
        for (const spec of specs) {
          const credit = b.credit(spec.titleId, b.person(spec.name.trim() || 'X'), { billing: spec.billing, placement: 'end', character: '' });
          billing.set(credit.id, spec.billing);
        }
        const roll = composeRoll(b.doc, { groupThreshold: 1000 });
        for (const section of roll.endCredits) {
          for (const block of section.blocks) {
            if (block.kind !== 'pairs') continue;
            for (const row of block.rows) {
              const order = row.entries.map((e) => billing.get(e.names[0].creditId)!);
              expect(order).toEqual([...order].sort((x, y) => x - y));
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
