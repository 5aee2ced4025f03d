// The revisions channels through the real dispatcher and handlers: dialogs answered from a script, real files in a
// temp folder, PDFs printed by real Chromium and read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfBrowser, printHtmlToPdf } from '../../../electron/exports/print-pdf';
import type { FileFilter, Host } from '../../../electron/host';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { APP_SENDER, appDispatcher } from '../documents/main-in-test';
import { compareInDocument, comparisonHtml } from '../../../shared/diff';
import { createRevision, creditsStateOf, materialiseRevision } from '../../../shared/revisions';
import { editCredit, smallProduction } from '../revisions/fixture';

class ScriptedHost implements Host {
  readonly userName = 'Test Producer';
  readonly appVersion = '0.0.0-test';
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly dialogs: { kind: string; title: string; defaultName?: string; filters: FileFilter[] }[] = [];
  constructor(readonly userDataDir: string) {}
  async showOpenDialog(options: { title: string; filters: FileFilter[] }) {
    this.dialogs.push({ kind: 'open', ...options });
    return this.openAnswers.shift() ?? null;
  }
  async showSaveDialog(options: { title: string; defaultName: string; filters: FileFilter[] }) {
    this.dialogs.push({ kind: 'save', ...options });
    return this.saveAnswers.shift() ?? null;
  }
  printToPdf(html: string, options: { landscape?: boolean }) {
    return printHtmlToPdf(html, options);
  }
  async openExternal() {}
  addRecentDocument() {}
  emit() {}
  closeWindow() {}
  setEdited() {}
}

let dir: string;
let host: ScriptedHost;
let dispatcher: Dispatcher;

function revisedProduction() {
  let doc = createRevision(smallProduction(), { name: 'Sent to legal', by: 'Ana', at: '2026-03-03T10:00:00.000Z' });
  doc = { ...doc, people: doc.people.map((p) => (p.id === 'p-jon' ? { ...p, name: 'John Smith' } : p)) };
  return editCredit(doc, 'c-mara-cast', { billing: 5 });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-revisions-ipc-'));
  host = new ScriptedHost(dir);
  dispatcher = appDispatcher(host);
});

afterAll(async () => {
  await closePdfBrowser();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('revisions:chooseFileToCompare', () => {
  it('reads the chosen file, migrating an older format, and returns its document', async () => {
    const fixture = path.resolve(__dirname, '../../fixtures/documents/v1-short-film.rollcall');
    host.openAnswers.push(fixture);
    const result = await dispatcher.dispatch('revisions:chooseFileToCompare', APP_SENDER, {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const data = result.data as { displayName: string; document: { formatVersion: number; production: { title: string } }; notices: string[] };
    expect(data.displayName).toBe('v1-short-film.rollcall');
    expect(data.document.formatVersion).toBe(2);
    expect(data.document.production.title).toBe('Quiet Harbour');
    expect(data.notices.join(' ')).toMatch(/format version 1/);
    expect(host.dialogs.at(-1)).toMatchObject({ kind: 'open', filters: [{ extensions: ['rollcall'] }] });
  });

  it('answers CANCELLED when the dialog is dismissed and UNREADABLE for a damaged file', async () => {
    host.openAnswers.push(null);
    expect(await dispatcher.dispatch('revisions:chooseFileToCompare', APP_SENDER, {})).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'No file was chosen, so nothing was compared.' },
    });
    const broken = path.join(dir, 'broken.rollcall');
    await writeFile(broken, '{"format":"rollcall",');
    host.openAnswers.push(broken);
    const result = await dispatcher.dispatch('revisions:chooseFileToCompare', APP_SENDER, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNREADABLE' } });
  });
});

describe('revisions:exportComparison', () => {
  it('writes the comparison of two states as text, adding the extension', async () => {
    const doc = revisedProduction();
    host.saveAnswers.push(path.join(dir, 'changes'));
    const result = await dispatcher.dispatch('revisions:exportComparison', APP_SENDER, {
      format: 'txt',
      source: {
        kind: 'states',
        before: materialiseRevision(doc, 'Sent to legal'),
        after: creditsStateOf(doc),
        labels: { productionTitle: 'Night Train', beforeLabel: 'Sent to legal', afterLabel: 'Current credits' },
      },
    });
    expect(result).toMatchObject({ ok: true, data: { fileName: 'changes.txt' } });
    const text = await readFile(path.join(dir, 'changes.txt'), 'utf8');
    expect(text).toContain('Night Train: what changed from “Sent to legal” to “Current credits”');
    expect(text).toContain('      Name as credited: Jon Smith → John Smith');
    expect(host.dialogs.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Night Train – changes since Sent to legal.txt', filters: [{ extensions: ['txt'] }] });
  });

  it('prints the comparison to a PDF that reads back with the changes, names in every script included', async () => {
    const doc = revisedProduction();
    host.saveAnswers.push(path.join(dir, 'v7 changes.pdf'));
    const result = await dispatcher.dispatch('revisions:exportComparison', APP_SENDER, {
      format: 'pdf',
      defaultName: 'Night Train v7 changes',
      source: {
        kind: 'states',
        before: materialiseRevision(doc, 'Sent to legal'),
        after: creditsStateOf(doc),
        labels: { productionTitle: 'Night Train', beforeLabel: 'Sent to legal', afterLabel: 'v7' },
      },
    });
    expect(result).toMatchObject({ ok: true, data: { fileName: 'v7 changes.pdf' } });
    const pdf = path.join(dir, 'v7 changes.pdf');
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Night Train: what changed');
    expect(text).toContain('John Smith');
    expect(text).toContain('Billing position');
    expect(text).toContain('Mara Okafor');
  }, 60_000);

  it('prints a report the renderer already rendered, and answers CANCELLED when the save dialog is dismissed', async () => {
    const { comparison, labels } = compareInDocument(revisedProduction(), 'Sent to legal', null);
    const html = comparisonHtml(comparison, labels);
    host.saveAnswers.push(null);
    const cancelled = await dispatcher.dispatch('revisions:exportComparison', APP_SENDER, { format: 'pdf', source: { kind: 'rendered', content: html } });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    host.saveAnswers.push(path.join(dir, 'rendered.pdf'));
    const done = await dispatcher.dispatch('revisions:exportComparison', APP_SENDER, { format: 'pdf', source: { kind: 'rendered', content: html } });
    expect(done).toMatchObject({ ok: true, data: { fileName: 'rendered.pdf' } });
    expect(execFileSync('pdftotext', [path.join(dir, 'rendered.pdf'), '-'], { encoding: 'utf8' })).toContain('Jon Smith');
  }, 60_000);

  it('refuses a malformed request and says why a file could not be written', async () => {
    const bad = await dispatcher.dispatch('revisions:exportComparison', APP_SENDER, { format: 'docx', source: { kind: 'rendered', content: 'x' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    host.saveAnswers.push(path.join(dir, 'no-such-folder', 'changes.txt'));
    const failed = await dispatcher.dispatch('revisions:exportComparison', APP_SENDER, { format: 'txt', source: { kind: 'rendered', content: 'hello' } });
    expect(failed).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED', message: expect.stringMatching(/^“changes\.txt” could not be written because the folder .* does not exist/) } });
  });
});
