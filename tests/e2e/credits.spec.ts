// The credits workspace end to end (issue "The credits workspace"): a production, people (one from the app-wide
// directory), an Associate Producer credit with a financial contribution and its justification, a producing
// credit refused approval without a justification and approved once justified, search by a justification word,
// undo and redo, then save, close, reopen and find everything again, history included.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { launchApp, type RunningApp } from './harness';
import { CreditsPanel } from './pages/credits';
import { StartPage } from './pages/start-page';
import { Workspace } from './pages/workspace';

let app: RunningApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app.close();
});

async function addPerson(page: RunningApp['page'], name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add Person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Person' });
  await dialog.getByLabel('Name as credited').fill(name);
  await dialog.getByRole('button', { name: 'Add Person' }).click();
  await expect(dialog).toBeHidden();
}

test('credits: assign, justify, approve, search, undo, save and reopen with history', async () => {
  const { page } = app;
  const start = new StartPage(page);
  const workspace = new Workspace(page);
  const credits = new CreditsPanel(page);
  const file = path.join(app.dataDir, 'the-long-crawl.rollcall');

  // An earlier production puts Zoë Saldaña into the app-wide directory.
  await start.createProduction('Earlier Picture');
  await workspace.openPanel('People & Companies');
  await addPerson(page, 'Zoë Saldaña');
  await workspace.closeDiscarding();

  // The new production: one person typed in, one taken from the directory.
  await start.createProduction('The Long Crawl', { year: 2026 });
  await workspace.openPanel('People & Companies');
  await addPerson(page, 'Ana Ortiz');
  await page.getByRole('combobox', { name: 'Add from directory' }).fill('zoe sal');
  await page.getByRole('listbox', { name: 'Directory matches' }).getByRole('option', { name: 'Zoë Saldaña' }).click();
  await workspace.expectNotice('Added “Zoë Saldaña” from your directory.');

  // An Associate Producer credit with a financial contribution and its justification.
  await workspace.openPanel('Credits');
  await expect(page.getByText('No credits yet.')).toBeVisible();
  await credits.addCredit({ who: 'Zoë', pick: /^Zoë Saldaña/, title: 'assoc', titleOption: /^Associate Producer/ });
  await credits.addContribution('Financial', 'Secured the Åland bridge financing through the regional film fund.', 'Deal memo of 3 March 2026');
  await expect(credits.editor.getByText('Recorded by Test Producer')).toBeVisible();
  await expect(credits.credit(/Zoë Saldaña, Associate Producer, End credits, Draft, possible courtesy credit/)).toBeVisible();

  // A Producer credit without a justification: approval is refused with the reason.
  await credits.addCredit({ who: 'ortiz', pick: /^Ana Ortiz/, title: 'producer', titleOption: /^Producer\s/ });
  await expect(credits.credit(/Ana Ortiz, Producer, .*missing justification/)).toBeVisible();
  await credits.statusButton('Propose').click();
  await expect(credits.editor.getByRole('region', { name: 'Status' }).getByText('Proposed', { exact: true })).toBeVisible();
  await credits.statusButton('Approve').click();
  await expect(credits.statusAlert).toHaveText(
    'This credit cannot be approved yet. A Producer credit needs at least one contribution with a written justification before it can be approved; none is recorded yet.',
  );
  await expect(credits.credit(/Ana Ortiz, Producer, End credits, Proposed/)).toBeVisible();

  // Justified, it is approved, and the approval records who.
  await credits.addContribution('Creative', 'Ran development of the screenplay from first draft to greenlight.', 'Producer agreement clause 4');
  await credits.statusButton('Approve').click();
  await expect(credits.statusAlert).toBeHidden();
  await expect(credits.editor.getByText(/^Approved by Test Producer on /)).toBeVisible();
  await expect(credits.credit(/Ana Ortiz, Producer, End credits, Approved/)).toBeVisible();

  // Found by a word of a justification, with accents folded.
  await credits.search.fill('aland');
  await expect(credits.list.getByRole('option')).toHaveCount(1);
  await expect(credits.credit(/Zoë Saldaña, Associate Producer/)).toBeVisible();
  await expect(page.getByText('1 of 2 credits')).toBeVisible();
  await credits.search.fill('greenlight');
  await expect(credits.list.getByRole('option')).toHaveCount(1);
  await expect(credits.credit(/Ana Ortiz, Producer/)).toBeVisible();
  await credits.search.fill('');
  await expect(credits.list.getByRole('option')).toHaveCount(2);

  // Undo takes the approval back; redo restores it.
  await workspace.undo.click();
  await expect(credits.credit(/Ana Ortiz, Producer, End credits, Proposed/)).toBeVisible();
  await workspace.redo.click();
  await expect(credits.credit(/Ana Ortiz, Producer, End credits, Approved/)).toBeVisible();

  // Save, close, reopen: everything is there, history included.
  await app.dialogs.nextSave(file);
  await workspace.save.click();
  await workspace.expectNotice(/Saved/);
  await workspace.closeProduction.click();
  await start.expectShown();
  await app.dialogs.nextOpen(file);
  await start.openButton.click();
  await workspace.expectTitle('The Long Crawl');
  await expect(credits.list.getByRole('option')).toHaveCount(2);
  await credits.open(/Ana Ortiz, Producer, End credits, Approved/);
  await expect(credits.editor.getByText(/^Approved by Test Producer on /)).toBeVisible();
  const contributions = credits.editor.getByRole('list', { name: 'Contributions' });
  await expect(contributions.getByText('Ran development of the screenplay from first draft to greenlight.')).toBeVisible();
  await expect(credits.history.getByText(/Approved by Test Producer/).first()).toBeVisible();
  await expect(credits.history.getByRole('row', { name: 'Status Proposed Approved' }).first()).toBeVisible();
  await expect(credits.history.getByText(/Redo Approve credit/)).toBeVisible();
  await expect(credits.history.getByText(/Proposed for approval by Test Producer/)).toBeVisible();
  await credits.open(/Zoë Saldaña, Associate Producer/);
  await expect(contributions.getByText('Secured the Åland bridge financing through the regional film fund.')).toBeVisible();
  await expect(contributions.getByText('Evidence: Deal memo of 3 March 2026')).toBeVisible();
});
