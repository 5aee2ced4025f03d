// Page model of a production's workspace: the toolbar, the panel tabs, and the status messages. Panel-specific
// page models (people, titles, credits, ...) take this one's page and add their own locators.
import { expect, type Locator, type Page } from '@playwright/test';

export type PanelName = 'Credits' | 'People & Companies' | 'Credit Titles' | 'Checks' | 'Roll & Export' | 'Revisions' | 'Import';

export class Workspace {
  readonly toolbar: Locator;
  readonly save: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly revert: Locator;
  readonly closeProduction: Locator;
  readonly tabs: Locator;
  readonly panel: Locator;
  /** The status area where notices (saved, errors) appear. */
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Production' });
    this.save = this.toolbar.getByRole('button', { name: 'Save', exact: true });
    this.undo = this.toolbar.getByRole('button', { name: 'Undo' });
    this.redo = this.toolbar.getByRole('button', { name: 'Redo' });
    this.revert = this.toolbar.getByRole('button', { name: 'Revert' });
    this.closeProduction = this.toolbar.getByRole('button', { name: 'Close Production' });
    this.tabs = page.getByRole('tablist', { name: 'Workspace' });
    this.panel = page.getByRole('tabpanel');
    this.notices = page.getByRole('status');
  }

  tab(name: PanelName): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async openPanel(name: PanelName): Promise<Locator> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    return this.panel;
  }

  async expectTitle(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  /** Waits for a status message containing the text. */
  async expectNotice(text: string | RegExp): Promise<void> {
    await expect(this.notices.getByText(text).first()).toBeVisible();
  }

  /** Dismisses every status message (errors stay until dismissed; older ones unfold as newer ones go). */
  async dismissNotices(): Promise<void> {
    const buttons = this.notices.getByRole('button', { name: 'Dismiss message' });
    while ((await buttons.count()) > 0) await buttons.first().click();
  }

  /** Closes the production; answers "Don't Save" when asked about unsaved changes. */
  async closeDiscarding(): Promise<void> {
    await this.closeProduction.click();
    const dontSave = this.page.getByRole('dialog').getByRole('button', { name: 'Don’t Save' });
    const startHeading = this.page.getByRole('heading', { name: 'Rollcall', level: 1 });
    await expect(startHeading.or(dontSave)).toBeVisible();
    if (await dontSave.isVisible()) await dontSave.click();
    await expect(startHeading).toBeVisible();
  }
}
