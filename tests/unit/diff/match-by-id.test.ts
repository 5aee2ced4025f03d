// Credits are paired by id first by walking both lists side by side, and only the credits out of step are looked
// up by id; whatever the order of the two lists, the credits paired by id must be exactly those whose ids are equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCH_RULES, matchCredits } from '../../../shared/diff/match';
import { buildSide, pairByIdThenName, pairTitles } from '../../../shared/diff/side';
import { creditsStateOf } from '../../../shared/revisions/state';
import { buildDocument } from '../roll/build-document';

function sides(beforeIds: number[], afterIds: number[]) {
  const b = buildDocument();
  const title = b.doc.titles[0].id;
  // Every credit names another person, so nothing pairs by name: only ids decide.
  for (const id of beforeIds) b.credit(title, b.person(`Before ${id}`), { id: `credit-${id}` });
  const a = buildDocument();
  a.doc.titles = b.doc.titles;
  for (const id of afterIds) a.credit(title, a.person(`Zafter ${id * 7919}`), { id: `credit-${id}` });
  const before = buildSide(creditsStateOf(b.doc));
  const after = buildSide(creditsStateOf(a.doc));
  const titles = pairByIdThenName(before.state.titles, after.state.titles);
  const departments = pairByIdThenName(before.state.departments, after.state.departments);
  return { before, after, titlePairs: pairTitles(before, after, titles, departments) };
}

describe('matching credits by id', () => {
  it('pairs exactly the credits with equal ids, in any order, with any added and removed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(60), { maxLength: 40 }),
        fc.uniqueArray(fc.nat(60), { maxLength: 40 }),
        fc.boolean(),
        (beforeIds, extra, keepOrder) => {
          // The after side: most before ids (in order, or shuffled by the generator's order of `extra`), plus new ones.
          const kept = beforeIds.filter((id) => id % 5 !== 0);
          const afterIds = [...new Set(keepOrder ? [...kept, ...extra] : [...extra, ...kept.reverse()])];
          const { before, after, titlePairs } = sides(beforeIds, afterIds);
          const { pairCount, ruleOfAfter, partnerOfAfter } = matchCredits(before, after, titlePairs);
          const paired = [...partnerOfAfter].flatMap((i, j) => (i >= 0 ? [{ i, j }] : []));
          expect(paired).toHaveLength(pairCount);
          const byId = paired.filter(({ j }) => MATCH_RULES[ruleOfAfter[j]] === 'id').map(({ j }) => after.state.credits[j].id).sort();
          const common = beforeIds.filter((id) => afterIds.includes(id)).map((id) => `credit-${id}`).sort();
          expect(byId).toEqual(common);
          for (const { i, j } of paired) expect(before.state.credits[i].id).toBe(after.state.credits[j].id);
          expect(new Set(paired.map(({ i }) => i)).size).toBe(pairCount);
        },
      ),
      { numRuns: 300 },
    );
  });
});
