import { describe, expect, it } from 'vitest';
import { compareDocuments, compareInDocument, compareStates, isEmptyComparison } from '../../../shared/diff';
import { createContribution, createCredit, createPerson } from '../../../shared/model/create';
import type { RollcallDocument } from '../../../shared/model/types';
import { createRevision, creditsStateOf } from '../../../shared/revisions';
import { syntheticProduction } from '../../../shared/testing/synthetic';
import { diffBenchmarkPair, syntheticEdits, withFreshIds } from '../../../shared/testing/synthetic-edits';
import { editCredit, smallProduction } from '../revisions/fixture';

function renamePerson(doc: RollcallDocument, id: string, name: string): RollcallDocument {
  return { ...doc, people: doc.people.map((p) => (p.id === id ? { ...p, name } : p)) };
}

describe('compare: nothing changed', () => {
  it('finds no changes between a production and itself', () => {
    const doc = syntheticProduction({ credits: 2000, seed: 4 });
    const comparison = compareDocuments(doc, doc);
    expect(isEmptyComparison(comparison)).toBe(true);
    expect(comparison.counts).toMatchObject({ before: 2000, after: 2000, unchanged: 2000 });
  });

  it('finds no changes against the same production imported again with new ids', () => {
    const doc = syntheticProduction({ credits: 2000, seed: 5 });
    const comparison = compareDocuments(doc, withFreshIds(doc));
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.changed).toEqual([]);
    expect(comparison.moved).toEqual([]);
  });

  it('does not call a name stored decomposed (NFD) a respelling', () => {
    const doc = renamePerson(smallProduction(), 'p-ana', 'Anaïs Lefort'.normalize('NFC'));
    const nfd = renamePerson(doc, 'p-ana', 'Anaïs Lefort'.normalize('NFD'));
    expect(isEmptyComparison(compareDocuments(doc, nfd))).toBe(true);
    expect(isEmptyComparison(compareDocuments(doc, withFreshIds(nfd)))).toBe(true);
  });
});

describe('compare: credits added, removed, changed', () => {
  it('names the person and the credit title of added and removed credits', () => {
    const before = smallProduction();
    const lee = createPerson({ id: 'p-lee', name: 'Lee Chang-dong' });
    const after = {
      ...before,
      people: [...before.people, lee],
      credits: [...before.credits.filter((c) => c.id !== 'c-jon-grip'), createCredit({ id: 'c-lee', titleId: 'title:gaffer', subject: { kind: 'person', personId: lee.id } })],
    };
    const comparison = compareDocuments(before, after);
    expect(comparison.added).toEqual([expect.objectContaining({ person: 'Lee Chang-dong', title: 'Gaffer', department: 'Grip & Electric', creditId: 'c-lee' })]);
    expect(comparison.removed).toEqual([expect.objectContaining({ person: 'Jon Smith', title: 'Grip', creditId: 'c-jon-grip' })]);
    expect(comparison.changed).toEqual([]);
  });

  it('reports each field change of a credit with before and after', () => {
    const before = smallProduction();
    let after = editCredit(before, 'c-ana-ap', {
      titleId: 'title:co-producer',
      status: 'proposed',
      placement: 'main',
      contributions: [
        createContribution({ id: 'k-1', typeId: 'contribution:creative', justification: 'Researched the archive footage and the score.', evidence: 'Email of 3 March' }),
        createContribution({ id: 'k-2', typeId: 'contribution:financial', justification: 'Secured the regional fund.', evidence: '' }),
      ],
    });
    after = editCredit(after, 'c-yael-cast', { character: 'Head Nurse', uncredited: true });
    const { changed } = compareDocuments(before, after);
    const ana = changed.find((c) => c.afterCreditId === 'c-ana-ap')!;
    expect(ana).toMatchObject({ person: 'Anaïs Lefort', title: 'Co-Producer', matchedBy: 'id' });
    expect(ana.changes).toEqual([
      { field: 'title', before: 'Associate Producer', after: 'Co-Producer' },
      { field: 'placement', before: 'end', after: 'main' },
      { field: 'status', before: 'approved', after: 'proposed' },
      {
        field: 'contribution',
        before: { type: 'Creative', justification: 'Researched the archive footage.', evidence: 'Email of 3 March' },
        after: { type: 'Creative', justification: 'Researched the archive footage and the score.', evidence: 'Email of 3 March' },
      },
      { field: 'contribution', before: null, after: { type: 'Financial', justification: 'Secured the regional fund.', evidence: '' } },
    ]);
    const yael = changed.find((c) => c.afterCreditId === 'c-yael-cast')!;
    expect(yael.changes).toEqual([
      { field: 'character', before: 'Nurse', after: 'Head Nurse' },
      { field: 'uncredited', before: false, after: true },
    ]);
  });

  it('reports a department change when a credit moves to a title in another department', () => {
    const before = smallProduction();
    const after = editCredit(before, 'c-jon-grip', { titleId: 'title:driver' });
    const { changed } = compareDocuments(before, after);
    expect(changed[0].changes).toEqual([
      { field: 'title', before: 'Grip', after: 'Driver' },
      { field: 'department', before: 'Grip & Electric', after: 'Transportation' },
    ]);
  });

  it('tells a credit given to another person from a respelling', () => {
    const before = smallProduction();
    const other = createPerson({ id: 'p-other', name: 'Giorgi Tsereteli' });
    const after = { ...editCredit(before, 'c-jon-grip', { subject: { kind: 'person', personId: 'p-other' } }), people: [...before.people, other] };
    expect(compareDocuments(before, after).changed[0].changes).toEqual([{ field: 'person', before: 'Jon Smith', after: 'Giorgi Tsereteli' }]);
    const respelled = renamePerson(before, 'p-jon', 'John Smith');
    expect(compareDocuments(before, respelled).changed[0].changes).toEqual([{ field: 'creditedAs', before: 'Jon Smith', after: 'John Smith' }]);
  });
});

describe('compare: matching files imported separately', () => {
  it('matches a respelled name on the same title as a change of spelling, not a removal and an addition', () => {
    const before = smallProduction();
    const after = withFreshIds(renamePerson(before, 'p-jon', 'John Smith'));
    const comparison = compareDocuments(before, after);
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.changed).toEqual([
      expect.objectContaining({ person: 'John Smith', title: 'Grip', matchedBy: 'similar-name', changes: [{ field: 'creditedAs', before: 'Jon Smith', after: 'John Smith' }] }),
    ]);
  });

  it('matches a one-character respelling of a CJK name and leaves clearly different names apart', () => {
    const base = smallProduction();
    const li = createPerson({ id: 'p-li', name: 'Li Wu' });
    const chen = createPerson({ id: 'p-chen', name: '陳凱歌' });
    const before = {
      ...base,
      people: [...base.people, li, chen],
      credits: [
        ...base.credits,
        createCredit({ id: 'c-li', titleId: 'title:driver', subject: { kind: 'person', personId: 'p-li' } }),
        createCredit({ id: 'c-chen', titleId: 'title:directed-by', subject: { kind: 'person', personId: 'p-chen' } }),
      ],
    };
    const after = withFreshIds(renamePerson(renamePerson(before, 'p-li', 'Li Wei'), 'p-chen', '陈凱歌'));
    const comparison = compareDocuments(before, after);
    expect(comparison.changed.map((c) => c.changes[0])).toEqual([{ field: 'creditedAs', before: '陳凱歌', after: '陈凱歌' }]);
    expect(comparison.removed.map((r) => r.person)).toEqual(['Li Wu']);
    expect(comparison.added.map((r) => r.person)).toEqual(['Li Wei']);
  });

  it('matches by folded name (case, accents) and finds a credit that changed title', () => {
    const before = smallProduction();
    let after = renamePerson(before, 'p-ana', 'ANAIS LEFORT');
    after = withFreshIds(editCredit(after, 'c-mara-cast', { titleId: 'title:starring' }));
    const { changed, added, removed } = compareDocuments(before, after);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
    expect(changed.find((c) => c.person === 'ANAIS LEFORT')).toMatchObject({ matchedBy: 'same-name', changes: [{ field: 'creditedAs', before: 'Anaïs Lefort', after: 'ANAIS LEFORT' }] });
    expect(changed.find((c) => c.person === 'Mara Okafor')).toMatchObject({ matchedBy: 'same-name-other-title', changes: [{ field: 'title', before: 'Cast', after: 'Starring' }] });
  });

  it('pairs an actor credited twice on one title by character', () => {
    const base = smallProduction();
    const twin = createCredit({ id: 'c-mara-twin', titleId: 'title:cast', subject: { kind: 'person', personId: 'p-mara' }, billing: 3, character: 'Twin Girl #2' });
    const before = { ...base, credits: [...base.credits, twin] };
    const after = withFreshIds(editCredit(before, 'c-mara-twin', { billing: 5 }));
    const { changed } = compareDocuments(before, after);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ beforeCreditId: 'c-mara-twin', changes: [{ field: 'billing', before: 3, after: 5 }] });
  });

  it('finds the planted edits between two 5,000-credit files imported separately', () => {
    const { before, after } = diffBenchmarkPair({ credits: 5000, seed: 9, changes: 80, separateImports: true });
    const sameIds = compareDocuments(before, syntheticEdits(before, { seed: '9-edits', changes: 80 }));
    const separate = compareDocuments(before, after);
    expect(sameIds.counts.added).toBeGreaterThan(0);
    // Content matching finds nearly everything identity matching finds (ambiguous twins may differ a little).
    expect(Math.abs(separate.counts.added - sameIds.counts.added)).toBeLessThanOrEqual(3);
    expect(Math.abs(separate.counts.changed - sameIds.counts.changed)).toBeLessThanOrEqual(6);
  });
});

describe('compare: the roll', () => {
  it('reports a credit that moved in the roll, with the line it follows before and after', () => {
    const before = smallProduction();
    const after = editCredit(before, 'c-mara-cast', { billing: 3 });
    const { moved, changed } = compareDocuments(before, after);
    expect(changed[0].changes).toEqual([{ field: 'billing', before: 1, after: 3 }]);
    expect(moved).toHaveLength(1);
    const move = moved[0];
    // Mara's billing was edited, so she is the one that moved (not Yael, who kept her billing).
    expect(move.title).toBe('Cast');
    expect(move.person).toBe('Mara Okafor');
    expect(move.from).toEqual({ line: 2, follows: 'Associate Producer — Anaïs Lefort' });
    expect(move.to).toEqual({ line: 3, follows: 'Cast — יעל בר-און' });
  });

  it('reports structure changes once: production title and a renamed title', () => {
    const before = smallProduction();
    const after = {
      ...before,
      production: { ...before.production, title: 'The Night Train' },
      titles: before.titles.map((t) => (t.id === 'title:grip' ? { ...t, name: 'Grips' } : t)),
    };
    const comparison = compareDocuments(before, after);
    expect(comparison.changed).toEqual([]);
    expect(comparison.structure).toEqual([
      { kind: 'production', change: 'changed', name: 'The Night Train', changes: [{ field: 'title', before: 'Night Train', after: 'The Night Train' }] },
      { kind: 'title', change: 'changed', name: 'Grips', changes: [{ field: 'name', before: 'Grip', after: 'Grips' }] },
    ]);
  });
});

describe('compareInDocument', () => {
  it('compares a revision with the current credits and two revisions, with labels', () => {
    let doc = createRevision(smallProduction(), { name: 'Sent to legal', by: 'A', at: '2026-03-03T10:00:00.000Z' });
    doc = editCredit(doc, 'c-jon-grip', { status: 'approved' });
    doc = createRevision(doc, { name: 'Studio approved', by: 'A', at: '2026-03-12T10:00:00.000Z' });
    doc = renamePerson(doc, 'p-jon', 'John Smith');
    const now = compareInDocument(doc, 'Sent to legal', null);
    expect(now.labels).toEqual({ productionTitle: 'Night Train', beforeLabel: 'Sent to legal (2026-03-03)', afterLabel: 'Current credits' });
    expect(now.comparison.changed[0].changes).toEqual([
      { field: 'creditedAs', before: 'Jon Smith', after: 'John Smith' },
      { field: 'status', before: 'draft', after: 'approved' },
    ]);
    const between = compareInDocument(doc, 'Sent to legal', 'Studio approved');
    expect(between.comparison.changed[0].changes).toEqual([{ field: 'status', before: 'draft', after: 'approved' }]);
    expect(() => compareInDocument(doc, 'Final', null)).toThrow(/the revisions in this production are “Sent to legal”, “Studio approved”/);
    expect(isEmptyComparison(compareStates(creditsStateOf(doc), creditsStateOf(doc)))).toBe(true);
  });
});
