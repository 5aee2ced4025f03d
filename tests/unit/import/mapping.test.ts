import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblems, parseBilling, parseEpisodeRefs, parsePlacement, recogniseHeader, splitList, unrecognisedColumns } from '../../../shared/import';

describe('header recognition', () => {
  it.each([
    ['Name', 'name'],
    ['FULL NAME', 'name'],
    ['full_name', 'name'],
    ['  Person ', 'name'],
    ['Credit', 'title'],
    ['Role', 'title'],
    ['Job Title', 'title'],
    ['Position', 'title'],
    ['Dept.', 'department'],
    ['Department', 'department'],
    ['Placement', 'placement'],
    ['Contribution', 'contributionTypes'],
    ['Contribution type(s)', 'contributionTypes'],
    ['Contribution Types', 'contributionTypes'],
    ['Reason', 'justification'],
    ['Credited as', 'creditedAs'],
    ['Screen name', 'creditedAs'],
    ['Character Name', 'character'],
    ['Part', 'character'],
    ['Episode(s)', 'episodes'],
    ['Order', 'billing'],
    ['E-mail', 'email'],
    ['Company', 'company'],
    ['Notes', 'notes'],
  ])('%j means %s', (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  it('leaves unknown headers for mapping by hand, and lets the first of two name columns win', () => {
    const headers = ['Name', 'Phone', 'Full name', 'Role'];
    expect(guessMapping(headers)).toEqual({ 0: 'name', 1: 'ignore', 2: 'ignore', 3: 'title' });
    expect(unrecognisedColumns(headers)).toEqual([1]);
  });

  it('explains a mapping that cannot work', () => {
    expect(mappingProblems({ 0: 'ignore', 1: 'title' }, ['Crew', 'Job'])[0]).toMatch(/^No column holds names: Rollcall did not recognise a name column among “Crew”, “Job”/);
    expect(mappingProblems({ 0: 'name', 1: 'name' }, ['Name', 'Full name'])).toEqual(['“Name” and “Full name” are both mapped to Name; keep one and ignore the other.']);
    expect(mappingProblems({ 0: 'name' }, ['Name'])).toEqual([]);
  });
});

describe('cell values', () => {
  it('reads placements, billing, lists and episodes', () => {
    expect(parsePlacement('Opening titles')).toBe('main');
    expect(parsePlacement('END CREDITS')).toBe('end');
    expect(parsePlacement('')).toBeNull();
    expect(parsePlacement('sideways')).toBeUndefined();
    expect(parseBilling('#2')).toBe(2);
    expect(parseBilling('3.')).toBe(3);
    expect(parseBilling('1,5')).toBe(1.5);
    expect(parseBilling('first')).toBeUndefined();
    expect(splitList('Creative; Financial, Logistical;')).toEqual(['Creative', 'Financial', 'Logistical']);
    expect(parseEpisodeRefs('All')).toBe('all');
    expect(parseEpisodeRefs('S1E2, 1x03-05, 7, Pilot')).toEqual([
      { season: 1, number: 2 },
      { season: 1, number: 3 },
      { season: 1, number: 4 },
      { season: 1, number: 5 },
      { season: null, number: 7 },
      { title: 'Pilot' },
    ]);
  });
});
