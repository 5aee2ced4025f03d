// The credits workspace end to end (issue "The credits workspace"): a production, people (one from the app-wide
// directory), an Associate Producer credit with a financial contribution and its justification, a producing
// credit refused approval without a justification and approved once justified, search by a justification word,
// undo and redo, then save, close, reopen and find everything again, history included. Also: the filters, undo
// and redo by keyboard, and the virtualised list at 5,000 credits.
import { expect, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { acquireLock } from '../../electron/documents/index';
import { serialiseDocument } from '../../shared/format';
import { createContribution, createCredit, createDocument, createPerson } from '../../shared/model';
import type { Credit, RollcallDocument } from '../../shared/model/types';
import { syntheticProduction } from '../../shared/testing/synthetic';
import { launchApp, type RunningApp } from './harness';
import { userNameOf, userNamePattern } from './harness-only';
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
  await expect(credits.editor.getByText(`Recorded by ${userNameOf(app)}`)).toBeVisible();
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
  // The old refusal ("…none is recorded yet") goes once its cause is fixed, before approving again.
  await expect(credits.statusAlert).toBeHidden();
  await expect(credits.editor.getByText(/none is recorded yet/)).toHaveCount(0);
  await credits.statusButton('Approve').click();
  await expect(credits.statusAlert).toBeHidden();
  await expect(credits.editor.getByText(new RegExp(`^Approved by ${userNamePattern(app)} on `))).toBeVisible();
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
  await expect(credits.editor.getByText(new RegExp(`^Approved by ${userNamePattern(app)} on `))).toBeVisible();
  const contributions = credits.editor.getByRole('list', { name: 'Contributions' });
  await expect(contributions.getByText('Ran development of the screenplay from first draft to greenlight.')).toBeVisible();
  await expect(credits.history.getByText(new RegExp(`Approved by ${userNamePattern(app)}`)).first()).toBeVisible();
  await expect(credits.history.getByRole('row', { name: 'Status Proposed Approved' }).first()).toBeVisible();
  await expect(credits.history.getByText(/Redo Approve credit/)).toBeVisible();
  await expect(credits.history.getByText(new RegExp(`Proposed for approval by ${userNamePattern(app)}`))).toBeVisible();
  await credits.open(/Zoë Saldaña, Associate Producer/);
  await expect(contributions.getByText('Secured the Åland bridge financing through the regional film fund.')).toBeVisible();
  await expect(contributions.getByText('Evidence: Deal memo of 3 March 2026')).toBeVisible();
});

test('credits: bad input is cleaned or refused, and long names keep the layout', async () => {
  const { page } = app;
  const start = new StartPage(page);
  const credits = new CreditsPanel(page);
  await start.createProduction('Bad Input');
  await page.keyboard.press('Control+f');
  await expect(credits.search).toBeFocused();

  // Nothing chosen, or only spaces typed: the dialog says what is missing and adds nothing.
  await credits.newCredit.click();
  const dialog = page.getByRole('dialog', { name: 'New credit' });
  await dialog.getByRole('combobox', { name: 'Person or company' }).fill('   ');
  await expect(dialog.getByRole('listbox', { name: 'Matching people and companies' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Add Credit' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose who the credit is for: type a name and pick it from the list.');
  // Escape closes the type-ahead list first, then the dialog.
  await dialog.getByRole('combobox', { name: 'Credit title' }).fill('gaf');
  await expect(dialog.getByRole('listbox', { name: 'Matching credit titles' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('listbox', { name: 'Matching credit titles' })).toBeHidden();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No credits yet.')).toBeVisible();

  // Pasted text with a right-to-left override and control characters: stored clean.
  await credits.addCredit({ who: '\u202EZoë\u0007 \u0000Saldaña\u202C', pick: /^Add new person/, title: 'gaffer', titleOption: /^Gaffer/ });
  await expect(credits.credit(/^Zoë Saldaña, Gaffer, End credits, Draft$/)).toBeVisible();
  await credits.editor.getByLabel('Credited as').fill('Zoë\u202E Saldaña\u0001 Jr.');
  await credits.editor.getByRole('button', { name: 'Save Changes' }).click();
  await expect(credits.credit(/^Zoë Saldaña, Gaffer, credited as Zoë Saldaña Jr\., End credits, Draft$/)).toBeVisible();

  // A name of 2,000 characters is accepted and clipped on screen, never widening the window.
  const long = 'B'.repeat(2000);
  await credits.addCredit({ who: long, pick: /^Add new person/, title: 'key grip', titleOption: /^Key Grip/ });
  await expect(credits.credit(new RegExp(`^${long}, Key Grip`))).toBeVisible();
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  const editorBox = await credits.editor.boundingBox();
  expect(editorBox!.x + editorBox!.width).toBeLessThanOrEqual(widths.inner + 1);
  const save = await credits.editor.getByRole('button', { name: 'Save Changes' }).boundingBox();
  expect(save!.x + save!.width).toBeLessThanOrEqual(editorBox!.x + editorBox!.width);
  await expect(credits.editor.getByRole('heading', { level: 2 })).toBeInViewport();

  // A locked credit refuses changes and removal with a sentence; unlocking is recorded.
  await credits.open(/^Zoë Saldaña, Gaffer/);
  await credits.statusButton('Approve').click();
  await credits.statusButton('Lock').click();
  await expect(credits.credit(/^Zoë Saldaña, Gaffer, .*Locked$/)).toBeVisible();
  await expect(credits.editor.getByLabel('Credited as')).toBeDisabled();
  // Removal would be refused, so the button is disabled with the reason beside it rather than an error after.
  const remove = credits.editor.getByRole('button', { name: 'Remove Credit' });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription('Unlock this credit before removing it.');
  await expect(credits.editor.getByText('Unlock this credit before removing it.')).toBeVisible();
  await expect(credits.credit(/^Zoë Saldaña, Gaffer/)).toBeVisible();
  await credits.statusButton('Unlock').click();
  await expect(credits.history.getByText(new RegExp(`Unlocked by ${userNamePattern(app)}`))).toBeVisible();
  await expect(credits.editor.getByLabel('Credited as')).toBeEnabled();
  await expect(remove).toBeEnabled();

  // Changing what was approved sends the credit back for approval; moving it in billing does not.
  await credits.editor.getByLabel('Billing position').fill('5');
  await credits.editor.getByRole('button', { name: 'Save Changes' }).click();
  await expect(credits.history.getByRole('row', { name: 'Billing 1 5' })).toBeVisible();
  await expect(credits.credit(/^Zoë Saldaña, Gaffer, .*Approved$/)).toBeVisible();
  await credits.editor.getByLabel('Credited as').fill('Zoë Saldaña-Perego');
  await expect(credits.editor.getByText(/withdraws the approval/)).toBeVisible();
  await credits.editor.getByRole('button', { name: 'Save Changes' }).click();
  await expect(credits.credit(/^Zoë Saldaña, Gaffer, credited as Zoë Saldaña-Perego, End credits, Proposed$/)).toBeVisible();
  await expect(credits.history.getByText(/Approval withdrawn because the approved credit changed/)).toBeVisible();

  // Status changes read as sentences in the history, like "Change credit" (not "Withdraw Approval credit").
  await credits.statusButton('Approve').click();
  await credits.statusButton('Withdraw Approval').click();
  await expect(credits.history.getByText('Withdraw approval of credit — Approval withdrawn')).toBeVisible();
  await credits.statusButton('Return to Draft').click();
  await expect(credits.history.getByText('Return credit to draft — Returned to draft')).toBeVisible();
  await expect(credits.credit(/^Zoë Saldaña, Gaffer, credited as Zoë Saldaña-Perego, End credits, Draft$/)).toBeVisible();
  await expect(credits.history.getByText(/Withdraw Approval credit|Return to Draft credit/)).toHaveCount(0);
});

test('credits: several people at once, billing by keyboard and drag, duplicate, remove and undo, episodes', async () => {
  const { page } = app;
  const start = new StartPage(page);
  const workspace = new Workspace(page);
  const credits = new CreditsPanel(page);
  await start.createProduction('Night Shift', { kind: 'series' });

  for (const [name, character] of [
    ['Amy Adams', 'Charlie'],
    ['Bob Burns', 'Twin Girl #2'],
    ['Cy Coleman', 'The Night Nurse'],
  ]) {
    await credits.newCredit.click();
    const dialog = page.getByRole('dialog', { name: 'New credit' });
    await credits.typeAhead(dialog, 'Person or company', name, /^Add new person/);
    await credits.typeAhead(dialog, 'Credit title', 'cast', /^Cast Cast$/);
    await dialog.getByLabel('Character').fill(character);
    await dialog.getByRole('button', { name: 'Add Credit' }).click();
    await expect(dialog).toBeHidden();
  }
  const cast = credits.list.getByRole('option');
  await expect(cast).toHaveText([/^Amy Adams as Charlie/, /^Bob Burns as Twin Girl #2/, /^Cy Coleman as The Night Nurse/]);

  // Keyboard: Alt+ArrowUp moves the selected credit up in billing; arrows move the selection.
  await credits.open(/^Cy Coleman/);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cast).toHaveText([/^Amy Adams/, /^Cy Coleman/, /^Bob Burns/]);
  await page.keyboard.press('ArrowDown');
  await expect(credits.credit(/^Bob Burns/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(credits.editor.getByRole('combobox', { name: 'Person or company' })).toBeFocused();
  await expect(credits.editor.getByRole('combobox', { name: 'Person or company' })).toHaveValue('Bob Burns');
  await credits.editor.getByRole('button', { name: 'Move Up', exact: true }).click();
  await expect(cast).toHaveText([/^Amy Adams/, /^Bob Burns/, /^Cy Coleman/]);
  // Drag: Cy onto Amy's place.
  await credits.credit(/^Cy Coleman/).dragTo(credits.credit(/^Amy Adams/));
  await expect(cast).toHaveText([/^Cy Coleman/, /^Amy Adams/, /^Bob Burns/]);

  // Several people at once: one bulk edit, one undo step.
  await credits.giveTitle.click();
  const give = page.getByRole('dialog', { name: 'Give a title to several people' });
  await credits.typeAhead(give, 'Credit title', 'grip', /^Grip Grip/);
  for (const name of ['Amy Adams', 'Bob Burns', 'Cy Coleman']) await give.getByRole('checkbox', { name }).check();
  await give.getByRole('button', { name: 'Give Title' }).click();
  await workspace.expectNotice('Gave Grip to 3 people.');
  await expect(credits.list.getByRole('option', { name: /, Grip, / })).toHaveCount(3);
  await workspace.undo.click();
  await expect(credits.list.getByRole('option', { name: /, Grip, / })).toHaveCount(0);
  await workspace.redo.click();
  await expect(credits.list.getByRole('option', { name: /, Grip, / })).toHaveCount(3);

  // Duplicate, then remove with undo.
  await credits.open(/^Amy Adams, Cast/);
  await credits.editor.getByRole('button', { name: 'Duplicate' }).click();
  await expect(credits.list.getByRole('option', { name: /^Amy Adams, Cast/ })).toHaveCount(2);
  await credits.editor.getByRole('button', { name: 'Remove Credit' }).click();
  await expect(credits.list.getByRole('option', { name: /^Amy Adams, Cast/ })).toHaveCount(1);
  await workspace.undo.click();
  await expect(credits.list.getByRole('option', { name: /^Amy Adams, Cast/ })).toHaveCount(2);

  // Episodes of the series; a credit scoped to one of them, which then cannot be removed.
  await page.getByRole('button', { name: 'Episodes…' }).click();
  const episodes = page.getByRole('dialog', { name: 'Episodes' });
  await episodes.getByLabel('Episode title').fill('Pilot');
  await episodes.getByRole('button', { name: 'Add Episode' }).click();
  await expect(episodes.getByRole('list', { name: 'Episodes' }).getByRole('listitem')).toHaveCount(1);
  await expect(episodes.getByLabel('Episode number')).toHaveValue('2');
  await episodes.getByLabel('Episode title').fill('Night Two');
  await episodes.getByRole('button', { name: 'Add Episode' }).click();
  await expect(episodes.getByRole('list', { name: 'Episodes' }).getByRole('listitem')).toHaveCount(2);
  await episodes.getByRole('button', { name: 'Done' }).click();
  await credits.open(/^Bob Burns, Cast/);
  await credits.editor.getByRole('radio', { name: 'Chosen episodes' }).check();
  await credits.editor.getByRole('checkbox', { name: 'S01E02 Night Two' }).check();
  await credits.editor.getByRole('checkbox', { name: 'S01E01 Pilot' }).uncheck();
  await credits.editor.getByRole('button', { name: 'Save Changes' }).click();
  await expect(credits.history.getByRole('row', { name: 'Episodes All episodes 1 chosen episodes' })).toBeVisible();
  await page.getByRole('button', { name: 'Episodes…' }).click();
  await episodes.getByRole('button', { name: 'Remove S01E02 Night Two' }).click();
  await expect(episodes.getByRole('alert')).toHaveText('One credit is scoped to this episode: change their episodes before removing it.');
  await episodes.getByRole('button', { name: 'Remove S01E01 Pilot' }).click();
  await expect(episodes.getByRole('list', { name: 'Episodes' }).getByRole('listitem')).toHaveCount(1);
  await episodes.getByRole('button', { name: 'Done' }).click();

  // A new credit that the current search would hide clears the search and shows up selected.
  await credits.search.fill('night nurse');
  await expect(credits.list.getByRole('option')).toHaveCount(1);
  await credits.addCredit({ who: 'amy', pick: /^Amy Adams/, title: 'gaffer', titleOption: /^Gaffer/ });
  await expect(credits.search).toHaveValue('');
  await expect(credits.credit(/^Amy Adams, Gaffer/)).toHaveAttribute('aria-selected', 'true');
});

test('credits: a read-only production shows why each change is refused', async () => {
  const { page } = app;
  const file = path.join(app.dataDir, 'held-elsewhere.rollcall');
  const doc = createDocument({ title: 'Held Elsewhere' });
  const person = createPerson({ name: 'Dana Lee' });
  doc.people.push(person);
  doc.credits.push(createCredit({ titleId: 'title:line-producer', subject: { kind: 'person', personId: person.id } }));
  await writeFile(file, serialiseDocument(doc));
  // Another editor holds the file, so this window opens it read-only.
  const lock = await acquireLock(file, { user: 'Other Editor' });
  expect(lock.acquired).toBe(true);
  try {
    await app.dialogs.nextOpen(file);
    await new StartPage(page).openButton.click();
    const credits = new CreditsPanel(page);
    await credits.open(/^Dana Lee, Line Producer/);
    await credits.statusButton('Propose').click();
    await expect(credits.statusAlert).toHaveText('This production is open read-only, so it cannot be changed.');
    await credits.newCredit.click();
    const dialog = page.getByRole('dialog', { name: 'New credit' });
    await credits.typeAhead(dialog, 'Person or company', 'dana', /^Dana Lee/);
    await credits.typeAhead(dialog, 'Credit title', 'gaffer', /^Gaffer/);
    await dialog.getByRole('button', { name: 'Add Credit' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('This production is open read-only, so it cannot be changed.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(credits.list.getByRole('option')).toHaveCount(1);
    await expect(credits.credit(/^Dana Lee, Line Producer, End credits, Draft/)).toBeVisible();
  } finally {
    if (lock.acquired) await lock.handle.release();
  }
});

/** Writes the document to a file in the app's data folder and opens it through the Open dialog. */
async function openDocument(doc: RollcallDocument, name: string): Promise<void> {
  const file = path.join(app.dataDir, name);
  await writeFile(file, serialiseDocument(doc));
  await app.dialogs.nextOpen(file);
  await new StartPage(app.page).openButton.click();
  await new Workspace(app.page).expectTitle(doc.production.title);
}

/** Five credits that differ in department, contribution type, status, placement and justification. */
function filterFixture(): RollcallDocument {
  const doc = createDocument({ title: 'Filter Test', kind: 'feature' });
  const credit = (name: string, titleId: string, extra: Partial<Credit>) => {
    const person = createPerson({ name });
    doc.people.push(person);
    doc.credits.push(createCredit({ titleId, subject: { kind: 'person', personId: person.id }, ...extra }));
  };
  credit('Ana Ortiz', 'title:producer', {
    placement: 'main',
    status: 'approved',
    contributions: [createContribution({ typeId: 'contribution:creative', justification: 'Developed the screenplay.' })],
  });
  credit('Ben Bell', 'title:associate-producer', { status: 'proposed', contributions: [createContribution({ typeId: 'contribution:financial', justification: '' })] });
  credit('Cy Cole', 'title:gaffer', { contributions: [createContribution({ typeId: 'contribution:logistical', justification: 'Lit the night exteriors.' })] });
  credit('Di Dunn', 'title:cast', { placement: 'main', character: 'Charlie' });
  credit('Ed Eng', 'title:executive-producer', {});
  return doc;
}

const names = (labels: string[]) => labels.map((l) => l.split(',')[0]);

test('credits: filters by department, contribution type, status, placement and missing justification', async () => {
  const credits = new CreditsPanel(app.page);
  await openDocument(filterFixture(), 'filters.rollcall');
  await expect(credits.list.getByRole('option')).toHaveCount(5);
  await expect(credits.resultCount).toHaveText('5 credits');

  await credits.filter('Department').selectOption({ label: 'Producers' });
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Ana Ortiz', 'Ed Eng', 'Ben Bell']);
  await expect(credits.resultCount).toHaveText('3 of 5 credits');
  // Filters combine: producers still missing a justification.
  await credits.missingJustification.check();
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Ed Eng', 'Ben Bell']);
  await credits.filter('Status').selectOption({ label: 'Proposed' });
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Ben Bell']);
  await expect(credits.resultCount).toHaveText('1 of 5 credits');
  await credits.filter('Department').selectOption({ label: 'All departments' });
  await credits.filter('Status').selectOption({ label: 'Any status' });
  await credits.missingJustification.uncheck();
  await expect(credits.list.getByRole('option')).toHaveCount(5);

  await credits.filter('Contribution type').selectOption({ label: 'Financial' });
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Ben Bell']);
  await credits.filter('Contribution type').selectOption({ label: 'Logistical' });
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Cy Cole']);
  await credits.filter('Contribution type').selectOption({ label: 'Any contribution' });

  await credits.filter('Status').selectOption({ label: 'Approved' });
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Ana Ortiz']);
  await credits.filter('Status').selectOption({ label: 'Draft' });
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Ed Eng', 'Di Dunn', 'Cy Cole']);
  await credits.filter('Status').selectOption({ label: 'Any status' });

  await credits.filter('Placement').selectOption({ label: 'Opening/main titles' });
  await expect.poll(async () => (await credits.creditNames()).map((l) => l.split(', ').slice(0, 2).join(', '))).toEqual(['Ana Ortiz, Producer', 'Di Dunn, Cast']);
  await credits.filter('Placement').selectOption({ label: 'End credits' });
  await expect(credits.list.getByRole('option')).toHaveCount(3);
  await expect(credits.list.getByRole('option', { name: /Opening\/main titles/ })).toHaveCount(0);
  // A search narrows the filtered list further, and the count says so.
  await credits.search.fill('lit night');
  await expect.poll(async () => names(await credits.creditNames())).toEqual(['Cy Cole']);
  await credits.filter('Placement').selectOption({ label: 'Opening/main titles' });
  await expect(app.page.getByText('No credits match the search and filters.')).toBeVisible();
  await expect(credits.resultCount).toHaveText('0 of 5 credits');
});

test('credits: Ctrl+Z undoes and Ctrl+Shift+Z and Ctrl+Y redo, but not while typing in a field', async () => {
  const { page } = app;
  const credits = new CreditsPanel(page);
  await openDocument(filterFixture(), 'keys.rollcall');
  const cy = (status: string) => credits.credit(new RegExp(`^Cy Cole, Gaffer, End credits, ${status}$`));

  await credits.open(/^Cy Cole, Gaffer/);
  await credits.statusButton('Propose').click();
  await expect(cy('Proposed')).toBeVisible();
  await credits.statusButton('Approve').click();
  await expect(cy('Approved')).toBeVisible();

  // From the list (not a text field), the platform shortcuts drive the app's undo history.
  await cy('Approved').click();
  await expect(credits.list).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(cy('Proposed')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(cy('Draft')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(cy('Proposed')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(cy('Approved')).toBeVisible();

  // In the search field Ctrl+Z belongs to the field. Had it undone the approval, the one undo and one redo below
  // would end at Proposed, not Approved.
  await credits.search.click();
  await credits.search.pressSequentially('cole');
  await page.keyboard.press('Control+z');
  await cy('Approved').click();
  await expect(credits.list).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(cy('Proposed')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(cy('Approved')).toBeVisible();
  // Both redos of the approval (Ctrl+Y, then Ctrl+Shift+Z) are in the credit's history.
  await expect(credits.history.getByText(/Redo Approve credit/)).toHaveCount(2);
});

test('credits: an undo pressed while an edit is still being written undoes that edit, not the one before', async () => {
  const { page } = app;
  const credits = new CreditsPanel(page);
  await openDocument(filterFixture(), 'race.rollcall');
  const cy = (status: string) => credits.credit(new RegExp(`^Cy Cole, Gaffer, End credits, ${status}$`));
  await credits.open(/^Cy Cole, Gaffer/);
  await credits.statusButton('Propose').click();
  await expect(cy('Proposed')).toBeVisible();

  // Approve, and press Ctrl+Z in the same moment, before the approval has reached IndexedDB.
  await page.evaluate(() => {
    const approve = [...document.querySelectorAll<HTMLButtonElement>('[role="group"][aria-label="Status actions"] button')].find((b) => b.textContent === 'Approve');
    approve!.click();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true }));
  });
  // The undo waits for the approval and takes it back; the proposal before it stays.
  await expect(cy('Proposed')).toBeVisible();
  await expect(credits.history.getByText(/Undo Approve credit/)).toHaveCount(1);
  await expect(credits.history.getByText(/Undo Propose credit/)).toHaveCount(0);
});

test('credits: 5,000 credits keep a bounded number of rows in the page while the list reports them all', async () => {
  const credits = new CreditsPanel(app.page);
  const doc = syntheticProduction({ credits: 5_000, seed: 11, title: 'Long Crawl' });
  await openDocument(doc, 'long-crawl.rollcall');
  await expect(credits.resultCount).toHaveText('5,000 credits');
  const rows = credits.list.getByRole('option');
  await expect(rows.first()).toBeVisible();
  const inPage = await rows.count();
  expect(inPage).toBeGreaterThan(0);
  expect(inPage).toBeLessThan(200);
  // Assistive technology hears the whole list: each row carries the set size and its place in it.
  await expect(rows.first()).toHaveAttribute('aria-setsize', '5000');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // End jumps to the last credit: rendered, selected, and still only a window of rows in the page.
  await rows.first().click();
  await credits.list.press('End');
  const last = credits.list.getByRole('option', { selected: true });
  await expect(last).toHaveAttribute('aria-posinset', '5000');
  await expect(last).toBeInViewport();
  expect(await rows.count()).toBeLessThan(200);
  await expect(rows.first()).not.toHaveAttribute('aria-posinset', '1');

  // A filter changes the set size the rows report.
  await credits.filter('Department').selectOption({ label: 'Producers' });
  const producing = doc.credits.filter((c) => doc.titles.find((t) => t.id === c.titleId)?.departmentId === 'dept:producers').length;
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(producing));
  await expect(credits.resultCount).toHaveText(`${producing.toLocaleString('en')} of 5,000 credits`);
});

test('credits: a contribution with neither a justification nor evidence is refused next to the field', async () => {
  const { page } = app;
  const workspace = new Workspace(page);
  const credits = new CreditsPanel(page);
  await new StartPage(page).createProduction('Empty Reasons');
  await workspace.openPanel('People & Companies');
  await addPerson(page, 'Ines Ferreira');
  await workspace.openPanel('Credits');
  await credits.addCredit({ who: 'Ines', pick: /^Ines Ferreira/, title: 'assoc', titleOption: /^Associate Producer/ });
  const before = await credits.list.getByRole('option').first().getAttribute('aria-label');

  // One click on an empty form records nothing: the sentence is next to Justification, which is marked invalid.
  const form = credits.editor.getByRole('form', { name: 'Add Contribution' });
  const justification = form.getByLabel('Justification', { exact: true });
  await form.getByRole('button', { name: 'Add Contribution' }).click();
  const sentence = 'Write a justification or an evidence reference: a contribution records why this credit was earned.';
  await expect(form.getByText(sentence)).toBeVisible();
  await expect(justification).toHaveAttribute('aria-invalid', 'true');
  await expect(justification).toHaveAccessibleDescription(sentence);
  await expect(justification).toBeFocused();
  await expect(credits.editor.getByText('No contribution recorded yet.')).toBeVisible();
  await expect(credits.editor.getByRole('list', { name: 'Contributions' })).toHaveCount(0);
  // The credit's marks (the "Courtesy?" flag among them) are as they were.
  await expect(credits.list.getByRole('option').first()).toHaveAttribute('aria-label', before ?? '');

  // Typing clears the sentence; evidence alone is enough.
  await form.getByLabel('Evidence reference').fill('Deal memo of 3 March 2026');
  await expect(form.getByText(sentence)).toBeHidden();
  await expect(justification).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Add Contribution' }).click();
  await expect(credits.editor.getByRole('list', { name: 'Contributions' }).getByText('Evidence: Deal memo of 3 March 2026')).toBeVisible();
});

test('credits: choosing another credit with unsaved Details asks first, and keeps or saves the typing', async () => {
  const { page } = app;
  const workspace = new Workspace(page);
  const credits = new CreditsPanel(page);
  await new StartPage(page).createProduction('Half Typed');
  await workspace.openPanel('People & Companies');
  await addPerson(page, 'Ama Owusu');
  await addPerson(page, 'Bo Lindqvist');
  await workspace.openPanel('Credits');
  await credits.addCredit({ who: 'Ama', pick: /^Ama Owusu/, title: 'gaffer', titleOption: /^Gaffer/ });
  await credits.addCredit({ who: 'Bo', pick: /^Bo Lindqvist/, title: 'grip', titleOption: /^Key Grip/ });

  await credits.open(/^Ama Owusu, Gaffer/);
  const details = credits.editor.getByRole('form', { name: 'Credit details' });
  await details.getByLabel('Contractual notes').fill('Paid through the lighting package.');

  // Another credit: the typing is not thrown away; the question comes first.
  await credits.credit(/^Bo Lindqvist, Key Grip/).click();
  const ask = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(ask).toContainText('This credit’s details have changes that are not saved yet.');
  await ask.getByRole('button', { name: 'Keep Editing' }).click();
  await expect(ask).toBeHidden();
  await expect(credits.editor.getByRole('heading', { name: /Ama Owusu/ })).toBeVisible();
  await expect(details.getByLabel('Contractual notes')).toHaveValue('Paid through the lighting package.');
  await expect(details.getByLabel('Contractual notes')).toBeFocused();

  // Save Changes from the question saves, then moves on.
  await credits.credit(/^Bo Lindqvist, Key Grip/).click();
  await ask.getByRole('button', { name: 'Save Changes' }).click();
  await expect(credits.editor.getByRole('heading', { name: /Bo Lindqvist/ })).toBeVisible();
  await credits.open(/^Ama Owusu, Gaffer/);
  await expect(details.getByLabel('Contractual notes')).toHaveValue('Paid through the lighting package.');

  // Nothing typed: no question.
  await credits.credit(/^Bo Lindqvist, Key Grip/).click();
  await expect(credits.editor.getByRole('heading', { name: /Bo Lindqvist/ })).toBeVisible();
  await expect(ask).toHaveCount(0);
});

test('credits: at 1024 px wide with the editor open, a 20-character name shows in full; the marks give way', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  const workspace = new Workspace(page);
  const credits = new CreditsPanel(page);
  await new StartPage(page).createProduction('Narrow Window');
  await workspace.openPanel('People & Companies');
  const name = 'Ruth Okafor-Whitmore';
  expect(name).toHaveLength(20);
  await addPerson(page, name);
  await workspace.openPanel('Credits');
  // Associate Producer needs a justification, so the row also carries a "No justification" mark.
  await credits.addCredit({ who: 'Ruth', pick: new RegExp(`^${name}`), title: 'assoc', titleOption: /^Associate Producer/ });
  const cell = credits.credit(new RegExp(`^${name}`)).locator('.col-name');
  await expect(cell).toContainText(name);
  const { scrollWidth, clientWidth } = await cell.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
