// rollOrder sorts credit indices with counting sorts over small integers (placement and title folded into one key,
// billing and name as ranks); it must give exactly the order of the straightforward sort of keyed objects. And comparing
// documents without copying their people (to drop contacts) must give the same comparison as comparing their states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDocuments, compareStates } from '../../../shared/diff/compare';
import { creditNameRanks, rollOrder } from '../../../shared/diff/roll-order';
import { buildSide, type Side } from '../../../shared/diff/side';
import { createCompany, type Credit, type ProductionKind } from '../../../shared/model';
import { cleanName } from '../../../shared/names';
import { deriveSortName } from '../../../shared/names/sort-name';
import { creditsStateOf } from '../../../shared/revisions/state';
import { compareTitleOrder, nameCollator, titleOrders, type TitleOrder } from '../../../shared/roll/order';
import { buildDocument } from '../roll/build-document';

const MISSING_TITLE: TitleOrder = { departmentRank: Number.MAX_SAFE_INTEGER, departmentName: '', guildRank: 0, titleOrder: 0 };

function sortNameOf(side: Side, credit: Credit): string {
  if (credit.subject.kind === 'company') return cleanName(side.companies.get(credit.subject.companyId)?.name ?? '');
  const person = side.people.get(credit.subject.personId);
  return person?.sortName || deriveSortName(person?.name ?? '');
}

/** The roll order as it was computed: ranks through maps keyed by credit, a sort of keyed objects. */
function referenceRollOrder(sides: Side[], side: Side, kind: ProductionKind, tieBreak?: (c: Credit) => number): Credit[] {
  const names = new Map<Side, Map<Credit, string>>();
  for (const s of sides) names.set(s, new Map(s.state.credits.map((c) => [c, sortNameOf(s, c)])));
  const distinct = new Set<string>();
  for (const m of names.values()) for (const n of m.values()) distinct.add(n);
  const ranks = new Map<string, number>();
  // Collation order; names the collator calls equal ("Grip 2", "Grip 02") in code point order.
  [...distinct].sort((x, y) => nameCollator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0)).forEach((n, i) => ranks.set(n, i));
  const orders = titleOrders(side.state.titles, side.state.departments, kind);
  const titleRank = new Map(
    [...side.state.titles]
      .sort((a, b) => compareTitleOrder(orders.get(a.id) ?? MISSING_TITLE, orders.get(b.id) ?? MISSING_TITLE) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((t, i) => [t.id, i]),
  );
  const keyed = side.state.credits
    .filter((c) => !c.uncredited)
    .map((credit) => ({
      credit,
      placement: credit.placement === 'main' ? 0 : 1,
      title: titleRank.get(credit.titleId) ?? Number.MAX_SAFE_INTEGER,
      name: ranks.get(names.get(side)!.get(credit) ?? '') ?? 0,
      tie: tieBreak?.(credit) ?? 0,
    }));
  keyed.sort(
    (a, b) =>
      a.placement - b.placement ||
      a.title - b.title ||
      a.credit.billing - b.credit.billing ||
      a.name - b.name ||
      a.tie - b.tie ||
      (a.credit.id < b.credit.id ? -1 : a.credit.id > b.credit.id ? 1 : 0),
  );
  return keyed.map((k) => k.credit);
}

const NAMES = ['Ana Lima', 'ana lima', 'Zoë Saldaña', 'Grip 2', 'Grip 10', 'Grip 02', 'Zoe\u0308 Saldan\u0303a', '李小龍', 'Ólafur Arnalds', 'O’Brien, Pat', 'Pat OBrien', 'X'];
const spec = fc.record({
  name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 6 })),
  sortName: fc.constantFrom('', '', 'Lima, Ana', 'Zz'),
  company: fc.boolean(),
  reuse: fc.option(fc.nat(30), { nil: null }),
  titleIndex: fc.integer({ min: -1, max: 40 }),
  placement: fc.constantFrom('main' as const, 'end' as const),
  billing: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constant(0.5)),
  uncredited: fc.boolean(),
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  tie: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  contact: fc.boolean(),
});
type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function documentOf(specs: Spec[], kind: ProductionKind) {
  const b = buildDocument(kind);
  const company = createCompany({ name: ' Acme  Pictures ' });
  b.doc.companies.push(company);
  const ties = new Map<Credit, number>();
  specs.forEach((s, i) => {
    const title = s.titleIndex >= 0 ? b.doc.titles[s.titleIndex % b.doc.titles.length] : undefined;
    const person =
      s.reuse !== null && b.doc.people.length
        ? b.doc.people[s.reuse % b.doc.people.length]
        : b.person(s.name, { sortName: s.sortName, contact: { email: s.contact ? `p${i}@example.com` : '', phone: '', address: '', agent: '' } });
    const credit = b.credit(title?.id ?? 'title:gone', person, { id: `${s.id}${i % 3}`, placement: s.placement, billing: s.billing, uncredited: s.uncredited });
    if (s.company) credit.subject = { kind: 'company', companyId: company.id };
    if (s.tie !== null) ties.set(credit, s.tie);
  });
  return { doc: b.doc, ties };
}

describe('roll order fast path', () => {
  it('orders both sides exactly as the keyed-object sort', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 40 }), fc.array(spec, { maxLength: 40 }), fc.constantFrom('feature' as const, 'series' as const), (a, b, kind) => {
        const before = buildSide(creditsStateOf(documentOf(a, kind).doc));
        const { doc, ties } = documentOf(b, kind);
        const after = buildSide(creditsStateOf(doc));
        const tie = (c: Credit) => ties.get(c) ?? Number.MAX_SAFE_INTEGER;
        const [beforeRanks, afterRanks] = creditNameRanks([before, after]);
        const lines = (side: Side, order: Int32Array) => [...order].map((i) => side.state.credits[i]);
        expect(lines(before, rollOrder(before, kind, beforeRanks))).toEqual(referenceRollOrder([before, after], before, kind));
        const afterTies = Float64Array.from(after.state.credits, tie);
        expect(lines(after, rollOrder(after, kind, afterRanks, afterTies))).toEqual(referenceRollOrder([before, after], after, kind, tie));
      }),
      { numRuns: 300 },
    );
  });

  it('orders a long run of lines that read the same (one company on every episode) as the keyed-object sort', () => {
    const b = buildDocument('series');
    const company = createCompany({ name: 'Ferry Lights' });
    b.doc.companies.push(company);
    const person = b.person('Unused');
    const title = b.doc.titles[3].id;
    const ties = new Map<Credit, number>();
    for (let i = 0; i < 60; i++) {
      const credit = b.credit(title, person, { id: `c${(i * 37) % 60}`, billing: 0 });
      credit.subject = { kind: 'company', companyId: company.id };
      ties.set(credit, (i * 13) % 7);
    }
    const side = buildSide(creditsStateOf(b.doc));
    const [ranks] = creditNameRanks([side]);
    const tie = (c: Credit) => ties.get(c) ?? 0;
    const lines = [...rollOrder(side, 'series', ranks, Float64Array.from(side.state.credits, tie))].map((i) => side.state.credits[i]);
    expect(lines).toEqual(referenceRollOrder([side], side, 'series', tie));
  });

  it('compares documents as it compares their credits states', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 30 }), fc.array(spec, { maxLength: 30 }), (a, b) => {
        const before = documentOf(a, 'feature').doc;
        const after = documentOf(b, 'feature').doc;
        after.people.push(...before.people.slice(0, 3));
        after.credits.push(...before.credits.slice(0, 5));
        expect(compareDocuments(before, after)).toEqual(compareStates(creditsStateOf(before), creditsStateOf(after), { kind: 'feature' }));
      }),
      { numRuns: 150 },
    );
  });
});
