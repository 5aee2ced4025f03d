// "A failure midway leaves it as it was": an import that fails after some rows were already turned into people,
// credits, titles, departments and contribution types leaves the production exactly as it was, because the
// one-step apply builds the new document beside the old one and hands it over only when every row is done.
// The failure is forced at a chosen row (a row whose data throws when read), the way a bug or a bad cell would.
import { describe, expect, it } from 'vitest';
import { analyseImport, applyImport, buildImport, guessMapping, tableFromText, type AnalysedRow, type ImportPlan } from '../../../shared/import';
import type { RollcallDocument } from '../../../shared/model/types';
import { productionWithZoe } from './fixture';

const FAULT = 'The row could not be read.';

const production = productionWithZoe;

/** Ten rows: new people, a title, a department and a contribution type the production does not have yet. */
function crewPlan(): ImportPlan {
  const rows = Array.from({ length: 10 }, (_, i) => `Crew Member ${i},Drone Operator,Aerial Unit,Aerial Safety,Flew the night shots`);
  const csv = ['Name,Job,Department,Contribution,Justification', 'Zoe Saldana,Associate Producer,,Creative,Raised the gap', ...rows].join('\r\n');
  const table = tableFromText(csv, { sourceName: 'crew.csv' });
  return { table, mapping: guessMapping(table.headers), sourceName: 'crew.csv', userName: 'Production Office', now: '2026-11-28T10:00:00.000Z', createMissing: true };
}

/** The same row, throwing when its credit title is read, as the build reaches it. */
function failingAt(row: AnalysedRow): AnalysedRow {
  return Object.defineProperty({ ...row }, 'title', {
    get() {
      throw new Error(FAULT);
    },
  });
}

/** Every array and object of the document, by reference, to see that none was changed in place. */
function references(document: RollcallDocument): unknown[] {
  return [document.production, document.production.episodes, document.production.policy, document.departments, document.titles, document.contributionTypes, document.people, document.companies, document.credits, document.audit, document.style];
}

describe('an import failing midway', () => {
  it('without the fault, the plan adds people, credits, a title, a department and a contribution type', () => {
    const before = production();
    const { summary } = applyImport(before, crewPlan());
    expect(summary).toMatchObject({ creditsAdded: 11, peopleAdded: 10, peopleMatched: 1, titlesCreated: ['Drone Operator'], departmentsCreated: ['Aerial Unit'], contributionTypesCreated: ['Aerial Safety'] });
  });

  it.each([1, 6, 10])('failing at row %i of 11 leaves the production exactly as it was', (failingRow) => {
    const document = production();
    const snapshot = structuredClone(document);
    const held = references(document);
    const plan = crewPlan();
    const analysis = analyseImport(document, plan);
    expect(analysis.rows.filter((r) => r.status === 'ready')).toHaveLength(11);
    const faulty = { ...analysis, rows: analysis.rows.map((row, i) => (i === failingRow ? failingAt(row) : row)) };

    expect(() => buildImport(document, plan, faulty)).toThrow(FAULT);
    expect(document).toEqual(snapshot);
    held.forEach((value, i) => expect(value).toBe(references(document)[i]));

    // Nothing is left half-done either: the same plan then imports in full, once.
    const { document: next, summary } = buildImport(document, plan, analyseImport(document, plan));
    expect(summary.creditsAdded).toBe(11);
    expect(next.titles.filter((t) => t.name === 'Drone Operator')).toHaveLength(1);
    expect(next.departments.filter((d) => d.name === 'Aerial Unit')).toHaveLength(1);
    expect(next.people).toHaveLength(11);
    expect(document).toEqual(snapshot);
  });

  it('failing while the rows are read (before anything is built) leaves the production as it was', () => {
    const document = production();
    const snapshot = structuredClone(document);
    const plan = crewPlan();
    const rows = new Proxy(plan.table.rows, {
      get(target, key, receiver) {
        if (key === '7') throw new Error(FAULT);
        return Reflect.get(target, key, receiver);
      },
    });
    expect(() => applyImport(document, { ...plan, table: { ...plan.table, rows } })).toThrow(FAULT);
    expect(document).toEqual(snapshot);
  });
});
