// Property: whatever bytes a .rollcall file holds (truncated, zero-filled, bit-flipped, not JSON, empty, HTML,
// another format, schema-violating), opening it either gives a valid document or a UserFacingError whose message
// is one sentence naming the file, never a crash, and the file's bytes are exactly as they were.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/documents/document-service';
import { loadDocumentFile } from '../../../electron/documents/load';
import { serialiseDocument } from '../../../shared/format/serialise';
import { UserFacingError } from '../../../shared/ipc/result';
import { RollcallDocumentSchema } from '../../../shared/model/schema';
import { smallDocument } from './fixtures';
import { ScriptedHost, tempFolder } from './test-host';

const RUNS = 1200;

// A small valid document keeps each run fast: a handful of titles instead of the whole seeded library.
const base = (() => {
  const doc = smallDocument('Night Ferry', 3);
  doc.titles = doc.titles.filter((t) => t.departmentId === 'dept:producers');
  doc.departments = doc.departments.filter((d) => d.id === 'dept:producers');
  doc.credits[0].contributions.push({
    id: 'k1',
    typeId: 'contribution:creative',
    justification: 'Shaped the story — “in the room”.',
    evidence: 'Deal memo §4',
    recordedBy: 'Zoë',
    recordedAt: '2026-03-04T10:00:00.000Z',
  });
  return serialiseDocument(doc);
})();
const baseBytes = new TextEncoder().encode(base);
const baseValue = JSON.parse(base) as Record<string, unknown>;
const encode = (text: string) => new TextEncoder().encode(text);

/** Every path to a leaf of the valid document, for schema-violating edits. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  const paths = entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return paths.length ? paths : [prefix];
}
const LEAVES = leafPaths(baseValue).filter((p) => p.length > 0);

function setAt(root: unknown, at: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]] = replacement;
  return copy;
}

const truncated = fc.integer({ min: 0, max: baseBytes.length - 1 }).map((n) => ({ kind: 'truncated', bytes: baseBytes.slice(0, n) }));
const zeroFilled = fc.integer({ min: 1, max: 8192 }).map((n) => ({ kind: 'zero-filled', bytes: new Uint8Array(n) }));
// A crash on some file systems leaves the right length with zeros at the end.
const zeroTail = fc.integer({ min: 0, max: baseBytes.length - 1 }).map((n) => {
  const bytes = baseBytes.slice();
  bytes.fill(0, n);
  return { kind: 'zero-tail', bytes };
});
const bitFlipped = fc.array(fc.tuple(fc.integer({ min: 0, max: baseBytes.length - 1 }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }).map((flips) => {
  const bytes = baseBytes.slice();
  for (const [at, bit] of flips) bytes[at] ^= 1 << bit;
  return { kind: 'bit-flipped', bytes };
});
const randomBytes = fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ kind: 'random bytes', bytes }));
const nonJson = fc.string({ maxLength: 500, unit: 'grapheme' }).map((s) => ({ kind: 'non-JSON text', bytes: encode(s) }));
const empty = fc.constant({ kind: 'empty', bytes: new Uint8Array(0) });
const html = fc.tuple(fc.constantFrom('<!DOCTYPE html>', '<html>', '<HTML lang="en">', '<?xml version="1.0"?>', '  <body>'), fc.string({ maxLength: 200 })).map(([head, body]) => ({
  kind: 'HTML',
  bytes: encode(`${head}<head><title>Sign in</title></head><body>${body}</body></html>`),
}));
const otherJson = fc.jsonValue({ maxDepth: 4 }).map((v) => ({ kind: 'other JSON', bytes: encode(JSON.stringify(v)) }));
const wrongFormat = fc.tuple(fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null)), fc.jsonValue({ maxDepth: 2 })).map(([format, formatVersion]) => ({
  kind: 'wrong format',
  bytes: encode(JSON.stringify({ ...baseValue, format, formatVersion })),
}));
const wrongVersion = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fc.string({ maxLength: 5 })).map((formatVersion) => ({
  kind: 'wrong version',
  bytes: encode(JSON.stringify({ ...baseValue, formatVersion })),
}));
const schemaViolating = fc.tuple(fc.constantFrom(...LEAVES), fc.jsonValue({ maxDepth: 2 })).map(([at, value]) => ({
  kind: 'schema-violating',
  bytes: encode(JSON.stringify(setAt(baseValue, at, value), null, 2)),
}));
const missingField = fc.constantFrom(...LEAVES).map((at) => {
  const copy = setAt(baseValue, at, undefined);
  return { kind: 'missing field', bytes: encode(JSON.stringify(copy)) };
});

const corruptFile = fc.oneof(
  truncated,
  zeroFilled,
  zeroTail,
  bitFlipped,
  randomBytes,
  nonJson,
  empty,
  html,
  otherJson,
  wrongFormat,
  wrongVersion,
  schemaViolating,
  missingField,
);

const CODES = new Set(['UNREADABLE', 'INVALID_DOCUMENT', 'NEWER_VERSION']);

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder('rollcall-corrupt-'));
});
afterAll(async () => cleanup());

describe('opening corrupt files', () => {
  it(`never crashes, always explains, never touches the bytes (${RUNS} generated files)`, async () => {
    const service = new DocumentService(new ScriptedHost(path.join(dir, '..', `${path.basename(dir)}-user-data`)));
    const kinds = new Map<string, { refused: number; opened: number }>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(corruptFile, async ({ kind, bytes }) => {
        const name = `corrupt-${n++}.rollcall`;
        const file = path.join(dir, name);
        await writeFile(file, bytes);
        const tally = kinds.get(kind) ?? { refused: 0, opened: 0 };
        kinds.set(kind, tally);

        let loaded = false;
        try {
          const result = await loadDocumentFile(file);
          expect(RollcallDocumentSchema.safeParse(result.document).success).toBe(true);
          loaded = true;
          tally.opened++;
        } catch (error) {
          expect(error).toBeInstanceOf(UserFacingError);
          const e = error as UserFacingError;
          expect(CODES.has(e.code)).toBe(true);
          expect(e.message).toMatch(new RegExp(`^“${name.replace('.', '\\.')}” [^\\n]+\\.$`));
          expect(e.message.length).toBeLessThan(1000);
          expect(e.message).not.toMatch(/\n\s+at /);
          tally.refused++;
        }

        // The service opens it the same way, and a refused file leaves no lock behind.
        const opened = await service.openPath(file).then(
          (doc) => doc,
          (error) => {
            expect(error).toBeInstanceOf(UserFacingError);
            return null;
          },
        );
        expect(opened !== null).toBe(loaded);
        if (opened) await service.close(opened.docId);

        expect(Buffer.compare(await readFile(file), Buffer.from(bytes))).toBe(0);
        expect((await readdir(dir)).filter((f) => !f.startsWith('corrupt-'))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(n).toBeGreaterThanOrEqual(RUNS);
    // Every kind was generated, and most of them were refused.
    expect(kinds.size).toBe(13);
    const refused = [...kinds.values()].reduce((sum, t) => sum + t.refused, 0);
    expect(refused).toBeGreaterThan(RUNS * 0.8);
  }, 120_000);
});
