// The seeded title library (issue "The credits workspace", Credit titles): every department the issue names, in
// the order end credits conventionally run, each with its titles, and every title with a one-line definition; the
// four definitions the issue quotes keep their substance.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../shared/model/create';
import { DEFAULT_JUSTIFICATION_TITLE_IDS, PRODUCING_DEPARTMENT_ID, seedDepartments, seedTitles } from '../../../shared/model/library';

/** The departments as the issue lists them, in its order. */
const ISSUE_DEPARTMENTS = [
  'Producers',
  'Directing',
  'Writing',
  'Cast',
  'Production Management',
  'Assistant Directors',
  'Camera',
  'Grip & Electric',
  'Art',
  'Set Decoration',
  'Props',
  'Costume',
  'Makeup & Hair',
  'Sound',
  'Editorial',
  'Post-Production',
  'Visual Effects',
  'Music',
  'Locations',
  'Transportation',
  'Catering',
  'Accounting',
  'Legal',
  'Stunts',
  'Casting',
  'Special Thanks',
];

const ISSUE_PRODUCING_TITLES = [
  'Producer',
  'Executive Producer',
  'Co-Executive Producer',
  'Co-Producer',
  'Line Producer',
  'Associate Producer',
  'Supervising Producer',
  'Consulting Producer',
];

const departments = [...seedDepartments()].sort((a, b) => a.order - b.order);
const titles = seedTitles();
const definitionOf = (name: string) => titles.find((t) => t.name === name)?.definition ?? '';

describe('the seeded departments', () => {
  it('include every department the issue lists, in the issue’s order', () => {
    const names = departments.map((d) => d.name);
    for (const name of ISSUE_DEPARTMENTS) expect(names).toContain(name);
    // In order: the issue's list is the seeded order with nothing moved (seeded additions could sit between).
    expect(names.filter((n) => ISSUE_DEPARTMENTS.includes(n))).toEqual(ISSUE_DEPARTMENTS);
  });

  it('are what a new production starts with, in roll order', () => {
    const doc = createDocument({ title: 'Seeded', kind: 'feature' });
    expect([...doc.departments].sort((a, b) => a.order - b.order).map((d) => d.name)).toEqual(departments.map((d) => d.name));
    expect(doc.titles.map((t) => t.id)).toEqual(titles.map((t) => t.id));
    expect(new Set(departments.map((d) => d.order)).size).toBe(departments.length);
  });

  it('each have titles, with unique ids and an order within the department', () => {
    const ids = new Set(departments.map((d) => d.id));
    for (const t of titles) expect(ids.has(t.departmentId), `${t.name} has a seeded department`).toBe(true);
    expect(new Set(titles.map((t) => t.id)).size).toBe(titles.length);
    for (const d of departments) {
      const own = titles.filter((t) => t.departmentId === d.id);
      expect(own.length, `${d.name} has titles`).toBeGreaterThan(0);
      expect(new Set(own.map((t) => t.order)).size, `${d.name} titles have distinct orders`).toBe(own.length);
    }
  });

  it('put every producing title the issue names under Producers, and the default policy titles exist', () => {
    const producing = titles.filter((t) => t.departmentId === PRODUCING_DEPARTMENT_ID).map((t) => t.name);
    expect(departments.find((d) => d.id === PRODUCING_DEPARTMENT_ID)?.name).toBe('Producers');
    for (const name of ISSUE_PRODUCING_TITLES) expect(producing).toContain(name);
    const ids = new Set(titles.map((t) => t.id));
    for (const id of DEFAULT_JUSTIFICATION_TITLE_IDS) expect(ids.has(id), id).toBe(true);
  });
});

describe('the seeded title definitions', () => {
  it('give every title a non-empty one-line definition', () => {
    for (const t of titles) {
      expect(t.definition.trim(), `${t.name} has a definition`).not.toBe('');
      expect(t.definition, `${t.name}'s definition is one line`).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(t.definition, `${t.name}'s definition has no stray spaces`).toBe(t.definition.trim());
    }
  });

  it('keep the substance of the four definitions the issue quotes', () => {
    const ap = definitionOf('Associate Producer');
    for (const words of [
      'supporting producing credit',
      'contributed significantly',
      'production support',
      'research',
      'script and edit feedback',
      'post-production oversight',
      'financial contribution',
      'problem solving',
      'without overall authority',
      'television',
      'guest coordination',
      'segment production',
    ]) {
      expect(ap.toLowerCase(), `Associate Producer: ${words}`).toContain(words);
    }

    const producer = definitionOf('Producer').toLowerCase();
    for (const words of ['start to finish', 'financing', 'creative direction', 'delivery']) expect(producer, `Producer: ${words}`).toContain(words);

    const line = definitionOf('Line Producer').toLowerCase();
    for (const words of ['day-to-day', 'logistics', 'budget', 'crew coordination']) expect(line, `Line Producer: ${words}`).toContain(words);

    const ep = definitionOf('Executive Producer').toLowerCase();
    for (const words of ['financing', 'key talent', 'less involved day to day']) expect(ep, `Executive Producer: ${words}`).toContain(words);
  });
});
