// Printing HTML to PDF outside Electron (the CLI, the test harness): a headless Chromium found on the machine
// (CHROMIUM_PATH, then the system's Chromium or Chrome, then Playwright's own), driven by playwright-core. One
// browser is started on first use and reused for every later print, because starting it costs more than printing
// a long roll; `closePdfBrowser` ends it (the CLI calls it before exiting). The page furniture (title, revision,
// date, "Page x of y") is in the HTML's own @page rules, so Electron's printToPDF prints the same pages.
import type { Browser } from 'playwright-core';
import { UserFacingError } from '../../shared/ipc/result';
import { findChromium } from '../platform/find-chromium';

/** Quiet, offline, headless: no first-run screens, no background traffic, no GPU. */
export const PDF_BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface PrintOptions {
  landscape?: boolean;
  /** Accepted for Host.printToPdf compatibility; the HTML's @page rules carry the page furniture. */
  headerTitle?: string;
  /** Where to look for CHROMIUM_PATH (default process.env). */
  env?: Record<string, string | undefined>;
}

let browser: Promise<Browser> | null = null;

export function noBrowserMessage(env: Record<string, string | undefined>): string {
  if (env.CHROMIUM_PATH) {
    return `PDF export needs Chromium, and CHROMIUM_PATH points at “${env.CHROMIUM_PATH}”, which does not exist: correct CHROMIUM_PATH or remove it to use an installed Chromium or Google Chrome.`;
  }
  return 'PDF export needs Chromium or Google Chrome and neither was found on this computer: install one, or set CHROMIUM_PATH to the browser program.';
}

async function launch(env: Record<string, string | undefined>): Promise<Browser> {
  const executablePath = await findChromium(env);
  if (!executablePath) throw new UserFacingError('NO_BROWSER', noBrowserMessage(env));
  const { chromium } = await import('playwright-core');
  try {
    const started = await chromium.launch({ executablePath, headless: true, args: PDF_BROWSER_FLAGS });
    started.on('disconnected', () => {
      browser = null;
    });
    return started;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserFacingError('NO_BROWSER', `The browser at “${executablePath}” did not start, so no PDF was made (${reason}).`);
  }
}

function sharedBrowser(env: Record<string, string | undefined>): Promise<Browser> {
  if (!browser) {
    browser = launch(env);
    browser.catch(() => {
      browser = null;
    });
  }
  return browser;
}

/** Prints a self-contained HTML document to PDF bytes. Usable as Host.printToPdf. */
export async function printHtmlToPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const page = await (await sharedBrowser(options.env ?? process.env)).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, landscape: options.landscape ?? false });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Ends the shared browser, if one was started. */
export async function closePdfBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current.catch(() => null))?.close().catch(() => undefined);
}
