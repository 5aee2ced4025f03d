// Reading a list the user chose (in main's dialog, or on the command line) into an import table. What the bytes
// are decides how the file is read, whatever its extension says; size is checked before anything is read, so a
// 100 MB file is refused at once rather than parsed for minutes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ImportError } from '../../shared/import/import-error';
import { formatMegabytes, MAX_TEXT_FILE_BYTES, MAX_WORKBOOK_BYTES } from '../../shared/import/limits';
import { extensionMismatchNotice, sniffFormat, unsupportedFormatSentence } from '../../shared/import/sniff';
import { tableFromRows, type ImportTable } from '../../shared/import/table';
import { tableFromCsvBytes } from '../../shared/import/text-source';
import { XlsxWorkbook } from './xlsx-workbook';

export interface ImportSource {
  fileName: string;
  format: 'csv' | 'xlsx' | 'paste';
  /** Sheet names of a workbook; [] for a text list. */
  sheetNames: string[];
  /** The sheet the table was read from; null for a text list. */
  sheet: string | null;
  table: ImportTable;
  /** "UTF-8, comma-separated" or "Excel workbook, sheet “Crew”". */
  description: string;
  /** Sentences to show above the preview (a file named .csv that is a workbook, ...). */
  notices: string[];
  /** Another sheet of the same workbook, without reading the file again. */
  readSheet(sheet: string): ImportSource;
}

const HEAD_BYTES = 4096;

async function readHead(filePath: string): Promise<Uint8Array> {
  const handle = await fs.open(filePath, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function fileError(error: unknown, fileName: string, folder: string): ImportError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ImportError('UNREADABLE', `“${fileName}” was not found in “${folder}”.`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportError('UNREADABLE', `“${fileName}” could not be read because you do not have permission to open it.`);
  if (code === 'EISDIR') return new ImportError('UNREADABLE', `“${fileName}” is a folder, not a list.`);
  return new ImportError('UNREADABLE', `“${fileName}” could not be read (${code ?? 'unknown error'}).`);
}

function tooLarge(fileName: string, size: number, limit: number, advice: string): ImportError {
  return new ImportError('TOO_LARGE', `“${fileName}” is ${formatMegabytes(size)}; Rollcall imports lists of up to ${formatMegabytes(limit)}, so ${advice}.`);
}

function workbookSource(workbook: XlsxWorkbook, fileName: string, sheet: string | null, notices: string[]): ImportSource {
  const read = workbook.readSheet(sheet);
  const table = tableFromRows(read.rows, { sourceName: `Sheet “${read.name}” of “${fileName}”`, warnShortRows: false, rawRowNumbers: read.rowNumbers });
  return {
    fileName,
    format: 'xlsx',
    sheetNames: workbook.sheetNames,
    sheet: read.name,
    table,
    description: `Excel workbook, sheet “${read.name}”`,
    notices,
    readSheet: (next) => workbookSource(workbook, fileName, next, notices),
  };
}

/** Reads a CSV, tab-separated or XLSX file. Throws ImportError with a sentence for anything else. */
export async function readImportFile(filePath: string, options: { sheet?: string | null } = {}): Promise<ImportSource> {
  const fileName = path.basename(filePath);
  let size: number;
  let head: Uint8Array;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) throw new ImportError('UNREADABLE', `“${fileName}” is a folder, not a list.`);
    size = stat.size;
    head = await readHead(filePath);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw fileError(error, fileName, path.dirname(filePath));
  }
  if (size === 0) throw new ImportError('EMPTY', `“${fileName}” is empty: there are no rows to import.`);

  const headFormat = sniffFormat(head);
  const isZip = headFormat === 'xlsx' || headFormat === 'ods' || headFormat === 'zip';
  const limit = isZip ? MAX_WORKBOOK_BYTES : MAX_TEXT_FILE_BYTES;
  if (size > limit) {
    throw tooLarge(fileName, size, limit, isZip ? 'save only the sheet with the credits as CSV and import that' : 'split it, or save only the credits, and import that');
  }
  const early = unsupportedFormatSentence(headFormat, fileName);
  if (early && !isZip) throw new ImportError('UNSUPPORTED_FORMAT', early);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(filePath));
  } catch (error) {
    throw fileError(error, fileName, path.dirname(filePath));
  }
  // A zip's kind needs its directory at the end of the file, so it is sniffed again on the whole file.
  const format = isZip ? sniffFormat(bytes) : headFormat;
  const unsupported = unsupportedFormatSentence(format, fileName);
  if (unsupported) throw new ImportError('UNSUPPORTED_FORMAT', unsupported);
  const notices: string[] = [];
  const mismatch = extensionMismatchNotice(format, fileName);
  if (mismatch) notices.push(mismatch);

  if (format === 'xlsx') {
    const workbook = await XlsxWorkbook.load(bytes, fileName);
    return workbookSource(workbook, fileName, options.sheet ?? null, notices);
  }
  const table = tableFromCsvBytes(bytes, fileName);
  const source: ImportSource = {
    fileName,
    format: 'csv',
    sheetNames: [],
    sheet: null,
    table,
    description: table.description,
    notices,
    readSheet: () => {
      throw new ImportError('UNREADABLE', `“${fileName}” is a text list with no sheets to choose from.`);
    },
  };
  return source;
}
