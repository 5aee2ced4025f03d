// Page model of the Checks panel.
import { type Locator, type Page } from '@playwright/test';

export class ChecksPanel {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel');
  }

  /** The group of items of one kind, by its heading ("Possible duplicate people", ...). */
  group(label: string): Locator {
    return this.panel.getByRole('region', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  /** An item's link, by (part of) its message. */
  item(message: string | RegExp): Locator {
    return this.panel.getByRole('button', { name: message });
  }
}
