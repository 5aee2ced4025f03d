// Page model of the Revisions panel: save a revision, the list, the compare form, the comparison and its export.
import { expect, type Locator, type Page } from '@playwright/test';

export class RevisionsPanel {
  readonly saveRevision: Locator;
  readonly list: Locator;
  readonly before: Locator;
  readonly after: Locator;
  readonly compare: Locator;
  readonly compareWithFile: Locator;
  readonly comparison: Locator;
  readonly changed: Locator;
  readonly added: Locator;
  readonly removed: Locator;
  readonly exportComparison: Locator;

  constructor(readonly page: Page) {
    const panel = page.getByRole('tabpanel');
    this.saveRevision = panel.getByRole('button', { name: 'Save Revision…' });
    this.list = panel.getByRole('table', { name: 'Saved revisions' });
    this.before = panel.getByRole('combobox', { name: 'Before', exact: true });
    this.after = panel.getByRole('combobox', { name: 'After', exact: true });
    this.compare = panel.getByRole('button', { name: 'Compare', exact: true });
    this.compareWithFile = panel.getByRole('button', { name: 'Compare With Another Production File…' });
    this.comparison = panel.getByRole('region', { name: /^What changed from/ });
    this.changed = this.comparison.getByRole('table', { name: 'Changed credits' });
    this.added = this.comparison.getByRole('list', { name: 'Added credits' });
    this.removed = this.comparison.getByRole('list', { name: 'Removed credits' });
    this.exportComparison = this.comparison.getByRole('button', { name: 'Export Comparison…' });
  }

  revision(name: string): Locator {
    return this.list.getByRole('row', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
  }

  async save(name: string, note = ''): Promise<void> {
    await this.saveRevision.click();
    const dialog = this.page.getByRole('dialog', { name: 'Save Revision' });
    await dialog.getByLabel('Revision name').fill(name);
    if (note) await dialog.getByLabel('Note (optional)').fill(note);
    await dialog.getByRole('button', { name: 'Save Revision' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.revision(name)).toBeVisible();
  }

  /** The changes of one credit ("Gaffer: Mara L. Lefort"): a row group of the changed-credits table. */
  changedCredit(name: string): Locator {
    return this.changed.getByRole('rowgroup').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** One change of a credit: "Placement", with its before and after as the row's cells. */
  change(credit: string, what: string): Locator {
    return this.changedCredit(credit).getByRole('row', { name: new RegExp(`^${what}\\b`) });
  }

  /** Export Comparison… in the chosen format; the caller queues the Save dialog's answer first. */
  async export(format: 'PDF document' | 'Plain text'): Promise<void> {
    await this.exportComparison.click();
    const dialog = this.page.getByRole('dialog', { name: 'Export Comparison' });
    await dialog.getByRole('radio', { name: format }).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog).toBeHidden();
  }
}
