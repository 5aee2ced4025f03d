// The table every source becomes (CSV, tab-separated paste, a workbook sheet): a header row and the data rows
// below it, all cells as text, each row carrying its number as the spreadsheet shows it. Mapping, preview and
// import work on this one shape, so they never care where the rows came from.
import { cleanName } from '../names/clean-text';
import { recogniseHeader } from './fields';
import { ImportError } from './import-error';
import { MAX_ROWS } from './limits';

export interface TableProblem {
  severity: 'error' | 'warning';
  /** Set when the problem belongs to one row; the preview shows it on that row. */
  rowNumber?: number;
  message: string;
}

export interface ImportTable {
  headers: string[];
  /** Data rows, each exactly `headers.length` cells long. */
  rows: string[][];
  /** The spreadsheet row number of each data row (blank rows are skipped, so numbers may jump). */
  rowNumbers: number[];
  /** The spreadsheet row number of the header row. */
  headerRowNumber: number;
  problems: TableProblem[];
}

export interface TableOptions {
  /** Name for messages ("“crew.csv”"). */
  sourceName: string;
  /** Rows with fewer cells than the header are normal in workbooks (empty trailing cells), suspicious in CSV. */
  warnShortRows: boolean;
  /** Row numbers of raw rows; defaults to index + 1. */
  rawRowNumbers?: number[];
}

const HEADER_SEARCH_ROWS = 10;

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/**
 * The header row: the first of the first few non-blank rows that has at least two recognised headers (lists often
 * start with a title line such as "NIGHT TRAIN — crew list"), else the first row. Two, because a data row may hold
 * one word that is also a header ("Jane Doe, Actor, 555" under a header nobody recognises).
 */
function findHeaderRow(raw: readonly string[][]): number {
  const candidates: number[] = [];
  for (let i = 0; i < raw.length && candidates.length < HEADER_SEARCH_ROWS; i++) if (!isBlank(raw[i])) candidates.push(i);
  const recognised = candidates.map((i) => raw[i].filter((cell) => recogniseHeader(cell) !== null).length);
  const found = candidates.findIndex((_, n) => recognised[n] >= 2);
  return candidates[found >= 0 ? found : 0];
}

function headerLabel(cell: string, index: number): string {
  const label = cleanName(cell);
  return label === '' ? `Column ${index + 1}` : label;
}

/** Builds the table from raw rows of cells. Throws ImportError for an empty source or one with only a header. */
export function tableFromRows(raw: string[][], options: TableOptions): ImportTable {
  const numberOf = (i: number) => options.rawRowNumbers?.[i] ?? i + 1;
  if (raw.every(isBlank)) throw new ImportError('EMPTY', `${options.sourceName} is empty: there are no rows to import.`);
  const headerIndex = findHeaderRow(raw);
  const headerCells = raw[headerIndex];
  // Trailing empty header cells with no data under them are not columns.
  let width = headerCells.length;
  while (width > 1 && headerCells[width - 1].trim() === '') width--;
  const headers = headerCells.slice(0, width).map(headerLabel);

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: TableProblem[] = [];
  for (let i = headerIndex + 1; i < raw.length; i++) {
    const cells = raw[i];
    if (isBlank(cells)) continue;
    const rowNumber = numberOf(i);
    if (rows.length >= MAX_ROWS) {
      throw new ImportError('TOO_LARGE', `${options.sourceName} has more than ${MAX_ROWS.toLocaleString('en-GB')} rows, more than any production credits; split it and import the parts.`);
    }
    let row = cells;
    if (cells.length > width) {
      const extra = cells.slice(width);
      if (extra.some((c) => c.trim() !== '')) {
        problems.push({
          severity: 'error',
          rowNumber,
          message: `Row ${rowNumber} has ${cells.length} cells but the header has ${width} columns, so its extra cells have no column (a missing quotation mark or an extra delimiter?).`,
        });
      }
      row = cells.slice(0, width);
    } else if (cells.length < width) {
      if (options.warnShortRows) {
        problems.push({ severity: 'warning', rowNumber, message: `Row ${rowNumber} has ${cells.length} of the ${width} cells; the missing ones are read as empty.` });
      }
      row = [...cells, ...new Array<string>(width - cells.length).fill('')];
    }
    rows.push(row);
    rowNumbers.push(rowNumber);
  }
  if (rows.length === 0) {
    throw new ImportError('EMPTY', `${options.sourceName} has a header row (${headers.slice(0, 5).join(', ')}${headers.length > 5 ? ', …' : ''}) but no rows below it to import.`);
  }
  return { headers, rows, rowNumbers, headerRowNumber: numberOf(headerIndex), problems };
}

/** The same table read as if it had no header row: the header becomes the first data row (lists of bare names). */
export function withoutHeaderRow(table: ImportTable): ImportTable {
  return {
    headers: table.headers.map((_, i) => `Column ${i + 1}`),
    rows: [table.headers.map((h, i) => (h === `Column ${i + 1}` ? '' : h)), ...table.rows],
    rowNumbers: [table.headerRowNumber, ...table.rowNumbers],
    headerRowNumber: table.headerRowNumber - 1,
    problems: table.problems,
  };
}
