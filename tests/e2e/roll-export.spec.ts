// Credit rolls and exports end to end (issue "Credit rolls and exports"): open a production, see its roll in the
// live preview, change the style and see the preview follow, export the PDF review copy from the panel's Export
// button and the CSV from File > Export, and read both files back (the PDF through pdftotext). Crawl timing says
// plainly when a target running time cannot be met.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { serialiseDocument } from '../../shared/format';
import { createCredit, createDocument, createPerson } from '../../shared/model/create';
import type { RollcallDocument } from '../../shared/model/types';
import { launchApp, type RunningApp } from './harness';
import { onHarnessHost } from './harness-only';
import { ExportDialog, RollPanel } from './pages/roll';
import { StartPage } from './pages/start-page';
import { Workspace } from './pages/workspace';

let app: RunningApp;
test.afterEach(async () => {
  await app?.close();
});

/** A small feature: a director on the opening titles, producers and crew in the end credits. */
function nightTrain(): RollcallDocument {
  const doc = createDocument({ title: 'Night Train', kind: 'feature', year: 2026 });
  const title = (name: string) => doc.titles.find((t) => t.name === name)!.id;
  const people = {
    ana: createPerson({ name: 'Ana Ruiz' }),
    zoe: createPerson({ name: 'Zoë Saldaña' }),
    kwame: createPerson({ name: 'Kwame Mensah' }),
    bjorn: createPerson({ name: 'Björn Ångström' }),
    chen: createPerson({ name: '陈美玲' }),
  };
  doc.people.push(...Object.values(people));
  const by = (personId: string) => ({ kind: 'person' as const, personId });
  doc.credits.push(
    createCredit({ titleId: title('Directed by'), subject: by(people.ana.id), placement: 'main' }),
    createCredit({ titleId: title('Producer'), subject: by(people.zoe.id) }),
    createCredit({ titleId: title('Associate Producer'), subject: by(people.kwame.id) }),
    createCredit({ titleId: title('Director of Photography'), subject: by(people.bjorn.id) }),
    createCredit({ titleId: title('Camera Operator'), subject: by(people.chen.id) }),
  );
  return doc;
}

/** The fixture written as a .rollcall file in a temporary folder, handed to the app as if on its command line. */
async function openNightTrain(): Promise<RunningApp> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-roll-'));
  const file = path.join(folder, 'Night Train.rollcall');
  await writeFile(file, serialiseDocument(nightTrain()));
  return launchApp({ openFile: file });
}

test('roll: preview follows the style; PDF and CSV exported from the dialog read back', async () => {
  app = await openNightTrain();
  const { page } = app;
  const workspace = new Workspace(page);
  const roll = new RollPanel(page);
  await workspace.expectTitle('Night Train');
  await workspace.openPanel('Roll & Export');

  // The preview shows the roll: the department heading and the names as entered.
  await expect(roll.preview.getByRole('heading', { name: 'Camera' })).toBeVisible();
  const zoe = roll.previewText('Zoë Saldaña');
  await expect(zoe).toBeVisible();
  await expect(zoe).toHaveCSS('text-transform', 'none');
  await expect(roll.previewText('陈美玲')).toBeAttached();

  // Style changes show at once: upper-case names, another typeface, a larger name size.
  await roll.choose('Name case', 'UPPER CASE');
  await expect(zoe).toHaveCSS('text-transform', 'uppercase');
  await roll.choose('Typeface', 'Noto Serif');
  await expect(zoe).toHaveCSS('font-family', /^"Noto Serif"/);
  const fontSize = async () => parseFloat(await zoe.evaluate((el) => getComputedStyle(el).fontSize));
  const sizeBefore = await fontSize();
  await roll.field('Name size (px)').fill('54');
  await expect.poll(async () => (await fontSize()) / sizeBefore).toBeCloseTo(54 / 36, 1);
  await expect(roll.field('Preset')).toHaveValue('custom');
  // The title-safe guides are a class on the preview's body, toggled without redrawing the roll.
  await expect(roll.preview.locator('body')).toHaveClass(/rc-safe-on/);
  await roll.safeArea.uncheck();
  await expect(roll.preview.locator('body')).not.toHaveClass(/rc-safe-on/);
  // Role-name pairs in two columns: the Producer and the Associate Producer, one under the other, move side by side.
  const kwame = roll.previewText('Kwame Mensah');
  const top = async (locator: typeof zoe) => (await locator.boundingBox())?.y ?? NaN;
  const left = async (locator: typeof zoe) => (await locator.boundingBox())?.x ?? NaN;
  expect(await top(kwame)).toBeGreaterThan((await top(zoe)) + 5);
  await expect(roll.field('Role-name columns')).toHaveValue('1');
  await roll.choose('Role-name columns', '2 (side by side)');
  await expect.poll(async () => Math.abs((await top(kwame)) - (await top(zoe)))).toBeLessThan(2);
  expect(await left(kwame)).toBeGreaterThan(await left(zoe));
  // Back to one column, so the review copy below keeps each long name on one line for pdftotext.
  await roll.choose('Role-name columns', '1 (one role under another)');
  await expect.poll(async () => (await top(kwame)) - (await top(zoe))).toBeGreaterThan(5);
  await expect(roll.field('Opening title cards')).toHaveValue('single');
  // The edits were written to the working copy (one undo step each), so the exports see them.
  await expect(workspace.undo).toBeEnabled();

  // PDF review copy from the panel's Export… button.
  const pdfPath = path.join(app.dataDir, 'review.pdf');
  await roll.exportButton.click();
  const exportDialog = new ExportDialog(page);
  await expect(exportDialog.format('PDF review copy')).toBeChecked();
  await expect(exportDialog.revision).toHaveValue('Working copy');
  await exportDialog.revision.fill('Locked cut 3');
  await app.dialogs.nextSave(pdfPath);
  await exportDialog.export('PDF review copy');
  await workspace.expectNotice('Exported review.pdf.');
  await onHarnessHost(app, 'the Save dialog suggested the production, revision and format', (host) =>
    expect(host.dialogsShown.at(-1)?.defaultName).toBe('Night Train (Locked cut 3) - Credits.pdf'),
  );
  const pdf = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(pdf.status).toBe(0);
  const text = pdf.stdout.normalize('NFC');
  expect(text).toContain('Page 1 of');
  expect(text).toContain('Revision: Locked cut 3');
  expect(text).toContain('Night Train');
  // The names as the style shows them (upper case), every script intact.
  for (const name of ['ANA RUIZ', 'ZOË SALDAÑA', 'KWAME MENSAH', 'BJÖRN ÅNGSTRÖM', '陈美玲']) expect(text).toContain(name);

  // CSV for legal and accounting from File > Export: the same dialog, opened by the menu command.
  const csvPath = path.join(app.dataDir, 'credits.csv');
  await workspace.openPanel('Credits');
  await app.emit('menu:command', { command: 'export' });
  await expect(workspace.tab('Roll & Export')).toHaveAttribute('aria-selected', 'true');
  await app.dialogs.nextSave(csvPath);
  await exportDialog.export(/^CSV/);
  await workspace.expectNotice('Exported credits.csv.');
  const csv = Papa.parse<Record<string, string>>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, delimiter: ',' });
  expect(csv.errors).toEqual([]);
  const rows = new Map(csv.data.map((r) => [r['Person or company'], r]));
  expect([...rows.keys()].sort()).toEqual(['Ana Ruiz', 'Björn Ångström', 'Kwame Mensah', 'Zoë Saldaña', '陈美玲'].sort());
  expect(rows.get('Zoë Saldaña')?.Title).toBe('Producer');
  expect(rows.get('Ana Ruiz')?.Placement).toMatch(/main/i);
  expect(rows.get('Björn Ångström')?.Department).toBe('Camera');
});

test('roll: crawl timing gives the running time and says when a target cannot be met', async () => {
  app = await openNightTrain();
  const workspace = new Workspace(app.page);
  const roll = new RollPanel(app.page);
  await workspace.expectTitle('Night Train');
  await workspace.openPanel('Roll & Export');

  // The running time follows the speed: twice the pixels per frame, about half the time.
  await expect(roll.timing).toContainText('Running time of the end crawl');
  await expect(roll.timingField('Speed (px per frame)')).toHaveValue('4');
  const seconds = async () => Number(/\((\d+) seconds?\)/.exec((await roll.timing.textContent()) ?? '')?.[1]);
  const atFour = await seconds();
  expect(atFour).toBeGreaterThan(0);
  await roll.timingField('Speed (px per frame)').fill('8');
  await expect.poll(seconds).toBeLessThan(atFour * 0.6);

  // A fractional speed is refused in a sentence and not applied.
  await roll.timingField('Speed (px per frame)').fill('4.5');
  await expect(roll.timing.getByText('Speed (px per frame) must be a whole number from 1 to 30.')).toBeVisible();

  // An hour for five credits cannot be met: the panel says so and gives the nearest possible time.
  await roll.timingField('Target running time (m:ss)').fill('60:00');
  await roll.fitButton.click();
  const alert = roll.timing.getByRole('alert');
  await expect(alert).toContainText('The credits cannot run 1:00:00 (3600 seconds)');
  await expect(alert).toContainText('The nearest possible running time is');
  // "Use the nearest time: 0:10 (10 seconds)", without brackets inside brackets.
  const nearest = roll.timing.getByRole('button', { name: /^Use the nearest time: \d+:\d\d \(\d+ seconds?\)$/ });
  await expect(nearest).toBeVisible();
  expect(await nearest.textContent()).not.toMatch(/\(.*\(/);
  await nearest.click();
  await expect(alert).toBeHidden();
  await expect(roll.field('Line height')).toHaveValue('1.45');

  // A target the roll can meet is met, and the line height moves inside 1.20-1.45.
  await roll.timingField('Frame rate').selectOption({ label: '25 fps' });
  // A second under the current time: met by tightening the line height at the same speed.
  const wanted = (await seconds()) - 1;
  await roll.timingField('Target running time (m:ss)').fill(`${Math.floor(wanted / 60)}:${String(wanted % 60).padStart(2, '0')}`);
  await roll.fitButton.click();
  await expect(roll.timing.getByText(/^The crawl runs /)).toBeVisible();
  const lineHeight = Number(await roll.field('Line height').inputValue());
  expect(lineHeight).toBeGreaterThanOrEqual(1.2);
  expect(lineHeight).toBeLessThanOrEqual(1.45);
});

test('roll: a long roll shows its first screen, then every name; a series previews one episode', async () => {
  // 1,200 crew across the departments of a series, one guest only in episode 2.
  const doc = createDocument({ title: 'Harbour Lights', kind: 'series', year: 2026 });
  doc.production.episodes.push({ id: 'ep-1', season: 1, number: 1, title: 'Tides' }, { id: 'ep-2', season: 1, number: 2, title: 'Undertow' });
  const crewTitles = doc.titles.filter((t) => !/Produc|Directed|Written|Screenplay|Story|Based|Starring|Cast/.test(t.name));
  for (let i = 0; i < 1200; i++) {
    const person = createPerson({ name: `Crew Member ${String(i).padStart(4, '0')}` });
    doc.people.push(person);
    doc.credits.push(createCredit({ titleId: crewTitles[i % crewTitles.length].id, subject: { kind: 'person', personId: person.id } }));
  }
  const guest = createPerson({ name: 'Guest Only In Two' });
  doc.people.push(guest);
  const guestTitle = doc.titles.find((t) => t.name === 'Camera Operator')!.id;
  doc.credits.push(createCredit({ titleId: guestTitle, subject: { kind: 'person', personId: guest.id }, episodes: ['ep-2'] }));
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-roll-'));
  const file = path.join(folder, 'Harbour Lights.rollcall');
  await writeFile(file, serialiseDocument(doc));
  app = await launchApp({ openFile: file });
  const workspace = new Workspace(app.page);
  const roll = new RollPanel(app.page);
  await workspace.expectTitle('Harbour Lights');
  await workspace.openPanel('Roll & Export');

  // Every name arrives in the preview, the last department included.
  await expect(roll.toolbar).toContainText('1,201 credits, 1,201 names on the roll');
  await expect(roll.preview.getByText(/^Crew Member \d{4}$/)).toHaveCount(1200);
  await expect(roll.previewText('Guest Only In Two')).toBeAttached();

  // Episode 1's roll leaves the episode-2 guest off; episode 2's has them.
  const episode = roll.toolbar.getByLabel('Episode');
  await episode.selectOption({ label: 'S01E01 Tides' });
  await expect(roll.toolbar).toContainText('1,200 credits');
  await expect(roll.previewText('Guest Only In Two')).toHaveCount(0);
  await episode.selectOption({ label: 'S01E02 Undertow' });
  await expect(roll.previewText('Guest Only In Two')).toBeAttached();
  await expect(roll.preview.getByText(/^Crew Member \d{4}$/)).toHaveCount(1200);

  // The Export dialog offers the episode chosen in the panel.
  await roll.exportButton.click();
  const exportDialog = new ExportDialog(app.page);
  await expect(exportDialog.dialog.getByLabel('Episode')).toHaveValue('ep-2');
  const txtPath = path.join(folder, 'episode-2.txt');
  await app.dialogs.nextSave(txtPath);
  await exportDialog.export('Plain text');
  await workspace.expectNotice('Exported episode-2.txt.');
  await onHarnessHost(app, 'the Save dialog suggested the series and episode', (host) =>
    expect(host.dialogsShown.at(-1)?.defaultName).toBe('Harbour Lights S1E02 - Credits.txt'),
  );
  const text = await readFile(txtPath, 'utf8');
  expect(text).toContain('Guest Only In Two');
  expect(text).toContain('Crew Member 1199');
});

test('roll: an empty roll says so in the preview and the Export dialog warns it would export no credits', async () => {
  app = await launchApp();
  const { page } = app;
  const workspace = new Workspace(page);
  const roll = new RollPanel(page);
  await new StartPage(page).createProduction('Nothing Yet');
  await workspace.openPanel('Roll & Export');

  // Not a blank frame: the preview says why it is empty and where credits are added.
  await expect(roll.panel.getByText('No credits on the roll yet: add credits in the Credits panel.')).toBeVisible();

  const dialog = new ExportDialog(page);
  await roll.exportButton.click();
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.dialog.getByText('this export would contain no credits', { exact: false })).toBeVisible();
  // A warning, not a refusal: the user may still export.
  await expect(dialog.exportButton).toBeEnabled();
});
