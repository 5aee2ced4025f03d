// Page model of the Import panel: the list (file, sheet, pasted rows), the column mapping, the decisions about
// unknown titles and people, the preview and the confirm button. Everything by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportPanel {
  readonly chooseFile: Locator;
  readonly pasteRows: Locator;
  readonly readPasted: Locator;
  readonly sheet: Locator;
  readonly preview: Locator;
  readonly importButton: Locator;
  readonly cancel: Locator;
  readonly skipBadRows: Locator;

  constructor(readonly page: Page) {
    const panel = page.getByRole('tabpanel');
    this.chooseFile = panel.getByRole('button', { name: 'Choose File…' });
    this.pasteRows = panel.getByLabel('Paste rows');
    this.readPasted = panel.getByRole('button', { name: 'Read Pasted Rows' });
    this.sheet = panel.getByRole('combobox', { name: 'Sheet', exact: true });
    this.preview = panel.getByRole('table', { name: /rows as they will be imported/ });
    this.importButton = panel.getByRole('button', { name: /^Import [\d,]+ rows?$/ });
    this.cancel = panel.getByRole('button', { name: 'Cancel Import' });
    this.skipBadRows = panel.getByRole('checkbox', { name: /Skip rows that cannot be imported/ });
  }

  /** The mapping menu of a column: "Column 2 (Crew position)". */
  column(name: string): Locator {
    return this.page.getByRole('combobox', { name: `${name} maps to` });
  }

  /** The menu deciding an unknown credit title. */
  unknownTitle(name: string): Locator {
    return this.page.getByRole('combobox', { name: `Credit title “${name}”` });
  }

  /** A preview row by the name on it. */
  row(name: string | RegExp): Locator {
    return this.preview.getByRole('row', { name });
  }

  /** Answers the harness's next Open dialog with `file`, then presses Choose File…. */
  async importFile(dialogs: { nextOpen(file: string | null): Promise<void> }, file: string): Promise<void> {
    await dialogs.nextOpen(file);
    await this.chooseFile.click();
    await expect(this.preview).toBeVisible();
  }

  async expectImportable(rows: number): Promise<void> {
    await expect(this.page.getByRole('button', { name: `Import ${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'}` })).toBeEnabled();
  }
}
