// CSV injection (OWASP): a cell starting with = + - @ tab or carriage return is a formula to Excel, LibreOffice
// and Google Sheets. Every such cell the CSV and TSV exports write must start with an apostrophe instead.
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeRoll } from '../../../shared/roll/compose';
import { creditsToCsv } from '../../../shared/export/csv';
import { rollToTsv } from '../../../shared/export/tsv';
import { csvField, neutraliseFormula, tsvField } from '../../../shared/export/spreadsheet-cells';
import { buildDocument } from '../roll/build-document';

const DANGEROUS = ['=HYPERLINK("http://evil.example","click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('formula neutralisation', () => {
  it('prefixes exactly the dangerous first characters', () => {
    for (const cell of DANGEROUS) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['Jane Doe', ' =not first', "'already quoted", '', '1+1', 'Ω']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('quotes CSV fields per RFC 4180 after neutralising', () => {
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps TSV cells on one line and still marks a leading tab', () => {
    expect(tsvField('\t=1+1')).toBe("' =1+1");
    expect(tsvField('a\tb\r\nc')).toBe('a b c');
  });

  it('never lets a parsed CSV cell start with a formula character', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (cells) => {
        // A leading fixed cell keeps a row of one empty string from parsing as no row at all.
        const text = ['row', ...cells].map(csvField).join(',');
        const [row] = Papa.parse<string[]>(text, { newline: '\r\n', delimiter: ',' }).data;
        expect(row.slice(1)).toEqual(cells.map(neutraliseFormula));
        for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('exports with hostile cells', () => {
  const b = buildDocument();
  DANGEROUS.forEach((text, i) => {
    const person = b.person(`Person ${i}`);
    const credit = b.credit('title:cast', person, { character: text, creditedAs: i % 2 ? text : '' });
    credit.contributions.push({ id: `k${i}`, typeId: 'contribution:creative', justification: text, evidence: text, recordedBy: text, recordedAt: '2026-01-01T00:00:00.000Z' });
  });
  b.doc.contributionTypes.push({ id: 'evil-type', name: '=EVIL()', builtIn: false });

  it('CSV: every cell that began with a formula character now begins with an apostrophe', () => {
    const rows = parseCsv(creditsToCsv(b.doc));
    expect(rows.length).toBe(DANGEROUS.length + 1);
    let checked = 0;
    for (const row of rows) {
      for (const cell of row) {
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        if (cell.startsWith("'")) checked++;
      }
    }
    // character, justification, evidence and recorded-by on every row, credited-as and the roll name on half.
    expect(checked).toBeGreaterThanOrEqual(DANGEROUS.length * 4);
  });

  it('TSV: no cell begins with a formula character and none holds a tab or line break', () => {
    const tsv = rollToTsv(composeRoll(b.doc));
    const lines = tsv.split('\r\n').filter(Boolean);
    for (const line of lines) for (const cell of line.split('\t')) expect(/^[=+\-@\r]/.test(cell)).toBe(false);
    expect(lines.some((l) => l.startsWith("'=HYPERLINK"))).toBe(true);
  });
});
