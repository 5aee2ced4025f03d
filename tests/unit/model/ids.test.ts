// newId formats random bytes itself (one flat string) instead of calling crypto.randomUUID (a tree of joined
// pieces): the format must be exactly randomUUID's, and the ids as unique.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUuidV4, newId } from '../../../shared/model/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The straightforward formatting: version and variant bits set, each byte as two hex digits, dashes between groups. */
function referenceFormat(bytes: Uint8Array): string {
  const b = Array.from(bytes);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('newId', () => {
  it('formats any 16 bytes exactly as the straightforward formatting does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 48 }), fc.nat(32), (bytes, at) => {
        const offset = Math.min(at, bytes.length - 16);
        expect(formatUuidV4(bytes, offset)).toBe(referenceFormat(bytes.subarray(offset, offset + 16)));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives version-4 UUIDs in the format crypto.randomUUID gives', () => {
    expect(globalThis.crypto.randomUUID()).toMatch(UUID_V4);
    for (let i = 0; i < 1000; i++) expect(newId()).toMatch(UUID_V4);
  });

  it('never repeats an id, across many batches of random bytes', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) ids.add(newId());
    expect(ids.size).toBe(20_000);
  });

  it('spreads its random digits evenly (every hex digit appears in every free position)', () => {
    const seen = Array.from({ length: 36 }, () => new Set<string>());
    for (let i = 0; i < 2000; i++) [...newId()].forEach((c, p) => seen[p].add(c));
    const free = seen.filter((_, p) => ![8, 13, 14, 18, 19, 23].includes(p));
    for (const digits of free) expect(digits.size).toBe(16);
    expect([...seen[19]].sort()).toEqual(['8', '9', 'a', 'b']);
  });
});
