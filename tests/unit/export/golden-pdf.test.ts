// Golden files of the two PDFs as a reviewer's tools read them: the text pdftotext extracts from the review copy
// and from the justification report (which has no text form of its own) of the small Night Train production,
// printed by headless Chromium exactly as `rollcall export` prints them. What pdftotext gives depends on the
// printed layout, so a change to the roll's HTML, CSS or page furniture shows up here as a readable diff. The
// extraction is normalised only where poppler varies without the PDF changing: NFC, trailing spaces, runs of blank
// lines. Regenerate deliberately with UPDATE_GOLDEN=1 after checking the new output (a machine with other fonts
// than the Noto set docs/exports.md names may break lines differently).
import { afterAll, describe, expect, it } from 'vitest';
import { buildExport, closePdfBrowser, printHtmlToPdf } from '../../../electron/exports';
import type { ExportFormat } from '../../../shared/export/formats';
import { loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';
import { checkGolden, GOLDEN_DATE } from './golden-files';
import { pdfPages } from './pdf-tools';

afterAll(async () => {
  await closePdfBrowser();
});


/** pdftotext's text of each page, pages separated by a marker line, normalised as the header says. */
async function extracted(format: ExportFormat): Promise<string> {
  const built = await buildExport(loadFixture(NIGHT_TRAIN), format, { printToPdf: (html, o) => printHtmlToPdf(html, o), date: GOLDEN_DATE, revisionName: 'Locked 3' });
  return (
    pdfPages(built.bytes)
      .map((page, i) => `--- page ${i + 1} ---\n${page.normalize('NFC').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`)
      .join('\n')
  );
}

describe('golden PDFs of Night Train, through pdftotext', () => {
  it('the review copy matches tests/fixtures/golden/night-train.pdf.txt', async () => {
    const text = await extracted('pdf');
    expect(text).toContain('Page 1 of');
    checkGolden('night-train.pdf.txt', text);
  }, 60_000);

  it('the justification report matches tests/fixtures/golden/night-train.justification.pdf.txt', async () => {
    const text = await extracted('justification');
    expect(text).toContain('Revision: Locked 3');
    checkGolden('night-train.justification.pdf.txt', text);
  }, 60_000);
});
