// Page model of the songs, paragraphs and logos editor in the Roll & Export panel.
import type { Locator, Page } from '@playwright/test';

export class RollBlocks {
  readonly region: Locator;
  readonly addSong: Locator;
  readonly addParagraph: Locator;
  readonly importLogo: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('tabpanel').getByRole('region', { name: 'Songs, paragraphs and logos' });
    this.addSong = this.region.getByRole('button', { name: 'Add Song', exact: true });
    this.addParagraph = this.region.getByRole('button', { name: 'Add Paragraph', exact: true });
    this.importLogo = this.region.getByRole('button', { name: 'Import Logo…', exact: true });
  }

  /** "Song 1", "Paragraph 2", "Logo 1": one item's fields and buttons. */
  item(name: string): Locator {
    return this.region.getByRole('group', { name, exact: true });
  }

  field(item: string, label: string): Locator {
    return this.item(item).getByLabel(label, { exact: true });
  }

  /** Types into a field and leaves it, which writes it (one undo step). */
  async fill(item: string, label: string, value: string): Promise<void> {
    const field = this.field(item, label);
    await field.fill(value);
    await field.blur();
  }
}
