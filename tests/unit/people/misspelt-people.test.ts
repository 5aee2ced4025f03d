// The reviewer's case: "Ruth Okafur" next to an existing "Ruth Okafor" must be hinted everywhere a person can be
// entered twice (the import preview and its row notes, the matcher behind them, the checks), and never matched.
import { describe, expect, it } from 'vitest';
import { duplicateItems } from '../../../shared/checks/names';
import { analyseImport, guessMapping, PeopleMatcher, tableFromText, type ImportPlan } from '../../../shared/import';
import { createDocument, createPerson } from '../../../shared/model/create';

const ruth = createPerson({ id: 'person:ruth', name: 'Ruth Okafor' });
const jan = createPerson({ id: 'person:jan', name: 'Jan Smith' });

function plan(csv: string, directory: ImportPlan['directory'] = []): ImportPlan {
  const table = tableFromText(csv, { sourceName: 'the test list' });
  return { table, mapping: guessMapping(table.headers), directory, sourceName: 'crew.csv', userName: 'Production Office', now: '2026-11-28T10:00:00.000Z' };
}

describe('misspelt people', () => {
  it('the import matcher adds "Ruth Okafur" as a new person, with Ruth Okafor as a possible match', () => {
    const matcher = new PeopleMatcher([ruth, jan], [{ id: 'dir:mihai', name: 'Mihai Popescu' }]);
    const okafur = matcher.match('Ruth Okafur');
    expect(okafur.source).toBe('new');
    expect(okafur.personId).toBeNull();
    expect(okafur.possible).toEqual([{ id: 'person:ruth', name: 'Ruth Okafor', source: 'production', reason: 'spelling' }]);
    expect(matcher.match('Mihail Popescu').possible).toEqual([{ id: 'dir:mihai', name: 'Mihai Popescu', source: 'directory', reason: 'spelling' }]);
    expect(matcher.match('Jon Smith').possible).toEqual([]);
    expect(matcher.match('Ruth Okafor')).toMatchObject({ source: 'production', personId: 'person:ruth', possible: [] });
  });

  it('the import preview says the new person is possibly the same as the existing one', () => {
    const document = { ...createDocument({ title: 'Night Train' }), people: [ruth, jan] };
    const analysis = analyseImport(document, plan('Name,Role\nRuth Okafur,Gaffer\nJon Smith,Gaffer'));
    const [okafur, jon] = analysis.rows;
    expect(okafur.problems.map((p) => p.message)).toContain('Added as a new person; possibly the same as “Ruth Okafor” in this production (one letter different).');
    expect(jon.problems.filter((p) => p.code === 'possible-person')).toEqual([]);
  });

  it('the checks list the two as possibly the same person, and say why', () => {
    const okafur = createPerson({ id: 'person:okafur', name: 'Ruth Okafur' });
    const jon = createPerson({ id: 'person:jon', name: 'Jon Smith' });
    const items = duplicateItems([ruth, okafur, jan, jon], []);
    expect(items.map((i) => i.message)).toEqual(['“Ruth Okafor” and “Ruth Okafur” may be the same person: one letter different, possibly a misspelling.']);
  });
});
