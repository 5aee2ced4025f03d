// Why an import cannot go ahead, as one sentence a producer understands. Thrown by the parsing and apply steps;
// main turns it into a UserFacingError ('UNREADABLE'), the command line into an InputError (exit 1).
export type ImportErrorCode =
  | 'EMPTY' // nothing in the file, or only a header row
  | 'TOO_LARGE'
  | 'BINARY' // not text and not a workbook
  | 'UNSUPPORTED_FORMAT' // ODS, old .xls, PDF, an image, ...
  | 'NO_NAME_COLUMN'
  | 'BAD_MAPPING'
  | 'BAD_ROWS' // rows that cannot be imported (see ImportRowsError)
  | 'UNREADABLE';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface RowReport {
  /** The row's number as the spreadsheet shows it (the header is usually row 1). */
  rowNumber: number;
  messages: string[];
}

/** Some rows cannot be imported and the caller did not ask to skip them: nothing was imported. */
export class ImportRowsError extends ImportError {
  constructor(
    readonly rows: RowReport[],
    readonly importableCount: number,
  ) {
    super(
      'BAD_ROWS',
      `${rows.length.toLocaleString('en-GB')} ${rows.length === 1 ? 'row' : 'rows'} cannot be imported, so nothing was imported; ` +
        `fix ${rows.length === 1 ? 'it' : 'them'}, or skip ${rows.length === 1 ? 'it' : 'them'} and import the other ${importableCount.toLocaleString('en-GB')}.`,
    );
    this.name = 'ImportRowsError';
  }
}

/** Rows and their reasons as lines, at most `limit` rows, then "… and N more rows". */
export function formatRowReports(rows: readonly RowReport[], limit = 20): string[] {
  const lines = rows.slice(0, limit).map((r) => `Row ${r.rowNumber}: ${r.messages.join(' ')}`);
  if (rows.length > limit) {
    const more = rows.length - limit;
    lines.push(`… and ${more.toLocaleString('en-GB')} more ${more === 1 ? 'row' : 'rows'}.`);
  }
  return lines;
}
