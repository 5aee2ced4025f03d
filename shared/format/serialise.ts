// A document -> the bytes of a .rollcall file. Keys follow the schema's field order (zod's output keeps the order
// of each object's shape), free-form values (audit before/after, revision snapshots) have their keys sorted, and
// the JSON is indented, one field per line, so that two versions of a production diff readably in version control.
// The rows of a revision snapshot (arrays of values under a `fields` header) are the exception: one row per line,
// like a CSV, which also keeps a production with 30 revisions from doubling its file (and its open time).
import { RollcallDocumentSchema } from '../model/schema';
import type { RollcallDocument } from '../model/types';
import { DocumentFormatError, issueLines, summariseIssues } from './errors';

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * Validates and orders a document for writing. Throws INVALID_DOCUMENT rather than write a file that the loader
 * would later refuse.
 */
export function canonicalDocument(document: RollcallDocument): RollcallDocument {
  const result = RollcallDocumentSchema.safeParse(document);
  if (!result.success) {
    const lines = issueLines(result.error);
    throw new DocumentFormatError('INVALID_DOCUMENT', `The production was not saved because it is not valid: ${summariseIssues(lines)}.`, lines);
  }
  const doc = result.data;
  for (const entry of doc.audit) {
    for (const change of entry.changes) {
      change.before = sortKeysDeep(change.before);
      change.after = sortKeysDeep(change.after);
    }
  }
  for (const revision of doc.revisions) revision.snapshot = sortKeysDeep(revision.snapshot);
  return doc;
}

const isRows = (value: unknown): value is unknown[][] => Array.isArray(value) && value.length > 0 && value.every(Array.isArray);

/**
 * Replaces every array of rows inside a snapshot with a marker string and returns the rows' text, one compact row
 * per line. The marker carries a random nonce, so no string in the document can pass for one.
 */
function markRows(value: unknown, nonce: string, rows: unknown[][][]): unknown {
  if (isRows(value)) {
    rows.push(value);
    return `${nonce}${rows.length - 1}`;
  }
  if (Array.isArray(value)) return value.map((v) => markRows(v, nonce, rows));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = markRows(v, nonce, rows);
  return out;
}

function randomNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return `\u0000rows-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}-`;
}

export function serialiseDocument(document: RollcallDocument): string {
  const doc = canonicalDocument(document);
  const nonce = randomNonce();
  const rows: unknown[][][] = [];
  for (const revision of doc.revisions) revision.snapshot = markRows(revision.snapshot, nonce, rows);
  const text = JSON.stringify(doc, null, 2);
  if (rows.length === 0) return `${text}\n`;
  const marker = new RegExp(`^( *)(.*)${JSON.stringify(nonce).slice(1, -1).replace(/\\/g, '\\\\')}(\\d+)"`, 'gm');
  return `${text.replace(marker, (_, indent: string, before: string, index: string) => {
    const lines = rows[Number(index)].map((row) => `${indent}  ${JSON.stringify(row)}`);
    return `${indent}${before.slice(0, -1)}[\n${lines.join(',\n')}\n${indent}]`;
  })}\n`;
}

export function serialiseDocumentBytes(document: RollcallDocument): Uint8Array {
  return new TextEncoder().encode(serialiseDocument(document));
}
