// Page model of the Credits panel: search and filters, the credits list, the new-credit dialog and the editor of
// the selected credit. Everything is found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class CreditsPanel {
  readonly search: Locator;
  readonly list: Locator;
  readonly newCredit: Locator;
  readonly giveTitle: Locator;
  readonly editor: Locator;
  readonly missingJustification: Locator;
  /** The search field and the filters. */
  readonly finder: Locator;
  /** "5 credits", or "2 of 5 credits" while a search or filter is on. */
  readonly resultCount: Locator;

  constructor(readonly page: Page) {
    this.finder = page.getByRole('search', { name: 'Find credits' });
    this.resultCount = page.getByRole('toolbar', { name: 'Credits' }).getByText(/^[\d,]+ (of [\d,]+ )?credits?$/);
    this.search = page.getByLabel('Search credits');
    this.list = page.getByRole('listbox', { name: 'Credits' });
    this.newCredit = page.getByRole('button', { name: 'New Credit' });
    this.giveTitle = page.getByRole('button', { name: 'Give a Title to Several People…' });
    this.editor = page.getByRole('complementary', { name: 'Credit editor' });
    this.missingJustification = page.getByRole('checkbox', { name: 'Missing justification' });
  }

  /** A filter select by its label: "Department", "Contribution type", "Status", "Placement". */
  filter(label: 'Department' | 'Contribution type' | 'Status' | 'Placement'): Locator {
    // Not exact: a select's accessible name from its wrapping label also carries the chosen option's text.
    return this.finder.getByRole('combobox', { name: new RegExp(`^${label}\\b`) });
  }

  /** The accessible names of the credit rows in the DOM, in list order. */
  async creditNames(): Promise<string[]> {
    return this.list.getByRole('option').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
  }

  /** A credit row by (part of) its accessible name: "Zoë Saldaña, Associate Producer, End credits, Draft, ...". */
  credit(name: string | RegExp): Locator {
    return this.list.getByRole('option', { name });
  }

  /** Picks an option of a type-ahead field after typing into it. */
  async typeAhead(scope: Locator, label: string, text: string, option: string | RegExp): Promise<void> {
    const field = scope.getByRole('combobox', { name: label });
    await field.fill(text);
    const listName = label === 'Credit title' ? 'Matching credit titles' : 'Matching people and companies';
    await scope.getByRole('listbox', { name: listName }).getByRole('option', { name: option }).click();
  }

  /** New Credit: who, which title, where; waits until the editor shows the new credit. */
  async addCredit(options: { who: string; pick?: string | RegExp; title: string; titleOption: string | RegExp; placement?: 'Opening/main titles' | 'End credits' }): Promise<void> {
    await this.newCredit.click();
    const dialog = this.page.getByRole('dialog', { name: 'New credit' });
    await this.typeAhead(dialog, 'Person or company', options.who, options.pick ?? options.who);
    await this.typeAhead(dialog, 'Credit title', options.title, options.titleOption);
    if (options.placement) await dialog.getByLabel('Placement').selectOption({ label: options.placement });
    await dialog.getByRole('button', { name: 'Add Credit' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.editor).toBeVisible();
  }

  async open(name: string | RegExp): Promise<void> {
    await this.credit(name).click();
    await expect(this.editor).toBeVisible();
  }

  statusButton(name: string): Locator {
    return this.editor.getByRole('group', { name: 'Status actions' }).getByRole('button', { name, exact: true });
  }

  get statusAlert(): Locator {
    return this.editor.getByRole('region', { name: 'Status' }).getByRole('alert');
  }

  async addContribution(type: string, justification: string, evidence = ''): Promise<void> {
    const form = this.editor.getByRole('form', { name: 'Add Contribution' });
    await form.getByLabel('Contribution type').selectOption({ label: type });
    await form.getByLabel('Justification').fill(justification);
    if (evidence) await form.getByLabel('Evidence reference').fill(evidence);
    await form.getByRole('button', { name: 'Add Contribution' }).click();
    await expect(this.editor.getByRole('list', { name: 'Contributions' }).getByText(justification)).toBeVisible();
  }

  get history(): Locator {
    return this.editor.getByRole('list', { name: 'Credit history' });
  }
}
