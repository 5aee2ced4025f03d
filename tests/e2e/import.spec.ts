// Importing a crew list end to end (issue "Importing crew and cast lists"): a CSV chosen through the dialog, one
// column nobody recognises mapped by hand, an unknown title created on the spot, a person already in the
// production recognised instead of duplicated; nothing added before confirming, then one Undo takes it all back.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchApp, type RunningApp } from './harness';
import { CreditsPanel } from './pages/credits';
import { ImportPanel } from './pages/import';
import { PeoplePanel } from './pages/people-panel';
import { StartPage } from './pages/start-page';
import { Workspace } from './pages/workspace';

let app: RunningApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app.close();
});

/** The page models the tests here drive, all on the one window. */
function pageModels(page: Page) {
  return { start: new StartPage(page), workspace: new Workspace(page), people: new PeoplePanel(page), credits: new CreditsPanel(page), importer: new ImportPanel(page) };
}

const CREW_LIST = [
  'Full name,Crew position,Dept,Email',
  'Mara Lefort,Gaffer,Grip & Electric,',
  'Jonas Berg,Key Grip,Grip & Electric,jonas@example.com',
  '"Duarte, Inês",Script Supervisor,Camera,',
  'MARA  LEFORT,Best Boy Electric,Grip & Electric,',
].join('\r\n');

test('import: a crew list with a column mapped by hand and a known person, confirmed, then undone in one step', async () => {
  const { page } = app;
  const { start, workspace, people, credits, importer } = pageModels(page);
  const file = path.join(app.dataDir, 'night-train-crew.csv');
  await writeFile(file, CREW_LIST, 'utf8');

  await start.createProduction('Night Train');
  await workspace.openPanel('People & Companies');
  await people.add('Mara Lefort');
  await people.expectPerson('Mara Lefort');

  await workspace.openPanel('Import');
  await importer.importFile(app.dialogs, file);
  await expect(page.getByText('night-train-crew.csv', { exact: true })).toBeVisible();

  // "Crew position" is no header Rollcall knows: until it is mapped, no row has a title.
  await expect(importer.column('Column 1 (Full name)')).toHaveValue('name');
  await expect(importer.column('Column 3 (Dept)')).toHaveValue('department');
  await expect(importer.column('Column 2 (Crew position)')).toHaveValue('ignore');
  await expect(importer.row(/Jonas Berg/)).toContainText('Row 3 has no credit title.');
  await expect(importer.importButton).toBeDisabled();
  await importer.column('Column 2 (Crew position)').selectOption({ label: 'Credit title' });
  await expect(importer.row(/Jonas Berg/)).toContainText('Ready');

  // Mara Lefort is already in the production, however the list spells her; the others are new.
  await expect(importer.row(/^2 Mara Lefort/)).toContainText('Matches “Mara Lefort” in this production');
  await expect(importer.row(/MARA {1,2}LEFORT/)).toContainText('Matches “Mara Lefort” in this production');
  await expect(importer.row(/Jonas Berg/)).toContainText('New person');

  // Script Supervisor is not a title of this production: its row waits for a decision, then it is created.
  await expect(importer.row(/Duarte, Inês/)).toContainText('Cannot be imported');
  await importer.unknownTitle('Script Supervisor').selectOption({ label: 'Create “Script Supervisor”' });
  await expect(importer.row(/Duarte, Inês/)).toContainText('Script Supervisor (new)');
  await expect(page.getByText(/Credits go to 1 person already in the production, 2 new people\./)).toBeVisible();

  // Nothing has reached the production yet.
  await workspace.openPanel('Credits');
  await expect(page.getByText('No credits yet.')).toBeVisible();
  await expect(workspace.undo).toBeEnabled(); // the person added above
  await workspace.openPanel('Import');
  await importer.expectImportable(4);
  await importer.importButton.click();

  await workspace.expectNotice(/Imported 4 credits from “night-train-crew\.csv” for 2 new people, 1 person already in the production\./);
  await expect(workspace.tab('Credits')).toHaveAttribute('aria-selected', 'true');
  await expect(credits.list.getByRole('option')).toHaveCount(4);
  await expect(credits.credit(/^Mara Lefort, Gaffer/)).toBeVisible();
  await expect(credits.credit(/^Mara Lefort, Best Boy Electric/)).toBeVisible();
  await expect(credits.credit(/^Jonas Berg, Key Grip/)).toBeVisible();
  await expect(credits.credit(/^Duarte, Inês, Script Supervisor/)).toBeVisible();
  await workspace.openPanel('People & Companies');
  await expect(people.list.getByText('Mara Lefort', { exact: true })).toHaveCount(1);
  await people.expectPerson('Jonas Berg');

  // One Undo takes the whole import back: credits, new people and the new title; Mara Lefort stays.
  await workspace.undo.click();
  await people.expectPerson('Mara Lefort');
  await expect(people.list.getByText('Jonas Berg', { exact: true })).toHaveCount(0);
  await expect(people.list.getByText('Duarte, Inês', { exact: true })).toHaveCount(0);
  await workspace.openPanel('Credits');
  await expect(page.getByText('No credits yet.')).toBeVisible();
  await workspace.openPanel('Credit Titles');
  await expect(page.getByRole('tabpanel').getByText('Script Supervisor')).toHaveCount(0);

  // Redo brings it all back in one step too.
  await workspace.redo.click();
  await workspace.openPanel('Credits');
  await expect(credits.list.getByRole('option')).toHaveCount(4);
});

test('import: pasted rows match a person from the app-wide directory, and a bad row is skipped when asked', async () => {
  const { page } = app;
  const { start, workspace, people, credits, importer } = pageModels(page);

  // An earlier production puts Zoë Saldaña into the app-wide directory.
  await start.createProduction('Earlier Picture');
  await workspace.openPanel('People & Companies');
  await people.add('Zoë Saldaña');
  await people.expectPerson('Zoë Saldaña');
  await workspace.closeDiscarding();

  await start.createProduction('Night Shift');
  await workspace.openPanel('Import');
  await importer.pasteRows.fill('Name\tRole\nZoe Saldana\tProducer\n\tGaffer\nAna Ortiz\tColorist\n');
  // The preview is worked out off the UI thread, in the import worker.
  const worker = page.waitForEvent('worker');
  await importer.readPasted.click();
  expect((await worker).url()).toMatch(/preview-worker/);
  await expect(importer.preview).toBeVisible();
  await expect(importer.row(/Zoe Saldana/)).toContainText('Matches “Zoë Saldaña” from your directory');
  await expect(importer.row(/^3 /)).toContainText('Row 3 has no name.');
  await expect(importer.importButton).toBeDisabled();
  await expect(page.getByText('1 row has a problem: fix it or choose to skip bad rows.')).toBeVisible();

  await importer.skipBadRows.check();
  await importer.expectImportable(2);
  await importer.importButton.click();
  await workspace.expectNotice(/Imported 2 credits from pasted rows for 1 new person, 1 person from the directory\..*1 row could not be imported and was skipped\./);
  await expect(credits.list.getByRole('option')).toHaveCount(2);
  await expect(credits.credit(/^Zoë Saldaña, Producer/)).toBeVisible();
  await expect(credits.credit(/^Ana Ortiz, Colorist/)).toBeVisible();
});

test('import: an Excel workbook, read from the sheet chosen in the sheet menu', async () => {
  const { page } = app;
  const { workspace, credits, importer } = pageModels(page);
  const file = path.join(app.dataDir, 'night-train.xlsx');
  const workbook = new ExcelJS.Workbook();
  const cast = workbook.addWorksheet('Cast');
  cast.addRows([
    ['Actor', 'Character'],
    ['Ana Ortiz', 'The Conductor'],
  ]);
  const crew = workbook.addWorksheet('Crew');
  crew.addRows([
    ['NIGHT TRAIN — crew list'],
    [],
    ['Name', 'Job', 'Department'],
    ['Jonas Berg', 'Key Grip', 'Grip & Electric'],
    ['Lena Vogt', 'Colorist', 'Post-Production'],
  ]);
  await workbook.xlsx.writeFile(file);

  await new StartPage(page).createProduction('Night Train');
  await workspace.openPanel('Import');
  await importer.importFile(app.dialogs, file);
  await expect(importer.sheet).toHaveValue('Cast');
  await expect(importer.row(/Ana Ortiz/)).toContainText('Cast as The Conductor');

  await importer.sheet.selectOption('Crew');
  await expect(importer.row(/Jonas Berg/)).toContainText('Key Grip');
  await expect(importer.row(/Lena Vogt/)).toContainText('Colorist');
  await expect(importer.preview.getByRole('row', { name: /Ana Ortiz/ })).toHaveCount(0);
  await importer.expectImportable(2);
  await importer.importButton.click();
  await workspace.expectNotice(/Imported 2 credits from “night-train\.xlsx”/);
  await expect(credits.list.getByRole('option')).toHaveCount(2);
  await expect(credits.credit(/^Jonas Berg, Key Grip/)).toBeVisible();
  await expect(credits.credit(/^Lena Vogt, Colorist/)).toBeVisible();
});
