// Rebuilding a revision's credits state by replaying its chain of snapshots from the last complete one. Snapshots
// are validated here, not when the file opens, so that opening a production with many revisions costs only the
// JSON parse of the compact rows; each is decoded and validated once and then kept (frozen) for the session.
import type { Revision, RollcallDocument } from '../model/types';
import { applySnapshot, decodeSnapshot, emptyReplay, replayToState, type DecodedSnapshot } from './encoding';
import { findRevision, RevisionError } from './lookup';
import type { CreditsState } from './state';

function damaged(revision: Revision, why: string): RevisionError {
  return new RevisionError('INVALID_DOCUMENT', `The revision “${revision.name}” cannot be read because ${why}.`);
}

/**
 * Decoded snapshots by the stored object: revisions are never edited in place (every change makes a new document),
 * so a complete snapshot of 20,000 credits is decoded and checked once per session, not on every comparison.
 */
const decoded = new WeakMap<object, DecodedSnapshot>();

function decodeCached(revision: Revision): { ok: true; snapshot: DecodedSnapshot } | { ok: false; problem: string } {
  const stored = revision.snapshot;
  const cacheable = typeof stored === 'object' && stored !== null;
  const cached = cacheable ? decoded.get(stored) : undefined;
  if (cached) return { ok: true, snapshot: cached };
  const result = decodeSnapshot(stored);
  if (result.ok && cacheable) decoded.set(stored, result.snapshot);
  return result;
}

export function parseSnapshot(revision: Revision): DecodedSnapshot {
  const result = decodeCached(revision);
  if (!result.ok) throw damaged(revision, result.problem);
  return result.snapshot;
}

/** The revisions to replay for `target`, from its last complete snapshot up to itself. */
export function revisionChain(document: RollcallDocument, target: Revision): { revision: Revision; snapshot: DecodedSnapshot }[] {
  const byId = new Map(document.revisions.map((r) => [r.id, r]));
  const chain: { revision: Revision; snapshot: DecodedSnapshot }[] = [];
  const seen = new Set<string>();
  let current: Revision | undefined = target;
  while (current) {
    if (seen.has(current.id)) throw damaged(target, 'its chain of earlier revisions loops back on itself');
    seen.add(current.id);
    const result = decodeCached(current);
    if (!result.ok) {
      throw damaged(target, current === target ? result.problem : `the earlier revision “${current.name}” it is stored against cannot be read: ${result.problem}`);
    }
    const snapshot = result.snapshot;
    chain.push({ revision: current, snapshot });
    if (snapshot.base === null) break;
    const base = byId.get(snapshot.base);
    if (!base) throw damaged(target, 'an earlier revision it is stored against is missing from the file');
    current = base;
  }
  return chain.reverse();
}

/** The state of a revision and how many snapshots it took (the next revision starts a complete one past a limit). */
export function replayRevision(document: RollcallDocument, revision: Revision): { state: CreditsState; chainLength: number } {
  const replay = emptyReplay();
  const chain = revisionChain(document, revision);
  for (const link of chain) applySnapshot(replay, link.snapshot);
  return { state: replayToState(replay), chainLength: chain.length };
}

/**
 * The credits state saved in a revision (by id, name, or Revision object). Its records are frozen and shared
 * with a cache: read them, or copy them (`structuredClone`) before changing anything.
 */
export function materialiseRevision(document: RollcallDocument, ref: string | Revision): CreditsState {
  return replayRevision(document, findRevision(document, ref)).state;
}
