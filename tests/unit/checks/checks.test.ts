import { describe, expect, it } from 'vitest';
import { checks, countBySeverity, type CheckItem } from '../../../shared/checks';
import { createContribution, createCredit, createDocument, createPerson, createCompany } from '../../../shared/model/create';
import type { Credit, Person, RollcallDocument } from '../../../shared/model/types';
import { syntheticProduction } from '../../../shared/testing/synthetic';

function doc(kind: RollcallDocument['production']['kind'] = 'feature'): RollcallDocument {
  return createDocument({ title: 'Test', kind });
}
const person = (d: RollcallDocument, name: string, extra: Partial<Person> = {}) => {
  const p = createPerson({ name, ...extra });
  d.people.push(p);
  return p;
};
const credit = (d: RollcallDocument, p: Person, titleId: string, extra: Partial<Credit> = {}) => {
  const c = createCredit({ titleId, subject: { kind: 'person', personId: p.id }, ...extra });
  d.credits.push(c);
  return c;
};
const ofKind = (items: CheckItem[], kind: CheckItem['kind']) => items.filter((i) => i.kind === kind);
const creative = (justification = 'Ran the writers room.') => createContribution({ typeId: 'contribution:creative', justification });
const financial = (justification = 'Raised the completion money.') => createContribution({ typeId: 'contribution:financial', justification });

describe('checks: people', () => {
  it('groups near-duplicate people and names the rule that matched', () => {
    const d = doc();
    const a = person(d, 'Zoe Saldana');
    const b = person(d, 'Zoë Saldaña');
    const c = person(d, 'Saldaña, Zoë');
    person(d, 'Sam Worthington');
    const items = ofKind(checks(d), 'duplicate-people');
    expect(items).toHaveLength(1);
    expect(new Set(items[0].personIds)).toEqual(new Set([a.id, b.id, c.id]));
    expect(items[0].message).toMatch(/may be the same person/);
    expect(items[0].message).toMatch(/apart from case, accents/);
  });

  it('reports companies separately from people', () => {
    const d = doc();
    d.companies.push(createCompany({ name: 'Lightstorm Entertainment' }), createCompany({ name: 'LIGHTSTORM  entertainment' }));
    const items = checks(d);
    expect(ofKind(items, 'duplicate-companies')).toHaveLength(1);
    expect(ofKind(items, 'duplicate-people')).toHaveLength(0);
  });

  it('reports a person credited under slightly different spellings, but not a stage name', () => {
    const d = doc();
    const zoe = person(d, 'Zoë Saldaña');
    credit(d, zoe, 'title:cast', { character: 'Neytiri' });
    credit(d, zoe, 'title:starring');
    const variant = credit(d, zoe, 'title:stand-in', { creditedAs: 'Zoe Saldana' });
    const rock = person(d, 'Dwayne Johnson');
    credit(d, rock, 'title:cast', { creditedAs: 'The Rock' });
    credit(d, rock, 'title:starring');
    const items = ofKind(checks(d), 'name-variants');
    expect(items).toHaveLength(1);
    expect(items[0].creditId).toBe(variant.id);
    expect(items[0].personIds).toEqual([zoe.id]);
    expect(items[0].message).toContain('“Zoe Saldana” on 1 credit');
  });
});

describe('checks: policy and producing credits', () => {
  it('reports a policy credit with no contribution, more seriously once approved', () => {
    const d = doc();
    const p = person(d, 'Ada Lovelace');
    const draft = credit(d, p, 'title:associate-producer');
    const approved = credit(d, person(d, 'Grace Hopper'), 'title:producer', { status: 'approved' });
    const items = ofKind(checks(d), 'missing-contribution');
    expect(items.map((i) => i.creditId)).toEqual([approved.id, draft.id]);
    expect(items[0].severity).toBe('error');
    expect(items[1].severity).toBe('warning');
    // Not reported twice as a courtesy credit.
    expect(ofKind(checks(d), 'courtesy-credit')).toHaveLength(0);
  });

  it('reports contributions without a written reason, and accepts a justified one', () => {
    const d = doc();
    const p = person(d, 'Ada Lovelace');
    const blank = credit(d, p, 'title:co-producer', { contributions: [creative('   ')] });
    credit(d, person(d, 'Grace Hopper'), 'title:co-producer', { contributions: [creative()] });
    const items = ofKind(checks(d), 'missing-justification');
    expect(items.map((i) => i.creditId)).toEqual([blank.id]);
  });

  it('follows the production policy when a title is added to it', () => {
    const d = doc();
    const c = credit(d, person(d, 'Ada Lovelace'), 'title:line-producer');
    expect(ofKind(checks(d), 'missing-contribution')).toHaveLength(0);
    expect(ofKind(checks(d), 'courtesy-credit').map((i) => i.creditId)).toEqual([c.id]);
    d.production.policy.justificationRequiredTitleIds.push('title:line-producer');
    expect(ofKind(checks(d), 'missing-contribution').map((i) => i.creditId)).toEqual([c.id]);
  });

  it('does not apply producing checks to crew credits, but lists a crew credit without a contribution', () => {
    const d = doc();
    const dop = credit(d, person(d, 'Roger Deakins'), 'title:director-of-photography');
    const items = checks(d);
    expect(items.map((i) => i.kind)).toEqual(['missing-contribution', 'unapproved']);
    expect(items[0]).toMatchObject({
      severity: 'info',
      creditId: dop.id,
      creditIds: [dop.id],
      message: 'Director of Photography: “Roger Deakins” has no contribution on record.',
    });
    // Once a contribution is recorded (justified or not: crew titles need no justification) it is no longer listed.
    dop.contributions.push(creative(''));
    expect(ofKind(checks(d), 'missing-contribution')).toHaveLength(0);
    expect(ofKind(checks(d), 'missing-justification')).toHaveLength(0);
  });

  it('lists crew credits without a contribution as one item per title, linking to the first credit', () => {
    const d = doc();
    const grips = ['Ann Ames', 'Ben Bell', 'Cy Cole', 'Di Dunn', 'Ed Eng'].map((n) => credit(d, person(d, n), 'title:grip'));
    const gaffer = credit(d, person(d, 'Flo Fox'), 'title:gaffer');
    credit(d, person(d, 'Gil Gray'), 'title:gaffer', { contributions: [createContribution({ typeId: 'contribution:logistical', justification: '' })] });
    const policyCredit = credit(d, person(d, 'Hal Hart'), 'title:associate-producer');
    const items = ofKind(checks(d), 'missing-contribution');
    // The policy credit keeps its own, more serious item; the crew credits follow for review, a title each.
    expect(items.map((i) => [i.severity, i.creditId])).toEqual([
      ['warning', policyCredit.id],
      ['info', grips[0].id],
      ['info', gaffer.id],
    ]);
    expect(items[1].creditIds).toEqual(grips.map((g) => g.id));
    expect(items[1].message).toBe('Grip: 5 credits have no contribution on record (“Ann Ames”, “Ben Bell”, “Cy Cole” and 2 more).');
    expect(items[2].creditIds).toEqual([gaffer.id]);
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });

  it('keeps crew credits without a contribution to one item per title at production size, and lists them all', () => {
    const d = syntheticProduction({ credits: 20_000, seed: 3 });
    for (const c of d.credits) c.contributions = [];
    const all = checks(d);
    const review = ofKind(all, 'missing-contribution').filter((i) => i.severity === 'info');
    expect(review.length).toBeGreaterThan(0);
    expect(review.length).toBeLessThanOrEqual(d.titles.length);
    // Every credit without a contribution is listed: in a title's item, on its own under the policy, or as a
    // possible courtesy credit (producing titles outside the policy).
    const listed = new Set(all.filter((i) => i.kind === 'missing-contribution' || i.kind === 'courtesy-credit').flatMap((i) => i.creditIds ?? [i.creditId]));
    const known = new Set(d.titles.map((t) => t.id));
    const unlisted = d.credits.filter((c) => known.has(c.titleId) && !listed.has(c.id));
    expect(unlisted).toEqual([]);
  });

  it('marks credits whose only contribution is financial as possible courtesy credits', () => {
    const d = doc();
    const money = credit(d, person(d, 'Rich Backer'), 'title:executive-producer', { contributions: [financial()] });
    credit(d, person(d, 'Hands On'), 'title:executive-producer', { contributions: [financial(), creative()] });
    const items = ofKind(checks(d), 'courtesy-credit');
    expect(items.map((i) => i.creditId)).toEqual([money.id]);
    expect(items[0].message).toContain('only a financial contribution');
  });
});

describe('checks: repeated credits', () => {
  it('reports the same person with the same title twice', () => {
    const d = doc();
    const p = person(d, 'Ada Lovelace');
    const a = credit(d, p, 'title:gaffer');
    const b = credit(d, p, 'title:gaffer');
    const items = ofKind(checks(d), 'repeated-credit');
    expect(items).toHaveLength(1);
    expect(items[0].creditIds).toEqual([a.id, b.id]);
    // Like every grouped item it opens the first of them (the panel says so), not the repeat.
    expect(items[0].creditId).toBe(a.id);
    expect(items[0].message).toBe('“Ada Lovelace” is credited 2 times as Gaffer in the end credits.');
  });

  it('accepts a key credit repeated in the opening titles, twins, and separate episodes', () => {
    const d = doc('series');
    const p = person(d, 'Ada Lovelace');
    credit(d, p, 'title:directed-by', { placement: 'main' });
    credit(d, p, 'title:directed-by', { placement: 'end' });
    credit(d, p, 'title:cast', { character: 'Twin Girl #1' });
    credit(d, p, 'title:cast', { character: 'Twin Girl #2' });
    credit(d, p, 'title:gaffer', { episodes: ['e1'] });
    credit(d, p, 'title:gaffer', { episodes: ['e2'] });
    expect(ofKind(checks(d), 'repeated-credit')).toHaveLength(0);
    credit(d, p, 'title:gaffer', { episodes: ['e2', 'e3'] });
    expect(ofKind(checks(d), 'repeated-credit')[0].creditIds).toHaveLength(2);
  });
});

describe('checks: approval and the p.g.a. mark', () => {
  it('counts unapproved credits in one item', () => {
    const d = doc();
    const p = person(d, 'Ada Lovelace');
    const first = credit(d, p, 'title:gaffer');
    credit(d, p, 'title:best-boy-electric', { status: 'proposed' });
    credit(d, p, 'title:key-grip', { status: 'approved' });
    credit(d, p, 'title:dolly-grip', { status: 'locked' });
    const items = ofKind(checks(d), 'unapproved');
    expect(items).toHaveLength(1);
    expect(items[0].message).toBe('2 credits are not approved yet (1 draft, 1 proposed).');
    expect(items[0].creditId).toBe(first.id);
  });

  it('reports each reason the p.g.a. mark cannot follow a name', () => {
    const certified = { guilds: [{ guild: 'PGA' as const, detail: '', pgaCertified: true }] };
    const d = doc();
    const ok = credit(d, person(d, 'Kathleen Kennedy', certified), 'title:producer', { pgaMark: true, contributions: [creative()] });
    const notCertified = credit(d, person(d, 'Jon Landau'), 'title:producer', { pgaMark: true, contributions: [creative()] });
    const wrongTitle = credit(d, person(d, 'Ann Other', certified), 'title:executive-producer', { pgaMark: true, contributions: [creative()] });
    const items = ofKind(checks(d), 'pga-mark');
    expect(items.map((i) => i.creditId)).toEqual([notCertified.id, wrongTitle.id]);
    expect(items[0].message).toMatch(/not marked as certified/);
    expect(items[1].message).toMatch(/not “Executive Producer”/);
    expect(items.every((i) => i.severity === 'error')).toBe(true);
    expect(items.some((i) => i.creditId === ok.id)).toBe(false);

    const series = doc('series');
    const c = credit(series, person(series, 'Kathleen Kennedy', certified), 'title:producer', { pgaMark: true });
    expect(ofKind(checks(series), 'pga-mark')[0]).toMatchObject({ creditId: c.id, message: expect.stringMatching(/television series/) });
  });

  it('reports credits pointing at removed people or titles', () => {
    const d = doc();
    const p = person(d, 'Ada Lovelace');
    const gone = credit(d, p, 'title:gaffer', { subject: { kind: 'person', personId: 'removed' } });
    const noTitle = credit(d, p, 'title:removed');
    const items = ofKind(checks(d), 'missing-reference');
    expect(items.map((i) => i.creditId)).toEqual([gone.id, noTitle.id]);
    expect(checks(d)[0].kind).toBe('missing-reference');
  });
});

describe('checks at production size', () => {
  it('handles a 20,000-credit production and sorts by severity', () => {
    const d = syntheticProduction({ credits: 20_000, seed: 7 });
    const items = checks(d);
    const counts = countBySeverity(items);
    expect(items.length).toBe(counts.error + counts.warning + counts.info);
    const ranks = items.map((i) => ({ error: 0, warning: 1, info: 2 })[i.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });
});

describe('checks: identical names', () => {
  it('says plainly when several people have exactly the same name', () => {
    const d = doc();
    person(d, 'Li Wei');
    person(d, 'Li Wei');
    const [item] = ofKind(checks(d), 'duplicate-people');
    expect(item.message).toBe('2 people are named “Li Wei”: they may be the same person entered more than once.');
  });
});

describe('checks: grouped items', () => {
  it('link every grouped item to the first of its credits, so the panel can say it opens the first of them', () => {
    const d = doc();
    const p = person(d, 'Ada Lovelace');
    credit(d, p, 'title:gaffer');
    credit(d, p, 'title:gaffer', { status: 'proposed' });
    credit(d, person(d, 'Grace Hopper'), 'title:key-grip');
    credit(d, person(d, 'Mary Somerville'), 'title:key-grip');
    const grouped = checks(d).filter((i) => (i.creditIds?.length ?? 0) > 1);
    expect(new Set(grouped.map((i) => i.kind))).toEqual(new Set(['repeated-credit', 'missing-contribution', 'unapproved']));
    for (const item of grouped) expect(item.creditId, item.id).toBe(item.creditIds![0]);
  });
});
