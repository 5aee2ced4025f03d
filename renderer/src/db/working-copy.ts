// Moving whole documents between the file (through main) and the working copy: load (in one transaction, or in the
// background behind the painted workspace), read back into a RollcallDocument for save and export, discard on close.
import type { OpenedDocument } from '../../../shared/ipc/documents';
import { FORMAT_NAME, FORMAT_VERSION } from '../../../shared/model/schema';
import type { RollcallDocument } from '../../../shared/model/types';
import { rollcall } from '../api';
import { db, RECORD_TABLES, type ChunkRow, type SessionRow } from './database';
import { dropRecords, ensureRecords, prepareRecords, serially, snapshotRecords, type RecordTables } from './records';

/** Documents loaded since this page started: never mistaken for leftovers of a previous run. */
const loadedThisRun = new Set<string>();

export function wasLoadedThisRun(docId: string): boolean {
  return loadedThisRun.has(docId);
}

/** Record writes still under way for a document loaded in the background; edits wait for them. */
const pendingWrites = new Map<string, Promise<void>>();

/** Resolves when every record of the document is in IndexedDB (rejects if that write failed). */
export function whenWritten(docId: string): Promise<void> {
  return pendingWrites.get(docId) ?? Promise.resolve();
}

async function replaceChunks(docId: string, chunks: ChunkRow[]): Promise<void> {
  await db.chunks.where('docId').equals(docId).delete();
  await db.chunks.bulkPut(chunks);
}

/**
 * Loads a document into the working copy. With `background`, it resolves as soon as the session row is written and
 * memory holds the records, so the workspace paints at once; the chunks are written behind it in one transaction,
 * and `edit()` waits for that write (`whenWritten`).
 */
export function loadIntoWorkingCopy(opened: OpenedDocument, options: { background?: boolean } = {}): Promise<void> {
  return serially(opened.docId, () => load(opened, options));
}

async function load(opened: OpenedDocument, options: { background?: boolean }): Promise<void> {
  const { docId, document } = opened;
  loadedThisRun.add(docId);
  const session: SessionRow = {
    docId,
    displayName: opened.displayName,
    hasFile: opened.hasFile,
    readOnly: opened.readOnly,
    edited: false,
    openedAt: new Date().toISOString(),
    notices: opened.notices,
    production: document.production,
    style: document.style,
  };
  await whenWritten(docId).catch(() => undefined);
  const { chunks, install } = prepareRecords(docId, document as unknown as RecordTables, document.production, document.style);
  // Memory changes only after IndexedDB holds what it shows: a load that fails leaves both as they were.
  if (!options.background) {
    await db.transaction('rw', db.sessions, db.chunks, async () => {
      await replaceChunks(docId, chunks);
      await db.sessions.put(session);
    });
    install();
    return;
  }
  // In the background, the session row first, so the document paints now; edits wait for the chunks (whenWritten),
  // and a failed write makes them fail rather than mix the chunks of two versions.
  await db.sessions.put(session);
  install();
  const written = db.transaction('rw', db.chunks, () => replaceChunks(docId, chunks));
  pendingWrites.set(docId, written);
  void written.then(
    () => {
      if (pendingWrites.get(docId) === written) pendingWrites.delete(docId);
    },
    () => undefined,
  );
}

const byKey = <K extends string>(key: K) => (a: Record<K, string>, b: Record<K, string>) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);

/** The document as it stands in the working copy, for save, export, import and revisions. */
export async function readDocument(docId: string): Promise<RollcallDocument> {
  await ensureRecords(docId);
  const snapshot = snapshotRecords(docId);
  if (!snapshot) throw new Error('This production is no longer open.');
  const { tables, production, style } = snapshot;
  // Audit entries in the order they happened; revisions oldest first (each is stored as a delta on the one before).
  (tables.audit as unknown as { at: string }[]).sort(byKey('at'));
  (tables.revisions as unknown as { createdAt: string }[]).sort(byKey('createdAt'));
  const records = Object.fromEntries(RECORD_TABLES.map((t) => [t, tables[t]]));
  return { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, production, ...records, style } as RollcallDocument;
}

export function discardWorkingCopy(docId: string): Promise<void> {
  return serially(docId, async () => {
    await whenWritten(docId).catch(() => undefined);
    await db.transaction('rw', db.sessions, db.chunks, async () => {
      await db.chunks.where('docId').equals(docId).delete();
      await db.sessions.delete(docId);
    });
    dropRecords(docId);
  });
}

/**
 * Records a save of `saved` (the document as readDocument gave it). An edit that landed while the file was being
 * written is not in that file: the working copy then stays marked edited, and main is told so again.
 */
export async function markSaved(docId: string, displayName: string, saved: RollcallDocument): Promise<void> {
  const stillEdited = await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(docId);
    if (!session) return false;
    const later = session.production.updatedAt !== saved.production.updatedAt;
    await db.sessions.update(docId, { edited: later && session.edited, displayName, hasFile: true });
    return later && session.edited;
  });
  if (stillEdited) void rollcall().documents.setEdited({ docId, edited: true });
}
