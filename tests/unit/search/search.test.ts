import { describe, expect, it } from 'vitest';
import { createCompany, createContribution, createCredit, createDocument, createPerson, type Credit, type RollcallDocument } from '../../../shared/model';
import { buildCreditIndex, creditListRows, creditSearchSource, searchCredits, type CreditSearchSource } from '../../../shared/search';
import { syntheticProduction } from '../../../shared/testing/synthetic';

function sourceOf(doc: RollcallDocument): CreditSearchSource {
  return creditSearchSource(doc);
}

function smallProduction() {
  const doc = createDocument({ title: 'Search test' });
  const zoe = createPerson({ name: 'Zoë Saldaña' });
  const ana = createPerson({ name: 'Ana Ortiz' });
  const bea = createPerson({ name: 'Béatrice Dalle' });
  const lab = createCompany({ name: 'Rolling Lab Ltd' });
  doc.people.push(zoe, ana, bea);
  doc.companies.push(lab);
  const ap = createCredit({
    titleId: 'title:associate-producer',
    subject: { kind: 'person', personId: zoe.id },
    contributions: [createContribution({ typeId: 'contribution:financial', justification: 'Secured the Åland bridge financing.' })],
  });
  const producer = createCredit({ titleId: 'title:producer', subject: { kind: 'person', personId: ana.id }, status: 'proposed' });
  const cast = createCredit({ titleId: 'title:cast', subject: { kind: 'person', personId: bea.id }, character: 'Twin Girl #2', placement: 'main' });
  const gaffer = createCredit({ titleId: 'title:gaffer', subject: { kind: 'person', personId: ana.id }, creditedAs: 'Annie O.' });
  const thanks = createCredit({ titleId: 'title:special-thanks', subject: { kind: 'company', companyId: lab.id } });
  doc.credits.push(thanks, gaffer, cast, producer, ap);
  return { doc, ids: { ap: ap.id, producer: producer.id, cast: cast.id, gaffer: gaffer.id, thanks: thanks.id } };
}

const idsOf = (index: ReturnType<typeof buildCreditIndex>, positions: number[]) => positions.map((p) => index.entries[p].credit.id);

describe('searchCredits', () => {
  const { doc, ids } = smallProduction();
  const index = buildCreditIndex(sourceOf(doc));

  it('lists every credit in roll order for an empty query', () => {
    expect(idsOf(index, searchCredits(index, ''))).toEqual([ids.producer, ids.ap, ids.cast, ids.gaffer, ids.thanks]);
  });

  it('ignores case and accents on both sides', () => {
    expect(idsOf(index, searchCredits(index, 'zoe saldana'))).toEqual([ids.ap]);
    expect(idsOf(index, searchCredits(index, 'SALDAÑA'))).toEqual([ids.ap]);
    expect(idsOf(index, searchCredits(index, 'beatrice'))).toEqual([ids.cast]);
    expect(idsOf(index, searchCredits(index, 'Zoe\u0308'))).toEqual([ids.ap]);
  });

  it('finds credits by a word of a justification, a credited-as name, a character, a title and a department', () => {
    expect(idsOf(index, searchCredits(index, 'aland'))).toEqual([ids.ap]);
    expect(idsOf(index, searchCredits(index, 'annie'))).toEqual([ids.gaffer]);
    expect(idsOf(index, searchCredits(index, 'twin girl'))).toEqual([ids.cast]);
    expect(idsOf(index, searchCredits(index, 'gaffer'))).toEqual([ids.gaffer]);
    expect(idsOf(index, searchCredits(index, 'grip electric'))).toEqual([ids.gaffer]);
    expect(idsOf(index, searchCredits(index, 'rolling lab'))).toEqual([ids.thanks]);
  });

  it('needs every word, in any order, as a part of a word', () => {
    expect(idsOf(index, searchCredits(index, 'prod assoc'))).toEqual([ids.ap]);
    expect(idsOf(index, searchCredits(index, 'ortiz gaffer'))).toEqual([ids.gaffer]);
    expect(searchCredits(index, 'ortiz cast')).toEqual([]);
  });

  it('does not match across fields', () => {
    // "ortiz" ends one field and "producers" starts another: the separator keeps "zpro" from matching.
    expect(searchCredits(index, 'zpro')).toEqual([]);
  });

  it('filters by department, title, status, placement, contribution type and missing justification', () => {
    expect(idsOf(index, searchCredits(index, '', { departmentId: 'dept:producers' }))).toEqual([ids.producer, ids.ap]);
    expect(idsOf(index, searchCredits(index, '', { titleId: 'title:cast' }))).toEqual([ids.cast]);
    expect(idsOf(index, searchCredits(index, '', { status: 'proposed' }))).toEqual([ids.producer]);
    expect(idsOf(index, searchCredits(index, '', { placement: 'main' }))).toEqual([ids.cast]);
    expect(idsOf(index, searchCredits(index, '', { contributionTypeId: 'contribution:financial' }))).toEqual([ids.ap]);
    expect(idsOf(index, searchCredits(index, '', { missingJustification: true }))).toEqual([ids.producer]);
    expect(idsOf(index, searchCredits(index, 'ortiz', { missingJustification: true }))).toEqual([ids.producer]);
  });

  it('marks courtesy credits and missing justifications on entries', () => {
    const ap = index.entries[index.positions.get(ids.ap)!];
    const producer = index.entries[index.positions.get(ids.producer)!];
    expect(ap.courtesy).toBe(true);
    expect(ap.missingJustification).toBe(false);
    expect(producer.courtesy).toBe(true);
    expect(producer.missingJustification).toBe(true);
    expect(index.entries[index.positions.get(ids.gaffer)!].courtesy).toBe(false);
  });

  it('keeps credits whose title was removed, at the end, marked as orphans', () => {
    const { doc: d } = smallProduction();
    const orphan: Credit = { ...d.credits[1], id: 'orphan', titleId: 'title:gone' };
    d.credits.push(orphan);
    const i = buildCreditIndex(sourceOf(d));
    expect(i.entries.at(-1)!.credit.id).toBe('orphan');
    expect(i.entries.at(-1)!.orphanTitle).toBe(true);
    const rows = creditListRows(i, searchCredits(i, ''));
    expect(rows.at(-2)).toMatchObject({ kind: 'title', name: 'Title removed' });
  });
});

describe('roll order inside a title', () => {
  it('runs main titles first, then billing, then sort name', () => {
    const doc = createDocument({ title: 'Order' });
    const names = ['Carla Zed', 'Bob Young', 'Amy Xu', 'Dan Wu'];
    const people = names.map((name) => createPerson({ name }));
    doc.people.push(...people);
    const credit = (i: number, init: Partial<Credit>) => createCredit({ titleId: 'title:cast', subject: { kind: 'person', personId: people[i].id }, ...init });
    doc.credits.push(credit(0, { billing: 2 }), credit(1, { billing: 2 }), credit(2, { billing: 1 }), credit(3, { billing: 9, placement: 'main' }));
    const index = buildCreditIndex(sourceOf(doc));
    expect(index.entries.map((e) => e.subjectName)).toEqual(['Dan Wu', 'Amy Xu', 'Bob Young', 'Carla Zed']);
  });
});

describe('list rows', () => {
  it('adds a department and a title heading only for groups with matches, with counts', () => {
    const { doc } = smallProduction();
    const index = buildCreditIndex(sourceOf(doc));
    const rows = creditListRows(index, searchCredits(index, 'ortiz'));
    expect(rows.map((r) => (r.kind === 'credit' ? 'credit' : `${r.kind}:${r.name}`))).toEqual([
      'department:Producers',
      'title:Producer',
      'credit',
      'department:Grip & Electric',
      'title:Gaffer',
      'credit',
    ]);
    expect(rows[1]).toMatchObject({ count: 1 });
  });
});

describe('at 20,000 credits', () => {
  it('indexes every credit and finds a justification word', () => {
    const doc = syntheticProduction({ credits: 20_000, seed: 7 });
    const index = buildCreditIndex(sourceOf(doc));
    expect(index.entries).toHaveLength(20_000);
    const withJustification = doc.credits.find((c) => c.contributions.some((x) => x.justification.length > 20))!;
    const word = withJustification.contributions[0].justification.split(/\s+/).find((w) => w.length > 6)!;
    const found = searchCredits(index, word);
    expect(found.map((p) => index.entries[p].credit.id)).toContain(withJustification.id);
    // Roll order: each title's credits form one block, and departments run in their order.
    const seen = new Set<string>();
    let last = '';
    for (const e of index.entries) {
      if (e.credit.titleId !== last) {
        expect(seen.has(e.credit.titleId)).toBe(false);
        seen.add(e.credit.titleId);
        last = e.credit.titleId;
      }
    }
    const deptOrder = new Map(doc.departments.map((d) => [d.id, d.order]));
    const orders = index.entries.map((e) => deptOrder.get(e.departmentId)!);
    expect(orders.every((o, i) => i === 0 || o >= orders[i - 1])).toBe(true);
  });
});
