// The crawl timing reads the roll's height from layout.ts instead of laying it out; this checks that number
// against real Chromium laying out the real HTML, for both alignments and the ends of the line-height range.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../../../electron/platform/find-chromium';
import { PDF_BROWSER_FLAGS } from '../../../electron/exports/print-pdf';
import type { RollStyle } from '../../../shared/model';
import { composeRoll } from '../../../shared/roll/compose';
import { renderRollHtml } from '../../../shared/roll/html';
import { measureRoll, rollHeightAt } from '../../../shared/roll/layout';
import { loadFixture, NIGHT_TRAIN } from './fixture-documents';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('These tests need Chromium (CHROMIUM_PATH or /usr/bin/chromium).');
  browser = await chromium.launch({ executablePath, args: PDF_BROWSER_FLAGS });
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
});

afterAll(async () => {
  await browser?.close();
});

async function drawnHeight(html: string): Promise<number> {
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => {
    const end = document.querySelector('.rc-end') as HTMLElement;
    const cs = getComputedStyle(end);
    return end.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
  });
}

describe('roll height', () => {
  const doc = loadFixture(NIGHT_TRAIN);
  const roll = composeRoll(doc);
  const cases: [RollStyle['align'], number][] = [
    ['split', 1.2],
    ['split', 1.45],
    ['center', 1.3],
    ['left', 1.45],
  ];
  for (const [align, lineHeight] of cases) {
    it(`matches Chromium's layout within a pixel (${align}, line height ${lineHeight})`, async () => {
      const style = { ...doc.style, align, lineHeight };
      const drawn = await drawnHeight(renderRollHtml(roll, style, { mode: 'preview', lazy: false }));
      expect(Math.abs(drawn - rollHeightAt(measureRoll(roll, style), lineHeight))).toBeLessThan(1);
    });
  }

  it('scales with the stage, so the preview at any width is the same picture', async () => {
    const style = { ...doc.style };
    await page.setViewportSize({ width: 960, height: 540 });
    const drawn = await drawnHeight(renderRollHtml(roll, style, { mode: 'preview', lazy: false }));
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(Math.abs(drawn * 2 - rollHeightAt(measureRoll(roll, style), style.lineHeight))).toBeLessThan(2);
  });
});
