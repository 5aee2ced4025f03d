// Format versions and the migration from version 1: every version keeps its schema, and a version 1 file becomes
// a valid, self-consistent version 2 document, the same one every time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS, migrateToCurrent } from '../../../shared/format/migrations';
import { migrateV1ToV2 } from '../../../shared/format/migrate-v1-to-v2';
import { findReferenceProblems } from '../../../shared/format/references';
import { serialiseDocument } from '../../../shared/format/serialise';
import { V1DocumentSchema } from '../../../shared/format/versions/v1';
import { FORMAT_VERSION, RollcallDocumentSchema } from '../../../shared/model/schema';

const v1Text = readFileSync(path.resolve(__dirname, '../../fixtures/documents/v1-short-film.rollcall'), 'utf8');
const v1 = V1DocumentSchema.parse(JSON.parse(v1Text));

describe('format versions', () => {
  it('lists every version from 1 to the current one, each with its schema, and a step up from all but the last', () => {
    expect(FORMAT_VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1));
    for (const v of FORMAT_VERSIONS) expect(Boolean(v.up)).toBe(v.version < FORMAT_VERSION);
  });

  it('keeps version 1 its own schema: a version 2 document is not a version 1 document', () => {
    const v2 = migrateV1ToV2(v1);
    expect(V1DocumentSchema.safeParse(v2).success).toBe(false);
  });
});

describe('migration 1 -> 2', () => {
  const doc = migrateToCurrent(v1, 1);

  it('produces a valid version 2 document with no broken references', () => {
    expect(RollcallDocumentSchema.safeParse(doc).success).toBe(true);
    expect(findReferenceProblems(doc)).toEqual([]);
  });

  it('maps free-text contribution types onto the built-in ones and keeps other words as custom types', () => {
    const typeNames = new Map(doc.contributionTypes.map((t) => [t.id, t.name]));
    const byCredit = Object.fromEntries(doc.credits.map((c) => [c.id, c.contributions.map((k) => typeNames.get(k.typeId))]));
    expect(byCredit['c-1']).toEqual(['Creative', 'Financial']);
    expect(byCredit['c-2']).toEqual(['Logistical', 'Research']);
    expect(doc.contributionTypes.find((t) => t.name === 'Research')).toMatchObject({ builtIn: false });
  });

  it('keeps title ids, maps known departments and adds unknown ones', () => {
    const wrangler = doc.titles.find((t) => t.id === 'title-boat-wrangler');
    const marine = doc.departments.find((d) => d.id === wrangler?.departmentId);
    expect(marine?.name).toBe('Marine Unit');
    expect(doc.titles.find((t) => t.id === 'title:produced-by')).toMatchObject({ departmentId: 'dept:producers', pgaEligible: true });
  });

  it('keeps people, credits, notes and history', () => {
    expect(doc.people.map((p) => p.name)).toEqual(v1.people.map((p) => p.name));
    expect(doc.credits[0]).toMatchObject({ subject: { kind: 'person', personId: 'p-1' }, contractNotes: 'Deal memo signed 2019-01-20.', status: 'approved' });
    expect(doc.credits[1].creditedAs).toBe('Lin Holm');
    expect(doc.audit.map((a) => a.summary)).toEqual(v1.audit.map((a) => a.summary));
    expect(doc.companies).toEqual([]);
  });

  it('is deterministic: the same file migrates to the same bytes', () => {
    const again = migrateToCurrent(V1DocumentSchema.parse(JSON.parse(v1Text)), 1);
    expect(serialiseDocument(again)).toBe(serialiseDocument(doc));
  });

  it('keeps ids within limits whatever version 1 typed', () => {
    const long = structuredClone(v1);
    long.titles[3].department = 'D'.repeat(1500);
    long.credits[0].contributions[0].type = 'T'.repeat(200);
    long.credits[0].id = 'c'.repeat(100);
    const migrated = migrateToCurrent(long, 1);
    expect(RollcallDocumentSchema.safeParse(migrated).success).toBe(true);
  });
});
