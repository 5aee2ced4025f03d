// `rollcall import` end to end: real lists in temp folders, real production files written and read back.
import ExcelJS from 'exceljs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocumentFile, writeDocumentFile, acquireLock } from '../../../electron/documents/index';
import { runCli } from '../../../cli/main';
import { createDocument } from '../../../shared/model/create';
import { RollcallDocumentSchema } from '../../../shared/model/schema';
import { tempFolder } from '../documents/test-host';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
let folder: { dir: string; cleanup: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder('rollcall-cli-import-');
});
afterEach(async () => folder.cleanup());

async function rollcall(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: folder.dir, env: {} });
  return { code, stdout, stderr };
}

async function fixture(name: string): Promise<string> {
  await copyFile(path.join(FIXTURES, name), path.join(folder.dir, name));
  return name;
}

describe('rollcall import', () => {
  it('creates a production from a Windows-1252 semicolon list', async () => {
    await fixture('crew-windows1252.csv');
    const result = await rollcall('import', 'crew-windows1252.csv', '--new', 'night-train.rollcall', '--title', 'Night Train', '--kind', 'series', '--year', '2026');
    expect(result).toEqual({
      code: 0,
      stdout: 'Imported 6 credits from crew-windows1252.csv for 6 new people.\nCreated “night-train.rollcall”.\n',
      stderr: '',
    });
    const { document } = await readDocumentFile(path.join(folder.dir, 'night-train.rollcall'), { fingerprint: false });
    expect(document.production).toMatchObject({ title: 'Night Train', kind: 'series', year: 2026 });
    expect(document.people.map((p) => p.name)).toContain('Thérèse d’Arcy');
    const zoe = document.people.find((p) => p.name === 'Zoë Saldaña');
    const credit = document.credits.find((c) => c.subject.kind === 'person' && c.subject.personId === zoe?.id);
    expect(credit?.contributions.map((c) => c.typeId)).toEqual(['contribution:creative', 'contribution:financial']);
  });

  it('adds to an existing production, matching people already there, and adds nothing the second time', async () => {
    const target = path.join(folder.dir, 'night-train.rollcall');
    await writeDocumentFile(target, createDocument({ title: 'Night Train' }));
    await writeFile(path.join(folder.dir, 'first.csv'), 'Name,Role\r\nZoë Saldaña,Producer\r\n');
    expect((await rollcall('import', 'first.csv', '--into', 'night-train.rollcall')).code).toBe(0);
    await fixture('crew-utf8.csv');
    const second = await rollcall('import', 'crew-utf8.csv', '--into', 'night-train.rollcall');
    expect(second.stdout).toBe('Imported 6 credits from crew-utf8.csv for 5 new people, 1 person already in the production.\nSaved “night-train.rollcall”.\n');
    const again = await rollcall('import', 'crew-utf8.csv', '--into', 'night-train.rollcall');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('6 rows already in the production were skipped.');
    expect(again.stdout).toContain('Nothing new to add, so “night-train.rollcall” was left as it was.');
    const { document } = await readDocumentFile(target, { fingerprint: false });
    expect(document.people).toHaveLength(6);
    expect(document.credits).toHaveLength(7);
    expect(RollcallDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('fails the whole import with exit 1, listing rows and why, and leaves the file untouched', async () => {
    const target = path.join(folder.dir, 'night-train.rollcall');
    await writeDocumentFile(target, createDocument({ title: 'Night Train' }));
    const before = await readFile(target);
    const rows = ['Name,Role', 'Jane Doe,Gaffer', ...Array.from({ length: 25 }, (_, i) => `Person ${i},Wizard`)];
    await writeFile(path.join(folder.dir, 'bad.csv'), rows.join('\n'));
    const result = await rollcall('import', 'bad.csv', '--into', 'night-train.rollcall');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('rollcall import: 25 rows cannot be imported, so nothing was imported; fix them, or skip them and import the other 1.');
    expect(lines[1]).toBe('  Row 3: The production has no credit title “Wizard”; create it or choose an existing title for it.');
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('  … and 5 more rows.');
    expect(await readFile(target)).toEqual(before);
  });

  it('imports the good rows with --skip-bad-rows and lists the skipped ones', async () => {
    await fixture('ragged.csv');
    const result = await rollcall('import', 'ragged.csv', '--new', 'out.rollcall', '--skip-bad-rows');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported 2 credits from ragged.csv for 2 new people. 1 row could not be imported and was skipped.');
    expect(result.stdout).toContain('Skipped rows:\n  Row 3: Row 3 has 5 cells but the header has 3 columns');
    expect(result.stdout).toContain('Imported with warnings:\n  Row 4: Row 4 has 2 of the 3 cells');
  });

  it('maps columns by hand, creates missing titles, reads a chosen sheet of a workbook named .csv', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['nothing here']);
    workbook.addWorksheet('Crew').addRows([
      ['Crew member', 'Job', 'Phone'],
      ['Jane Doe', 'Drone Pilot', '555'],
    ]);
    await workbook.xlsx.writeFile(path.join(folder.dir, 'crew.csv'));
    const refused = await rollcall('import', 'crew.csv', '--new', 'a.rollcall', '--sheet', 'Crew', '--map', 'Job=title');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no credit title “Drone Pilot”');
    const result = await rollcall('import', 'crew.csv', '--new', 'a.rollcall', '--sheet', 'Crew', '--map', 'Crew member=name; 2=title; Phone=ignore', '--create-missing');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('“crew.csv” is named like a .csv file but is an Excel workbook; it was read as one.\n');
    expect(result.stdout).toContain('Added 1 credit title, 1 department.');
    const { document } = await readDocumentFile(path.join(folder.dir, 'a.rollcall'), { fingerprint: false });
    expect(document.titles.find((t) => t.name === 'Drone Pilot')).toBeDefined();
  });

  it('imports a bare list of names with --no-header and --default-credit', async () => {
    await fixture('names-only.txt');
    const result = await rollcall('import', 'names-only.txt', '--new', 'thanks.rollcall', '--no-header', '--map', '1=name', '--default-credit', 'special thanks');
    expect(result.code).toBe(0);
    const { document } = await readDocumentFile(path.join(folder.dir, 'thanks.rollcall'), { fingerprint: false });
    expect(document.credits.map((c) => c.titleId)).toEqual(['title:special-thanks', 'title:special-thanks', 'title:special-thanks']);
    expect(document.production.title).toBe('names-only');
  });

  it('checks without writing with --dry-run', async () => {
    await fixture('crew-tab.tsv');
    const result = await rollcall('import', 'crew-tab.tsv', '--new', 'dry.rollcall', '--dry-run');
    expect(result.stdout).toBe('Imported 6 credits from crew-tab.tsv for 6 new people.\nDry run: nothing was written.\n');
    await expect(readFile(path.join(folder.dir, 'dry.rollcall'))).rejects.toThrow();
  });

  it('refuses bad sources and wrong usage with a sentence and the right exit code', async () => {
    await fixture('garbage.csv');
    await fixture('headers-only.csv');
    await fixture('no-name-column.csv');
    expect(await rollcall('import', 'garbage.csv', '--new', 'x.rollcall')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'rollcall import: “garbage.csv” does not look like a list or a spreadsheet: it holds binary data rather than text.\n',
    });
    expect((await rollcall('import', 'headers-only.csv', '--new', 'x.rollcall')).stderr).toMatch(/has a header row \(Name, Role, Department\) but no rows below it/);
    expect((await rollcall('import', 'no-name-column.csv', '--new', 'x.rollcall')).stderr).toMatch(/No column holds names/);
    expect((await rollcall('import', 'missing.csv', '--new', 'x.rollcall')).stderr).toMatch(/“missing\.csv” was not found/);
    expect((await rollcall('import', 'garbage.csv')).code).toBe(2);
    expect((await rollcall('import', 'garbage.csv', '--new', 'x.rollcall', '--into', 'y.rollcall')).code).toBe(2);
    expect((await rollcall('import', 'garbage.csv', '--new', 'x.txt')).code).toBe(2);
    expect((await rollcall('import', 'garbage.csv', '--new', 'x.rollcall', '--kind', 'opera')).stderr).toMatch(/--kind must be one of feature, series/);
    expect((await rollcall('import', 'no-name-column.csv', '--new', 'x.rollcall', '--map', 'Email=name')).stderr).toMatch(/--map names the column “Email”, which the list does not have/);
    const mapped = await rollcall('import', 'no-name-column.csv', '--new', 'mapped.rollcall', '--map', 'Crew=name');
    expect(mapped.stdout).toBe('Imported 1 credit from no-name-column.csv for 1 new person.\nCreated “mapped.rollcall”.\n');
    await fixture('crew-utf8.csv');
    await writeDocumentFile(path.join(folder.dir, 'exists.rollcall'), createDocument({ title: 'Exists' }));
    expect(await rollcall('import', 'crew-utf8.csv', '--new', 'exists.rollcall')).toMatchObject({ code: 1, stderr: 'rollcall import: “exists.rollcall” already exists; use --into to add the list to it, or choose another name.\n' });
  });

  it('refuses to add to a production that is open in Rollcall', async () => {
    const target = path.join(folder.dir, 'open.rollcall');
    await writeDocumentFile(target, createDocument({ title: 'Open' }));
    await fixture('crew-utf8.csv');
    const lock = await acquireLock(target);
    expect(lock.acquired).toBe(true);
    try {
      const result = await rollcall('import', 'crew-utf8.csv', '--into', 'open.rollcall');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/is open in Rollcall by .*so it was not changed/);
    } finally {
      if (lock.acquired) await lock.handle.release();
    }
  });
});
