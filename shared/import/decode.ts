// Turning a text file's bytes into a string, whatever Excel or a text editor saved it as: UTF-8 with or without a
// byte order mark, UTF-16 LE or BE ("Unicode text"), or Windows-1252 (European Excel's "CSV" on Windows). Bytes
// that are not valid UTF-8 are read as Windows-1252, which maps every byte, so no file is refused for its encoding.
import { ImportError } from './import-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file began with a byte order mark. */
  bom: boolean;
}

/** Decides UTF-16 without a BOM from the pattern of zero bytes in ASCII-heavy text ("N\0a\0m\0e\0"). */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €, Œ, ...). Decoded here rather
 * than by TextDecoder because Node 20's TextDecoder reads "windows-1252" as Latin-1 and turns ’ into a control.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    chunk.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/**
 * Whether decoded text is really text: binary files decode to many control characters (and replacement
 * characters). Tabs and line breaks are text; a few stray controls in a big file are tolerated.
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) suspicious++;
  }
  return suspicious > Math.max(8, sample.length * 0.01);
}

export function decodeText(bytes: Uint8Array, fileName = 'The file'): DecodedText {
  let result: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = { text: decodeWith('utf-8', bytes), encoding: 'utf-8', bom: true };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le', bom: true };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be', bom: true };
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      result = { text: decodeWith(utf16, bytes), encoding: utf16, bom: false };
    } else {
      try {
        result = { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8', bom: false };
      } catch {
        result = { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', bom: false };
      }
    }
  }
  // TextDecoder removes a leading BOM itself; a second one (files concatenated by hand) is dropped here.
  if (result.text.charCodeAt(0) === 0xfeff) result.text = result.text.slice(1);
  if (looksBinary(result.text)) {
    throw new ImportError('BINARY', `${fileName === 'The file' ? fileName : `“${fileName}”`} does not look like a list or a spreadsheet: it holds binary data rather than text.`);
  }
  return result;
}
