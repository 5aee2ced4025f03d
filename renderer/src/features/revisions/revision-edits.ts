// The revision writes of the Revisions panel, each one undoable edit built from the pure functions of
// shared/revisions: save the current credits under a name, restore a revision's credits, and start a new
// production from a revision.
import { createRevision, findRevision, newProductionFromRevision, restoreRevision } from '../../../../shared/revisions';
import type { Revision, RollcallDocument } from '../../../../shared/model/types';
import { db } from '../../db/database';
import { edit, getCurrentUser, type EditWriter } from '../../db/edits';
import { EditRefused, shortName } from '../../db/repositories/record-input';
import { loadedRow } from '../../db/records';
import { readDocument } from '../../db/working-copy';
import { writeDocumentChanges } from './document-changes';

/** Refuses when the production changed between reading it and writing the result built from it. */
async function assertUnchanged(docId: string, document: RollcallDocument): Promise<void> {
  const session = await db.sessions.get(docId);
  if (session?.production.updatedAt !== document.production.updatedAt) {
    throw new EditRefused('The production changed in the meantime; nothing was changed, so try again.');
  }
}

async function editFrom(docId: string, label: string, body: (w: EditWriter, document: RollcallDocument) => Promise<void>): Promise<void> {
  const document = await readDocument(docId);
  await edit(docId, label, async (w) => {
    await assertUnchanged(docId, document);
    await body(w, document);
  });
}

const byCreatedAt = (a: Revision, b: Revision) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/** Saves the current credits as a named revision (who: the current user). Returns the new revision. */
export async function saveRevision(docId: string, name: string, note: string): Promise<Revision> {
  let saved: Revision | undefined;
  await editFrom(docId, `Save revision “${shortName(name.trim())}”`, async (w, document) => {
    // The working copy returns revisions in key order; a new revision is stored against the one saved last.
    const ordered = { ...document, revisions: [...document.revisions].sort(byCreatedAt) };
    const next = createRevision(ordered, { name, note, by: getCurrentUser() });
    saved = next.revisions[next.revisions.length - 1];
    // The edit records who saved it and when in the audit (naming the snapshot, not copying it); createRevision's
    // own audit entry would say it twice.
    await w.put('revisions', saved);
  });
  return saved!;
}

/** Replaces the credits with those of a revision, as one undoable step; the revisions themselves stay. */
export async function restoreRevisionInto(docId: string, revisionId: string): Promise<number> {
  let changed = 0;
  const name = (await loadedRow<Revision>(docId, 'revisions', revisionId))?.name ?? 'revision';
  await editFrom(docId, `Restore revision “${shortName(name)}”`, async (w, document) => {
    const restored = restoreRevision(document, revisionId, { by: getCurrentUser() });
    changed = await writeDocumentChanges(w, document, restored, ['departments', 'titles', 'contributionTypes', 'people', 'companies', 'credits', 'audit']);
  });
  return changed;
}

/** The document a new production starts from: the revision's credits, a new production id, no revisions. */
export async function productionFromRevision(docId: string, revisionId: string): Promise<{ document: RollcallDocument; revision: Revision }> {
  const document = await readDocument(docId);
  const revision = findRevision(document, revisionId);
  return { document: newProductionFromRevision(document, revision, { by: getCurrentUser() }), revision };
}
