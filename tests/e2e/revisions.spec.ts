// Revisions end to end (issue "Revisions and what changed"): save a named revision, change a credit in the
// Credits panel, see the change before and after in the comparison, export it as text and PDF and read both back,
// then restore the revision and undo the restore.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchApp, type RunningApp } from './harness';
import { userNameOf } from './harness-only';
import { CreditsPanel } from './pages/credits';
import { ExportDialog } from './pages/roll';
import { RevisionsPanel } from './pages/revisions';
import { StartPage } from './pages/start-page';
import { Workspace } from './pages/workspace';

let app: RunningApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app.close();
});

test('revisions: save, change a credit, compare before and after, export as text and PDF, restore and undo', async () => {
  const { page } = app;
  const start = new StartPage(page);
  const workspace = new Workspace(page);
  const credits = new CreditsPanel(page);
  const revisions = new RevisionsPanel(page);
  const textFile = path.join(app.dataDir, 'changes.txt');
  const pdfFile = path.join(app.dataDir, 'changes.pdf');

  await start.createProduction('Night Train', { year: 2026 });
  await credits.addCredit({ who: 'Mara Lefort', pick: /^Add new person/, title: 'gaffer', titleOption: /^Gaffer/ });
  await expect(credits.credit(/^Mara Lefort, Gaffer, End credits/)).toBeVisible();

  // The revision keeps who saved it, when, and the note.
  await workspace.openPanel('Revisions');
  await expect(page.getByText('No revisions yet.', { exact: false })).toBeVisible();
  // Nothing to compare yet: both menus show the current credits, so Compare waits and says why.
  await expect(revisions.before).toHaveValue('current');
  await expect(revisions.compare).toBeDisabled();
  await expect(revisions.compare).toHaveAccessibleDescription('Save a revision first to compare it with the current credits.');
  await expect(page.getByText('Save a revision first to compare it with the current credits.')).toBeVisible();
  await revisions.save('Sent to legal', 'Before the studio notes');
  await expect(revisions.revision('Sent to legal')).toContainText(userNameOf(app));
  await expect(revisions.revision('Sent to legal')).toContainText('Before the studio notes');
  await expect(revisions.revision('Sent to legal').getByRole('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  // The compare menus give the revision's date as the list does ("28 Nov 2026"), not as "2026-11-28".
  const listed = (await revisions.revision('Sent to legal').getByRole('time').textContent()) ?? '';
  const day = listed.split(',')[0];
  expect(day).toMatch(/^\d{1,2} [A-Z][a-z]{2,4} \d{4}$/);
  await expect(revisions.before.getByRole('option', { name: `Sent to legal (${day})`, exact: true })).toHaveCount(1);

  // Export suggests the revision's name while the credits are still the ones it saved.
  const exportDialog = new ExportDialog(page);
  await app.emit('menu:command', { command: 'export' });
  await expect(exportDialog.revision).toHaveValue('Sent to legal');
  await exportDialog.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(exportDialog.dialog).toBeHidden();
  // File > Export opens the Roll & Export panel behind the dialog.
  await workspace.openPanel('Revisions');

  // A name already used (in any case) is refused with a sentence, and nothing is saved.
  await revisions.saveRevision.click();
  const dialog = page.getByRole('dialog', { name: 'Save Revision' });
  await dialog.getByLabel('Revision name').fill('  SENT TO LEGAL ');
  await dialog.getByRole('button', { name: 'Save Revision' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('There is already a revision named “Sent to legal”; choose another name.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(revisions.list.getByRole('row')).toHaveCount(2);

  // A change through the Credits panel: the credit moves to the main titles and gets an on-screen spelling.
  await workspace.openPanel('Credits');
  await credits.open(/^Mara Lefort, Gaffer/);
  await credits.editor.getByLabel('Placement').selectOption({ label: 'Opening/main titles' });
  await credits.editor.getByLabel('Credited as').fill('Mara L. Lefort');
  await credits.editor.getByRole('button', { name: 'Save Changes' }).click();
  await expect(credits.credit(/^Mara Lefort, Gaffer, credited as Mara L\. Lefort, Opening\/main titles/)).toBeVisible();
  // The list's placement column uses the form's words.
  await expect(credits.credit(/^Mara Lefort, Gaffer/).locator('.col-placement')).toHaveText('Opening/main titles');

  // After the change a PDF must not print "Revision: Sent to legal" over credits legal never saw.
  await app.emit('menu:command', { command: 'export' });
  await expect(exportDialog.dialog).toBeVisible();
  await expect(exportDialog.revision).toHaveValue('Working copy');
  await expect(exportDialog.revision).not.toHaveValue('Sent to legal', { timeout: 1000 });
  await exportDialog.dialog.getByRole('button', { name: 'Cancel' }).click();

  // The comparison: the newest revision against the current credits, each change before and after.
  await workspace.openPanel('Revisions');
  await expect(revisions.before).toHaveValue(/^rev:/);
  await expect(revisions.after).toHaveValue('current');
  await expect(revisions.compare).toBeEnabled();
  // The same version on both sides: Compare waits and says why.
  const saved = await revisions.before.inputValue();
  await revisions.after.selectOption(saved);
  await expect(revisions.compare).toBeDisabled();
  await expect(revisions.compare).toHaveAccessibleDescription('Choose two different versions to compare.');
  await revisions.after.selectOption('current');
  await revisions.compare.click();
  await expect(revisions.comparison).toContainText('0 credits added, 0 credits removed, 1 credit changed');
  await expect(revisions.changedCredit('Gaffer: Mara L. Lefort')).toBeVisible();
  await expect(revisions.change('Gaffer: Mara L. Lefort', 'Placement').getByRole('cell')).toHaveText(['end credits', 'opening/main titles']);
  await expect(revisions.change('Gaffer: Mara L. Lefort', 'Name as credited').getByRole('cell')).toHaveText(['Mara Lefort', 'Mara L. Lefort']);

  // Exported as text and as PDF, and read back.
  await app.dialogs.nextSave(textFile);
  await revisions.export('Plain text');
  await workspace.expectNotice('Exported the comparison to changes.txt.');
  const text = await readFile(textFile, 'utf8');
  expect(text).toContain('Night Train: what changed from “Sent to legal (');
  expect(text).toContain('to “Current credits”');
  expect(text).toMatch(/CHANGED \(1\)\n {2}\* Gaffer: Mara L\. Lefort\n/);
  expect(text).toContain('Placement: end credits → opening/main titles');
  expect(text).toContain('Name as credited: Mara Lefort → Mara L. Lefort');

  await workspace.dismissNotices();
  await app.dialogs.nextSave(pdfFile);
  await revisions.export('PDF document');
  await workspace.expectNotice('Exported the comparison to changes.pdf.');
  const pdf = await readFile(pdfFile);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdfText).toContain('Night Train: what changed');
  expect(pdfText).toContain('Changed (1)');
  expect(pdfText).toContain('Gaffer Mara L. Lefort');
  expect(pdfText).toContain('Placement end credits opening/main titles');
  expect(pdfText).toContain('Name as credited Mara Lefort Mara L. Lefort');
  expect(pdfText).toContain('0 credits added, 0 credits removed, 1 credit changed');

  // Restoring the revision puts the credit back as legal saw it; one Undo brings the change back.
  // Title Case like every other button, and Cancel before Restore as in every other dialog.
  await revisions.revision('Sent to legal').getByRole('button', { name: 'Restore This Revision', exact: true }).click();
  const restoreDialog = page.getByRole('dialog', { name: 'Restore this revision?' });
  await expect(restoreDialog.getByRole('button')).toHaveText(['Cancel', 'Restore']);
  await restoreDialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await workspace.expectNotice('Restored the credits of “Sent to legal”.');
  await workspace.openPanel('Credits');
  await expect(credits.credit(/^Mara Lefort, Gaffer, End credits/)).toBeVisible();
  await workspace.undo.click();
  await expect(credits.credit(/^Mara Lefort, Gaffer, credited as Mara L\. Lefort, Opening\/main titles/)).toBeVisible();
});

test('revisions: compare with another production file, and start a new production from a revision', async () => {
  const { page } = app;
  const start = new StartPage(page);
  const workspace = new Workspace(page);
  const credits = new CreditsPanel(page);
  const revisions = new RevisionsPanel(page);
  const v6 = path.join(app.dataDir, 'night-train-v6.rollcall');

  await start.createProduction('Night Train', { year: 2026 });
  await credits.addCredit({ who: 'Mara Lefort', pick: /^Add new person/, title: 'gaffer', titleOption: /^Gaffer/ });
  await app.dialogs.nextSave(v6);
  await workspace.save.click();
  await workspace.expectNotice('Saved as night-train-v6.rollcall.');
  // From the keyboard: the dialog opens with the name field focused, and Enter saves.
  await workspace.openPanel('Revisions');
  await revisions.saveRevision.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Save Revision' }).getByLabel('Revision name')).toBeFocused();
  await page.keyboard.type('Studio approved');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Save Revision' })).toBeHidden();
  await expect(revisions.revision('Studio approved')).toBeVisible();

  // Saved in the file once: the revision's snapshot, and an audit that names the revision without copying it.
  await workspace.dismissNotices();
  await workspace.save.click();
  await workspace.expectNotice('Saved night-train-v6.rollcall.');
  const saved = JSON.parse(await readFile(v6, 'utf8')) as { revisions: { id: string; name: string; createdBy: string; snapshot: unknown }[]; audit: { entityId: string }[] };
  expect(saved.revisions.map((r) => [r.name, r.createdBy])).toEqual([['Studio approved', userNameOf(app)]]);
  expect(JSON.stringify(saved.revisions[0].snapshot)).toContain('Mara Lefort');
  const revisionAudit = saved.audit.filter((e) => e.entityId === saved.revisions[0].id);
  expect(revisionAudit.length).toBeGreaterThan(0);
  expect(JSON.stringify(revisionAudit)).not.toContain('Mara Lefort');

  await workspace.openPanel('Credits');
  await credits.addCredit({ who: 'Jonas Berg', pick: /^Add new person/, title: 'key grip', titleOption: /^Key Grip/ });

  // The file as saved against the credits now: one credit added since.
  await workspace.openPanel('Revisions');
  await app.dialogs.nextOpen(v6);
  await revisions.compareWithFile.click();
  await expect(revisions.comparison.getByRole('heading', { name: 'What changed from “night-train-v6.rollcall” to “Current credits”' })).toBeVisible();
  await expect(revisions.comparison).toContainText('1 credit added, 0 credits removed, 0 credits changed');
  await expect(revisions.added.getByRole('listitem')).toHaveText([/^Key Grip: Jonas Berg/]);
  await expect(revisions.before).toHaveValue('file:0');

  // A new production from the revision: its credits are those of the revision, with no revisions of its own.
  await revisions.revision('Studio approved').getByRole('button', { name: 'New Production from Revision' }).click();
  await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Don’t Save' }).click();
  await workspace.expectNotice('Started a new production from “Studio approved”. Save it to give it a file.');
  await workspace.expectTitle('Night Train');
  await expect(page.getByText('Untitled — edited')).toBeVisible();
  await expect(credits.list.getByRole('option')).toHaveCount(1);
  await expect(credits.credit(/^Mara Lefort, Gaffer/)).toBeVisible();
  await workspace.openPanel('Revisions');
  await expect(page.getByText(/^No revisions yet\./)).toBeVisible();
});
