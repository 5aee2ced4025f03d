// People, companies, credit titles and checks end to end: add people, detect and merge a near-duplicate (credits
// follow the kept person, one undo step), add someone from the app-wide directory in a second production, add and
// reorder a title, edit the justification policy, remove a title that credits use, follow checks to their credits
// (a producing and a crew credit without a contribution), and the bad input of issue 4 (empty, 2,000+ characters,
// pasted controls, right-to-left names, read-only files).
import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serialiseDocument } from '../../shared/format';
import { createCredit, createDocument, createPerson } from '../../shared/model/create';
import type { RollcallDocument } from '../../shared/model/types';
import { launchApp, type RunningApp } from './harness';
import { ChecksPanel } from './pages/checks-panel';
import { CreditsPanel } from './pages/credits';
import { PeoplePanel } from './pages/people-panel';
import { StartPage } from './pages/start-page';
import { TitlesPanel } from './pages/titles-panel';
import { Workspace } from './pages/workspace';

let app: RunningApp | null = null;
let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-people-'));
});
test.afterEach(async () => {
  await app?.close();
  app = null;
});

/** A production with two spellings of one person (a credit each) and an Associate Producer with no contribution. */
function fixture(): { doc: RollcallDocument; ids: { zoe: string; inverted: string; landau: string; apCredit: string } } {
  const doc = createDocument({ title: 'Pandora', kind: 'feature', year: 2026 });
  const zoe = createPerson({ name: 'Zoe Saldana' });
  const inverted = createPerson({ name: 'Saldaña, Zoë' });
  const landau = createPerson({ name: 'Jon Landau' });
  doc.people.push(zoe, inverted, landau);
  const ap = createCredit({ titleId: 'title:associate-producer', subject: { kind: 'person', personId: landau.id } });
  doc.credits.push(
    createCredit({ titleId: 'title:cast', subject: { kind: 'person', personId: zoe.id }, character: 'Neytiri' }),
    createCredit({ titleId: 'title:starring', subject: { kind: 'person', personId: inverted.id }, placement: 'main' }),
    ap,
  );
  return { doc, ids: { zoe: zoe.id, inverted: inverted.id, landau: landau.id, apCredit: ap.id } };
}

async function openFixture(doc: RollcallDocument, name: string): Promise<{ app: RunningApp; file: string }> {
  const file = path.join(folder, name);
  await writeFile(file, serialiseDocument(doc));
  app = await launchApp();
  await app.dialogs.nextOpen(file);
  await new StartPage(app.page).openButton.click();
  await new Workspace(app.page).expectTitle(doc.production.title);
  return { app, file };
}

test('add people, see a near-duplicate with its rule, merge it and undo the merge in one step', async () => {
  app = await launchApp();
  const { page } = app;
  await new StartPage(page).createProduction('Pandora Unit');
  const workspace = new Workspace(page);
  await workspace.openPanel('People & Companies');
  const people = new PeoplePanel(page);

  await people.add('Zoe Saldana', { Pronouns: 'she/her' });
  await people.expectPerson('Zoe Saldana');
  await people.addPerson.click();
  const dialog = page.getByRole('dialog', { name: 'Add Person' });
  await dialog.getByLabel('Name as credited').fill('Zoë Saldaña');
  // The editor warns before the duplicate is even saved.
  await expect(dialog.getByRole('note')).toContainText('Already in this production: “Zoe Saldana”');
  await dialog.getByRole('button', { name: 'Add Person' }).click();
  await people.expectPerson('Zoë Saldaña');

  await expect(people.duplicates).toContainText('“Zoe Saldana”, “Zoë Saldaña”');
  await expect(people.duplicates).toContainText('Matched by: the same name apart from case, accents, spacing or order.');
  await people.duplicates.getByRole('button', { name: 'Merge Zoe Saldana, Zoë Saldaña' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge People' });
  await merge.getByRole('radio', { name: 'Keep “Zoë Saldaña” (0 credits)' }).check();
  await merge.getByRole('button', { name: 'Merge' }).click();

  await expect(people.list.getByRole('listitem')).toHaveCount(1);
  await people.expectPerson('Zoë Saldaña');
  await expect(people.duplicates).toHaveCount(0);
  // The kept person took the pronouns the duplicate had.
  await expect(people.row('Zoë Saldaña')).toContainText('she/her');

  await workspace.undo.click();
  await expect(people.list.getByRole('listitem')).toHaveCount(2);
  await workspace.redo.click();
  await expect(people.list.getByRole('listitem')).toHaveCount(1);
});

test('merging moves the credits to the kept person, the file says so, and checks link to credits', async () => {
  const { doc, ids } = fixture();
  const { app: running, file } = await openFixture(doc, 'Pandora.rollcall');
  const { page } = running;
  const workspace = new Workspace(page);

  // Checks: the duplicate, and the Associate Producer credit without a contribution, which links to the credit.
  await workspace.openPanel('Checks');
  const checksPanel = new ChecksPanel(page);
  await expect(checksPanel.group('Possible duplicate people')).toContainText('“Saldaña, Zoë” and “Zoe Saldana” may be the same person');
  await expect(checksPanel.group('Credits not yet approved')).toContainText('3 credits are not approved yet (3 draft).');
  // An item about several credits says it opens the first of them; an item about one credit, that it opens it.
  await expect(checksPanel.group('Credits not yet approved')).toContainText('Opens the first of them');
  await expect(checksPanel.group('Possible duplicate people')).not.toContainText('Opens the first of them');
  await checksPanel.item(/“Jon Landau” \(Associate Producer\) has no contribution yet/).click();
  await expect(workspace.tab('Credits')).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => document.querySelector('[role="tabpanel"]')?.id)).toBe('panel-credits');
  // The Credits panel shows that credit selected (through renderer/src/app/selection.ts).
  await expect(page.getByRole('option', { name: /Jon Landau/, selected: true })).toBeVisible();

  // A credit without a contribution outside the producing titles is listed for review, a title at a time, and
  // links to the credit too.
  await workspace.openPanel('Checks');
  const undocumented = checksPanel.group('Credits without a contribution');
  await expect(undocumented).toContainText('Cast: “Zoe Saldana” has no contribution on record.');
  await expect(undocumented).toContainText('Starring: “Saldaña, Zoë” has no contribution on record.');
  await checksPanel.item('Cast: “Zoe Saldana” has no contribution on record.').click();
  await expect(page.getByRole('option', { name: /^Zoe Saldana, Cast, as Neytiri/, selected: true })).toBeVisible();

  // The duplicate item opens People & Companies, where the merge happens.
  await workspace.openPanel('Checks');
  await checksPanel.item(/may be the same person/).click();
  await expect(workspace.tab('People & Companies')).toHaveAttribute('aria-selected', 'true');
  const people = new PeoplePanel(page);
  await expect(people.row('Zoe Saldana')).toContainText('1 credit');
  await people.duplicates.getByRole('button', { name: 'Merge Saldaña, Zoë, Zoe Saldana' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge People' });
  await merge.getByRole('radio', { name: 'Keep “Zoe Saldana” (1 credit)' }).check();
  await expect(merge).toContainText('1 credit will move to “Zoe Saldana”');
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(people.row('Zoe Saldana')).toContainText('2 credits');

  await workspace.save.click();
  await workspace.expectNotice('Saved Pandora.rollcall');
  const saved = JSON.parse(await readFile(file, 'utf8')) as RollcallDocument;
  expect(saved.people.map((p) => p.name).sort()).toEqual(['Jon Landau', 'Zoe Saldana']);
  const subjects = saved.credits.filter((c) => c.id !== ids.apCredit).map((c) => c.subject);
  expect(subjects).toEqual([
    { kind: 'person', personId: ids.zoe },
    { kind: 'person', personId: ids.zoe },
  ]);
  // The merge is in the audit trail, as a change to the re-pointed credit and the removed person.
  expect(saved.audit.some((a) => a.entity === 'person' && a.entityId === ids.inverted && a.action === 'removed')).toBe(true);

  // Removing a person still credited is never silent: the question names the credits.
  await people.row('Jon Landau').getByRole('button', { name: 'Remove Jon Landau' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove Person' });
  await expect(ask).toContainText('“Jon Landau” has 1 credit in this production.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await people.expectPerson('Jon Landau');

  // A title that credits use is refused as it stands and removed only by moving its credits.
  await workspace.openPanel('Credit Titles');
  const titles = new TitlesPanel(page);
  await titles.panel.getByRole('button', { name: 'Remove Associate Producer', exact: true }).click();
  const remove = page.getByRole('dialog', { name: 'Remove Title' });
  await expect(remove).toContainText('1 credit uses “Associate Producer”, so it cannot be removed as it is.');
  await remove.getByLabel('Move the credits to').selectOption({ label: 'Co-Producer' });
  await remove.getByRole('button', { name: 'Move Credits and Remove Title' }).click();
  await workspace.expectNotice('Moved 1 credit to “Co-Producer” and removed “Associate Producer”.');
  expect(await titles.titleNames('Producers')).not.toContain('Associate Producer');
  await expect(titles.row('Producers', 'Co-Producer')).toContainText('1 credit');
});

test('a locked credit keeps its person’s and its title’s names until it is unlocked; contact details stay editable', async () => {
  const doc = createDocument({ title: 'Signed Off', kind: 'feature', year: 2026 });
  const mei = createPerson({ name: 'Mei Tanaka' });
  doc.people.push(mei);
  doc.credits.push(createCredit({ titleId: 'title:cast', subject: { kind: 'person', personId: mei.id }, character: 'Aiko', status: 'approved' }));
  const { app: running } = await openFixture(doc, 'Signed Off.rollcall');
  const { page } = running;
  const workspace = new Workspace(page);

  // Clearance signs the credit off.
  await workspace.openPanel('Credits');
  const credits = new CreditsPanel(page);
  await credits.open(/^Mei Tanaka, Cast/);
  await credits.statusButton('Lock').click();
  await expect(credits.credit(/^Mei Tanaka, Cast, .*Locked$/)).toBeVisible();

  // Renaming the person is refused with the sentence removal uses, and the name stays.
  await workspace.openPanel('People & Companies');
  const people = new PeoplePanel(page);
  await people.row('Mei Tanaka').getByRole('button', { name: 'Edit Mei Tanaka' }).click();
  const personDialog = page.getByRole('dialog', { name: 'Edit Mei Tanaka' });
  await personDialog.getByLabel('Name as credited').fill('Mei Tanaka-Ross');
  await personDialog.getByRole('button', { name: 'Save Person' }).click();
  await expect(personDialog.getByRole('alert')).toHaveText('“Mei Tanaka” has 1 credit locked: unlock it in the Credits panel before renaming this person.');
  // The sort name changes the roll's order: refused too.
  await personDialog.getByLabel('Name as credited').fill('Mei Tanaka');
  await personDialog.getByLabel('Sort name').fill('Mei, Tanaka');
  await personDialog.getByRole('button', { name: 'Save Person' }).click();
  await expect(personDialog.getByRole('alert')).toHaveText('“Mei Tanaka” has 1 credit locked: unlock it in the Credits panel before changing this person’s sort name.');
  // The dialog has changes, so Cancel asks before throwing them away.
  await personDialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard the changes?' }).getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(personDialog).toBeHidden();
  await people.expectPerson('Mei Tanaka');
  await expect(people.list.getByText('Mei Tanaka-Ross')).toHaveCount(0);

  // The email does not change how the credit reads: allowed.
  await people.row('Mei Tanaka').getByRole('button', { name: 'Edit Mei Tanaka' }).click();
  await personDialog.getByLabel('Email (private)').fill('mei@example.com');
  await personDialog.getByRole('button', { name: 'Save Person' }).click();
  await expect(personDialog).toBeHidden();
  await workspace.expectNotice('Saved “Mei Tanaka”.');

  // Renaming the title (Cast → Featuring) is refused the same way.
  await workspace.openPanel('Credit Titles');
  const titles = new TitlesPanel(page);
  await titles.panel.getByRole('button', { name: 'Edit Cast', exact: true }).click();
  const titleDialog = page.getByRole('dialog', { name: 'Edit Title' });
  await titleDialog.getByLabel('Title name').fill('Featuring');
  await titleDialog.getByRole('button', { name: 'Save Title' }).click();
  await expect(titleDialog.getByRole('alert')).toHaveText('“Cast” has 1 credit locked: unlock it in the Credits panel before renaming this title.');
  await titleDialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard the changes?' }).getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(titleDialog).toBeHidden();
  expect(await titles.titleNames('Cast')).toContain('Cast');
  expect(await titles.titleNames('Cast')).not.toContain('Featuring');

  // The credit still reads as it was signed off.
  await workspace.openPanel('Credits');
  await expect(credits.credit(/^Mei Tanaka, Cast, as Aiko, .*Locked$/)).toBeVisible();
});

test('a person added in one production is added to the next from the directory with Enter', async () => {
  app = await launchApp();
  const { page } = app;
  const start = new StartPage(page);
  await start.createProduction('First Film');
  const workspace = new Workspace(page);
  await workspace.openPanel('People & Companies');
  const people = new PeoplePanel(page);
  await people.add('Sigourney Weaver', { 'Email (private)': 'sw@example.com', 'Legal name': 'Susan Alexandra Weaver' });
  await people.expectPerson('Sigourney Weaver');
  await workspace.closeDiscarding();

  await start.createProduction('Second Film');
  await workspace.openPanel('People & Companies');
  await expect(people.list).toHaveCount(0);
  await people.addFromDirectory('weaver sig');
  await people.expectPerson('Sigourney Weaver');
  await workspace.expectNotice('Added “Sigourney Weaver” from your directory.');
  // Someone already in the production is no longer offered.
  await people.directory.fill('weaver');
  await expect(page.getByRole('listbox', { name: 'Directory matches' })).toContainText('Nobody in your directory matches.');

  // The directory keeps private details on this machine, so they come along (they never go into exports).
  await people.row('Sigourney Weaver').getByRole('button', { name: 'Edit Sigourney Weaver' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Sigourney Weaver' });
  await expect(edit.getByLabel('Email (private)')).toHaveValue('sw@example.com');
  await expect(edit.getByLabel('Legal name')).toHaveValue('Susan Alexandra Weaver');
  await expect(edit.getByRole('group', { name: /Private contact details — never exported or printed/ })).toBeVisible();
});

test('add a custom title, reorder it from the keyboard, put it under the policy; add a department and a contribution type', async () => {
  app = await launchApp();
  const { page } = app;
  await new StartPage(page).createProduction('Order Test');
  const workspace = new Workspace(page);
  await workspace.openPanel('Credit Titles');
  const titles = new TitlesPanel(page);

  // Seeded definitions are shown.
  await expect(titles.department('Producers')).toContainText('Day-to-day production logistics, budget and crew coordination.');
  const before = await titles.titleNames('Producers');
  expect(before.at(-1)).toBe('Associate Producer');

  await titles.addTitle('Producers', { name: 'Segment Producer', definition: 'Produces one segment of a magazine programme.' });
  await expect(titles.titles('Producers')).toContainText('Produces one segment of a magazine programme.');
  expect((await titles.titleNames('Producers')).at(-1)).toBe('Segment Producer');

  // Buttons read in Title Case like every other button in the app.
  await expect(titles.moveUp('Segment Producer')).toHaveText('Move Up');
  await titles.moveUp('Segment Producer').click();
  await expect.poll(() => titles.titleNames('Producers')).toEqual([...before.slice(0, -1), 'Segment Producer', 'Associate Producer']);
  // Focus stays on the moved title's button, so Enter moves it again.
  await expect(titles.moveUp('Segment Producer')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => titles.titleNames('Producers')).toEqual([...before.slice(0, -2), 'Segment Producer', ...before.slice(-2)]);
  // Alt+Down on the title moves it back down.
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => titles.titleNames('Producers')).toEqual([...before.slice(0, -1), 'Segment Producer', 'Associate Producer']);

  // Undo puts the order back, one move at a time.
  await workspace.undo.click();
  await expect.poll(() => titles.titleNames('Producers')).toEqual([...before.slice(0, -2), 'Segment Producer', ...before.slice(-2)]);

  // The policy: Associate Producer is in it by default; add Segment Producer.
  await expect(titles.policyToggle('Associate Producer')).toBeChecked();
  // The box's name starts with its visible label (WCAG 2.5.3); the longer sentence is its description.
  await expect(titles.policyToggle('Associate Producer')).toHaveAccessibleName('Needs justification: Associate Producer');
  await expect(titles.policyToggle('Associate Producer')).toHaveAccessibleDescription('Associate Producer needs a justified contribution before approval');
  // A row reads with a pause between the title and its count, not "Segment Producer0 credits".
  await expect(titles.row('Producers', 'Segment Producer').locator('.title-text')).toHaveText(/^Segment Producer, 0 credits/);
  await expect(titles.policyToggle('Segment Producer')).not.toBeChecked();
  await titles.policyToggle('Segment Producer').check();
  await expect(page.getByRole('button', { name: 'Stop requiring a justification for Segment Producer', exact: true })).toHaveText('Remove from Policy');
  await expect(page.getByRole('list', { name: 'Titles that need a justification' })).toContainText('Segment Producer');

  // A department of our own, moved up from last place.
  await titles.panel.getByLabel('New department').fill('Archive');
  await titles.panel.getByRole('button', { name: 'Add Department' }).click();
  await expect(titles.department('Archive')).toBeVisible();
  const regions = () => titles.panel.locator('section.department h3').allTextContents();
  const last = (await regions()).at(-2)!;
  await titles.panel.getByRole('button', { name: 'Move Archive up' }).click();
  await expect.poll(async () => (await regions()).slice(-2)).toEqual(['Archive', last]);

  // Duplicate and empty names are refused with a sentence.
  await titles.panel.getByLabel('New department').fill('   ');
  await titles.panel.getByRole('button', { name: 'Add Department' }).click();
  await expect(titles.panel.getByRole('alert')).toHaveText('A department name cannot be empty or only spaces.');

  await titles.panel.getByLabel('New contribution type').fill('Research');
  await titles.panel.getByRole('button', { name: 'Add Type' }).click();
  await expect(page.getByRole('list', { name: 'Contribution types' })).toContainText('Research');
});

test('bad input: empty and over-long names, pasted controls and direction overrides, right-to-left names, read-only files', async () => {
  app = await launchApp();
  const { page } = app;
  await new StartPage(page).createProduction('Bad Input');
  const workspace = new Workspace(page);
  await workspace.openPanel('People & Companies');
  const people = new PeoplePanel(page);

  await people.addPerson.click();
  const dialog = page.getByRole('dialog', { name: 'Add Person' });
  const name = dialog.getByLabel('Name as credited');
  await name.fill('   ');
  await dialog.getByRole('button', { name: 'Add Person' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A name cannot be empty or only spaces.');

  await name.fill('A'.repeat(2001));
  await dialog.getByRole('button', { name: 'Add Person' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A name can have at most 2,000 characters; this one has 2,001.');
  // Nothing typed is lost on refusal.
  await expect(name).toHaveValue('A'.repeat(2001));

  const long = 'B'.repeat(2000);
  await name.fill(long);
  await dialog.getByRole('button', { name: 'Add Person' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(people.list.getByRole('listitem')).toHaveCount(1);
  // The long name is cut with an ellipsis inside its row; the page does not grow sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const rowBox = await people.list.getByRole('listitem').first().boundingBox();
  const listBox = await people.list.boundingBox();
  expect(rowBox!.width).toBeLessThanOrEqual(listBox!.width + 1);

  // Pasted text: a right-to-left override and a bell character are removed; a Hebrew name is kept exactly.
  await workspace.dismissNotices();
  await people.add('\u202EJohn\u0007  Smith\u202C');
  await workspace.expectNotice('Added “John Smith”. Invisible control characters in the pasted text were removed.');
  await people.expectPerson('John Smith');
  await people.add('נטלי פורטמן');
  await people.expectPerson('נטלי פורטמן');

  // A read-only production refuses every edit with the sentence from the working copy.
  await workspace.closeDiscarding();
  const doc = createDocument({ title: 'From The Future' });
  const file = path.join(folder, 'future.rollcall');
  await writeFile(file, serialiseDocument(doc).replace('"formatVersion": 2', '"formatVersion": 3'));
  await app.dialogs.nextOpen(file);
  await new StartPage(page).openButton.click();
  await workspace.expectTitle('From The Future');
  await workspace.openPanel('People & Companies');
  await workspace.dismissNotices();
  await people.add('Nobody Writes', {}, { refused: true });
  await expect(page.getByRole('dialog', { name: 'Add Person' }).getByRole('alert')).toHaveText('This production is open read-only, so it cannot be changed.');
});

test('people: Escape or Cancel in Add Person with typing asks before discarding it; Keep Editing goes back to the field', async () => {
  app = await launchApp();
  const { page } = app;
  await new StartPage(page).createProduction('Second Thoughts');
  await new Workspace(page).openPanel('People & Companies');
  const people = new PeoplePanel(page);
  const dialog = page.getByRole('dialog', { name: 'Add Person' });
  const confirm = page.getByRole('dialog', { name: 'Discard the changes?' });

  // Nothing typed: Escape closes at once.
  await people.addPerson.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Typed: Escape asks, and Keep Editing returns to the field with the typing kept.
  await people.addPerson.click();
  await dialog.getByLabel('Name as credited').fill('Noor Haddad');
  await dialog.getByLabel('Email (private)').fill('noor@example.com');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Keep Editing' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep Editing' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByLabel('Email (private)')).toBeFocused();
  await expect(dialog.getByLabel('Name as credited')).toHaveValue('Noor Haddad');

  // Escape in the question is Keep Editing too.
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(dialog).toBeVisible();

  // Cancel asks the same; Discard closes without adding anyone.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await confirm.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(people.list.getByText('Noor Haddad')).toHaveCount(0);
});
