// What a file really is, from its first bytes, whatever its name says: a crew list saved as ".csv" may be an Excel
// workbook, and a ".xlsx" may be a CSV renamed. Only the bytes decide how it is read.

export type SniffedFormat = 'xlsx' | 'ods' | 'zip' | 'xls' | 'pdf' | 'image' | 'gzip' | 'rtf' | 'text';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether the ASCII `needle` occurs in bytes[from, to). File names inside a zip are stored uncompressed. */
function containsAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): boolean {
  const first = needle.charCodeAt(0);
  const end = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function sniffZip(bytes: Uint8Array): SniffedFormat {
  // ODF puts an uncompressed "mimetype" entry first; the central directory (all entry names) sits at the end.
  if (containsAscii(bytes, 'application/vnd.oasis.opendocument.spreadsheet', 0, 200)) return 'ods';
  const tail = Math.max(0, bytes.length - 1024 * 1024);
  if (containsAscii(bytes, 'xl/workbook.xml', tail) || containsAscii(bytes, 'xl/workbook.xml', 0, 64 * 1024)) return 'xlsx';
  return 'zip';
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  return 'text';
}

/** The sentence for a file Rollcall cannot import, by what it really is; null for formats it reads. */
export function unsupportedFormatSentence(format: SniffedFormat, fileName: string): string | null {
  const name = `“${fileName}”`;
  switch (format) {
    case 'ods':
      return `${name} is an OpenDocument spreadsheet, which Rollcall cannot read yet; open it in LibreOffice and save it as Excel (.xlsx) or CSV, then import that.`;
    case 'xls':
      return `${name} is an old-style Excel (.xls) workbook; open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.`;
    case 'zip':
      return `${name} is a zip archive, not a spreadsheet; unzip it and import the spreadsheet inside.`;
    case 'pdf':
      return `${name} is a PDF, not a spreadsheet; import the spreadsheet or CSV the list was made from.`;
    case 'image':
      return `${name} is an image, not a spreadsheet; import the spreadsheet or CSV the list was made from.`;
    case 'gzip':
      return `${name} is compressed (gzip); decompress it and import the file inside.`;
    case 'rtf':
      return `${name} is a rich-text document, not a list; save it from your spreadsheet as CSV or Excel (.xlsx) instead.`;
    default:
      return null;
  }
}

/** Lower-case extension without the dot ("csv"), or "". */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab', '']);

/** A notice when the name says one thing and the bytes another, e.g. a workbook named ".csv". */
export function extensionMismatchNotice(format: SniffedFormat, fileName: string): string | null {
  const ext = extensionOf(fileName);
  if (format === 'xlsx' && ext !== 'xlsx' && ext !== 'xlsm') {
    return `“${fileName}” is named like ${ext ? `a .${ext} file` : 'a text file'} but is an Excel workbook; it was read as one.`;
  }
  if (format === 'text' && !TEXT_EXTENSIONS.has(ext)) {
    return `“${fileName}” is named like a .${ext} file but holds plain text; it was read as a delimited list.`;
  }
  return null;
}
