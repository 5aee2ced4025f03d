import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../../shared/format/parse';
import { findReferenceProblems } from '../../../shared/format/references';
import { syntheticProduction } from '../../../shared/testing/synthetic';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/documents', name), 'utf8');

describe('findReferenceProblems', () => {
  it('finds nothing wrong in a consistent production', () => {
    expect(findReferenceProblems(syntheticProduction({ credits: 500, seed: 3 }))).toEqual([]);
    expect(findReferenceProblems(parseDocumentText(fixture('v2-short-film.rollcall')).document)).toEqual([]);
  });

  it('names each dangling reference and repeated id by its field path', () => {
    const doc = parseDocumentText(fixture('broken-references.rollcall')).document;
    doc.people.push({ ...doc.people[0] });
    doc.companies[0].logoImageId = 'img-gone';
    expect(findReferenceProblems(doc)).toEqual([
      'people[4].id: the id “p-1” is used twice',
      'companies[0].logoImageId: no image has the id “img-gone”',
      'credits[0].subject.personId: no person has the id “p-missing”',
      'credits[3].titleId: no credit title has the id “title:nowhere”',
    ]);
  });
});
