// Page model of the start page: a new production, open a file, the recent list. Specs reuse it instead of
// repeating labels, so a renamed control is fixed in one place.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ProductionKind } from '../../../shared/model/types';

const KIND_LABELS: Record<ProductionKind, string> = {
  feature: 'Feature film',
  series: 'Series',
  documentary: 'Documentary',
  short: 'Short',
  special: 'Special',
};

export class StartPage {
  readonly heading: Locator;
  readonly title: Locator;
  readonly kind: Locator;
  readonly year: Locator;
  readonly create: Locator;
  readonly openButton: Locator;
  readonly recent: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Rollcall', level: 1 });
    this.title = page.getByLabel('Production title');
    this.kind = page.getByLabel('Kind');
    this.year = page.getByLabel('Year');
    this.create = page.getByRole('button', { name: 'Create Production' });
    this.openButton = page.getByRole('button', { name: 'Open Production…' });
    this.recent = page.getByRole('list', { name: 'Recent productions' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Creates a production and waits until its workspace shows it. */
  async createProduction(title: string, options: { kind?: ProductionKind; year?: number } = {}): Promise<void> {
    await this.expectShown();
    await this.title.fill(title);
    if (options.kind) await this.kind.selectOption({ label: KIND_LABELS[options.kind] });
    if (options.year !== undefined) await this.year.fill(String(options.year));
    await this.create.click();
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  /** Opens a recent production by its file name as listed. */
  async openRecent(displayName: string): Promise<void> {
    await this.recent.getByRole('button', { name: displayName }).click();
  }
}
