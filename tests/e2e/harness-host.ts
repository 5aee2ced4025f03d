// The Host of the test harness: the same contract as Electron's, with dialogs answered from a script the test
// writes, PDF printed by the same Chromium, and everything the app asked for recorded for assertions.
import type { BrowserContext, Page } from 'playwright-core';
import type { FileFilter, Host } from '../../electron/host';

export class HarnessHost implements Host {
  readonly userName = 'Test Producer';
  readonly appVersion = '0.1.0-test';
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly dialogsShown: { kind: 'open' | 'save'; title: string; defaultName?: string; filters: FileFilter[] }[] = [];
  readonly externalUrls: string[] = [];
  readonly recentDocuments: string[] = [];
  edited = false;
  closed = false;
  page: Page | null = null;
  context: BrowserContext | null = null;

  constructor(readonly userDataDir: string) {}

  async showOpenDialog(options: { title: string; filters: FileFilter[] }): Promise<string | null> {
    this.dialogsShown.push({ kind: 'open', ...options });
    return this.openAnswers.shift() ?? null;
  }

  async showSaveDialog(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null> {
    this.dialogsShown.push({ kind: 'save', ...options });
    return this.saveAnswers.shift() ?? null;
  }

  async printToPdf(html: string, options: { landscape?: boolean }): Promise<Uint8Array> {
    if (!this.context) throw new Error('The harness has no browser to print with.');
    const page = await this.context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ landscape: options.landscape ?? false, printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.close();
    }
  }

  async openExternal(url: string): Promise<void> {
    this.externalUrls.push(url);
  }

  addRecentDocument(path: string): void {
    this.recentDocuments.push(path);
  }

  emit(event: string, payload: unknown): void {
    void this.page?.evaluate(([e, p]) => (window as unknown as { __rollcallEmit(e: string, p: unknown): void }).__rollcallEmit(e, p), [event, payload] as const).catch(() => {});
  }

  closeWindow(): void {
    this.closed = true;
  }

  setEdited(edited: boolean): void {
    this.edited = edited;
  }
}
