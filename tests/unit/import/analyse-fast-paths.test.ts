// The import analysis's shortcuts must answer exactly what the straightforward code answers: person matches built
// as one literal instead of spread from a base (same fields, same order), the title lookup memoised per name and
// department (checked again through whole analyses, title and type references row by row), and empty list cells
// split at once.
// Each is compared with the straightforward version (kept here as the reference) over random inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseImport, Catalogue, guessMapping, labelKey, PeopleMatcher, splitList, tableFromText, type DirectoryPerson, type ImportPlan, type PersonMatch, type PersonResolution, type PossiblePerson } from '../../../shared/import';
import { createDocument, createPerson } from '../../../shared/model/create';
import type { CreditTitle, Person, RollcallDocument } from '../../../shared/model/types';
import { cleanName, NameIndex, nameKey, nameKeys } from '../../../shared/names';

/** PeopleMatcher.match as it was: every outcome spread from one base object; the first match of a key is kept for the key. */
function referenceMatch(people: Person[], directory: DirectoryPerson[], resolutions: Record<string, PersonResolution>, name: string, cache: Map<string, PersonMatch>): PersonMatch {
  const cached = cache.get(nameKey(name));
  if (cached) return cached;
  const production = new NameIndex(people);
  const directoryIndex = new NameIndex(directory);
  const productionById = new Map(people.map((p) => [p.id, p]));
  const directoryById = new Map(directory.map((p) => [p.id, p]));
  const key = nameKey(name);
  const base = { key, ambiguousCount: 0, chosen: false, missingChoice: false, possible: [] as PossiblePerson[] };
  let result: PersonMatch;
  const resolution = resolutions[key];
  if (resolution?.kind === 'existing') {
    const inProduction = productionById.get(resolution.personId);
    const inDirectory = inProduction ? undefined : directoryById.get(resolution.personId);
    const found = inProduction ?? inDirectory;
    result = found
      ? { ...base, source: inProduction ? 'production' : 'directory', personId: found.id, name: found.name, chosen: true }
      : { ...base, source: 'new', personId: null, name, chosen: true, missingChoice: true };
  } else if (resolution?.kind === 'new') {
    result = { ...base, source: 'new', personId: null, name, chosen: true };
  } else {
    const inProduction = production.matchesByKey(key);
    const inDirectory = inProduction.length ? [] : directoryIndex.matchesByKey(key);
    if (inProduction.length) result = { ...base, source: 'production', personId: inProduction[0].id, name: inProduction[0].name, ambiguousCount: inProduction.length };
    else if (inDirectory.length) result = { ...base, source: 'directory', personId: inDirectory[0].id, name: inDirectory[0].name, ambiguousCount: inDirectory.length };
    else result = { ...base, source: 'new', personId: null, name };
  }
  if (result.source === 'new' && key !== '' && (production.size > 0 || directoryIndex.size > 0)) {
    const keys = nameKeys(name);
    result.possible = [
      ...production.possibleMatches(keys).map((m) => ({ id: m.entry.id, name: m.entry.name, source: 'production' as const, reason: m.reason })),
      ...directoryIndex.possibleMatches(keys).map((m) => ({ id: m.entry.id, name: m.entry.name, source: 'directory' as const, reason: m.reason })),
    ].slice(0, 5);
  }
  cache.set(key, result);
  return result;
}

const NAMES = ['Zoë Saldaña', 'Zoe Saldana', 'Saldana, Zoe', 'Saldana Zoe', 'Z. Saldana', 'John Smith', 'J. Smith', 'john  smith', 'Smith, John, Jr.', 'Jane Doe PGA', 'MaryKate Olsen', 'Mary Kate Olsen', '宮崎 駿', '宮崎駿', '...', ''];
const ids = ['p1', 'p2', 'p3', 'p4', 'd1', 'd2', 'd3', 'nobody'];
const people = fc.uniqueArray(fc.record({ id: fc.constantFrom('p1', 'p2', 'p3', 'p4'), name: fc.constantFrom(...NAMES) }), { selector: (p) => p.id, maxLength: 4 });
const directory = fc.uniqueArray(fc.record({ id: fc.constantFrom('d1', 'd2', 'd3', 'p1'), name: fc.constantFrom(...NAMES) }), { selector: (p) => p.id, maxLength: 4 });
const resolution: fc.Arbitrary<PersonResolution> = fc.oneof(fc.constant({ kind: 'new' as const }), fc.constantFrom(...ids).map((personId) => ({ kind: 'existing' as const, personId })));
const resolutions = fc.dictionary(fc.constantFrom(...NAMES.map(nameKey)), resolution, { maxKeys: 3 });

describe('PeopleMatcher.match', () => {
  it('gives what the spread-from-a-base matching gave, fields in the same order, first call and cached', () => {
    fc.assert(
      fc.property(people, directory, resolutions, fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 8 }), (folk, dir, chosen, names) => {
        const production = folk.map((p) => createPerson(p));
        const matcher = new PeopleMatcher(production, dir, chosen);
        const cache = new Map<string, PersonMatch>();
        for (const name of names) {
          expect(JSON.stringify(matcher.match(name))).toBe(JSON.stringify(referenceMatch(production, dir, chosen, name, cache)));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

/** A production whose titles share names and plurals across departments, so that the department decides. */
function productionWithTwins(): RollcallDocument {
  const document = createDocument({ title: 'Twins' });
  const twin = (id: string, name: string, departmentId: string, plural = ''): CreditTitle => ({ id, name, plural, departmentId, definition: '', pgaEligible: false, order: 1 });
  return {
    ...document,
    titles: [...document.titles, twin('t:gaffer-2', 'Gaffer', 'dept:camera'), twin('t:op', 'Operator', 'dept:camera', 'Operators'), twin('t:op-2', 'Operators', 'dept:sound')],
  };
}

const TITLE_SPELLINGS = ['Gaffer', 'gaffer', 'GAFFERS', 'Operator', 'Operators', 'operators', 'Producer', 'Producers', 'Cast', 'Drone Operator', 'Gaffer\u0000Camera', ''];
const DEPARTMENT_SPELLINGS = ['', 'Camera', 'camera', 'Sound', 'Lighting', 'Electrical', 'Nowhere', '\u0000'];

describe('Catalogue.findTitle', () => {
  it('answers each name and department as a catalogue that never saw them before', () => {
    const document = productionWithTwins();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...TITLE_SPELLINGS), fc.constantFrom(...DEPARTMENT_SPELLINGS)), { maxLength: 30 }), (lookups) => {
        const memoised = new Catalogue(document);
        for (const [name, department] of lookups) expect(memoised.findTitle(name, department)).toBe(new Catalogue(document).findTitle(name, department));
      }),
      { numRuns: 300 },
    );
  });
});

describe('title and contribution type references of analysed rows', () => {
  const COLUMNS = 'Name,Role,Department,Contribution types';
  const row = fc.tuple(fc.constantFrom('Ann Lee', 'Bo Chen', 'Cy Day'), fc.constantFrom(...TITLE_SPELLINGS), fc.constantFrom(...DEPARTMENT_SPELLINGS.filter((d) => !d.includes('\u0000'))), fc.constantFrom('', 'Creative', 'creative; Financial', 'Aerial', 'aerial, Logistical'));

  it('are the same, field for field, as a reference built for each row', () => {
    const document = productionWithTwins();
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.boolean(), (rows, createMissing) => {
        const csv = [COLUMNS, ...rows.map((cells) => cells.map((c) => `"${c}"`).join(','))].join('\n');
        const table = tableFromText(csv, { sourceName: 'refs.csv' });
        const plan: ImportPlan = { table, mapping: guessMapping(table.headers), createMissing };
        const analysis = analyseImport(document, plan);
        const catalogue = new Catalogue(document);
        const firstSpelling = new Map<string, string>();
        analysis.rows.forEach((analysed, i) => {
          const [, titleCell, departmentCell, typesCell] = table.rows[i];
          const titleText = cleanName(titleCell);
          const found = titleText === '' ? null : catalogue.findTitle(titleText, cleanName(departmentCell));
          if (titleText !== '' && !firstSpelling.has(labelKey(titleText))) firstSpelling.set(labelKey(titleText), titleText);
          let expected: unknown = null;
          if (found) expected = { id: found.id, newKey: null, name: found.name };
          else if (titleText !== '' && createMissing) expected = { id: null, newKey: labelKey(titleText), name: firstSpelling.get(labelKey(titleText)) };
          expect(JSON.stringify(analysed.title)).toBe(JSON.stringify(expected));

          const types: { id: string | null; newKey: string | null; name: string | undefined }[] = [];
          for (const name of splitList(cleanName(typesCell))) {
            const known = catalogue.typesByKey.get(labelKey(name));
            const ref = known ? { id: known.id, newKey: null, name: known.name } : createMissing ? { id: null, newKey: labelKey(name), name: analysis.unknownContributionTypes.find((l) => l.key === labelKey(name))?.name } : null;
            if (ref && !types.some((t) => (t.id ?? t.newKey) === (ref.id ?? ref.newKey))) types.push(ref);
          }
          expect(JSON.stringify(analysed.contributionTypes)).toBe(JSON.stringify(types));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitList', () => {
  it('splits as the straightforward split, trim and filter do, empty cells included', () => {
    const reference = (text: string) => text.split(/[;,]/).map((part) => part.trim()).filter((part) => part !== '');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', ' ', ';', ',', 'Creative', 'a b', '\t'), { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
        expect(splitList(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
