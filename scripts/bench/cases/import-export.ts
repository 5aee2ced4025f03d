// import-csv and the text exports: the pure pipelines of shared/import and shared/export, as the CLI and main run them.
import Papa from 'papaparse';
import { buildExport } from '../../../electron/exports/build-export';
import type { ExportFormat } from '../../../shared/export/formats';
import { importCsv } from '../../../shared/import/pipeline';
import { createDocument } from '../../../shared/model/create';
import type { BenchCase } from '../case';
import { time } from '../measure';
import { plainCsv, plainHtml, plainText } from '../plain-rows';

/**
 * `n` crew-list rows as CSV bytes into an empty production: sniff and decode, parse (papaparse), guess the column
 * mapping, analyse every row (titles, departments, people matched by name key), build people and credits with
 * their audit entries. Floor: decoding the same bytes and papaparse parsing the text, nothing else.
 */
export const importCsvCase: BenchCase = {
  name: 'import-csv',
  targetMs: 1000,
  targetSize: 20_000,
  async prepare(n, { fixtures }) {
    const bytes = fixtures.csv(n);
    const empty = createDocument({ title: 'Imported', kind: 'feature', year: 2026 });
    return {
      run: () =>
        time(() => {
          const result = importCsv(empty, bytes, { fileName: 'crew.csv', userName: 'Benchmark', now: '2026-03-01T09:00:00.000Z' });
          if (result.summary.creditsAdded < n * 0.9) throw new Error(`import-csv added only ${result.summary.creditsAdded} of ${n} rows: ${result.summary.sentence}`);
        }),
      floor: () => time(() => Papa.parse<string[]>(new TextDecoder().decode(bytes), { header: false, skipEmptyLines: false })),
    };
  },
};

const noPrinter = async (): Promise<Uint8Array> => {
  throw new Error('This export does not print.');
};

/** buildExport as main and the CLI call it: compose the roll, render, encode (the HTML crawl also embeds subset fonts). */
function exportCase(format: ExportFormat, floor: (document: ReturnType<typeof createDocument>) => unknown): BenchCase {
  return {
    name: `export-${format}`,
    targetMs: 300,
    targetSize: 20_000,
    async prepare(n, { fixtures }) {
      const document = fixtures.document(n);
      const date = new Date(Date.UTC(2026, 2, 1));
      return {
        run: () =>
          time(async () => {
            const built = await buildExport(document, format, { printToPdf: noPrinter, date });
            if (built.bytes.length < n * 10) throw new Error(`export-${format} wrote only ${built.bytes.length} bytes for ${n} credits`);
          }),
        floor: () => time(() => floor(document)),
      };
    },
  };
}

export const exportTxtCase = exportCase('txt', plainText);
export const exportCsvCase = exportCase('csv', plainCsv);
export const exportHtmlCase = exportCase('html', (document) => new TextEncoder().encode(plainHtml(document)));
