// Cells for CSV and TSV files that people open in spreadsheets. A cell that starts with = + - @ tab or carriage
// return is read as a formula by Excel, LibreOffice and Google Sheets, so a name or a justification could run a
// formula on a lawyer's machine (CSV injection). OWASP's advice: prefix such a cell with an apostrophe, which the
// spreadsheet shows as text and hides.

export function neutraliseFormula(cell: string): string {
  // = + - @ tab CR, by code (the CSV export checks 200,000 cells; a character test is cheaper than a regex call).
  const first = cell.charCodeAt(0);
  return first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
const CSV_SPECIAL = /[",\r\n]/;
const QUOTES = /"/g;

export function csvField(value: string): string {
  const cell = neutraliseFormula(value);
  return CSV_SPECIAL.test(cell) ? `"${cell.replace(QUOTES, '""')}"` : cell;
}

/** One CSV record (no line end). */
export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/** A TSV cell: neutralised first (so a leading tab still earns its apostrophe), then tabs and line breaks become spaces. */
const TSV_BREAKS = /[\t\r\n]/;
const TSV_BREAK_RUNS = /[\t\r\n]+/g;

export function tsvField(value: string): string {
  const cell = neutraliseFormula(value);
  return TSV_BREAKS.test(cell) ? cell.replace(TSV_BREAK_RUNS, ' ') : cell;
}
