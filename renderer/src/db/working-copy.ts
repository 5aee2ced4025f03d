// Moving whole documents between the file (through main) and the working copy: load (in one transaction, or
// in the background behind the painted workspace), read
// back into a RollcallDocument for save and export, discard on close.
import type { OpenedDocument } from '../../../shared/ipc/documents';
import { FORMAT_NAME, FORMAT_VERSION } from '../../../shared/model/schema';
import type { RollcallDocument } from '../../../shared/model/types';
import { db, RECORD_TABLES, type SessionRow } from './database';
import { dropMirror, fillMirror } from './mirror';

const allTables = () => [db.sessions, ...RECORD_TABLES.map((t) => db.recordTable(t))];

/** Documents loaded since this page started: never mistaken for leftovers of a previous run. */
const loadedThisRun = new Set<string>();

export function wasLoadedThisRun(docId: string): boolean {
  return loadedThisRun.has(docId);
}

/** Record writes still under way for a document loaded in the background; edits and reads wait for them. */
const pendingWrites = new Map<string, Promise<void>>();

/** Resolves when every record of the document is in IndexedDB (rejects if that write failed). */
export function whenWritten(docId: string): Promise<void> {
  return pendingWrites.get(docId) ?? Promise.resolve();
}

/**
 * Loads a document into the working copy. With `background`, it resolves as soon as the session row is written and
 * the in-memory mirror holds the records, so the workspace paints at once; the records are written to IndexedDB
 * behind it in one transaction, and `edit()` and `readDocument()` wait for that write (`whenWritten`). IndexedDB
 * takes about 0.1 ms a row here, seconds for a 20,000-credit production, which the user need not wait for.
 */
export async function loadIntoWorkingCopy(opened: OpenedDocument, options: { background?: boolean } = {}): Promise<void> {
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
  const writeRecords = async () => {
    for (const name of RECORD_TABLES) {
      const table = db.recordTable(name);
      await table.where('docId').equals(docId).delete();
      const rows = (document[name] as { id: string }[]).map((row) => ({ ...row, docId }));
      await table.bulkAdd(rows);
    }
  };
  if (!options.background) {
    await db.transaction('rw', allTables(), async () => {
      await writeRecords();
      await db.sessions.put(session);
    });
    fillMirror(docId, document);
    return;
  }
  await whenWritten(docId).catch(() => undefined);
  await db.sessions.put(session);
  const written = db.transaction('rw', RECORD_TABLES.map((t) => db.recordTable(t)), writeRecords);
  pendingWrites.set(docId, written);
  void written.then(
    () => {
      if (pendingWrites.get(docId) === written) pendingWrites.delete(docId);
    },
    () => undefined,
  );
  fillMirror(docId, document);
}

function strip<T extends { docId: string }>(row: T): Omit<T, 'docId'> {
  const { docId: _docId, ...rest } = row;
  return rest;
}

export async function readDocument(docId: string): Promise<RollcallDocument> {
  await whenWritten(docId);
  return db.transaction('r', allTables(), async () => {
    const session = await db.sessions.get(docId);
    if (!session) throw new Error('This production is no longer open.');
    const records = {} as Record<(typeof RECORD_TABLES)[number], unknown[]>;
    for (const name of RECORD_TABLES) {
      const rows = await db.recordTable(name).where('docId').equals(docId).toArray();
      records[name] = rows.map(strip);
      // Audit entries read back in the order they happened; the key order is by id.
      if (name === 'audit') (records[name] as { at: string }[]).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      // Revisions likewise, oldest first: each is stored as a delta against the one before it.
      if (name === 'revisions') (records[name] as { createdAt: string }[]).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    }
    return {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      production: session.production,
      ...records,
      style: session.style,
    } as RollcallDocument;
  });
}

export async function discardWorkingCopy(docId: string): Promise<void> {
  await whenWritten(docId).catch(() => undefined);
  await db.transaction('rw', allTables(), async () => {
    for (const name of RECORD_TABLES) await db.recordTable(name).where('docId').equals(docId).delete();
    await db.sessions.delete(docId);
  });
  dropMirror(docId);
}

export async function markSaved(docId: string, displayName: string): Promise<void> {
  await db.sessions.update(docId, { edited: false, displayName, hasFile: true });
}
