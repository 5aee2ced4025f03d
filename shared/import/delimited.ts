// Delimited text (CSV with commas or semicolons, tab-separated lists and clipboard pastes) into raw rows, through
// papaparse: quoted fields with delimiters, doubled quotes and line breaks inside them. The delimiter is guessed
// among comma, semicolon and tab unless given. An unclosed quotation mark swallows the rest of the file into one
// cell, so it is reported on the row where it opens.
import Papa from 'papaparse';
import type { TableProblem } from './table';

export type Delimiter = ',' | ';' | '\t';

export interface DelimitedRows {
  rows: string[][];
  delimiter: Delimiter;
  problems: TableProblem[];
}

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export function delimiterName(delimiter: Delimiter): string {
  return DELIMITER_NAMES[delimiter];
}

/**
 * Counts each candidate outside quotes on the first lines and picks the one that splits them most consistently.
 * papaparse's own guess is used first; this settles the single-column case, where it cannot decide.
 */
function fallbackDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024).split(/\r\n|\n|\r/).slice(0, 20);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of [',', ';', '\t'] as Delimiter[]) {
    const score = sample.reduce((n, line) => n + line.split(d).length - 1, 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function parseDelimited(text: string, options: { delimiter?: Delimiter } = {}): DelimitedRows {
  const result = Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  let delimiter = result.meta.delimiter as Delimiter;
  let rows = result.data;
  let errors = result.errors;
  if (!options.delimiter && errors.some((e) => e.code === 'UndetectableDelimiter')) {
    delimiter = fallbackDelimiter(text);
    const again = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false, dynamicTyping: false });
    rows = again.data;
    errors = again.errors;
  }
  if (![',', ';', '\t'].includes(delimiter)) delimiter = ',';

  const problems: TableProblem[] = [];
  for (const error of errors) {
    if (error.code === 'UndetectableDelimiter' || typeof error.row !== 'number') continue;
    const rowNumber = error.row + 1;
    if (error.code === 'MissingQuotes') {
      problems.push({
        severity: 'error',
        rowNumber,
        message: `Row ${rowNumber} opens a quotation mark that is never closed, so everything after it was read as one cell; close the quote in the file and import again.`,
      });
    } else if (error.code === 'InvalidQuotes') {
      problems.push({ severity: 'warning', rowNumber, message: `Row ${rowNumber} has a quotation mark in an unexpected place; check that its cells were split where you meant.` });
    }
  }
  return { rows, delimiter, problems };
}
