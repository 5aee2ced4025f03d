// Status messages: several of them at once must neither cover the controls of the page nor go missing. Errors stay
// until dismissed, so a run of failed saves used to stack up over the bottom-left of the window.
import { expect, test } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchApp, type RunningApp } from './harness';
import { StartPage } from './pages/start-page';
import { TitlesPanel } from './pages/titles-panel';
import { Workspace } from './pages/workspace';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

test('five errors at once: the newest three show, the rest fold behind a button, and no control is covered', async () => {
  app = await launchApp();
  const { page, dialogs } = app;
  await new StartPage(page).createProduction('Many Messages');
  const workspace = new Workspace(page);
  await workspace.openPanel('Credit Titles');

  // Saving into a folder that does not exist fails with an error, which stays until dismissed.
  const missing = path.join(await mkdtemp(path.join(os.tmpdir(), 'rollcall-notices-')), 'no-such-folder');
  const dismiss = workspace.notices.getByRole('button', { name: 'Dismiss message', exact: true });
  for (let i = 1; i <= 5; i++) {
    await dialogs.nextSave(path.join(missing, `Attempt ${i}.rollcall`));
    await workspace.save.click();
    await expect(dismiss).toHaveCount(Math.min(i, 3));
  }

  // The New department field sits at the bottom-left of the scrolled panel, where the messages used to float.
  const titles = new TitlesPanel(page);
  await titles.panel.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const field = titles.panel.getByLabel('New department');
  await field.click({ timeout: 3000 });
  await expect(field).toBeFocused();
  const box = (await field.boundingBox())!;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [box.x + 4, box.y + box.height / 2]);
  expect(hit).toBe('INPUT');
  await field.fill('   ');
  await titles.panel.getByRole('button', { name: 'Add Department', exact: true }).click();
  await expect(titles.panel.getByRole('alert')).toBeVisible();
  await titles.panel.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const alertBox = (await titles.panel.getByRole('alert').boundingBox())!;
  const noticesBox = (await workspace.notices.boundingBox())!;
  expect(alertBox.y + alertBox.height).toBeLessThanOrEqual(noticesBox.y);

  // The two older errors are reachable and dismissible.
  const more = workspace.notices.getByRole('button', { name: 'Show 2 More Messages', exact: true });
  await more.click();
  await expect(dismiss).toHaveCount(5);
  await dismiss.first().click();
  await expect(dismiss).toHaveCount(4);
  await workspace.notices.getByRole('button', { name: 'Show Fewer Messages', exact: true }).click();
  await expect(dismiss).toHaveCount(3);
  await expect(workspace.notices.getByRole('button', { name: 'Show 1 More Message', exact: true })).toBeVisible();
});
