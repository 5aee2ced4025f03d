// Large snapshot tables are stored packed: the JSON of their rows, deflated (fflate) and written as base64. A
// complete snapshot of a 20,000-credit production is about 7 MB of rows; packed it is a fifth of that, and a file
// with 30 revisions opens nearly as fast as one with none. Small deltas stay as readable rows. Packing happens once,
// when a revision is saved; unpacking when a revision is read (compared, restored).
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** Row data above this many characters of JSON is packed. */
export const PACK_ABOVE_CHARS = 64 * 1024;

const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The rows as they are stored: packed when their JSON is large, else unchanged. */
export function packRows(rows: unknown[][]): { put: unknown[][] } | { packed: string } {
  const json = JSON.stringify(rows);
  if (json.length <= PACK_ABOVE_CHARS) return { put: rows };
  return { packed: toBase64(deflateSync(strToU8(json), { level: 6 })) };
}

/** The rows of a packed table, or null when the text is not a packed array (damaged file). */
export function unpackRows(packed: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(strFromU8(inflateSync(fromBase64(packed))));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
