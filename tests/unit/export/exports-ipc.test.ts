// The 'exports:run' channel through the real dispatcher and handlers: the file is built, the save dialog offers a
// safe default name, the file is written where the user chose, and refusals come back as Results with a sentence.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfBrowser, printHtmlToPdf } from '../../../electron/exports';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { APP_SENDER, appDispatcher } from '../documents/main-in-test';
import type { Host } from '../../../electron/host';
import { ScriptedHost, tempFolder } from '../documents/test-host';
import { HARBOUR_LIGHTS, loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';
import { pdfPages } from './pdf-tools';

/** The document tests' scripted host, printing PDFs with headless Chromium as the e2e harness does. */
function printingHost(dir: string): ScriptedHost {
  const host = new ScriptedHost(dir);
  const print: Host['printToPdf'] = (html, options) => printHtmlToPdf(html, options);
  (host as Host).printToPdf = print;
  return host;
}

let folder: { dir: string; cleanup: () => Promise<void> };
let host: ScriptedHost;
let dispatcher: Dispatcher;

beforeAll(async () => {
  folder = await tempFolder('rollcall-exports-ipc-');
  host = printingHost(folder.dir);
  dispatcher = appDispatcher(host);
});
afterAll(async () => {
  await closePdfBrowser();
  await folder.cleanup();
});

const run = (payload: unknown) => dispatcher.dispatch('exports:run', APP_SENDER, payload);

describe('exports:run', () => {
  it('writes a CSV where the user chose, adding the extension, after offering a safe name', async () => {
    host.saveAnswers.push(path.join(folder.dir, 'for legal'));
    const result = await run({ document: loadFixture(NIGHT_TRAIN), format: 'csv' });
    expect(result).toEqual({ ok: true, data: { fileName: 'for legal.csv' } });
    expect(host.saveDialogs.at(-1)).toEqual({ defaultName: 'Night Train - Credits.csv' });
    const csv = await readFile(path.join(folder.dir, 'for legal.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('Credit ID,Person or company');
    expect(csv).toContain('"Jane Doe, p.g.a."');
  });

  it('prints the PDF through the host, with the revision on every page', async () => {
    host.saveAnswers.push(path.join(folder.dir, 'review.pdf'));
    const result = await run({ document: loadFixture(NIGHT_TRAIN), format: 'pdf', revisionName: 'Sent to legal' });
    expect(result).toEqual({ ok: true, data: { fileName: 'review.pdf' } });
    expect(host.saveDialogs.at(-1)).toEqual({ defaultName: 'Night Train (Sent to legal) - Credits.pdf' });
    const pages = pdfPages(await readFile(path.join(folder.dir, 'review.pdf')));
    for (const page of pages) expect(page).toContain('Revision: Sent to legal');
  });

  it('exports one episode of a series', async () => {
    host.saveAnswers.push(path.join(folder.dir, 'ep2.txt'));
    const result = await run({ document: loadFixture(HARBOUR_LIGHTS), format: 'txt', episodeId: 'ep-2' });
    expect(result).toEqual({ ok: true, data: { fileName: 'ep2.txt' } });
    expect(host.saveDialogs.at(-1)).toEqual({ defaultName: 'Harbour Lights S1E02 - Credits.txt' });
    expect(await readFile(path.join(folder.dir, 'ep2.txt'), 'utf8')).toContain('Stranger — Kofi Mensah');
  });

  it('answers CANCELLED and writes nothing when the dialog is dismissed', async () => {
    const before = await readdir(folder.dir);
    host.saveAnswers.push(null);
    const result = await run({ document: loadFixture(NIGHT_TRAIN), format: 'json' });
    expect(result).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'The export was cancelled, so no file was written.' } });
    expect(await readdir(folder.dir)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown episode before showing any dialog', async () => {
    const dialogs = host.saveDialogs.length;
    const result = await run({ document: loadFixture(HARBOUR_LIGHTS), format: 'txt', episodeId: 'ep-9' });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '“Harbour Lights” has no episode with the id “ep-9”.' } });
    expect(host.saveDialogs.length).toBe(dialogs);
  });

  it('refuses a format it does not know and a document that breaks the schema', async () => {
    expect(await run({ document: loadFixture(NIGHT_TRAIN), format: 'docx' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const broken = { ...loadFixture(NIGHT_TRAIN), credits: [{ id: 'x' }] };
    expect(await run({ document: broken, format: 'txt' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('answers WRITE_FAILED with a sentence when the folder is gone', async () => {
    host.saveAnswers.push(path.join(folder.dir, 'no-such-folder', 'x.txt'));
    const result = await run({ document: loadFixture(NIGHT_TRAIN), format: 'txt' });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED', message: expect.stringMatching(/^“x\.txt” was not saved because the folder .* does not exist/) } });
  });
});
