// The import channels through the real dispatcher: a file chosen in main's dialog, another sheet of the same
// workbook under the token, pasted rows, and the refusals as Results with a sentence.
import ExcelJS from 'exceljs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { APP_SENDER, appDispatcher } from '../documents/main-in-test';
import { applyImport, guessMapping } from '../../../shared/import';
import { createDocument } from '../../../shared/model/create';
import { ScriptedHost, tempFolder } from '../documents/test-host';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
let folder: { dir: string; cleanup: () => Promise<void> };
let host: ScriptedHost;
let dispatcher: Dispatcher;

beforeAll(async () => {
  folder = await tempFolder('rollcall-import-ipc-');
  host = new ScriptedHost(folder.dir);
  dispatcher = appDispatcher(host);
});
afterAll(async () => folder.cleanup());

const call = (channel: string, payload: unknown) => dispatcher.dispatch(channel, APP_SENDER, payload);

describe('import channels', () => {
  it('reads a workbook chosen in the dialog, then another of its sheets by token', async () => {
    const file = path.join(folder.dir, 'crew.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Crew').addRows([['Name', 'Role'], ['Jane Doe', 'Gaffer']]);
    workbook.addWorksheet('Cast').addRows([['Actor', 'Character'], ['Bo Lee', 'Charlie']]);
    await workbook.xlsx.writeFile(file);
    host.openAnswers.push(file);
    const chosen = await call('import:chooseFile', {});
    expect(chosen).toMatchObject({ ok: true, data: { fileName: 'crew.xlsx', format: 'xlsx', sheetNames: ['Crew', 'Cast'], sheet: 'Crew', headers: ['Name', 'Role'], rows: [['Jane Doe', 'Gaffer']] } });
    const token = (chosen as { data: { token: string } }).data.token;
    const cast = await call('import:readSheet', { token, sheet: 'Cast' });
    expect(cast).toMatchObject({ ok: true, data: { token, sheet: 'Cast', headers: ['Actor', 'Character'], rows: [['Bo Lee', 'Charlie']] } });
    // The table goes straight into a plan.
    const table = (cast as { data: Parameters<typeof applyImport>[1]['table'] }).data;
    const { document } = applyImport(createDocument({ title: 'Night Train' }), { table, mapping: guessMapping(table.headers) });
    expect(document.credits[0]).toMatchObject({ titleId: 'title:cast', character: 'Charlie' });

    expect(await call('import:release', { token })).toEqual({ ok: true, data: {} });
    expect(await call('import:readSheet', { token, sheet: 'Crew' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That list is no longer open; choose the file again.' } });
  });

  it('answers CANCELLED when the dialog is dismissed, and UNREADABLE with the sentence for a bad file', async () => {
    host.openAnswers.push(null);
    expect(await call('import:chooseFile', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const garbage = path.join(folder.dir, 'garbage.csv');
    await copyFile(path.join(FIXTURES, 'garbage.csv'), garbage);
    host.openAnswers.push(garbage);
    expect(await call('import:chooseFile', {})).toEqual({
      ok: false,
      error: { code: 'UNREADABLE', message: '“garbage.csv” does not look like a list or a spreadsheet: it holds binary data rather than text.' },
    });
  });

  it('parses rows pasted from a spreadsheet', async () => {
    const result = await call('import:parseText', { text: 'Name\tRole\r\nSaldaña, Zoë\tProducer\r\n' });
    expect(result).toMatchObject({ ok: true, data: { fileName: 'Pasted rows', format: 'paste', headers: ['Name', 'Role'], rows: [['Saldaña, Zoë', 'Producer']], description: 'tab-separated' } });
    expect(await call('import:parseText', { text: '   ' })).toEqual({ ok: false, error: { code: 'UNREADABLE', message: 'The pasted text is empty: there are no rows to import.' } });
  });
});
