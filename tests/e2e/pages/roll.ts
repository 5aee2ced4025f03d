// Page model of the Roll & Export panel (style controls, the live preview, crawl timing) and of the Export dialog.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export class RollPanel {
  readonly panel: Locator;
  readonly style: Locator;
  readonly toolbar: Locator;
  readonly exportButton: Locator;
  readonly safeArea: Locator;
  readonly timing: Locator;
  /** The preview's document: the same HTML the exports are made from. */
  readonly preview: FrameLocator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel');
    this.style = this.panel.getByRole('complementary', { name: 'Roll style' });
    this.toolbar = this.panel.getByRole('toolbar', { name: 'Roll' });
    this.exportButton = this.toolbar.getByRole('button', { name: 'Export…' });
    this.safeArea = this.toolbar.getByRole('checkbox', { name: 'Show title-safe area' });
    this.timing = this.panel.getByRole('region', { name: 'Crawl timing' });
    // An iframe has no ARIA role: it is found by its accessible name, which is its title.
    this.preview = this.panel.getByTitle('Roll preview', { exact: true }).contentFrame();
  }

  field(label: string): Locator {
    return this.style.getByLabel(label, { exact: true });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  /** A name (or any text) as the preview shows it. */
  previewText(text: string): Locator {
    return this.preview.getByText(text, { exact: true });
  }

  timingField(label: string): Locator {
    return this.timing.getByLabel(label, { exact: true });
  }

  get fitButton(): Locator {
    return this.timing.getByRole('button', { name: 'Fit to Target', exact: true });
  }
}

export class ExportDialog {
  readonly dialog: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export' });
    this.exportButton = this.dialog.getByRole('button', { name: 'Export…' });
  }

  format(label: string | RegExp): Locator {
    return this.dialog.getByRole('radio', { name: label });
  }

  get revision(): Locator {
    return this.dialog.getByLabel('Revision label');
  }

  get error(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** Chooses a format and exports; waits until the dialog has closed. */
  async export(format: string | RegExp): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.format(format).check();
    await this.exportButton.click();
    await expect(this.dialog).toBeHidden({ timeout: 30_000 });
  }
}
