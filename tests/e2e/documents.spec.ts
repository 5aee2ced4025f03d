// Production documents end to end: save and reopen, the unsaved-changes prompt, a change made by another
// program, recovery after a crash, a corrupt file refused, and a file handed over by a second launch.
import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HARNESS_ORIGIN, launchApp, type RunningApp } from './harness';
import { harnessOnly } from './harness-only';
import { PeoplePanel } from './pages/people-panel';
import { StartPage } from './pages/start-page';
import { Workspace } from './pages/workspace';

let app: RunningApp | null = null;
let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-docs-'));
});
test.afterEach(async () => {
  await app?.close();
  app = null;
});

async function rename(page: Page, title: string) {
  await page.getByRole('button', { name: 'Production Details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Production details' });
  await dialog.getByLabel('Production title').fill(title);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

async function createAndSave(title: string, file: string) {
  app = await launchApp();
  const start = new StartPage(app.page);
  await start.createProduction(title, { kind: 'documentary', year: 2026 });
  await app.dialogs.nextSave(file);
  await new Workspace(app.page).save.click();
  await expect(app.page.getByRole('status')).toContainText(`Saved as ${path.basename(file)}`);
  return app;
}

test('create, save, close, reopen: the same production comes back', async () => {
  const file = path.join(folder, 'Night Train.rollcall');
  const { page, dialogs } = await createAndSave('Night Train', file);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  expect(saved).toMatchObject({ format: 'rollcall', formatVersion: 2, production: { title: 'Night Train', kind: 'documentary', year: 2026 } });
  await expect(page).toHaveTitle(/^Night Train — Night Train\.rollcall — Rollcall$/);

  await new Workspace(page).closeProduction.click();
  const start = new StartPage(page);
  await start.expectShown();
  await expect(start.recent.getByRole('button', { name: 'Night Train.rollcall' })).toBeVisible();

  await dialogs.nextOpen(file);
  await start.openButton.click();
  await expect(page.getByRole('heading', { name: 'Night Train', level: 1 })).toBeVisible();
  await new Workspace(page).closeProduction.click();
  await start.openRecent('Night Train.rollcall');
  await expect(page.getByRole('heading', { name: 'Night Train', level: 1 })).toBeVisible();
});

test('Production Details names the kinds of production as the start page does ("Feature film", not "Feature")', async () => {
  app = await launchApp();
  const start = new StartPage(app.page);
  await expect(start.kind).toBeVisible();
  const kinds = await start.kind.getByRole('option').allTextContents();
  expect(kinds).toContain('Feature film');
  await start.createProduction('Kind Words', { kind: 'feature' });
  await app.page.getByRole('button', { name: 'Production Details…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Production details' });
  const kind = dialog.getByLabel('Kind');
  expect(await kind.getByRole('option').allTextContents()).toEqual(kinds);
  await expect(kind.locator('option:checked')).toHaveText('Feature film');
});

test('applying production details unchanged is no edit: nothing to save, nothing to undo', async () => {
  const file = path.join(folder, 'Unchanged.rollcall');
  const { page } = await createAndSave('Unchanged', file);
  await expect(page).toHaveTitle(/^Unchanged — /);
  await page.getByRole('button', { name: 'Production Details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Production details' });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle(/^Unchanged — /);
  await expect(new Workspace(page).undo).toBeDisabled();
  await rename(page, 'Changed');
  await expect(page).toHaveTitle(/^• Changed — /);
  // One undo takes back the rename, and the unchanged Apply before it left no step of its own.
  await new Workspace(page).undo.click();
  await expect(page.getByRole('heading', { name: 'Unchanged', level: 1 })).toBeVisible();
  await expect(new Workspace(page).undo).toBeDisabled();
});

test('closing with unsaved changes asks, and Cancel keeps them', async () => {
  const file = path.join(folder, 'Dirty.rollcall');
  const { page } = await createAndSave('Dirty', file);
  await rename(page, 'Dirty Harry');
  await expect(page).toHaveTitle(/^• Dirty Harry/);
  const ws = new Workspace(page);
  await ws.closeProduction.click();
  const prompt = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(prompt).toContainText('Do you want to save the changes you made to “Dirty Harry”?');
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Dirty Harry', level: 1 })).toBeVisible();

  await ws.closeProduction.click();
  await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Save', exact: true }).click();
  await new StartPage(page).expectShown();
  expect(JSON.parse(await readFile(file, 'utf8')).production.title).toBe('Dirty Harry');
});

test('a change made by another program is not silently overwritten', async () => {
  const file = path.join(folder, 'Shared.rollcall');
  const { page } = await createAndSave('Shared', file);
  const onDisk = JSON.parse(await readFile(file, 'utf8'));
  onDisk.production.title = 'Changed Elsewhere';
  await writeFile(file, JSON.stringify(onDisk, null, 2));

  await rename(page, 'Changed Here');
  await new Workspace(page).save.click();
  const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
  await expect(dialog).toBeVisible();
  expect(JSON.parse(await readFile(file, 'utf8')).production.title).toBe('Changed Elsewhere');
  await dialog.getByRole('button', { name: 'Overwrite with my version' }).click();
  await expect(page.getByRole('status')).toContainText('Saved Shared.rollcall');
  expect(JSON.parse(await readFile(file, 'utf8')).production.title).toBe('Changed Here');
});

test('after a crash, the next launch offers to recover unsaved edits', async () => {
  const file = path.join(folder, 'Crash.rollcall');
  const first = await createAndSave('Crash', file);
  await rename(first.page, 'Crash Recovered');
  const dataDir = first.dataDir;
  await first.kill();
  app = null;

  app = await launchApp({ dataDir });
  const prompt = app.page.getByRole('dialog', { name: 'Recover unsaved changes?' });
  await expect(prompt).toContainText('“Crash Recovered”');
  await prompt.getByRole('button', { name: 'Recover' }).click();
  await expect(app.page.getByRole('heading', { name: 'Crash Recovered', level: 1 })).toBeVisible();
  expect(JSON.parse(await readFile(file, 'utf8')).production.title).toBe('Crash');
  await new Workspace(app.page).save.click();
  await expect(app.page.getByRole('status')).toContainText('Saved Crash.rollcall');
  expect(JSON.parse(await readFile(file, 'utf8')).production.title).toBe('Crash Recovered');
});

test('unsaved work left by the first version of the working copy (a record per row) is recovered after the upgrade', async () => {
  harnessOnly('origin');
  const file = path.join(folder, 'Upgrade.rollcall');
  const first = await createAndSave('Upgrade', file);
  const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  // Leave the app's origin without its scripts, then write the database as version 1 of WorkingCopyDb did.
  await first.page.goto(`${HARNESS_ORIGIN}/blank`);
  await first.page.evaluate(async ({ document, tables }) => {
    const done = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const current = await done(indexedDB.open('rollcall-working-copy'));
    const [session] = (await done(current.transaction('sessions').objectStore('sessions').getAll())) as { docId: string; production: object }[];
    current.close();
    await done(indexedDB.deleteDatabase('rollcall-working-copy'));
    const opening = indexedDB.open('rollcall-working-copy', 10); // Dexie's version 1
    opening.onupgradeneeded = () => {
      const idb = opening.result;
      idb.createObjectStore('sessions', { keyPath: 'docId' });
      for (const table of tables) {
        const store = idb.createObjectStore(table, { keyPath: ['docId', 'id'] });
        store.createIndex('docId', 'docId');
        if (table === 'credits') store.createIndex('[docId+titleId]', ['docId', 'titleId']);
        if (table === 'audit') store.createIndex('[docId+entityId]', ['docId', 'entityId']);
      }
    };
    const v1 = await done(opening);
    const tx = v1.transaction(['sessions', ...tables], 'readwrite');
    tx.objectStore('sessions').put({ ...session, edited: true, production: { ...session.production, title: 'Upgrade Unsaved' } });
    const people = [...(document.people as object[]), { id: 'p-upgrade', name: 'Zoë Saldaña', sortName: '', legalName: '', pronouns: '', guilds: [], contact: { email: '', phone: '', address: '', agent: '' }, notes: '' }];
    for (const table of tables) {
      for (const row of table === 'people' ? people : (document[table] as object[])) tx.objectStore(table).put({ ...row, docId: session.docId });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    v1.close();
  }, { document: saved, tables: ['departments', 'titles', 'contributionTypes', 'people', 'companies', 'credits', 'songs', 'images', 'paragraphs', 'audit', 'revisions'] });
  const dataDir = first.dataDir;
  await first.kill();
  app = await launchApp({ dataDir });
  const prompt = app.page.getByRole('dialog', { name: 'Recover unsaved changes?' });
  await expect(prompt).toContainText('“Upgrade Unsaved”');
  await prompt.getByRole('button', { name: 'Recover' }).click();
  await new Workspace(app.page).expectTitle('Upgrade Unsaved');
  await new Workspace(app.page).openPanel('People & Companies');
  await new PeoplePanel(app.page).expectPerson('Zoë Saldaña');
  await new Workspace(app.page).save.click();
  await expect(app.page.getByRole('status')).toContainText('Saved Upgrade.rollcall');
  const after = JSON.parse(await readFile(file, 'utf8'));
  expect(after.production.title).toBe('Upgrade Unsaved');
  expect(after.people.map((p: { name: string }) => p.name)).toContain('Zoë Saldaña');
  expect(after.titles).toHaveLength((saved.titles as object[]).length);
});

test('a corrupt file is refused with a sentence and left untouched', async () => {
  const file = path.join(folder, 'Broken.rollcall');
  const bytes = '{"format":"rollcall","formatVersion":2,"production":{"title":';
  await writeFile(file, bytes);
  app = await launchApp();
  await app.dialogs.nextOpen(file);
  await new StartPage(app.page).openButton.click();
  await expect(app.page.getByRole('status')).toContainText(/Broken\.rollcall/);
  await new StartPage(app.page).expectShown();
  expect(await readFile(file, 'utf8')).toBe(bytes);
});

test('a file handed over by a second launch opens in the running app', async () => {
  harnessOnly('handOver');
  const file = path.join(folder, 'Handed.rollcall');
  const first = await createAndSave('Handed Over', file);
  await new Workspace(first.page).closeProduction.click();
  await first.handOver(file);
  await expect(first.page.getByRole('heading', { name: 'Handed Over', level: 1 })).toBeVisible();
});

test('a file given on the command line opens at start', async () => {
  const file = path.join(folder, 'Argv.rollcall');
  const first = await createAndSave('From The Command Line', file);
  await first.close();
  app = await launchApp({ openFile: file });
  await expect(app.page.getByRole('heading', { name: 'From The Command Line', level: 1 })).toBeVisible();
});

for (const damage of ['lost', 'corrupt'] as const) {
  test(`with the working copy ${damage}, the app still opens the file`, async () => {
    harnessOnly('profile');
    const file = path.join(folder, 'Sturdy.rollcall');
    const first = await createAndSave('Sturdy', file);
    await rename(first.page, 'Sturdy Unsaved');
    const dataDir = first.dataDir;
    await first.close();
    app = null;
    const idb = path.join(dataDir, 'chromium-profile', 'Default', 'IndexedDB');
    if (damage === 'lost') {
      await rm(idb, { recursive: true, force: true });
    } else {
      for (const entry of await readdir(idb, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) await writeFile(path.join(entry.parentPath, entry.name), randomBytes(4096));
      }
    }
    app = await launchApp({ dataDir });
    const start = new StartPage(app.page);
    await start.expectShown();
    await app.dialogs.nextOpen(file);
    await start.openButton.click();
    await expect(app.page.getByRole('heading', { name: 'Sturdy', level: 1 })).toBeVisible();
    expect(JSON.parse(await readFile(file, 'utf8')).production.title).toBe('Sturdy');
  });
}
