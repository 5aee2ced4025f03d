// applyImport: what a plan adds, what it matches, what it refuses, and that the input document never changes.
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  buildImportPreview,
  formatRowReports,
  guessMapping,
  ImportRowsError,
  importCsv,
  labelKey,
  tableFromText,
  type ImportPlan,
} from '../../../shared/import';
import { nameKey } from '../../../shared/names';
import { createDocument, createPerson } from '../../../shared/model/create';
import { RollcallDocumentSchema } from '../../../shared/model/schema';
import { productionWithZoe } from './fixture';
import { syntheticCrewListCsv } from '../../../shared/import/synthetic-crew-list';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function plan(csv: string, extra: Partial<ImportPlan> = {}): ImportPlan {
  const table = tableFromText(csv, { sourceName: 'the test list' });
  return { table, mapping: guessMapping(table.headers), sourceName: 'crew.csv', userName: 'Production Office', now: '2026-11-28T10:00:00.000Z', ...extra };
}

const production = productionWithZoe;

describe('applyImport', () => {
  it('adds people and credits without changing the input document, in one step', () => {
    const before = deepFreeze(production());
    const snapshot = JSON.stringify(before);
    const csv = [
      'Name,Role,Contribution types,Justification,Email,Credited as',
      '"Saldana, Zoe",Associate Producer,Creative; Financial,"Raised the gap financing, gave notes",,',
      'Jane Doe,Gaffer,,,jane@example.com,Jane “Sparks” Doe',
      'JANE DOE,Key Grip,,,,',
    ].join('\r\n');
    const thePlan = deepFreeze(plan(csv));
    const { document, summary } = applyImport(before, thePlan);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(document).not.toBe(before);
    expect(RollcallDocumentSchema.safeParse(document).success).toBe(true);

    // "Saldana, Zoe" is Zoë Saldaña already in the production; both Jane Doe rows are one new person.
    expect(document.people.map((p) => p.name)).toEqual(['Zoë Saldaña', 'Jane Doe']);
    expect(document.people[1].contact.email).toBe('jane@example.com');
    const added = document.credits.slice(1);
    expect(added.map((c) => c.titleId)).toEqual(['title:associate-producer', 'title:gaffer', 'title:key-grip']);
    expect(added[0].subject).toEqual({ kind: 'person', personId: 'person:zoe' });
    expect(added[0].contributions.map((c) => [c.typeId, c.justification, c.recordedBy])).toEqual([
      ['contribution:creative', 'Raised the gap financing, gave notes', 'Production Office'],
      ['contribution:financial', 'Raised the gap financing, gave notes', 'Production Office'],
    ]);
    expect(added[1].creditedAs).toBe('Jane “Sparks” Doe');
    expect(added[1].subject).toEqual(added[2].subject);
    expect(summary).toMatchObject({ creditsAdded: 3, peopleAdded: 1, peopleMatched: 1, peopleFromDirectory: 0 });
    expect(summary.sentence).toBe('Imported 3 credits from crew.csv for 1 new person, 1 person already in the production.');
    // One import entry, then one history entry per credit.
    expect(document.audit.filter((a) => a.entity === 'import')).toHaveLength(1);
    expect(document.audit.filter((a) => a.entity === 'credit').map((a) => a.summary)).toEqual([
      'Imported from crew.csv, row 2.',
      'Imported from crew.csv, row 3.',
      'Imported from crew.csv, row 4.',
    ]);
  });

  it('matches titles by name or plural in any case, and continues billing after existing credits', () => {
    const { document } = applyImport(production(), plan('Name,Credit\r\nAnn Poe,PRODUCERS\r\nBo Lee,producer\r\nCy Ray,Grips\r\n'));
    const added = document.credits.slice(1);
    expect(added.map((c) => [c.titleId, c.billing])).toEqual([
      ['title:producer', 5],
      ['title:producer', 6],
      ['title:grip', 1],
    ]);
  });

  it('refuses unknown titles and contribution types until they are created or mapped', () => {
    const csv = 'Name,Job,Dept,Contribution\r\nAnn Poe,Key Makeup Artist,Makeup & Hair,\r\nBo Lee,Boom Swinger,Audio,Research\r\nCy Ray,key makeup artist,,\r\n';
    const base = production();
    let error: unknown;
    try {
      applyImport(base, plan(csv));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportRowsError);
    const lines = formatRowReports((error as ImportRowsError).rows);
    expect(lines[0]).toBe('Row 2: The production has no credit title “Key Makeup Artist”; create it or choose an existing title for it.');
    expect(lines[1]).toContain('“Research” is not a contribution type of this production (creative, financial, logistical)');

    const preview = buildImportPreview(base, plan(csv));
    expect(preview.canImport).toBe(false);
    expect(preview.unknownTitles.map((t) => [t.name, t.rowCount, t.departmentName])).toEqual([
      ['Key Makeup Artist', 2, 'Makeup & Hair'],
      ['Boom Swinger', 1, 'Audio'],
    ]);
    expect(preview.unknownTitles[0].suggestions?.map((s) => s.name)).toContain('Makeup Artist');
    expect(preview.unknownContributionTypes.map((t) => t.name)).toEqual(['Research']);

    const { document, summary } = applyImport(
      base,
      plan(csv, {
        titles: { [labelKey('Key Makeup Artist')]: { kind: 'create' }, [labelKey('Boom Swinger')]: { kind: 'map', titleId: 'title:boom-operator' } },
        contributionTypes: { research: { kind: 'create' } },
      }),
    );
    const created = document.titles.find((t) => t.name === 'Key Makeup Artist');
    expect(created?.departmentId).toBe('dept:makeup-and-hair');
    expect(document.titles.filter((t) => t.name === 'Key Makeup Artist')).toHaveLength(1);
    expect(document.credits.slice(1).map((c) => c.titleId)).toEqual([created?.id, 'title:boom-operator', created?.id]);
    expect(document.contributionTypes.map((t) => [t.name, t.builtIn])).toContainEqual(['Research', false]);
    expect(summary.titlesCreated).toEqual(['Key Makeup Artist']);
    expect(summary.departmentsCreated).toEqual([]);
    expect(RollcallDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('creates titles, their departments and types with createMissing (the command line’s --create-missing)', () => {
    const { document, summary } = applyImport(production(), plan('Name,Job,Dept\r\nAnn Poe,Drone Pilot,Aerial Unit\r\nBo Lee,Runner,\r\n', { createMissing: true }));
    const aerial = document.departments.find((d) => d.name === 'Aerial Unit');
    const other = document.departments.find((d) => d.name === 'Other');
    expect(document.titles.find((t) => t.name === 'Drone Pilot')?.departmentId).toBe(aerial?.id);
    expect(document.titles.find((t) => t.name === 'Runner')?.departmentId).toBe(other?.id);
    expect(summary.departmentsCreated).toEqual(['Aerial Unit', 'Other']);
    expect(Math.min(aerial!.order, other!.order)).toBeGreaterThan(Math.max(...production().departments.map((d) => d.order)));
  });

  it('matches people from the app-wide directory, copying them in once, and says which in the preview', () => {
    const directory = [{ id: 'dir:ann', name: 'Ann Poe', pronouns: 'she/her', contact: { email: 'ann@example.com' } }];
    const csv = 'Name,Role\r\nann poe,Gaffer\r\nAnn  Poe,Electrician\r\nZoe Saldana,Line Producer\r\nZ. Saldana,Grip\r\n';
    const preview = buildImportPreview(production(), plan(csv, { directory }));
    expect(preview.rows.map((r) => r.person?.source)).toEqual(['directory', 'directory', 'production', 'new']);
    expect(preview.people).toEqual({ inProduction: 1, fromDirectory: 1, new: 1 });
    expect(preview.rows[3].problems.map((p) => p.message)).toEqual(['Added as a new person; possibly the same as “Zoë Saldaña” in this production (initials).']);

    const { document, summary } = applyImport(production(), plan(csv, { directory }));
    const ann = document.people.find((p) => p.id === 'dir:ann');
    expect(ann).toMatchObject({ name: 'Ann Poe', pronouns: 'she/her', contact: { email: 'ann@example.com' } });
    expect(document.people).toHaveLength(3);
    expect(summary.peopleFromDirectory).toBe(1);

    // The user says "Z. Saldana" is Zoë: the override is keyed by the name key.
    const merged = applyImport(production(), plan(csv, { directory, people: { [nameKey('Z. Saldana')]: { kind: 'existing', personId: 'person:zoe' } } }));
    expect(merged.document.people).toHaveLength(2);
  });

  it('skips credits the production already has, so importing the same list twice adds nothing', () => {
    const csv = 'Name,Role\r\nZoë Saldaña,Producer\r\nAnn Poe,Gaffer\r\nann poe,gaffer\r\n';
    const first = applyImport(production(), plan(csv));
    expect(first.summary.creditsAdded).toBe(1);
    expect(first.summary.rowsAlreadyPresent).toBe(2);
    const second = applyImport(first.document, plan(csv));
    expect(second.summary.creditsAdded).toBe(0);
    expect(second.document.credits).toHaveLength(first.document.credits.length);
    expect(buildImportPreview(first.document, plan(csv)).reason).toBe('Every row is already in the production; there is nothing new to import.');
  });

  it('puts cast rows with a character under Cast, with billing and placement from the file', () => {
    const { document } = applyImport(production(), plan('Actor,Character,Billing,Placement\r\nAnn Poe,Charlie,2,Opening titles\r\nBo Lee,Twin Girl #2,,\r\n'));
    expect(document.credits.slice(1).map((c) => [c.titleId, c.character, c.billing, c.placement])).toEqual([
      ['title:cast', 'Charlie', 2, 'main'],
      ['title:cast', 'Twin Girl #2', 3, 'end'],
    ]);
  });

  it('refuses bad placements, billing and missing names or titles, with row numbers', () => {
    const csv = 'Name,Role,Placement,Billing\r\n,Gaffer,,\r\nAnn Poe,,,\r\nBo Lee,Gaffer,sideways,\r\nCy Ray,Gaffer,,first\r\nDi Fox,Gaffer,,\r\n';
    const preview = buildImportPreview(production(), plan(csv));
    expect(preview.errorRows).toBe(4);
    expect(preview.readyRows).toBe(1);
    expect(preview.rows.filter((r) => r.status === 'error').map((r) => [r.rowNumber, r.problems[0].code])).toEqual([
      [2, 'missing-name'],
      [3, 'missing-title'],
      [4, 'bad-placement'],
      [5, 'bad-billing'],
    ]);
    const { summary } = applyImport(production(), plan(csv, { skipBadRows: true }));
    expect(summary.creditsAdded).toBe(1);
    expect(summary.skippedRows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(summary.sentence).toContain('4 rows could not be imported and were skipped.');
  });

  it('gives a company credit to a row with a company and no name, and a person’s company goes to the credit notes', () => {
    const { document } = applyImport(production(), plan('Name,Role,Company\r\n,Visual Effects Supervisor,Pixel Mill\r\nAnn Poe,Compositor,Pixel Mill\r\n'));
    expect(document.companies.map((c) => c.name)).toEqual(['Pixel Mill']);
    const [company, person] = document.credits.slice(1);
    expect(company.subject).toEqual({ kind: 'company', companyId: document.companies[0].id });
    expect(person.contractNotes).toBe('Company: Pixel Mill');
  });

  it('asks for a contribution type when a row has only a justification', () => {
    const preview = buildImportPreview(production(), plan('Name,Role,Reason\r\nAnn Poe,Associate Producer,Found the locations\r\n'));
    expect(preview.rows[0].problems.map((p) => p.code)).toEqual(['justification-without-type']);
  });

  it('links series credits to episodes by number, creating the ones the series lacks', () => {
    const series = { ...production(), production: { ...production().production, kind: 'series' as const, episodes: [{ id: 'ep:1', season: 1, number: 1, title: 'Pilot' }] } };
    const { document, summary } = applyImport(series, plan('Name,Role,Episodes\r\nAnn Poe,Gaffer,"Pilot, S1E2"\r\nBo Lee,Grip,all\r\n'));
    expect(summary.episodesCreated).toBe(1);
    const episode2 = document.production.episodes.find((e) => e.number === 2);
    expect(document.credits.slice(1).map((c) => c.episodes)).toEqual([['ep:1', episode2?.id], 'all']);
    // On a feature, episodes are ignored with a warning rather than refused.
    const feature = applyImport(production(), plan('Name,Role,Episodes\r\nAnn Poe,Gaffer,3\r\n'));
    expect(feature.document.credits[1].episodes).toBe('all');
    expect(feature.summary.warnings[0].messages[0]).toMatch(/not a series, so the episodes were ignored/);
  });

  it('takes directory rows in the renderer’s shape, copying the stored person under the directory id', () => {
    const stored = createPerson({ id: 'dir:ann', name: 'Ann Poe', pronouns: 'they/them', legalName: 'Annabel Poe' });
    const directory = [{ id: 'dir:ann', name: 'Ann Poe', key: nameKey('Ann Poe'), person: stored, lastUsedAt: '2026-01-01T00:00:00.000Z' }];
    const { document, added } = applyImport(production(), plan('Name,Role\r\nANN POE,Gaffer\r\n', { directory }));
    expect(document.people[1]).toEqual(stored);
    expect(document.people[1]).not.toBe(stored);
    expect(added.people).toEqual([stored]);
    expect(added.credits).toEqual(document.credits.slice(1));
    expect(added.audit.map((a) => a.entity)).toEqual(['import', 'credit']);
  });

  it('lists unknown departments of created titles, and maps one to an existing department when asked', () => {
    const csv = 'Name,Job,Dept\r\nAnn Poe,Drone Pilot,Aerial Unit\r\n';
    const titles = { [labelKey('Drone Pilot')]: { kind: 'create' as const } };
    const preview = buildImportPreview(production(), plan(csv, { titles }));
    expect(preview.unknownDepartments.map((d) => [d.name, d.resolution])).toEqual([['Aerial Unit', 'create']]);
    expect(preview.canImport).toBe(true);
    const { document, added } = applyImport(production(), plan(csv, { titles, departments: { [labelKey('Aerial Unit')]: { kind: 'map', departmentId: 'dept:camera' } } }));
    expect(added.departments).toEqual([]);
    expect(document.titles.find((t) => t.name === 'Drone Pilot')?.departmentId).toBe('dept:camera');
  });

  it('uses the plan’s default title for rows without one', () => {
    const { document } = applyImport(production(), plan('Name\r\nAnn Poe\r\nBo Lee\r\n', { defaultTitleId: 'title:special-thanks' }));
    expect(document.credits.slice(1).map((c) => c.titleId)).toEqual(['title:special-thanks', 'title:special-thanks']);
  });

  it('limits the listed rows and says how many more', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ rowNumber: i + 2, messages: ['Bad.'] }));
    const lines = formatRowReports(rows, 20);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('… and 5 more rows.');
  });

  it('imports 20,000 rows into a valid document', () => {
    const { document, summary } = importCsv(createDocument({ title: 'Big' }), syntheticCrewListCsv(20_000), { fileName: 'big.csv' });
    expect(summary.creditsAdded + summary.rowsAlreadyPresent).toBe(20_000);
    expect(document.credits).toHaveLength(summary.creditsAdded);
    expect(RollcallDocumentSchema.safeParse(document).success).toBe(true);
  });
});

