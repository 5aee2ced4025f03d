// Page model of the Credit Titles panel.
import { type Locator, type Page } from '@playwright/test';

export class TitlesPanel {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel');
  }

  department(name: string): Locator {
    return this.panel.getByRole('region', { name, exact: true });
  }

  /** The ordered list of titles of a department. */
  titles(department: string): Locator {
    return this.panel.getByRole('list', { name: `${department} titles` });
  }

  /** One title's row in its department's list. */
  row(department: string, title: string): Locator {
    return this.titles(department).getByRole('listitem').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** Title names of a department, in roll order. */
  async titleNames(department: string): Promise<string[]> {
    return this.titles(department).locator('.title-name').allTextContents();
  }

  async addTitle(department: string, fields: { name: string; definition?: string; plural?: string }): Promise<void> {
    await this.panel.getByRole('button', { name: `Add title to ${department}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add Title' });
    await dialog.getByLabel('Title name').fill(fields.name);
    if (fields.plural) await dialog.getByLabel('Plural').fill(fields.plural);
    if (fields.definition) await dialog.getByLabel('Definition').fill(fields.definition);
    await dialog.getByRole('button', { name: 'Add Title' }).click();
  }

  moveUp(title: string): Locator {
    return this.panel.getByRole('button', { name: `Move ${title} up`, exact: true });
  }

  moveDown(title: string): Locator {
    return this.panel.getByRole('button', { name: `Move ${title} down`, exact: true });
  }

  policyToggle(title: string): Locator {
    return this.panel.getByRole('checkbox', { name: `Needs justification: ${title}`, exact: true });
  }
}
