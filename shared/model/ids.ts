// Identifiers for new records: random (version 4) UUIDs, as crypto.randomUUID gives. Web Crypto exists in
// Node 20, Chromium and Electron alike, so shared/ needs no import.
//
// Not crypto.randomUUID itself: Node builds its UUID by joining 20 pieces, and V8 keeps such a string as a tree
// of about fifteen linked pieces (some 450 bytes) until something flattens it. Imports create three ids per row,
// so 20,000 rows kept some 27 MB of those trees alive, and copying them dominated garbage collection. The same
// random bytes written as character codes make one flat 36-character string.

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = 0x2d;
const IDS_PER_BATCH = 256;

const random = new Uint8Array(16 * IDS_PER_BATCH);
let nextInBatch = IDS_PER_BATCH;
const codes: number[] = new Array<number>(36).fill(0);

/**
 * The UUID of 16 random bytes from `offset`: lower-case hex in 8-4-4-4-12 groups, the version nibble set to 4 and
 * the variant bits to 10 (RFC 9562), exactly as crypto.randomUUID formats its bytes.
 */
export function formatUuidV4(bytes: Uint8Array, offset = 0): string {
  let j = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) codes[j++] = DASH;
    let b = bytes[offset + i];
    if (i === 6) b = (b & 0x0f) | 0x40;
    else if (i === 8) b = (b & 0x3f) | 0x80;
    codes[j++] = HEX_CODES[b >> 4];
    codes[j++] = HEX_CODES[b & 15];
  }
  return String.fromCharCode.apply(null, codes);
}

export function newId(): string {
  // Random bytes for 256 ids at a time (randomUUID batches too): one call into Web Crypto per batch.
  if (nextInBatch === IDS_PER_BATCH) {
    globalThis.crypto.getRandomValues(random);
    nextInBatch = 0;
  }
  return formatUuidV4(random, 16 * nextInBatch++);
}

export function nowIso(): string {
  return new Date().toISOString();
}
