// Moving whole documents between the file (through main) and the working copy: load in one transaction, read
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

export async function loadIntoWorkingCopy(opened: OpenedDocument): Promise<void> {
  const { docId, document } = opened;
  loadedThisRun.add(docId);
  await db.transaction('rw', allTables(), async () => {
    for (const name of RECORD_TABLES) {
      const table = db.recordTable(name);
      await table.where('docId').equals(docId).delete();
      const rows = (document[name] as { id: string }[]).map((row) => ({ ...row, docId }));
      await table.bulkAdd(rows);
    }
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
    await db.sessions.put(session);
  });
  fillMirror(docId, document);
}

function strip<T extends { docId: string }>(row: T): Omit<T, 'docId'> {
  const { docId: _docId, ...rest } = row;
  return rest;
}

export async function readDocument(docId: string): Promise<RollcallDocument> {
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
  await db.transaction('rw', allTables(), async () => {
    for (const name of RECORD_TABLES) await db.recordTable(name).where('docId').equals(docId).delete();
    await db.sessions.delete(docId);
  });
  dropMirror(docId);
}

export async function markSaved(docId: string, displayName: string): Promise<void> {
  await db.sessions.update(docId, { edited: false, displayName, hasFile: true });
}
