// Every change to the working copy goes through `edit`: one Dexie transaction that records each row's before and
// after, writes audit entries (who, when, what changed), marks the document edited, and pushes one undo step.
// Bulk edits (many credits at once, a whole import) are one step. Undo and redo replay the recorded rows.
import { newId, nowIso } from '../../../shared/model/ids';
import type { AuditEntry, FieldChange, Production, RollStyle } from '../../../shared/model/types';
import { rollcall } from '../api';
import { db, type RecordTable, type SessionRow } from './database';
import { ensureRecords, planWrite, recordRow, recordRows, serially } from './records';
import { whenWritten } from './working-copy';

type AnyRow = { id: string } & Record<string, unknown>;
type AuditEntity = AuditEntry['entity'];

const ENTITY_OF: Partial<Record<RecordTable, AuditEntity>> = {
  departments: 'department', titles: 'title', people: 'person', companies: 'company', credits: 'credit',
  songs: 'song', images: 'image', paragraphs: 'paragraph', revisions: 'revision',
};

interface RowChange {
  table: RecordTable;
  id: string;
  before: AnyRow | undefined;
  after: AnyRow | undefined;
}

interface SessionChange {
  before: Pick<SessionRow, 'production' | 'style'>;
  after: Pick<SessionRow, 'production' | 'style'>;
}

export interface EditStep {
  label: string;
  rows: RowChange[];
  session: SessionChange | null;
}

export class ReadOnlyError extends Error {}

/** What an edit can do. Reads see the edit's own writes. */
export interface EditWriter {
  get<T>(table: RecordTable, id: string): Promise<T | undefined>;
  /** Every row of a table as this edit has left it so far. */
  all<T>(table: RecordTable): Promise<T[]>;
  put(table: RecordTable, row: { id: string } & object): Promise<void>;
  /** Many rows of one table in one bulk write: imports, merges and undo of large edits. */
  putMany(table: RecordTable, rows: ({ id: string } & object)[]): Promise<void>;
  delete(table: RecordTable, id: string): Promise<void>;
  deleteMany(table: RecordTable, ids: string[]): Promise<void>;
  updateProduction(change: (p: Production) => Production): Promise<void>;
  updateStyle(change: (s: RollStyle) => RollStyle): Promise<void>;
  /** Extra audit text for this edit ("Approved", "Imported 240 rows from crew.csv"). */
  note(summary: string): void;
}

/** Above this many rows, an edit is a bulk edit: its audit names created and removed records without copying them. */
const BULK_EDIT_ROWS = 200;

const stacks = new Map<string, { undo: EditStep[]; redo: EditStep[] }>();
const listeners = new Set<() => void>();
let currentUser = 'Unknown user';

export function setCurrentUser(name: string): void {
  currentUser = name;
}
export function getCurrentUser(): string {
  return currentUser;
}

function stackOf(docId: string) {
  let s = stacks.get(docId);
  if (!s) stacks.set(docId, (s = { undo: [], redo: [] }));
  return s;
}

export function undoState(docId: string): { canUndo: boolean; canRedo: boolean; undoLabel: string; redoLabel: string } {
  const s = stackOf(docId);
  return {
    canUndo: s.undo.length > 0,
    canRedo: s.redo.length > 0,
    undoLabel: s.undo.at(-1)?.label ?? '',
    redoLabel: s.redo.at(-1)?.label ?? '',
  };
}

export function onUndoChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function forgetHistory(docId: string): void {
  stacks.delete(docId);
  listeners.forEach((l) => l());
}

function fieldChanges(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    // A revision's snapshot is the whole production: history names the revision, not its contents.
    if (key === 'updatedAt' || key === 'createdAt' || key === 'snapshot') continue;
    const b = before?.[key];
    const a = after?.[key];
    if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ field: key, before: b ?? null, after: a ?? null });
  }
  return changes;
}

/** One edit's work; callers run it inside the document's queue (`serially`), with whatever must happen with it. */
async function run(docId: string, label: string, body: (w: EditWriter) => Promise<void>, action: string): Promise<EditStep> {
  const step: EditStep = { label, rows: [], session: null };
  const notes: string[] = [];
  // A document still being written to IndexedDB in the background: its chunks must be there before any is rewritten.
  await whenWritten(docId);
  await ensureRecords(docId);
  const session = await db.sessions.get(docId);
  if (!session) throw new Error('This production is no longer open.');
  if (session.readOnly) throw new ReadOnlyError('This production is open read-only, so it cannot be changed.');
  // The edit's own writes, over the rows in memory: what it reads sees them; nothing is stored until it ends.
  const touched = new Map<string, RowChange>();
  const key = (table: RecordTable, id: string) => `${table}\u0000${id}`;
  const record = (table: RecordTable, id: string, after: AnyRow | undefined) => {
    let change = touched.get(key(table, id));
    if (!change) {
      const before = recordRow<AnyRow>(docId, table, id);
      touched.set(key(table, id), (change = { table, id, before, after: before }));
      step.rows.push(change);
    }
    change.after = after;
  };
  const current = (table: RecordTable, id: string) => {
    const change = touched.get(key(table, id));
    return change ? change.after : recordRow<AnyRow>(docId, table, id);
  };
  let production = session.production;
  let style = session.style;
  const writer: EditWriter = {
    get: async (table, id) => current(table, id) as never,
    all: async (table) => {
      const rows = (recordRows(docId, table) ?? []).filter((row) => !touched.has(key(table, row.id)));
      for (const change of step.rows) if (change.table === table && change.after) rows.push(change.after);
      return rows as never;
    },
    put: (table, row) => writer.putMany(table, [row]),
    putMany: async (table, rows) => {
      for (const row of rows) record(table, row.id, row as AnyRow);
    },
    delete: (table, id) => writer.deleteMany(table, [id]),
    deleteMany: async (table, ids) => {
      for (const id of ids) if (current(table, id)) record(table, id, undefined);
    },
    updateProduction: async (change) => {
      production = change(production);
    },
    updateStyle: async (change) => {
      style = change(style);
    },
    note: (summary) => notes.push(summary),
  };
  await body(writer);
  // A row put back exactly as it was is no change.
  step.rows = step.rows.filter((c) => c.before !== c.after && !(c.before && c.after && JSON.stringify(c.before) === JSON.stringify(c.after)));
  const sessionChanged = (production !== session.production && JSON.stringify(production) !== JSON.stringify(session.production)) || (style !== session.style && JSON.stringify(style) !== JSON.stringify(session.style));
  if (sessionChanged) {
    step.session = { before: { production: session.production, style: session.style }, after: { production, style } };
  }
  // Nothing changed (a form applied as it was, a credit moved past the end): nothing to store, nothing to undo, and
  // the production does not become unsaved.
  if (step.rows.length === 0 && !step.session) return step;
  const audit = auditEntries(step, action, notes);
  const plan = planWrite(docId, [...step.rows.map(({ table, id, after }) => ({ table, id, after })), ...audit.map((entry) => ({ table: 'audit' as const, id: entry.id, after: entry }))]);
  const stamped = { ...production, updatedAt: nowIso() };
  await db.transaction('rw', db.sessions, db.chunks, async () => {
    if (!(await db.sessions.get(docId))) throw new Error('This production is no longer open.');
    await db.chunks.bulkDelete(plan.deletes);
    await db.chunks.bulkPut(plan.puts);
    await db.sessions.update(docId, { edited: true, production: stamped, style });
  });
  // Only after the transaction committed: an edit that failed leaves memory as IndexedDB is.
  plan.commit(stamped, style);
  void rollcall().documents.setEdited({ docId, edited: true });
  return step;
}

function auditEntries(step: EditStep, action: string, notes: string[]): AuditEntry[] {
  const at = nowIso();
  const entries: AuditEntry[] = [];
  const bulk = step.rows.length > BULK_EDIT_ROWS;
  for (const change of step.rows) {
    const entity = ENTITY_OF[change.table];
    if (!entity) continue;
    const verb = !change.before ? 'created' : !change.after ? 'removed' : 'changed';
    // In a bulk edit (an import, its undo) a created or removed record is named, not copied field by field: the
    // records themselves are in the document, and copying 20,000 of them into the audit doubled the file.
    const changes = bulk && verb !== 'changed' ? [] : fieldChanges(change.before, change.after);
    if (changes.length === 0 && !(bulk && verb !== 'changed')) continue;
    entries.push({
      id: newId(),
      at,
      by: currentUser,
      entity,
      entityId: change.id,
      action: action === 'edit' ? verb : action,
      summary: [step.label, ...notes].join(' — '),
      // Otherwise a creation or removal keeps the whole record in `before`/`after`, so history shows what was there.
      changes,
    });
  }
  if (step.session) {
    const changes = fieldChanges(step.session.before.production, step.session.after.production).concat(
      fieldChanges({ style: step.session.before.style }, { style: step.session.after.style }),
    );
    if (changes.length) entries.push({ id: newId(), at, by: currentUser, entity: 'production', entityId: step.session.after.production.id, action, summary: step.label, changes });
  }
  return entries;
}

/** Runs one user action as one transaction and one undo step. */
export async function edit(docId: string, label: string, body: (w: EditWriter) => Promise<void>): Promise<void> {
  // The step joins the undo stack inside the queue, so an undo pressed while this edit runs undoes this edit.
  const changed = await serially(docId, async () => {
    const step = await run(docId, label, body, 'edit');
    if (step.rows.length === 0 && !step.session) return false;
    const s = stackOf(docId);
    s.undo.push(step);
    s.redo = [];
    return true;
  });
  if (changed) listeners.forEach((l) => l());
}

async function replay(docId: string, step: EditStep, direction: 'undo' | 'redo'): Promise<void> {
  const label = `${direction === 'undo' ? 'Undo' : 'Redo'} ${step.label}`;
  await run(docId, label, async (w) => {
    const rows = direction === 'undo' ? [...step.rows].reverse() : step.rows;
    // Grouped by table and written in bulk: undoing a 20,000-row import is a handful of bulk writes.
    const puts = new Map<RecordTable, { id: string }[]>();
    const deletes = new Map<RecordTable, string[]>();
    for (const change of rows) {
      const target = direction === 'undo' ? change.before : change.after;
      if (target) {
        if (!puts.has(change.table)) puts.set(change.table, []);
        puts.get(change.table)!.push(target);
      } else {
        if (!deletes.has(change.table)) deletes.set(change.table, []);
        deletes.get(change.table)!.push(change.id);
      }
    }
    for (const [table, ids] of deletes) await w.deleteMany(table, ids);
    for (const [table, list] of puts) await w.putMany(table, list);
    if (step.session) {
      const target = direction === 'undo' ? step.session.before : step.session.after;
      await w.updateProduction(() => target.production);
      await w.updateStyle(() => target.style);
    }
  }, direction);
}

/** Replays the newest step of one stack in the queue, after any edit still running, and moves it to the other. */
async function step(docId: string, direction: 'undo' | 'redo'): Promise<boolean> {
  const done = await serially(docId, async () => {
    const s = stackOf(docId);
    const [from, to] = direction === 'undo' ? [s.undo, s.redo] : [s.redo, s.undo];
    const taken = from.pop();
    if (!taken) return false;
    try {
      await replay(docId, taken, direction);
    } catch (error) {
      from.push(taken);
      throw error;
    }
    to.push(taken);
    return true;
  });
  if (done) listeners.forEach((l) => l());
  return done;
}

export const undo = (docId: string): Promise<boolean> => step(docId, 'undo');
export const redo = (docId: string): Promise<boolean> => step(docId, 'redo');
