// Finding a revision by id or by the name a person typed ("Sent to legal"), with a sentence that lists the names
// that do exist when it is not there: the CLI, the IPC layer and the UI all show that sentence as it is.
import { UserFacingError } from '../ipc/result';
import type { Revision, RollcallDocument } from '../model/types';

export class RevisionError extends UserFacingError {
  override readonly name = 'RevisionError';
}

export class RevisionNotFoundError extends RevisionError {
  constructor(
    readonly requested: string,
    /** The names of the revisions that do exist, oldest first. */
    readonly available: string[],
  ) {
    super('NOT_FOUND', notFoundSentence(requested, available));
  }
}

function notFoundSentence(requested: string, available: string[]): string {
  if (available.length === 0) return `There is no revision named “${requested}”: this production has no saved revisions yet.`;
  const list = available.map((n) => `“${n}”`).join(', ');
  return `There is no revision named “${requested}”; the revisions in this production are ${list}.`;
}

/** Revision names compare without regard to case, Unicode normal form or surrounding spaces. */
export function revisionNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** A revision by id, exact name, or name in any case; a Revision object is looked up by its id in this document. */
export function findRevision(document: RollcallDocument, ref: string | Revision): Revision {
  const revisions = document.revisions;
  if (typeof ref !== 'string') {
    const found = revisions.find((r) => r.id === ref.id);
    if (found) return found;
    throw new RevisionNotFoundError(ref.name, revisions.map((r) => r.name));
  }
  const byId = revisions.find((r) => r.id === ref);
  if (byId) return byId;
  const trimmed = ref.trim();
  const exact = revisions.filter((r) => r.name === trimmed);
  if (exact.length > 0) return exact[exact.length - 1];
  const key = revisionNameKey(ref);
  const loose = revisions.filter((r) => revisionNameKey(r.name) === key);
  if (loose.length > 0) return loose[loose.length - 1];
  throw new RevisionNotFoundError(trimmed, revisions.map((r) => r.name));
}

export interface RevisionSummary {
  id: string;
  name: string;
  note: string;
  createdAt: string;
  createdBy: string;
}

/** The revisions for a list, oldest first, without their snapshots. */
export function listRevisions(document: RollcallDocument): RevisionSummary[] {
  return document.revisions.map(({ id, name, note, createdAt, createdBy }) => ({ id, name, note, createdAt, createdBy }));
}
