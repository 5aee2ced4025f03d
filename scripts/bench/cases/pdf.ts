// export-pdf: the review copy as the CLI and the harness print it, through electron/exports' one reused headless
// Chromium. Floor: the same browser (same page set-up, same page.pdf call) printing a bare list of the same names.
import { buildExport } from '../../../electron/exports/build-export';
import { printHtmlToPdf } from '../../../electron/exports/print-pdf';
import type { BenchCase } from '../case';
import { time } from '../measure';
import { plainHtml } from '../plain-rows';

const isPdf = (bytes: Uint8Array) => bytes.length > 1000 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';

export const exportPdfCase: BenchCase = {
  name: 'export-pdf',
  targetMs: 3000,
  targetSize: 5_000,
  // Printing is minutes of Chromium time at 20,000 credits and more; the target is stated at 5,000.
  runsAt: (n) => n <= 5_000,
  async prepare(n, { fixtures }) {
    const document = fixtures.document(n);
    const date = new Date(Date.UTC(2026, 2, 1));
    const floorHtml = plainHtml(document);
    // Start the shared browser outside the measurement: the app keeps one running, so a user's print never waits for it.
    await printHtmlToPdf('<!doctype html><p>warm</p>');
    return {
      run: () =>
        time(async () => {
          const built = await buildExport(document, 'pdf', { printToPdf: printHtmlToPdf, date });
          if (!isPdf(built.bytes)) throw new Error('export-pdf did not produce a PDF');
        }),
      floor: () =>
        time(async () => {
          if (!isPdf(await printHtmlToPdf(floorHtml))) throw new Error('the PDF floor did not produce a PDF');
        }),
    };
  },
};
