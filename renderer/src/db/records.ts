// Each open production's records in memory, and their chunked copy in IndexedDB (chunks.ts). Components read the
// memory (hooks.ts) and get a new array for just the tables an edit touched; IndexedDB is the crash journal, read
// once when a document was not loaded in this session (crash recovery). Rows change in only two ways: loading a
// document, and an edit whose chunks have been written (`planWrite` ... `commit`), so memory never runs ahead of
// what a crash would leave.
import type { Production, RollStyle } from '../../../shared/model/types';
import { TableChunks } from './chunks';
import { CHUNK_CAPACITY, db, RECORD_TABLES, type ChunkKey, type ChunkRow, type RecordTable } from './database';

type AnyRow = { id: string };
export type RecordTables = Record<RecordTable, AnyRow[]>;

interface TableState {
  rows: Map<string, AnyRow>;
  chunks: TableChunks;
  array: AnyRow[] | null;
}

interface DocState {
  tables: Map<RecordTable, TableState>;
  production: Production;
  style: RollStyle;
}

const docs = new Map<string, DocState>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Changes to one document's records run one at a time (edits, loading, discarding): each edit reads the rows the
 * one before it wrote, and a reload never lands in the middle of an edit. A task must not wait for another task of
 * the same document.
 */
const queues = new Map<string, Promise<unknown>>();

export function serially<T>(docId: string, task: () => Promise<T>): Promise<T> {
  const result = (queues.get(docId) ?? Promise.resolve()).catch(() => undefined).then(task);
  queues.set(docId, result);
  const done = () => {
    if (queues.get(docId) === result) queues.delete(docId);
  };
  void result.then(done, done);
  return result;
}

export function subscribeRecords(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function chunkRowsOf(docId: string, table: RecordTable, state: TableState, numbers: Iterable<number>): ChunkRow[] {
  const out: ChunkRow[] = [];
  for (const n of numbers) out.push({ docId, table, n, rows: state.chunks.idsIn(n).map((id) => state.rows.get(id)!) });
  return out;
}

/**
 * A freshly opened document's records laid out in chunks: the chunks to write, and `install` to hold the records
 * in memory once they are written. The document's own objects are kept, never changed: an edit replaces a row with
 * a new object.
 */
export function prepareRecords(docId: string, tables: RecordTables, production: Production, style: RollStyle): { chunks: ChunkRow[]; install(): void } {
  const doc: DocState = { tables: new Map(), production, style };
  const chunks: ChunkRow[] = [];
  for (const table of RECORD_TABLES) {
    const list = tables[table] ?? [];
    const rows = new Map<string, AnyRow>();
    for (const row of list) rows.set(row.id, row);
    const capacity = CHUNK_CAPACITY[table];
    const state: TableState = { rows, chunks: TableChunks.fresh(capacity, [...rows.keys()]), array: rows.size === list.length ? list : null };
    doc.tables.set(table, state);
    chunks.push(...chunkRowsOf(docId, table, state, state.chunks.numbers()));
  }
  return {
    chunks,
    install: () => {
      docs.set(docId, doc);
      notify();
    },
  };
}

/** Reads a document's records from IndexedDB, once, when it was not loaded in this session (crash recovery). */
export function ensureRecords(docId: string): Promise<void> {
  if (docs.has(docId)) return Promise.resolve();
  let pending = loading.get(docId);
  if (!pending) {
    pending = (async () => {
      const [session, stored] = await db.transaction('r', db.sessions, db.chunks, () =>
        Promise.all([db.sessions.get(docId), db.chunks.where('docId').equals(docId).toArray()]),
      );
      if (!session) throw new Error('This production is no longer open.');
      if (docs.has(docId)) return;
      const doc: DocState = { tables: new Map(), production: session.production, style: session.style };
      for (const table of RECORD_TABLES) {
        const mine = stored.filter((c) => c.table === table);
        const rows = new Map<string, AnyRow>();
        for (const chunk of mine) for (const row of chunk.rows) rows.set(row.id, row);
        doc.tables.set(table, { rows, chunks: TableChunks.fromStored(CHUNK_CAPACITY[table], mine.map((c) => [c.n, c.rows.map((r) => r.id)])), array: null });
      }
      docs.set(docId, doc);
      notify();
    })().finally(() => loading.delete(docId));
    loading.set(docId, pending);
  }
  return pending;
}

export function dropRecords(docId: string): void {
  if (docs.delete(docId)) notify();
}

/** The rows of one table, as the same array until the table changes; undefined until the document is loaded. */
export function recordRows(docId: string, table: RecordTable): readonly AnyRow[] | undefined {
  const state = docs.get(docId)?.tables.get(table);
  if (!state) return undefined;
  state.array ??= [...state.rows.values()];
  return state.array;
}

/** The rows of one table, reading the document from IndexedDB first if need be. */
export async function loadedRows<T>(docId: string, table: RecordTable): Promise<readonly T[]> {
  await ensureRecords(docId);
  return recordRows(docId, table) as unknown as readonly T[];
}

export function recordRow<T>(docId: string, table: RecordTable, id: string): T | undefined {
  return docs.get(docId)?.tables.get(table)?.rows.get(id) as T | undefined;
}

export async function loadedRow<T>(docId: string, table: RecordTable, id: string): Promise<T | undefined> {
  await ensureRecords(docId);
  return recordRow<T>(docId, table, id);
}

/** Everything a document is made of, as one consistent snapshot (synchronous: no edit can land half-way). */
export function snapshotRecords(docId: string): { tables: RecordTables; production: Production; style: RollStyle } | undefined {
  const doc = docs.get(docId);
  if (!doc) return undefined;
  const tables = {} as RecordTables;
  for (const table of RECORD_TABLES) tables[table] = [...recordRows(docId, table)!];
  return { tables, production: doc.production, style: doc.style };
}

interface RowWrite {
  table: RecordTable;
  id: string;
  /** The row after the edit; undefined: removed. */
  after: AnyRow | undefined;
}

interface WritePlan {
  puts: ChunkRow[];
  deletes: ChunkKey[];
  /** Makes memory match what was written; call only after the transaction writing `puts` and `deletes` committed. */
  commit(production: Production, style: RollStyle): void;
}

/** The chunks to write for an edit's rows, computed from memory without changing it. */
export function planWrite(docId: string, writes: readonly RowWrite[]): WritePlan {
  const doc = docs.get(docId);
  if (!doc) throw new Error('This production is no longer open.');
  const byTable = new Map<RecordTable, RowWrite[]>();
  for (const write of writes) {
    if (!byTable.has(write.table)) byTable.set(write.table, []);
    byTable.get(write.table)!.push(write);
  }
  const puts: ChunkRow[] = [];
  const deletes: ChunkKey[] = [];
  const applies: (() => void)[] = [];
  for (const [table, list] of byTable) {
    const state = doc.tables.get(table)!;
    const plan = state.chunks.plan(list.map((w) => ({ id: w.id, present: w.after !== undefined })));
    const after = new Map(list.map((w) => [w.id, w.after]));
    const rowOf = (id: string) => (after.has(id) ? after.get(id)! : state.rows.get(id)!);
    for (const [n, ids] of plan.chunks) {
      if (ids.length === 0) deletes.push([docId, table, n]);
      else puts.push({ docId, table, n, rows: ids.map(rowOf) });
    }
    applies.push(() => {
      for (const [id, row] of after) {
        if (row) state.rows.set(id, row);
        else state.rows.delete(id);
      }
      state.chunks.apply(plan);
      state.array = null;
    });
  }
  return {
    puts,
    deletes,
    commit: (production, style) => {
      for (const apply of applies) apply();
      doc.production = production;
      doc.style = style;
      notify();
    },
  };
}
