// Reading files the user chose: workbooks made here with exceljs, text lists from the fixtures, and the files
// that must be refused (a 100 MB list, ODS, an old .xls, a PDF, a folder), each with a sentence.
import ExcelJS from 'exceljs';
import { copyFile, mkdtemp, open, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/import/read-import-file';
import { guessMapping, ImportError, applyImport } from '../../../shared/import';
import { createDocument } from '../../../shared/model/create';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function crewWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const crew = workbook.addWorksheet('Crew');
  crew.addRow(['Name', 'Role', 'Billing', 'Notes', 'Start']);
  crew.addRow(['Zoë Saldaña', 'Associate Producer', 1, { richText: [{ text: 'Bold ' }, { text: 'note' }] }, new Date(Date.UTC(2026, 2, 3))]);
  crew.addRow([{ formula: 'CONCAT("Jane"," ","Doe")', result: 'Jane Doe' }, 'Gaffer', { formula: '1+1', result: 2 }, { formula: 'NOW()' }, null]);
  crew.addRow([]); // an empty row between rows
  crew.addRow(['Ann Poe', { text: 'Key Grip', hyperlink: 'https://example.com' }, null, '=not a formula, typed text', null]);
  const cast = workbook.addWorksheet('Cast');
  cast.addRow(['Actor', 'Character']);
  cast.addRow(['Bo Lee', 'Charlie']);
  await workbook.xlsx.writeFile(file);
}

function importError(promise: Promise<unknown>): Promise<ImportError> {
  return promise.then(
    () => {
      throw new Error('expected an ImportError');
    },
    (error) => {
      if (error instanceof ImportError) return error;
      throw error;
    },
  );
}

describe('workbooks', () => {
  it('reads the first sheet by default, formulas as their cached value or their text, never evaluated', async () => {
    const file = path.join(dir, 'crew.xlsx');
    await crewWorkbook(file);
    const source = await readImportFile(file);
    expect(source.format).toBe('xlsx');
    expect(source.sheetNames).toEqual(['Crew', 'Cast']);
    expect(source.sheet).toBe('Crew');
    expect(source.table.headers).toEqual(['Name', 'Role', 'Billing', 'Notes', 'Start']);
    expect(source.table.rows).toEqual([
      ['Zoë Saldaña', 'Associate Producer', '1', 'Bold note', '2026-03-03'],
      ['Jane Doe', 'Gaffer', '2', '=NOW()', ''],
      ['Ann Poe', 'Key Grip', '', '=not a formula, typed text', ''],
    ]);
    // The empty sheet row 4 is skipped; the numbers are the sheet's own.
    expect(source.table.rowNumbers).toEqual([2, 3, 5]);
    expect(source.table.problems).toEqual([]);
    expect(source.notices).toEqual([]);

    const { document } = applyImport(createDocument({ title: 'Night Train' }), { table: source.table, mapping: guessMapping(source.table.headers) });
    expect(document.credits.map((c) => c.contractNotes)).toEqual(['Bold note', '=NOW()', '=not a formula, typed text']);
  });

  it('reads a chosen sheet, directly or from the loaded workbook', async () => {
    const file = path.join(dir, 'crew.xlsx');
    await crewWorkbook(file);
    const cast = await readImportFile(file, { sheet: 'Cast' });
    expect(cast.table.rows).toEqual([['Bo Lee', 'Charlie']]);
    const first = await readImportFile(file);
    expect(first.readSheet('Cast').table.headers).toEqual(['Actor', 'Character']);
    expect(() => first.readSheet('Budget')).toThrow('The workbook has no sheet named “Budget”; its sheets are “Crew”, “Cast”.');
  });

  it('reads a workbook saved with a .csv name as a workbook, and says so', async () => {
    const file = path.join(dir, 'really-a-workbook.csv');
    await crewWorkbook(file);
    const source = await readImportFile(file);
    expect(source.format).toBe('xlsx');
    expect(source.notices).toEqual(['“really-a-workbook.csv” is named like a .csv file but is an Excel workbook; it was read as one.']);
  });

  it('reads a CSV saved with a .xlsx name as text, and says so', async () => {
    const file = path.join(dir, 'crew-named-as.xlsx');
    await copyFile(path.join(FIXTURES, 'crew-named-as.xlsx'), file);
    const source = await readImportFile(file);
    expect(source.format).toBe('csv');
    expect(source.table.rows).toHaveLength(6);
    expect(source.notices[0]).toMatch(/named like a \.xlsx file but holds plain text/);
  });
});

describe('files that are refused', () => {
  it('refuses a 100 MB file at once, from its size', async () => {
    const file = path.join(dir, 'huge.csv');
    const handle = await open(file, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'Jane Doe,Gaffer\n');
    for (let i = 0; i < 100; i++) await handle.write(chunk);
    await handle.close();
    const started = Date.now();
    const error = await importError(readImportFile(file));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe('“huge.csv” is 100 MB; Rollcall imports lists of up to 50 MB, so split it, or save only the credits, and import that.');
  });

  it('says an OpenDocument spreadsheet should be saved as XLSX or CSV', async () => {
    const file = path.join(dir, 'crew.ods');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    await writeFile(file, Buffer.concat([header, Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), Buffer.alloc(100)]));
    const error = await importError(readImportFile(file));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe('“crew.ods” is an OpenDocument spreadsheet, which Rollcall cannot read yet; open it in LibreOffice and save it as Excel (.xlsx) or CSV, then import that.');
  });

  it.each([
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /old-style Excel \(\.xls\) workbook/],
    ['list.csv', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /is a PDF, not a spreadsheet/],
    ['photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /is an image, not a spreadsheet/],
  ])('refuses %s for what it really is', async (name, bytes, message) => {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    const error = await importError(readImportFile(file));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(message);
  });

  it('refuses a broken workbook, a missing file, a folder and an empty file with sentences', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    await writeFile(broken, Buffer.concat([header, Buffer.from('xl/workbook.xml'), Buffer.alloc(64)]));
    expect((await importError(readImportFile(broken))).message).toMatch(/looks like an Excel workbook but could not be read/);
    expect((await importError(readImportFile(path.join(dir, 'missing.csv')))).message).toBe(`“missing.csv” was not found in “${dir}”.`);
    await mkdir(path.join(dir, 'folder.csv'));
    expect((await importError(readImportFile(path.join(dir, 'folder.csv')))).message).toBe('“folder.csv” is a folder, not a list.');
    await copyFile(path.join(FIXTURES, 'empty.csv'), path.join(dir, 'empty.csv'));
    expect((await importError(readImportFile(path.join(dir, 'empty.csv')))).code).toBe('EMPTY');
  });
});
