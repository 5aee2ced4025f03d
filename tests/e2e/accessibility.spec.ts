// Every control has an accessible name: the start page, each panel of the workspace with a credit open, and the
// dialogs, read from Chromium's own accessibility tree (what a screen reader is given), not from our markup.
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serialiseDocument } from '../../shared/format';
import { newId } from '../../shared/model/ids';
import { syntheticProduction } from '../../shared/testing/synthetic';
import { launchApp, type RunningApp } from './harness';
import { Workspace, type PanelName } from './pages/workspace';

let app: RunningApp;
test.afterEach(async () => {
  await app?.close();
});

/** Roles a user operates; each must be announced with a name. */
const CONTROL_ROLES = new Set([
  'button', 'checkbox', 'combobox', 'link', 'listbox', 'menuitem', 'option', 'radio', 'searchbox', 'slider', 'spinbutton',
  'switch', 'tab', 'textbox', 'tree', 'treeitem', 'grid', 'tablist', 'toolbar', 'dialog', 'alertdialog', 'region', 'group',
]);

interface AXNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** The controls without a name in the page's accessibility tree, described for the failure message. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((node) => !node.ignored && CONTROL_ROLES.has(String(node.role?.value)))
      // A group or region without a name is only a container; the ones we mark up as such carry names.
      .filter((node) => !['group', 'region'].includes(String(node.role?.value)) || node.properties?.some((p) => p.name === 'labelledby'))
      .filter((node) => !String(node.name?.value ?? '').trim())
      .map((node) => `${node.role?.value} without a name`);
  } finally {
    await cdp.detach();
  }
}

async function production(): Promise<string> {
  const doc = syntheticProduction({ credits: 60, seed: 3, title: 'Night Train' });
  doc.songs.push({ id: newId(), title: 'Midnight Line', writtenBy: 'Ana Ruiz', performedBy: 'The Porters', courtesyOf: 'Harbour Records', order: 1 });
  doc.paragraphs.push({ id: newId(), kind: 'copyright', text: '© 2026 Night Train Productions', order: 1 });
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-a11y-'));
  const file = path.join(folder, 'Night Train.rollcall');
  await writeFile(file, serialiseDocument(doc));
  return file;
}

test('every control has an accessible name: start page, every panel with a credit open, and the dialogs', async () => {
  app = await launchApp();
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Rollcall', level: 1 })).toBeVisible();
  expect(await unnamedControls(page), 'start page').toEqual([]);
  // The check sees what a screen reader would miss: an icon button with no label, a bare text field.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div id="probe"><button><svg width="8" height="8"></svg></button><input></div>'));
  expect(await unnamedControls(page)).toEqual(['button without a name', 'textbox without a name']);
  await page.evaluate(() => document.getElementById('probe')!.remove());
  await app.close();

  app = await launchApp({ openFile: await production() });
  const workspace = new Workspace(app.page);
  await workspace.expectTitle('Night Train');
  await app.page.getByRole('listbox', { name: 'Credits' }).getByRole('option').first().click();
  await expect(app.page.getByRole('group', { name: 'Status actions' })).toBeVisible();
  expect(await unnamedControls(app.page), 'Credits with a credit open').toEqual([]);

  const panels: PanelName[] = ['People & Companies', 'Credit Titles', 'Checks', 'Roll & Export', 'Revisions', 'Import'];
  for (const panel of panels) {
    await workspace.openPanel(panel);
    expect(await unnamedControls(app.page), panel).toEqual([]);
  }

  const dialogs: [PanelName, string, string][] = [
    ['Roll & Export', 'Export…', 'Export'],
    ['People & Companies', 'Add Person', 'Add Person'],
  ];
  for (const [panel, opener, name] of dialogs) {
    await workspace.openPanel(panel);
    await app.page.getByRole('tabpanel').getByRole('button', { name: opener, exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    expect(await unnamedControls(app.page), `${name} dialog`).toEqual([]);
    await app.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  await app.page.getByRole('button', { name: 'Production Details…' }).click();
  await expect(app.page.getByRole('dialog', { name: 'Production details' })).toBeVisible();
  expect(await unnamedControls(app.page), 'Production details dialog').toEqual([]);
});
