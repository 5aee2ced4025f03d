// Rebuilding a revision's credits state by replaying its chain of snapshots from the last complete one. Snapshots
// are validated here, not when the file opens, so that opening a production with many revisions costs only the
// JSON parse of the compact rows.
import type { z } from 'zod';
import type { Revision, RollcallDocument } from '../model/types';
import { applySnapshot, emptyReplay, replayToState, SnapshotSchema, type Snapshot } from './encoding';
import { findRevision, RevisionError } from './lookup';
import { CreditsStateSchema, type CreditsState } from './state';

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(top level)'}: ${issue.message}` : 'unknown problem';
}

function damaged(revision: Revision, why: string): RevisionError {
  return new RevisionError('INVALID_DOCUMENT', `The revision “${revision.name}” cannot be read because ${why}.`);
}

/**
 * Parsed snapshots by the stored object: revisions are never edited in place (every change makes a new document),
 * so a complete snapshot of 20,000 credits is checked once per session, not on every comparison.
 */
const parsedSnapshots = new WeakMap<object, Snapshot>();

export function parseSnapshot(revision: Revision): Snapshot {
  const stored = revision.snapshot;
  const cached = typeof stored === 'object' && stored !== null ? parsedSnapshots.get(stored) : undefined;
  if (cached) return cached;
  const parsed = SnapshotSchema.safeParse(stored);
  if (!parsed.success) throw damaged(revision, `its stored snapshot is damaged (${firstIssue(parsed.error)})`);
  if (typeof stored === 'object' && stored !== null) parsedSnapshots.set(stored, parsed.data);
  return parsed.data;
}

/** The revisions to replay for `target`, from its last complete snapshot up to itself. */
export function revisionChain(document: RollcallDocument, target: Revision): { revision: Revision; snapshot: Snapshot }[] {
  const byId = new Map(document.revisions.map((r) => [r.id, r]));
  const chain: { revision: Revision; snapshot: Snapshot }[] = [];
  const seen = new Set<string>();
  let current: Revision | undefined = target;
  while (current) {
    if (seen.has(current.id)) throw damaged(target, 'its chain of earlier revisions loops back on itself');
    seen.add(current.id);
    const snapshot = parseSnapshot(current);
    chain.push({ revision: current, snapshot });
    if (snapshot.base === null) break;
    const base = byId.get(snapshot.base);
    if (!base) throw damaged(target, 'an earlier revision it is stored against is missing from the file');
    current = base;
  }
  return chain.reverse();
}

/**
 * The replayed state without the final validation, and how many snapshots it took: for encoding the next
 * revision against it, where a record that would fail validation simply counts as changed.
 */
export function replayRevision(document: RollcallDocument, revision: Revision): { state: CreditsState; chainLength: number } {
  const replay = emptyReplay();
  const chain = revisionChain(document, revision);
  for (const link of chain) applySnapshot(replay, link.snapshot);
  return { state: replayToState(replay) as CreditsState, chainLength: chain.length };
}

/** The credits state saved in a revision (by id, name, or Revision object). Fresh objects: safe to change. */
export function materialiseRevision(document: RollcallDocument, ref: string | Revision): CreditsState {
  const revision = findRevision(document, ref);
  const replay = emptyReplay();
  for (const link of revisionChain(document, revision)) applySnapshot(replay, link.snapshot);
  const parsed = CreditsStateSchema.safeParse(replayToState(replay));
  if (!parsed.success) throw damaged(revision, `its stored credits are not valid (${firstIssue(parsed.error)})`);
  return parsed.data;
}
