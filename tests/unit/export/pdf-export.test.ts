// The two PDFs read back with poppler: page furniture on every page, the roll and the justification report in
// the right order, and a sentence rather than a crash when no Chromium can be found.
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../shared/ipc/result';
import { buildExport, closePdfBrowser, printHtmlToPdf } from '../../../electron/exports';
import { loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';
import { normaliseExtracted, pdfPages } from './pdf-tools';

afterAll(async () => {
  await closePdfBrowser();
});

const printer = (html: string, o: { landscape?: boolean }) => printHtmlToPdf(html, o);
const DATE = new Date('2026-11-28T12:00:00Z');

describe('PDF review copy', () => {
  it('carries the production, revision, date and "Page x of y" on every page', async () => {
    const doc = loadFixture(NIGHT_TRAIN);
    // Enough credits for several pages.
    for (let i = 0; i < 120; i++) doc.credits.push({ ...doc.credits.find((c) => c.id === 'c-grip-dorde')!, id: `extra-${i}`, titleId: 'title:electrician', billing: i });
    const pages = pdfPages((await buildExport(doc, 'pdf', { printToPdf: printer, revisionName: 'Locked 3', date: DATE })).bytes);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Night Train');
      expect(page).toContain('Revision: Locked 3');
      expect(page).toContain('28 November 2026');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('shows the opening cards, then the end credits in roll order', async () => {
    const text = normaliseExtracted(pdfPages((await buildExport(loadFixture(NIGHT_TRAIN), 'pdf', { printToPdf: printer, date: DATE })).bytes).join(' '));
    expect(text).toContain('Revision: Working copy');
    const order = ['Main titles', 'Produced by', 'Jane Doe, p.g.a.', 'Directed by', 'End credits', 'Producers', 'Executive Producer', 'Associate Producers', 'Cast', 'The Conductor', 'Songs', 'Last Train Home', '© 2026 Northern Lights Pictures'];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    expect(text).not.toContain('Lorenzo');
  });
});

describe('justification report', () => {
  it('lists every producing credit with its contributions, evidence and approval, grouped by title', async () => {
    const pages = pdfPages((await buildExport(loadFixture(NIGHT_TRAIN), 'justification', { printToPdf: printer, revisionName: 'Legal', date: DATE })).bytes);
    const text = normaliseExtracted(pages.join(' '));
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(text).toContain('Night Train — Justification report');
    expect(text).toContain('7 producing credits under 5 titles; 1 without a recorded justification; 3 not yet approved.');
    const order = ['Produced by (2)', 'Jane Doe, p.g.a.', 'approved by Mara Lind on 15 March 2026, 16:30 UTC', 'Creative: Developed the script', 'Evidence: Producer agreement, clause 4', 'Omar Haddad', 'p.g.a. mark requested but not allowed', 'Executive Producer (1)', 'Anaïs Lefort', 'Co-Producer (1)', 'Line Producer (1)', 'Associate Producers (2)', 'Hà Thị Ngọc Ánh', 'No contribution recorded: this title needs a justification before approval.'];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    // Only producing credits.
    expect(text).not.toContain('Ana Ruiz');
    expect(text).not.toContain('Production Assistant');
  });
});

describe('finding a browser', () => {
  it('refuses with NO_BROWSER and a sentence when CHROMIUM_PATH points nowhere', async () => {
    await closePdfBrowser();
    const attempt = printHtmlToPdf('<p>x</p>', { env: { CHROMIUM_PATH: '/no/such/chromium' } });
    await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
    await expect(printHtmlToPdf('<p>x</p>', { env: { CHROMIUM_PATH: '/no/such/chromium' } })).rejects.toMatchObject({
      code: 'NO_BROWSER',
      message: expect.stringMatching(/^PDF export needs Chromium, and CHROMIUM_PATH points at “\/no\/such\/chromium”, which does not exist/),
    });
  });

  it('prints again once a browser can be found', async () => {
    const bytes = await printHtmlToPdf('<!doctype html><p>Hello Ω</p>');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pdfPages(bytes)[0]).toContain('Hello Ω');
  });
});
