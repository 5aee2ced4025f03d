// Songs, paragraphs and logos end to end: added in the Roll & Export panel, seen in the preview, exported as
// plain text and read back, and taken away again by undo. Logos come through main's open dialog, which refuses an
// SVG that carries script.
import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serialiseDocument } from '../../shared/format';
import { createCredit, createDocument, createPerson } from '../../shared/model/create';
import { launchApp, type RunningApp } from './harness';
import { ExportDialog, RollPanel } from './pages/roll';
import { RollBlocks } from './pages/roll-blocks';
import { Workspace } from './pages/workspace';

let app: RunningApp;
test.afterEach(async () => {
  await app?.close();
});

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The production open in the app (`app`) on its Roll & Export panel, and the page models a test uses there. */
async function openProduction(): Promise<{ folder: string; workspace: Workspace; roll: RollPanel; blocks: RollBlocks }> {
  const doc = createDocument({ title: 'Night Train', kind: 'feature', year: 2026 });
  const person = createPerson({ name: 'Ana Ruiz' });
  doc.people.push(person);
  doc.credits.push(createCredit({ titleId: doc.titles.find((t) => t.name === 'Directed by')!.id, subject: { kind: 'person', personId: person.id } }));
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-blocks-'));
  const file = path.join(folder, 'Night Train.rollcall');
  await writeFile(file, serialiseDocument(doc));
  app = await launchApp({ openFile: file });
  const workspace = new Workspace(app.page);
  await workspace.expectTitle('Night Train');
  await workspace.openPanel('Roll & Export');
  return { folder, workspace, roll: new RollPanel(app.page), blocks: new RollBlocks(app.page) };
}

test('roll blocks: a song and a copyright line show in the preview and the text export; undo removes them', async () => {
  const opened = await openProduction();
  const { workspace, roll, blocks } = opened;
  await expect(roll.previewText('Ana Ruiz')).toBeAttached();

  // A song: added with a placeholder title, then filled in field by field.
  await blocks.addSong.click();
  await expect(blocks.field('Song 1', 'Title')).toBeFocused();
  await blocks.fill('Song 1', 'Title', 'Last Train Home');
  await blocks.fill('Song 1', 'Written by', 'Ilse Schröder-Wöß');
  await blocks.fill('Song 1', 'Performed by', 'Björk');
  await blocks.fill('Song 1', 'Courtesy of', 'Nordic Records');
  await expect(roll.previewText('“Last Train Home”')).toBeAttached();
  await expect(roll.previewText('Performed by Björk')).toBeAttached();

  // An empty title is refused in a sentence and the saved title comes back.
  await blocks.fill('Song 1', 'Title', '   ');
  await workspace.expectNotice(/A song’s title cannot be empty/);
  await expect(blocks.field('Song 1', 'Title')).toHaveValue('Last Train Home');

  // A copyright paragraph.
  await blocks.addParagraph.click();
  await expect(blocks.field('Paragraph 1', 'Kind')).toHaveValue('copyright');
  await blocks.fill('Paragraph 1', 'Text', '© 2026 Northern Lights Pictures. All rights reserved.');
  await expect(roll.previewText('© 2026 Northern Lights Pictures. All rights reserved.')).toBeAttached();

  // A second song moved above the first reorders the preview.
  await blocks.addSong.click();
  await blocks.fill('Song 2', 'Title', 'Platform Nine');
  await blocks.item('Song 2').getByRole('button', { name: 'Move song 2 up' }).click();
  await expect(blocks.field('Song 1', 'Title')).toHaveValue('Platform Nine');
  await expect(roll.preview.locator('.rc-song-title')).toHaveText(['“Platform Nine”', '“Last Train Home”']);
  await blocks.item('Song 1').getByRole('button', { name: 'Remove song 1' }).click();
  await expect(roll.preview.locator('.rc-song-title')).toHaveText(['“Last Train Home”']);

  // The plain-text export has them, read back from the file.
  const txtPath = path.join(opened.folder, 'roll.txt');
  await roll.exportButton.click();
  const exportDialog = new ExportDialog(app.page);
  await app.dialogs.nextSave(txtPath);
  await exportDialog.export('Plain text');
  await workspace.expectNotice('Exported roll.txt.');
  const text = await readFile(txtPath, 'utf8');
  expect(text).toContain('SONGS\n“Last Train Home”\nWritten by Ilse Schröder-Wöß\nPerformed by Björk\nCourtesy of Nordic Records');
  expect(text).toContain('© 2026 Northern Lights Pictures. All rights reserved.');
  expect(text).not.toContain('Platform Nine');

  // Each edit was one undo step: eleven of them (the refused title made none). Undoing the last one brings the
  // removed song back; undoing them all leaves the roll as it was opened.
  await workspace.undo.click();
  await expect(roll.preview.locator('.rc-song-title')).toHaveText(['“Platform Nine”', '“Last Train Home”']);
  for (let step = 2; step <= 11; step++) {
    await expect(workspace.undo).toBeEnabled();
    await workspace.undo.click();
  }
  await expect(workspace.undo).toBeDisabled();
  await expect(roll.previewText('“Last Train Home”')).toHaveCount(0);
  await expect(roll.previewText('© 2026 Northern Lights Pictures. All rights reserved.')).toHaveCount(0);
  await expect(blocks.item('Song 1')).toHaveCount(0);
  await expect(blocks.item('Paragraph 1')).toHaveCount(0);
  await expect(roll.previewText('Ana Ruiz')).toBeAttached();
});

test('roll blocks: a logo is imported through the open dialog; an SVG with script is refused', async () => {
  const opened = await openProduction();
  const { workspace, roll, blocks } = opened;

  const png = path.join(opened.folder, 'Northern Lights.png');
  await writeFile(png, PNG);
  await app.dialogs.nextOpen(png);
  await blocks.importLogo.click();
  await expect(blocks.field('Logo 1', 'Name')).toHaveValue('Northern Lights');
  const logo = roll.preview.getByRole('img', { name: 'Northern Lights' });
  await expect(logo).toBeAttached();
  await expect(logo).toHaveAttribute('src', /^data:image\/png;base64,/);
  await blocks.fill('Logo 1', 'Name', 'Northern Lights Pictures');
  await expect(roll.preview.getByRole('img', { name: 'Northern Lights Pictures' })).toBeAttached();

  // A file named .png that is really an SVG with a script: its bytes decide, and the script is refused.
  const svg = path.join(opened.folder, 'sneaky.png');
  await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await app.dialogs.nextOpen(svg);
  await blocks.importLogo.click();
  await workspace.expectNotice(/“sneaky.png” is an SVG with a script/);
  await expect(blocks.item('Logo 2')).toHaveCount(0);

  // Cancelling the dialog says nothing and adds nothing.
  await app.dialogs.nextOpen(null);
  await blocks.importLogo.click();
  await expect(blocks.importLogo).toBeEnabled();
  await expect(blocks.item('Logo 2')).toHaveCount(0);
});
