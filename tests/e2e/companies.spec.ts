// Companies end to end (issue "The credits workspace": people and companies are added, edited, removed and merged
// alike, and a credit can go to a company through the same type-ahead as a person): add two spellings of one
// company, edit one, remove a third, give a credit to a company by typing its name, merge the two spellings (the
// credit follows the kept company), then undo and redo the merge as one step.
import { expect, test } from '@playwright/test';
import { launchApp, type RunningApp } from './harness';
import { CreditsPanel } from './pages/credits';
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

test('companies: add, edit, remove, credit through the type-ahead, merge duplicates and undo the merge', async () => {
  const { page } = app;
  const workspace = new Workspace(page);
  const people = new PeoplePanel(page);
  const credits = new CreditsPanel(page);
  await new StartPage(page).createProduction('Company Town');

  await workspace.openPanel('People & Companies');
  await people.showCompanies();
  await expect(page.getByText('No companies yet.')).toBeVisible();
  await people.addCompany('Lightstorm Entertainment', { Notes: 'Production company of record.' });
  await workspace.expectNotice('Added “Lightstorm Entertainment”.');
  await people.addCompany('Light Storm Entertainment');
  await people.addCompany('Acme Catering');
  await expect(people.companyList.getByRole('listitem')).toHaveCount(3);
  await expect(people.companyRow('Lightstorm Entertainment')).toContainText('Production company of record.');

  // Edit: the notes of the second spelling.
  await people.companyRow('Light Storm Entertainment').getByRole('button', { name: 'Edit Light Storm Entertainment' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Company' });
  await expect(edit.getByLabel('Company name')).toHaveValue('Light Storm Entertainment');
  await edit.getByLabel('Notes').fill('Visual effects vendor.');
  await edit.getByRole('button', { name: 'Save Company' }).click();
  await expect(edit).toBeHidden();
  await expect(people.companyRow('Light Storm Entertainment')).toContainText('Visual effects vendor.');

  // Remove: a company without credits goes after one question.
  await people.companyRow('Acme Catering').getByRole('button', { name: 'Remove Acme Catering' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove Company' });
  await expect(ask).toContainText('Remove “Acme Catering” from this production?');
  await ask.getByRole('button', { name: 'Remove Company' }).click();
  await expect(people.companyList.getByRole('listitem')).toHaveCount(2);
  await expect(people.companyRow('Acme Catering')).toHaveCount(0);

  // The two spellings are offered as possible duplicates, with the rule that matched.
  await expect(people.duplicates).toContainText('“Light Storm Entertainment”');
  await expect(people.duplicates).toContainText('“Lightstorm Entertainment”');
  await expect(people.duplicates).toContainText('Matched by: the same letters with different spacing');

  // A credit to a company, picked in the type-ahead by typing part of its name; the list marks it as a company.
  await workspace.openPanel('Credits');
  await credits.newCredit.click();
  const dialog = page.getByRole('dialog', { name: 'New credit' });
  await dialog.getByRole('combobox', { name: 'Person or company' }).fill('light storm');
  const matches = dialog.getByRole('listbox', { name: 'Matching people and companies' });
  await expect(matches.getByRole('option', { name: 'Light Storm Entertainment company' })).toBeVisible();
  await expect(matches.getByRole('option', { name: /^Lightstorm/ })).toHaveCount(0);
  await matches.getByRole('option', { name: 'Light Storm Entertainment company' }).click();
  await expect(dialog.getByText('A company.')).toBeVisible();
  await credits.typeAhead(dialog, 'Credit title', 'special thanks', /^Special Thanks/);
  await dialog.getByRole('button', { name: 'Add Credit' }).click();
  await expect(dialog).toBeHidden();
  await expect(credits.credit(/^Light Storm Entertainment, Special Thanks, End credits, Draft/)).toBeVisible();
  await expect(credits.credit(/^Light Storm Entertainment, Special Thanks/)).toContainText('company');

  // Merge, keeping the other spelling: the credit moves to it.
  await workspace.openPanel('People & Companies');
  await people.showCompanies();
  await expect(people.companyRow('Light Storm Entertainment')).toContainText('1 credit');
  await people.duplicates.getByRole('button', { name: /^Merge .*Lightstorm Entertainment/ }).click();
  const merge = page.getByRole('dialog', { name: 'Merge Companies' });
  // The one with credits is proposed first; keep the spelling in the contract instead.
  await expect(merge.getByRole('radio', { name: 'Keep “Light Storm Entertainment” (1 credit)' })).toBeChecked();
  await merge.getByRole('radio', { name: 'Keep “Lightstorm Entertainment” (0 credits)' }).check();
  await expect(merge).toContainText('1 credit will move to “Lightstorm Entertainment”');
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await workspace.expectNotice('Merged 2 companies; 1 credit moved.');
  await expect(people.companyList.getByRole('listitem')).toHaveCount(1);
  await expect(people.companyRow('Lightstorm Entertainment')).toContainText('1 credit');
  await expect(people.duplicates).toHaveCount(0);

  await workspace.openPanel('Credits');
  await expect(credits.list.getByRole('option')).toHaveCount(1);
  await expect(credits.credit(/^Lightstorm Entertainment, Special Thanks/)).toBeVisible();

  // Undo takes the whole merge back in one step: both companies, and the credit on its first company.
  await workspace.undo.click();
  await expect(credits.credit(/^Light Storm Entertainment, Special Thanks/)).toBeVisible();
  await workspace.openPanel('People & Companies');
  await people.showCompanies();
  await expect(people.companyList.getByRole('listitem')).toHaveCount(2);
  await expect(people.companyRow('Light Storm Entertainment')).toContainText('1 credit');
  await expect(people.companyRow('Lightstorm Entertainment')).toContainText('0 credits');

  // Redo merges again.
  await workspace.redo.click();
  await expect(people.companyList.getByRole('listitem')).toHaveCount(1);
  await expect(people.companyRow('Lightstorm Entertainment')).toContainText('1 credit');
});
