// A row that names no placement: the production's credit for the same person, title and character in either
// placement counts as already there (no second "Directed by" in the end credits), and a new credit goes where
// most of its title's credits are. A row that names a placement is read as before.
import { describe, expect, it } from 'vitest';
import { analyseImport, applyImport, guessMapping, tableFromText, type ImportPlan } from '../../../shared/import';
import { createCompany, createCredit, createDocument, createPerson } from '../../../shared/model/create';
import type { RollcallDocument } from '../../../shared/model/types';

function plan(csv: string): ImportPlan {
  const table = tableFromText(csv, { sourceName: 'the test list' });
  return { table, mapping: guessMapping(table.headers), sourceName: 'crew.csv', userName: 'Production Office', now: '2026-11-28T10:00:00.000Z' };
}

/** Lena Brandt directs, credited in the main titles; Studio North is credited (end credits) as Production Company. */
function production(): RollcallDocument {
  const document = createDocument({ title: 'Night Train' });
  const lena = createPerson({ id: 'person:lena', name: 'Lena Brandt' });
  const nils = createPerson({ id: 'person:nils', name: 'Nils Aas' });
  const studio = createCompany({ id: 'company:studio', name: 'Studio North' });
  return {
    ...document,
    people: [lena, nils],
    companies: [studio],
    credits: [
      createCredit({ id: 'credit:lena', titleId: 'title:directed-by', subject: { kind: 'person', personId: lena.id }, placement: 'main', billing: 1 }),
      createCredit({ id: 'credit:nils-main', titleId: 'title:gaffer', subject: { kind: 'person', personId: nils.id }, placement: 'main', billing: 1 }),
      createCredit({ id: 'credit:nils-end', titleId: 'title:key-grip', subject: { kind: 'person', personId: nils.id }, placement: 'end', billing: 1 }),
      createCredit({ id: 'credit:studio', titleId: 'title:gaffer', subject: { kind: 'company', companyId: studio.id }, placement: 'end', billing: 2 }),
      createCredit({ id: 'credit:studio-2', titleId: 'title:key-grip', subject: { kind: 'company', companyId: studio.id }, placement: 'end', billing: 2 }),
    ],
  };
}

const directors = (document: RollcallDocument) => document.credits.filter((c) => c.titleId === 'title:directed-by').map((c) => [c.subject.kind === 'person' ? c.subject.personId : '', c.placement]);

describe('import: a row without a placement', () => {
  it('skips a credit the production has in the main titles when the file has no placement column', () => {
    const rows = analyseImport(production(), plan('Name,Role\nLena Brandt,Directed by')).rows;
    expect(rows[0].status).toBe('present');
    expect(rows[0].problems.map((p) => p.message)).toContain('Lena Brandt already has this credit in the production, so the row is skipped.');
  });

  it('skips it too when the placement cell is empty, for people and companies', () => {
    const rows = analyseImport(production(), plan('Name,Company,Role,Placement\nLena Brandt,,Directed by,\n,Studio North,Gaffer,\nNils Aas,,Gaffer,\nNils Aas,,Key Grip,')).rows;
    expect(rows.map((r) => r.status)).toEqual(['present', 'present', 'present', 'present']);
  });

  it('adds a second credit when the row states the other placement, as before', () => {
    const document = production();
    const thePlan = plan('Name,Role,Placement\nLena Brandt,Directed by,End credits');
    const [row] = analyseImport(document, thePlan).rows;
    expect(row.status).toBe('ready');
    expect(row.placement).toBe('end');
    expect(directors(applyImport(document, thePlan).document)).toEqual([
      ['person:lena', 'main'],
      ['person:lena', 'end'],
    ]);
  });

  it('still skips a row that states the placement the production has', () => {
    expect(analyseImport(production(), plan('Name,Role,Placement\nLena Brandt,Directed by,Main titles')).rows[0].status).toBe('present');
  });

  it('places a new credit where most of its title’s credits are, else in the end credits', () => {
    // Directed by: one credit, in the main titles. Gaffer: one main, one end (a tie). Key Grip: all end.
    // Music by: no credits yet.
    const csv = ['Name,Role,Placement', 'Kai Moreno,Directed by,', 'Kai Moreno,Gaffer,', 'Kai Moreno,Key Grip,', 'Kai Moreno,Music by,', 'Kai Moreno,Directed by,End credits'].join('\n');
    const rows = analyseImport(production(), plan(csv)).rows;
    expect(rows.map((r) => [r.status, r.placement])).toEqual([
      ['ready', 'main'],
      ['ready', 'end'],
      ['ready', 'end'],
      ['ready', 'end'],
      ['ready', 'end'],
    ]);
    const { document } = applyImport(production(), plan(csv));
    expect(directors(document)).toEqual([
      ['person:lena', 'main'],
      [document.people.find((p) => p.name === 'Kai Moreno')!.id, 'main'],
      [document.people.find((p) => p.name === 'Kai Moreno')!.id, 'end'],
    ]);
  });

  it('treats a repeat of an unplaced row as a repeat once it has taken the title’s usual placement', () => {
    const rows = analyseImport(production(), plan('Name,Role,Placement\nKai Moreno,Directed by,\nKai Moreno,Directed by,Main titles')).rows;
    expect(rows.map((r) => r.status)).toEqual(['ready', 'present']);
    expect(rows[1].problems.map((p) => p.code)).toContain('repeated-row');
  });
});
