// An in-memory mirror of each open production's record tables, kept in step with IndexedDB by the only two ways
// rows change: loading a document and `edit()`. Reading 20,000 credits back from IndexedDB after every edit made
// each keystroke-sized change cost seconds; the mirror hands components a new array for just the tables an edit
// touched, at once. IndexedDB stays the crash journal and the source on start-up (a recovered document is read
// from it once). The audit table is not mirrored: only the history view reads it, through a live query.
import { db, RECORD_TABLES, type RecordTable } from './database';

type AnyRow = { id: string; docId: string };
const MIRRORED = RECORD_TABLES.filter((t) => t !== 'audit');

interface TableMirror {
  rows: Map<string, AnyRow>;
  version: number;
  array: AnyRow[] | null;
}

const mirrors = new Map<string, Map<RecordTable, TableMirror>>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function subscribeMirror(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces a document's mirror with these rows (after loading it into IndexedDB). */
export function fillMirror(docId: string, tables: Partial<Record<RecordTable, { id: string }[]>>): void {
  const doc = new Map<RecordTable, TableMirror>();
  for (const table of MIRRORED) {
    const rows = new Map<string, AnyRow>();
    for (const row of tables[table] ?? []) rows.set(row.id, { ...row, docId });
    doc.set(table, { rows, version: 0, array: null });
  }
  mirrors.set(docId, doc);
  notify();
}

/** Builds the mirror from IndexedDB, once, for a document that was not loaded in this session (crash recovery). */
export function ensureMirror(docId: string): Promise<void> {
  if (mirrors.has(docId)) return Promise.resolve();
  let pending = loading.get(docId);
  if (!pending) {
    pending = (async () => {
      const tables: Partial<Record<RecordTable, { id: string }[]>> = {};
      await db.transaction('r', MIRRORED.map((t) => db.recordTable(t)), async () => {
        for (const table of MIRRORED) tables[table] = await db.recordTable(table).where('docId').equals(docId).toArray();
      });
      if (!mirrors.has(docId)) fillMirror(docId, tables);
    })().finally(() => loading.delete(docId));
    loading.set(docId, pending);
  }
  return pending;
}

/** Applies the rows a committed edit wrote (undefined: removed). */
export function applyToMirror(docId: string, changes: { table: RecordTable; id: string; after: AnyRow | undefined }[]): void {
  const doc = mirrors.get(docId);
  if (!doc || changes.length === 0) return;
  for (const change of changes) {
    const mirror = doc.get(change.table);
    if (!mirror) continue;
    if (change.after) mirror.rows.set(change.id, change.after);
    else mirror.rows.delete(change.id);
    if (mirror.array) {
      mirror.array = null;
      mirror.version++;
    }
  }
  notify();
}

export function dropMirror(docId: string): void {
  if (mirrors.delete(docId)) notify();
}

/** The rows of one table, as the same array until the table changes; undefined until the mirror is loaded. */
export function mirrorRows(docId: string, table: RecordTable): AnyRow[] | undefined {
  const mirror = mirrors.get(docId)?.get(table);
  if (!mirror) return undefined;
  mirror.array ??= [...mirror.rows.values()];
  return mirror.array;
}
