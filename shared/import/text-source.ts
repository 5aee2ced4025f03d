// A text list (a CSV file's bytes, or rows pasted from a spreadsheet) into an ImportTable.
import { decodeText, type TextEncodingName } from './decode';
import { delimiterName, parseDelimited, type Delimiter } from './delimited';
import { ImportError } from './import-error';
import { formatMegabytes, MAX_PASTED_CHARS, MAX_TEXT_FILE_BYTES } from './limits';
import { tableFromRows, type ImportTable } from './table';

export interface TextTable extends ImportTable {
  delimiter: Delimiter;
  /** How the bytes were decoded; null for pasted text. */
  encoding: TextEncodingName | null;
  /** Human description for the dialog: "UTF-8, comma-separated". */
  description: string;
}

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};

export function tableFromText(text: string, options: { sourceName: string; delimiter?: Delimiter; encoding?: TextEncodingName | null }): TextTable {
  const parsed = parseDelimited(text, { delimiter: options.delimiter });
  const table = tableFromRows(parsed.rows, { sourceName: options.sourceName, warnShortRows: true });
  // Quote problems first: they explain the ragged rows that usually follow them.
  const problems = [...parsed.problems, ...table.problems];
  const encoding = options.encoding ?? null;
  const description = `${encoding ? `${ENCODING_NAMES[encoding]}, ` : ''}${delimiterName(parsed.delimiter)}-separated`;
  return { ...table, problems, delimiter: parsed.delimiter, encoding, description };
}

/** A CSV or tab-separated file's bytes into a table; `fileName` is for messages only. */
export function tableFromCsvBytes(bytes: Uint8Array, fileName: string): TextTable {
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new ImportError('TOO_LARGE', `“${fileName}” is ${formatMegabytes(bytes.length)}; Rollcall imports lists of up to ${formatMegabytes(MAX_TEXT_FILE_BYTES)}, so save only the credits as CSV and import that.`);
  }
  if (bytes.length === 0) throw new ImportError('EMPTY', `“${fileName}” is empty: there are no rows to import.`);
  const decoded = decodeText(bytes, fileName);
  return tableFromText(decoded.text, { sourceName: `“${fileName}”`, encoding: decoded.encoding });
}

/** Rows pasted from a spreadsheet: the clipboard holds them tab-separated. */
export function tableFromPastedText(text: string): TextTable {
  if (text.length > MAX_PASTED_CHARS) {
    throw new ImportError('TOO_LARGE', `The pasted text is ${formatMegabytes(text.length)}; paste at most ${formatMegabytes(MAX_PASTED_CHARS)}, or save the sheet as CSV and import the file.`);
  }
  // Spreadsheets put tabs between cells on the clipboard. A single pasted column has none, and its cells may hold
  // commas ("Saldaña, Zoë"), so it is never split on commas or semicolons.
  return tableFromText(text, { sourceName: 'The pasted text', delimiter: '\t' });
}
