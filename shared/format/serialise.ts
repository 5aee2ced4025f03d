// A document -> the bytes of a .rollcall file. Keys follow the schema's field order (zod's output keeps the order
// of each object's shape), free-form values (audit before/after, revision snapshots) have their keys sorted, and
// the JSON is indented, one field per line, so that two versions of a production diff readably in version control.
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

export function serialiseDocument(document: RollcallDocument): string {
  return `${JSON.stringify(canonicalDocument(document), null, 2)}\n`;
}

export function serialiseDocumentBytes(document: RollcallDocument): Uint8Array {
  return new TextEncoder().encode(serialiseDocument(document));
}
