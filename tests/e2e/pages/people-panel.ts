// Page model of the People & Companies panel.
import { expect, type Locator, type Page } from '@playwright/test';

export class PeoplePanel {
  readonly list: Locator;
  readonly companyList: Locator;
  readonly addPerson: Locator;
  readonly filter: Locator;
  readonly directory: Locator;
  readonly duplicates: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    const panel = page.getByRole('tabpanel');
    this.list = panel.getByRole('list', { name: 'People', exact: true });
    this.companyList = panel.getByRole('list', { name: 'Companies', exact: true });
    this.addPerson = panel.getByRole('button', { name: 'Add Person', exact: true });
    this.filter = panel.getByLabel('Filter people');
    this.directory = panel.getByRole('combobox', { name: 'Add from directory' });
    this.duplicates = panel.getByRole('region', { name: /Possible duplicates/ });
    this.dialog = page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Fills and submits the Add Person dialog; waits for it to close unless the addition is expected to be refused. */
  async add(name: string, fields: Record<string, string> = {}, options: { refused?: boolean } = {}): Promise<void> {
    await this.addPerson.click();
    const dialog = this.page.getByRole('dialog', { name: 'Add Person' });
    await dialog.getByLabel('Name as credited').fill(name);
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
    await dialog.getByRole('button', { name: 'Add Person' }).click();
    if (!options.refused) await expect(dialog).toBeHidden();
  }

  /** A company's row; the Companies view must be showing (see showCompanies). */
  companyRow(name: string): Locator {
    return this.companyList.getByRole('listitem').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Switches the panel to its Companies view (the panel opens on People). */
  async showCompanies(): Promise<void> {
    const toggle = this.page.getByRole('tabpanel').getByRole('group', { name: 'Show' }).getByRole('button', { name: /^Companies \(/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }

  /** Fills and submits the Add Company dialog (the Companies view must be showing) and waits for it to close. */
  async addCompany(name: string, fields: Record<string, string> = {}): Promise<void> {
    await this.page.getByRole('tabpanel').getByRole('button', { name: 'Add Company', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add Company' });
    await dialog.getByLabel('Company name').fill(name);
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
    await dialog.getByRole('button', { name: 'Add Company' }).click();
    await expect(dialog).toBeHidden();
  }

  async expectPerson(name: string): Promise<void> {
    await expect(this.list.getByText(name, { exact: true })).toBeVisible();
  }

  async addFromDirectory(typed: string): Promise<void> {
    await this.directory.fill(typed);
    await expect(this.page.getByRole('listbox', { name: 'Directory matches' }).getByRole('option').first()).toBeVisible();
    await this.directory.press('Enter');
  }
}
