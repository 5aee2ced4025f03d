// The HTML export is one self-contained file: opened with the network cut off it makes no request, its embedded
// fonts load, and it plays like the crawl (opening cards held, then the end credits rising whole pixels a frame).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../../electron/platform/find-chromium';
import { buildExport, PDF_BROWSER_FLAGS } from '../../../electron/exports';
import { charactersOf, embeddedFontCss } from '../../../electron/exports/embed-fonts';
import { loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';

let browser: Browser;
const doc = loadFixture(NIGHT_TRAIN);
const noPrinter = async () => {
  throw new Error('not used');
};

beforeAll(async () => {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('These tests need Chromium.');
  browser = await chromium.launch({ executablePath, args: PDF_BROWSER_FLAGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('HTML export', () => {
  it('loads offline without a single request and with every embedded font loaded', async () => {
    const html = new TextDecoder().decode((await buildExport(doc, 'html', { printToPdf: noPrinter })).bytes);
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status }));
    });
    await context.close();
    expect(requests).toEqual([]);
    const families = new Set(fonts.map((f) => f.family));
    for (const family of ['Noto Sans', 'Noto Sans Hebrew', 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans Tamil', 'Noto Sans Thai', 'Noto Sans Georgian', 'Noto Sans Armenian', 'Noto Sans Ethiopic', 'Noto Sans CJK JP']) {
      expect(families.has(family), family).toBe(true);
    }
    expect(fonts.filter((f) => f.status === 'error')).toEqual([]);
    expect(fonts.some((f) => f.status === 'loaded')).toBe(true);
  });

  it('holds the opening cards, then crawls the end credits upwards', async () => {
    const html = new TextDecoder().decode((await buildExport(doc, 'html', { printToPdf: noPrinter, embedFonts: false })).bytes);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.clock.install();
    await page.setContent(html);
    await page.clock.runFor(1000);
    expect(await page.evaluate(() => document.body.classList.contains('rc-playing'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.rc-card.rc-on')?.textContent)).toBe('Σοφία Παπαδοπούλου');
    const cardsSeconds = await page.evaluate(() => [...document.querySelectorAll('.rc-card')].reduce((n, c) => n + Number(c.getAttribute('data-hold')), 0));
    await page.clock.runFor(cardsSeconds * 1000 + 1000);
    const first = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.rc-end')!).transform).m42);
    await page.clock.runFor(2000);
    const later = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.rc-end')!).transform).m42);
    await page.close();
    expect(later).toBeLessThan(first);
    // 4 frame px per frame at 23.976 fps for two seconds is 192 frame px; on a 1280-px stage, 2/3 of that: 128 px.
    expect(first - later).toBeGreaterThan(120);
    expect(first - later).toBeLessThan(136);
  });

  it('embeds only the glyphs the roll uses, so the file stays small', async () => {
    const built = await buildExport(doc, 'html', { printToPdf: noPrinter });
    const bare = await buildExport(doc, 'html', { printToPdf: noPrinter, embedFonts: false });
    expect(built.bytes.length).toBeGreaterThan(bare.bytes.length);
    // Ten scripts, two weights each, including CJK: well under a megabyte (the CJK collection alone is 20 MB).
    expect(built.bytes.length).toBeLessThan(1_000_000);
    const latinOnly = await embeddedFontCss('Jane Doe', doc.style);
    expect(latinOnly.match(/@font-face/g)).toHaveLength(2);
    expect(latinOnly.length).toBeLessThan(120_000);
  });

  it('subsets every case a style can turn the letters into', () => {
    expect(charactersOf('ab')).toBe('ABab');
    expect(charactersOf('ß')).toContain('S');
  });
});
