// Saving, renaming and deleting named revisions. Pure: each function returns a new document and leaves the one it
// was given untouched, so the caller can keep the old one for undo.
import { NameSchema } from '../model/schema';
import { newId, nowIso } from '../model/ids';
import type { AuditEntry, Revision, RollcallDocument } from '../model/types';
import { encodeSnapshot } from './encoding';
import { findRevision, revisionNameKey, RevisionError } from './lookup';
import { materialiseRevision, replayRevision } from './materialise';
import { creditsStateOf, STATE_TABLES, type CreditsState } from './state';

/** A long chain makes every comparison replay it; a complete snapshot now and then bounds the work. */
export const MAX_CHAIN_LENGTH = 40;

export interface NewRevision {
  name: string;
  note?: string;
  /** Who saved it, as recorded in the audit. */
  by: string;
  /** For tests and imports; defaults to now and a new id. */
  at?: string;
  id?: string;
}

function checkedName(document: RollcallDocument, raw: string, exceptId?: string): string {
  const parsed = NameSchema.safeParse(raw);
  if (!parsed.success) throw new RevisionError('INVALID_REQUEST', `A revision needs a name of 1 to 2,000 characters; “${raw.trim().slice(0, 60)}” cannot be used.`);
  const name = parsed.data;
  const key = revisionNameKey(name);
  const clash = document.revisions.find((r) => r.id !== exceptId && revisionNameKey(r.name) === key);
  if (clash) throw new RevisionError('INVALID_REQUEST', `There is already a revision named “${clash.name}”; choose another name.`);
  return name;
}

function auditEntry(at: string, by: string, revisionId: string, action: string, summary: string): AuditEntry {
  return { id: newId(), at, by, entity: 'revision', entityId: revisionId, action, summary, changes: [] };
}

function recordCount(state: CreditsState): number {
  return STATE_TABLES.reduce((n, t) => n + state[t].length, 0);
}

/** Encodes `state` against `base` when that is smaller; a complete snapshot when there is no usable base. */
function snapshotFor(document: RollcallDocument, state: CreditsState, base: Revision | undefined): Revision['snapshot'] {
  if (base) {
    try {
      const previous = replayRevision(document, base);
      if (previous.chainLength < MAX_CHAIN_LENGTH) {
        const delta = encodeSnapshot(state, { id: base.id, state: previous.state });
        // After a re-import with new ids nearly everything changes: a complete snapshot is then as small and keeps chains short.
        if (delta.changedRecords <= recordCount(state) / 2) return delta.snapshot;
      }
    } catch {
      // A damaged earlier revision must not stop a new one from being saved: store this one complete.
    }
  }
  return encodeSnapshot(state, null).snapshot;
}

/** Saves the document's current credits as a named revision. */
export function createRevision(document: RollcallDocument, init: NewRevision): RollcallDocument {
  const name = checkedName(document, init.name);
  const at = init.at ?? nowIso();
  const id = init.id ?? newId();
  const revision: Revision = {
    id,
    name,
    note: init.note?.trim() ?? '',
    createdAt: at,
    createdBy: init.by,
    snapshot: snapshotFor(document, creditsStateOf(document), document.revisions[document.revisions.length - 1]),
  };
  return {
    ...document,
    revisions: [...document.revisions, revision],
    audit: [...document.audit, auditEntry(at, init.by, id, 'create', `Saved revision “${name}”.`)],
  };
}

/** Changes a revision's name or note; the saved credits stay as they were. */
export function updateRevisionLabel(document: RollcallDocument, ref: string | Revision, change: { name?: string; note?: string; by: string; at?: string }): RollcallDocument {
  const revision = findRevision(document, ref);
  const name = change.name === undefined ? revision.name : checkedName(document, change.name, revision.id);
  const note = change.note === undefined ? revision.note : change.note.trim();
  const at = change.at ?? nowIso();
  const summary = name !== revision.name ? `Renamed revision “${revision.name}” to “${name}”.` : `Changed the note of revision “${name}”.`;
  return {
    ...document,
    revisions: document.revisions.map((r) => (r.id === revision.id ? { ...r, name, note } : r)),
    audit: [...document.audit, auditEntry(at, change.by, revision.id, 'update', summary)],
  };
}

/** Deletes a revision; revisions stored against it are re-stored against its own base, so nothing else is lost. */
export function deleteRevision(document: RollcallDocument, ref: string | Revision, options: { by: string; at?: string }): RollcallDocument {
  const target = findRevision(document, ref);
  const remaining = document.revisions.filter((r) => r.id !== target.id);
  const reencoded = remaining.map((r) => {
    const snapshot = r.snapshot as { base?: unknown } | null;
    if (!snapshot || snapshot.base !== target.id) return r;
    const state = materialiseRevision(document, r);
    const baseId = (target.snapshot as { base?: unknown } | null)?.base;
    const base = typeof baseId === 'string' ? document.revisions.find((x) => x.id === baseId) : undefined;
    const encoded = base ? encodeSnapshot(state, { id: base.id, state: materialiseRevision(document, base) }) : encodeSnapshot(state, null);
    return { ...r, snapshot: encoded.snapshot };
  });
  const at = options.at ?? nowIso();
  return {
    ...document,
    revisions: reencoded,
    audit: [...document.audit, auditEntry(at, options.by, target.id, 'delete', `Deleted revision “${target.name}”.`)],
  };
}
