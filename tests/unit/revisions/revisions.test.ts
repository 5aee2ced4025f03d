import { describe, expect, it } from 'vitest';
import { RollcallDocumentSchema } from '../../../shared/model/schema';
import {
  createRevision,
  creditsStateOf,
  deleteRevision,
  findRevision,
  listRevisions,
  materialiseRevision,
  MAX_CHAIN_LENGTH,
  newProductionFromRevision,
  restoreRevision,
  RevisionError,
  RevisionNotFoundError,
  SnapshotSchema,
  updateRevisionLabel,
  type CreditsState,
} from '../../../shared/revisions';
import { unpackRows } from '../../../shared/revisions/packing';
import { syntheticProduction } from '../../../shared/testing/synthetic';
import { syntheticEdits, syntheticProductionWithRevisions } from '../../../shared/testing/synthetic-edits';
import { editCredit, smallProduction } from './fixture';

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
function normalised(state: CreditsState) {
  return {
    productionTitle: state.productionTitle,
    departments: byId(state.departments),
    titles: byId(state.titles),
    contributionTypes: byId(state.contributionTypes),
    people: byId(state.people),
    companies: byId(state.companies),
    credits: byId(state.credits),
  };
}
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('createRevision', () => {
  it('returns a new document with the revision and an audit entry, leaving the original untouched', () => {
    const doc = smallProduction();
    const before = JSON.stringify(doc);
    const next = createRevision(doc, { name: '  Sent to legal ', note: 'First pass', by: 'Ana' });
    expect(JSON.stringify(doc)).toBe(before);
    expect(next.revisions).toHaveLength(1);
    expect(next.revisions[0]).toMatchObject({ name: 'Sent to legal', note: 'First pass', createdBy: 'Ana' });
    expect(next.audit.at(-1)).toMatchObject({ entity: 'revision', action: 'create', by: 'Ana' });
    expect(RollcallDocumentSchema.safeParse(next).success).toBe(true);
  });

  it('keeps no private contact details', () => {
    const next = createRevision(smallProduction(), { name: 'v1', by: 'Ana' });
    const stored = JSON.stringify(next.revisions);
    expect(stored).toContain('Anaïs Lefort');
    expect(stored).not.toContain('ana@example.com');
    expect(materialiseRevision(next, 'v1').people.find((p) => p.id === 'p-ana')).not.toHaveProperty('contact');
  });

  it('refuses an empty or duplicate name with a sentence', () => {
    const doc = createRevision(smallProduction(), { name: 'Sent to legal', by: 'Ana' });
    expect(() => createRevision(doc, { name: '   ', by: 'Ana' })).toThrow(RevisionError);
    expect(() => createRevision(doc, { name: 'sent TO legal', by: 'Ana' })).toThrow('There is already a revision named “Sent to legal”; choose another name.');
  });

  it('stores later revisions as small deltas against the previous one', () => {
    let doc = syntheticProduction({ credits: 3000, seed: 3 });
    doc = createRevision(doc, { name: 'v1', by: 'A' });
    doc = syntheticEdits(doc, { seed: 1, changes: 40 });
    doc = createRevision(doc, { name: 'v2', by: 'A' });
    const [first, second] = doc.revisions.map((r) => SnapshotSchema.parse(r.snapshot));
    expect(first.base).toBeNull();
    expect(second.base).toBe(doc.revisions[0].id);
    const full = JSON.stringify(doc.revisions[0]).length;
    const delta = JSON.stringify(doc.revisions[1]).length;
    expect(delta).toBeLessThan(full / 20);
  });

  it('starts a complete snapshot when the chain gets long', () => {
    let doc = smallProduction();
    for (let i = 0; i <= MAX_CHAIN_LENGTH; i++) {
      doc = editCredit(doc, 'c-jon-grip', { billing: i });
      doc = createRevision(doc, { name: `r${i}`, by: 'A', at: '2026-03-01T10:00:00.000Z' });
    }
    const bases = doc.revisions.map((r) => SnapshotSchema.parse(r.snapshot).base);
    expect(bases[0]).toBeNull();
    expect(bases[MAX_CHAIN_LENGTH]).toBeNull();
    expect(bases.filter((b) => b === null)).toHaveLength(2);
    expect(materialiseRevision(doc, `r${MAX_CHAIN_LENGTH - 1}`).credits.find((c) => c.id === 'c-jon-grip')!.billing).toBe(MAX_CHAIN_LENGTH - 1);
  });
});

describe('materialiseRevision', () => {
  it('gives back exactly the credits state of each revision, after a JSON round trip of the file', () => {
    let doc = syntheticProduction({ credits: 1500, seed: 11 });
    const states: CreditsState[] = [];
    for (let i = 0; i < 5; i++) {
      if (i > 0) doc = syntheticEdits(doc, { seed: i, changes: 30 });
      if (i === 3) doc = { ...doc, production: { ...doc.production, title: 'Night Train (2026)' } };
      states.push(roundTrip(creditsStateOf(doc)));
      doc = createRevision(doc, { name: `v${i + 1}`, by: 'A' });
    }
    const reopened = RollcallDocumentSchema.parse(roundTrip(doc));
    states.forEach((state, i) => expect(normalised(materialiseRevision(reopened, `v${i + 1}`))).toEqual(normalised(state)));
  });

  it('fails with a sentence listing the revisions that exist for an unknown name', () => {
    let doc = createRevision(smallProduction(), { name: 'Sent to legal', by: 'A' });
    doc = createRevision(doc, { name: 'Studio approved 12 March', by: 'A' });
    expect(() => materialiseRevision(doc, 'Final')).toThrow('There is no revision named “Final”; the revisions in this production are “Sent to legal”, “Studio approved 12 March”.');
    try {
      findRevision(doc, 'Final');
    } catch (error) {
      expect(error).toBeInstanceOf(RevisionNotFoundError);
      expect((error as RevisionNotFoundError).available).toEqual(['Sent to legal', 'Studio approved 12 March']);
      expect((error as RevisionNotFoundError).code).toBe('NOT_FOUND');
    }
    expect(() => findRevision(smallProduction(), 'v1')).toThrow('There is no revision named “v1”: this production has no saved revisions yet.');
  });

  it('returns frozen records, and restore gives the document its own unfrozen copies', () => {
    const doc = createRevision(smallProduction(), { name: 'v1', by: 'A' });
    const state = materialiseRevision(doc, 'v1');
    expect(Object.isFrozen(state.credits[0])).toBe(true);
    expect(() => {
      (state.credits[0] as { status: string }).status = 'locked';
    }).toThrow(TypeError);
    const restored = restoreRevision(doc, 'v1', { by: 'A' });
    expect(Object.isFrozen(restored.credits[0])).toBe(false);
    restored.credits[0].status = 'locked';
    expect(materialiseRevision(doc, 'v1').credits[0].status).not.toBe('locked');
  });

  it('finds revisions by id, exact name and name in another case', () => {
    const doc = createRevision(smallProduction(), { name: 'Sent to Legal', by: 'A', id: 'rev-1' });
    expect(findRevision(doc, 'rev-1').name).toBe('Sent to Legal');
    expect(findRevision(doc, 'sent to legal').id).toBe('rev-1');
    expect(listRevisions(doc)).toEqual([expect.objectContaining({ id: 'rev-1', name: 'Sent to Legal' })]);
    expect(listRevisions(doc)[0]).not.toHaveProperty('snapshot');
  });

  it('reports a damaged snapshot or a missing base revision as one sentence', () => {
    let doc = createRevision(smallProduction(), { name: 'v1', by: 'A' });
    doc = createRevision(editCredit(doc, 'c-jon-grip', { status: 'approved' }), { name: 'v2', by: 'A' });
    const damagedSnapshot = JSON.parse(JSON.stringify(doc.revisions[0].snapshot));
    const credits = damagedSnapshot.tables.credits;
    credits.put[0][credits.fields.indexOf('status')] = 'bogus';
    const broken = { ...doc, revisions: [{ ...doc.revisions[0], snapshot: damagedSnapshot }, doc.revisions[1]] };
    expect(() => materialiseRevision(broken, 'v1')).toThrow(/^The revision “v1” cannot be read because its stored credits are not valid \(credits\.0\.status: /);
    // A revision stored against a damaged one cannot be read either, and says which one it is.
    expect(() => materialiseRevision(broken, 'v2')).toThrow(/^The revision “v2” cannot be read because the earlier revision “v1” it is stored against cannot be read: its stored credits are not valid/);
    const partial = { ...doc, revisions: [{ ...doc.revisions[0], snapshot: { v: 1, base: null, productionTitle: 'X', tables: { credits: { fields: ['id'], put: [], del: [] } } } }] };
    expect(() => materialiseRevision(partial, 'v1')).toThrow('The revision “v1” cannot be read because its stored snapshot is damaged (departments is missing).');
    const orphan = { ...doc, revisions: [doc.revisions[1]] };
    expect(() => materialiseRevision(orphan, 'v2')).toThrow('The revision “v2” cannot be read because an earlier revision it is stored against is missing from the file.');
    const garbage = { ...doc, revisions: [{ ...doc.revisions[0], snapshot: 'zzz' }] };
    expect(() => materialiseRevision(garbage, 'v1')).toThrow(/stored snapshot is damaged/);
    // Saving a new revision still works when the previous one is damaged: it is stored complete.
    const next = createRevision(orphan, { name: 'v3', by: 'A' });
    expect(SnapshotSchema.parse(next.revisions[1].snapshot).base).toBeNull();
  });
});

describe('restoreRevision and newProductionFromRevision', () => {
  it('puts the credits of a revision back, keeps contacts, revisions and the original document', () => {
    const original = createRevision(smallProduction(), { name: 'Sent to legal', by: 'A' });
    let edited = editCredit(original, 'c-ana-ap', { status: 'draft', contributions: [] });
    edited = { ...edited, credits: edited.credits.filter((c) => c.id !== 'c-jon-grip'), production: { ...edited.production, title: 'Renamed' } };
    const snapshotOfEdited = JSON.stringify(edited);
    const restored = restoreRevision(edited, 'Sent to legal', { by: 'B' });
    expect(JSON.stringify(edited)).toBe(snapshotOfEdited);
    expect(restored.production.title).toBe('Night Train');
    expect(restored.credits.map((c) => c.id).sort()).toEqual(original.credits.map((c) => c.id).sort());
    expect(restored.credits.find((c) => c.id === 'c-ana-ap')).toEqual(original.credits.find((c) => c.id === 'c-ana-ap'));
    expect(restored.people.find((p) => p.id === 'p-ana')!.contact.email).toBe('ana@example.com');
    expect(restored.revisions).toEqual(edited.revisions);
    expect(restored.audit.at(-1)).toMatchObject({ action: 'restore', by: 'B' });
    expect(RollcallDocumentSchema.safeParse(restored).success).toBe(true);
  });

  it('starts a new production with a fresh id, no revisions and the revision’s credits', () => {
    const doc = createRevision(smallProduction(), { name: 'v1', by: 'A' });
    const later = editCredit(doc, 'c-mara-cast', { billing: 9 });
    const fresh = newProductionFromRevision(later, 'v1', { by: 'B', title: 'Night Train — festival cut' });
    expect(fresh.production.id).not.toBe(doc.production.id);
    expect(fresh.production.title).toBe('Night Train — festival cut');
    expect(fresh.revisions).toEqual([]);
    expect(fresh.audit).toHaveLength(1);
    expect(fresh.audit[0].summary).toContain('“v1”');
    expect(fresh.credits.find((c) => c.id === 'c-mara-cast')!.billing).toBe(1);
    expect(RollcallDocumentSchema.safeParse(fresh).success).toBe(true);
  });
});

describe('updateRevisionLabel and deleteRevision', () => {
  it('renames without touching the snapshot and refuses a clashing name', () => {
    let doc = createRevision(smallProduction(), { name: 'v1', by: 'A' });
    doc = createRevision(doc, { name: 'v2', by: 'A' });
    const renamed = updateRevisionLabel(doc, 'v1', { name: 'Sent to legal', note: 'With the EP list', by: 'A' });
    expect(renamed.revisions[0]).toMatchObject({ name: 'Sent to legal', note: 'With the EP list', snapshot: doc.revisions[0].snapshot });
    expect(() => updateRevisionLabel(doc, 'v1', { name: 'V2', by: 'A' })).toThrow(/already a revision named “v2”/);
  });

  it('re-stores revisions that depended on a deleted one so they still read the same', () => {
    let doc = smallProduction();
    const states: CreditsState[] = [];
    for (let i = 0; i < 4; i++) {
      doc = editCredit(doc, 'c-jon-grip', { billing: i, status: i % 2 ? 'approved' : 'draft' });
      states.push(roundTrip(creditsStateOf(doc)));
      doc = createRevision(doc, { name: `v${i + 1}`, by: 'A' });
    }
    const without = deleteRevision(doc, 'v2', { by: 'A' });
    expect(without.revisions.map((r) => r.name)).toEqual(['v1', 'v3', 'v4']);
    expect(normalised(materialiseRevision(without, 'v3'))).toEqual(normalised(states[2]));
    expect(normalised(materialiseRevision(without, 'v4'))).toEqual(normalised(states[3]));
    const withoutFirst = deleteRevision(without, 'v1', { by: 'A' });
    expect(SnapshotSchema.parse(withoutFirst.revisions[0].snapshot).base).toBeNull();
    expect(normalised(materialiseRevision(withoutFirst, 'v4'))).toEqual(normalised(states[3]));
  });
});

describe('compactness', () => {
  it('packs the complete snapshot, keeps small deltas as rows, and 30 revisions add a fraction of the credits', () => {
    const doc = syntheticProductionWithRevisions({ credits: 4000, revisions: 30, changesPerRevision: 50 });
    const revisions = JSON.stringify(doc.revisions).length;
    const credits = JSON.stringify({ people: doc.people, credits: doc.credits }).length;
    expect(doc.revisions).toHaveLength(30);
    expect(revisions).toBeLessThan(credits * 0.35);
    const [first, second] = doc.revisions.map((r) => SnapshotSchema.parse(r.snapshot));
    expect(first.tables.credits?.packed).toEqual(expect.any(String));
    expect(first.tables.credits?.put).toBeUndefined();
    expect(second.tables.credits?.put?.length).toBeGreaterThan(0);
    expect(RollcallDocumentSchema.safeParse(doc).success).toBe(true);
    // Packed or not, every revision reads back as the state it was saved from.
    expect(normalised(materialiseRevision(roundTrip(doc), 'v1')).credits).toHaveLength(4000);
  });

  it('still reads version 1 snapshots, whose rows were never packed', () => {
    const doc = syntheticProductionWithRevisions({ credits: 2000, revisions: 2, changesPerRevision: 20 });
    const unpacked = roundTrip(doc);
    for (const revision of unpacked.revisions) {
      const snapshot = revision.snapshot as { v: number; tables: Record<string, { put?: unknown[]; packed?: string }> };
      snapshot.v = 1;
      for (const table of Object.values(snapshot.tables)) {
        if (table.packed === undefined) continue;
        table.put = unpackRows(table.packed) as unknown[];
        delete table.packed;
      }
    }
    expect(JSON.stringify(unpacked.revisions)).not.toContain('packed');
    for (const name of ['v1', 'v2']) expect(normalised(materialiseRevision(unpacked, name))).toEqual(normalised(materialiseRevision(doc, name)));
  });

  it('reports a damaged packed table as one sentence', () => {
    const doc = roundTrip(syntheticProductionWithRevisions({ credits: 2000, revisions: 1 }));
    const tables = (doc.revisions[0].snapshot as { tables: Record<string, { put?: unknown; packed?: string }> }).tables;
    tables.credits.packed = tables.credits.packed!.slice(0, 200);
    expect(() => materialiseRevision(doc, 'v1')).toThrow('The revision “v1” cannot be read because its stored snapshot is damaged (tables.credits.packed cannot be unpacked).');
    tables.credits.put = [];
    expect(() => materialiseRevision(doc, 'v1')).toThrow(/tables\.credits needs either put or packed rows/);
  });
});
