// Every encoding and delimiter a spreadsheet saves a list in, read from the committed fixtures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, sniffFormat, tableFromCsvBytes, tableFromPastedText, withoutHeaderRow } from '../../../shared/import';
import { CREW } from '../../fixtures/import/generate.mjs';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

describe('encodings and delimiters', () => {
  it.each([
    ['crew-utf8.csv', 'utf-8', ','],
    ['crew-utf8-bom.csv', 'utf-8', ','],
    ['crew-utf16le.txt', 'utf-16le', '\t'],
    ['crew-utf16be.txt', 'utf-16be', '\t'],
    ['crew-windows1252.csv', 'windows-1252', ';'],
    ['crew-semicolon.csv', 'utf-8', ';'],
    ['crew-tab.tsv', 'utf-8', '\t'],
  ])('%s reads as %s, %j-separated, with every name and cell intact', (name, encoding, delimiter) => {
    const table = tableFromCsvBytes(fixture(name), name);
    expect(table.encoding).toBe(encoding);
    expect(table.delimiter).toBe(delimiter);
    expect(table.headers).toEqual(CREW[0]);
    expect(table.rows).toEqual(CREW.slice(1));
    expect(table.rowNumbers).toEqual([2, 3, 4, 5, 6, 7]);
    expect(table.problems).toEqual([]);
  });

  it('reads UTF-16 without a byte order mark from the pattern of zero bytes', () => {
    const withBom = fixture('crew-utf16le.txt');
    const decoded = decodeText(withBom.subarray(2));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text.startsWith('Name\tRole')).toBe(true);
  });

  it('keeps quoted commas, doubled quotes and line breaks inside cells', () => {
    const table = tableFromCsvBytes(fixture('quoted.csv'), 'quoted.csv');
    expect(table.rows).toEqual([
      ['Saldaña, Zoë', 'Producer', 'Said "yes" on day one'],
      ["Mary-Kate O'Connor-Smythe Jr.", 'Gaffer', 'Two lines:\r\nfirst, then second'],
      ['Björk', 'Music by', ''],
    ]);
    // The multi-line cell makes row 3 span two lines, and the rows keep their spreadsheet numbers.
    expect(table.rowNumbers).toEqual([2, 3, 4]);
  });

  it('finds the header under a title line and blank rows', () => {
    const table = tableFromCsvBytes(fixture('title-line.csv'), 'title-line.csv');
    expect(table.headerRowNumber).toBe(3);
    expect(table.headers).toEqual(['Full Name', 'Job', 'Dept.']);
    expect(table.rows).toEqual([['Jane Doe', 'Gaffer', 'Grip & Electric']]);
    expect(table.rowNumbers).toEqual([4]);
  });

  it('reads a bare list of names with its first line as a row when asked', () => {
    const table = withoutHeaderRow(tableFromCsvBytes(fixture('names-only.txt'), 'names-only.txt'));
    expect(table.headers).toEqual(['Column 1']);
    expect(table.rows.map((r) => r[0])).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(table.rowNumbers).toEqual([1, 2, 3]);
  });

  it('reads rows pasted from a spreadsheet as tab-separated, even when cells hold commas', () => {
    const table = tableFromPastedText('Name\tRole\nSaldaña, Zoë\tProducer\nJane Doe\tGaffer, second unit\n');
    expect(table.delimiter).toBe('\t');
    expect(table.encoding).toBeNull();
    expect(table.rows).toEqual([
      ['Saldaña, Zoë', 'Producer'],
      ['Jane Doe', 'Gaffer, second unit'],
    ]);
  });

  it('reads a pasted single column as one cell per line, never splitting names on commas', () => {
    const table = tableFromPastedText('Name\nSaldaña, Zoë\nDoe; Jane\n');
    expect(table.headers).toEqual(['Name']);
    expect(table.rows).toEqual([['Saldaña, Zoë'], ['Doe; Jane']]);
  });

  it('tells workbooks, old workbooks, PDFs and text apart by their bytes', () => {
    expect(sniffFormat(fixture('crew-named-as.xlsx'))).toBe('text');
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('xls');
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    const ods = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), ...new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    expect(sniffFormat(ods)).toBe('ods');
  });

  it('treats text as text and random bytes as binary', () => {
    expect(looksBinary('Name,Role\r\nJane Doe,Gaffer\r\n')).toBe(false);
    expect(looksBinary('Ana\u0000is')).toBe(true);
  });
});

describe('header row', () => {
  it('does not take a data row for the header because one of its cells is also a header word', () => {
    const table = tableFromPastedText('Crew\tJob\tPhone\nJane Doe\tActor\t555\n');
    expect(table.headers).toEqual(['Crew', 'Job', 'Phone']);
    expect(table.rows).toEqual([['Jane Doe', 'Actor', '555']]);
  });

  it('takes a single recognised column as the header', () => {
    expect(tableFromPastedText('Name\nJane Doe\n').headers).toEqual(['Name']);
  });
});
