// The bad inputs of the import issue, each answered with a sentence and nothing imported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, guessMapping, ImportError, ImportRowsError, importCsv, MAX_NAME_CHARS, tableFromCsvBytes } from '../../../shared/import';
import { createDocument } from '../../../shared/model/create';
import { RollcallDocumentSchema } from '../../../shared/model/schema';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('bad inputs', () => {
  it.each([
    ['empty.csv', 'EMPTY', /“empty\.csv” is empty/],
    ['blank-lines.csv', 'EMPTY', /is empty/],
    ['headers-only.csv', 'EMPTY', /has a header row \(Name, Role, Department\) but no rows below it/],
    ['garbage.csv', 'BINARY', /does not look like a list or a spreadsheet/],
  ])('%s is refused with a sentence', (name, code, message) => {
    const error = importError(() => tableFromCsvBytes(fixture(name), name));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message.endsWith('.')).toBe(true);
  });

  it('refuses a list with no recognisable name column, naming its headers', () => {
    const document = createDocument({ title: 'Night Train' });
    const error = importError(() => importCsv(document, fixture('no-name-column.csv'), { fileName: 'no-name-column.csv' }));
    expect(error.code).toBe('NO_NAME_COLUMN');
    expect(error.message).toContain('“Crew”, “Job”, “Phone”');
  });

  it('reports ragged rows: extra cells are an error, missing ones a warning', () => {
    const table = tableFromCsvBytes(fixture('ragged.csv'), 'ragged.csv');
    expect(table.problems).toEqual([
      expect.objectContaining({ severity: 'error', rowNumber: 3, message: expect.stringContaining('has 5 cells but the header has 3 columns') }),
      expect.objectContaining({ severity: 'warning', rowNumber: 4, message: expect.stringContaining('has 2 of the 3 cells') }),
    ]);
    const document = createDocument({ title: 'Night Train' });
    const error = importError(() => applyImport(document, { table, mapping: guessMapping(table.headers) }));
    expect(error).toBeInstanceOf(ImportRowsError);
    expect((error as ImportRowsError).rows.map((r) => r.rowNumber)).toEqual([3]);
    const skipped = applyImport(document, { table, mapping: guessMapping(table.headers), skipBadRows: true });
    expect(skipped.summary.creditsAdded).toBe(2);
    expect(skipped.summary.skippedRows.map((r) => r.rowNumber)).toEqual([3]);
  });

  it('reports an unclosed quote on the row where it opens', () => {
    const table = tableFromCsvBytes(fixture('unclosed-quote.csv'), 'unclosed-quote.csv');
    const quote = table.problems.find((p) => p.message.includes('never closed'));
    expect(quote).toMatchObject({ severity: 'error', rowNumber: 3 });
    const document = createDocument({ title: 'Night Train' });
    const error = importError(() => applyImport(document, { table, mapping: guessMapping(table.headers) }));
    expect((error as ImportRowsError).rows[0].messages.join(' ')).toContain('opens a quotation mark that is never closed');
  });

  it('keeps formulas as text, never calculated, and says so', () => {
    const document = createDocument({ title: 'Night Train' });
    const result = importCsv(document, fixture('formulas.csv'), { fileName: 'formulas.csv', createMissing: true });
    const names = result.document.people.map((p) => p.name);
    expect(names).toEqual(['=HYPERLINK("http://example.com")', 'Jane Doe']);
    expect(result.document.titles.some((t) => t.name === '=CONCAT("Key"," Grip")')).toBe(true);
    expect(result.document.credits.map((c) => c.contractNotes)).toEqual(['=1+1', '+SUM(A1:A3)']);
    expect(result.summary.warnings.flatMap((w) => w.messages).join(' ')).toMatch(/looks like a spreadsheet formula; it was kept as text, not calculated/);
  });

  it('refuses a row whose name has 100,000 characters and cuts a 100,000-character character name to the limit', () => {
    const long = 'x'.repeat(100_000);
    const csv = `Name,Role,Character,Justification,Contribution type\r\n${long},Gaffer,,,\r\nJane Doe,Cast,${long},${'y'.repeat(100_001)},Creative\r\n`;
    const document = createDocument({ title: 'Night Train' });
    const error = importError(() => importCsv(document, csv, { fileName: 'long.csv' }));
    expect((error as ImportRowsError).rows).toEqual([
      { rowNumber: 2, messages: [`The name has 100,000 characters; it can have at most ${MAX_NAME_CHARS.toLocaleString('en-GB')}, so row 2 was refused.`] },
    ]);
    const result = importCsv(document, csv, { fileName: 'long.csv', skipBadRows: true });
    expect(result.document.credits).toHaveLength(1);
    expect(result.document.credits[0].character).toHaveLength(MAX_NAME_CHARS);
    expect(result.document.credits[0].contributions[0].justification).toHaveLength(100_000);
    expect(result.summary.warnings[0].messages).toEqual([
      'The character name had 100,000 characters and was cut to the first 2,000.',
      'The justification had 100,001 characters and was cut to the first 100,000.',
    ]);
    expect(RollcallDocumentSchema.safeParse(result.document).success).toBe(true);
  });

  it('refuses a text file over the size limit before decoding it', () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    const error = importError(() => tableFromCsvBytes(big, 'huge.csv'));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/^“huge\.csv” is 60 MB; Rollcall imports lists of up to 50 MB/);
  });

  it('strips bidi overrides and control characters from names, keeping the Hebrew', () => {
    const document = createDocument({ title: 'Night Train' });
    const result = importCsv(document, fixture('bidi.csv'), { fileName: 'bidi.csv' });
    expect(result.document.people.map((p) => p.name)).toEqual(['יעל בר-און', 'Jane Doe']);
  });
});
