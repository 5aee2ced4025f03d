// How a revision's snapshot is stored inside the document (see docs/revisions.md). A snapshot is either complete
// (`base: null`) or a delta against an earlier revision (`base: <revision id>`): for each table, the records that
// were added or changed (`put`) and the ids that were removed (`del`). Records are written as rows of values under
// a `fields` header rather than as objects, because the key names would otherwise be most of the bytes, and a
// table's rows are packed (packing.ts) when they are many, as in a complete snapshot: 30 revisions of a
// 20,000-credit production then add about a tenth to the file, so it still opens within its target.
import { z } from 'zod';
import { ContributionTypeSchema, CreditSchema, CreditTitleSchema, DepartmentSchema, IdSchema, NameSchema } from '../model/schema';
import { packRows, unpackRows } from './packing';
import { PublicPersonSchema, PublicCompanySchema, STATE_TABLES, type CreditsState, type StateTable } from './state';

/** Version 2 may pack a table's rows; version 1 (no packing) is still read. */
export const SNAPSHOT_VERSION = 2;

const TableDeltaSchema = z.object({
  fields: z.array(z.string().max(100)).max(100),
  /** Rows of values in `fields` order; each decoded row is checked against its table's record schema. */
  put: z.array(z.unknown()).optional(),
  /** Instead of `put` when the rows are many: their JSON, deflated, in base64. */
  packed: z.string().optional(),
  del: z.array(IdSchema),
});

export const SnapshotSchema = z.object({
  v: z.union([z.literal(1), z.literal(SNAPSHOT_VERSION)]),
  base: IdSchema.nullable(),
  /** Present in a complete snapshot, and in a delta when the production was renamed. */
  productionTitle: NameSchema.optional(),
  tables: z.object(Object.fromEntries(STATE_TABLES.map((t) => [t, TableDeltaSchema.optional()])) as Record<StateTable, z.ZodOptional<typeof TableDeltaSchema>>),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
type TableDelta = z.infer<typeof TableDeltaSchema>;

/** The field order of each table's rows: the schema's key order, so a snapshot reads like the document. */
const FIELDS: Record<StateTable, string[]> = {
  departments: Object.keys(DepartmentSchema.shape),
  titles: Object.keys(CreditTitleSchema.shape),
  contributionTypes: Object.keys(ContributionTypeSchema.shape),
  people: Object.keys(PublicPersonSchema.shape),
  companies: Object.keys(PublicCompanySchema.shape),
  credits: Object.keys(CreditSchema.shape),
};

type AnyRecord = { id: string } & Record<string, unknown>;

/** Structural equality of JSON values (key order ignored), for deciding which records changed. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

function toRow(record: AnyRecord, fields: string[]): unknown[] {
  return fields.map((f) => (record[f] === undefined ? null : record[f]));
}

function fromRow(row: unknown[], fields: string[]): AnyRecord {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) if (i < row.length) record[fields[i]] = row[i];
  return record as AnyRecord;
}

export interface EncodeResult {
  snapshot: Snapshot;
  /** Records written (added or changed) plus ids removed, over all tables. */
  changedRecords: number;
}

/** A complete snapshot of `state`, or a delta against `previous` (the materialised state of revision `previousId`). */
export function encodeSnapshot(state: CreditsState, previous: { id: string; state: CreditsState } | null): EncodeResult {
  const tables: Partial<Record<StateTable, TableDelta>> = {};
  let changedRecords = 0;
  for (const table of STATE_TABLES) {
    const fields = FIELDS[table];
    const records = state[table] as unknown as AnyRecord[];
    const before = previous ? new Map((previous.state[table] as unknown as AnyRecord[]).map((r) => [r.id, r])) : null;
    const put: unknown[][] = [];
    const seen = new Set<string>();
    for (const record of records) {
      seen.add(record.id);
      const old = before?.get(record.id);
      if (old === undefined || !sameJson(old, record)) put.push(toRow(record, fields));
    }
    const del = before ? [...before.keys()].filter((id) => !seen.has(id)) : [];
    changedRecords += put.length + del.length;
    if (put.length > 0 || del.length > 0 || !previous) tables[table] = { fields, ...packRows(put), del };
  }
  const snapshot: Snapshot = { v: SNAPSHOT_VERSION, base: previous?.id ?? null, tables };
  if (!previous || previous.state.productionTitle !== state.productionTitle) snapshot.productionTitle = state.productionTitle;
  return { snapshot, changedRecords };
}

const RECORD_SCHEMAS: Record<StateTable, z.ZodType> = {
  departments: DepartmentSchema,
  titles: CreditTitleSchema,
  contributionTypes: ContributionTypeSchema,
  people: PublicPersonSchema,
  companies: PublicCompanySchema,
  credits: CreditSchema,
};

/** A snapshot read back: records decoded from rows and validated, frozen because they are cached and shared. */
export interface DecodedSnapshot {
  base: string | null;
  productionTitle?: string;
  tables: Partial<Record<StateTable, { put: readonly AnyRecord[]; del: readonly string[] }>>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Decodes and validates a stored snapshot; a sentence fragment naming the first problem when it is damaged. */
export function decodeSnapshot(stored: unknown): { ok: true; snapshot: DecodedSnapshot } | { ok: false; problem: string } {
  const outer = SnapshotSchema.safeParse(stored);
  if (!outer.success) return { ok: false, problem: `its stored snapshot is damaged (${issue(outer.error)})` };
  const snapshot: DecodedSnapshot = { base: outer.data.base, tables: {} };
  if (outer.data.productionTitle !== undefined) snapshot.productionTitle = outer.data.productionTitle;
  else if (outer.data.base === null) return { ok: false, problem: 'its stored snapshot is damaged (productionTitle is missing)' };
  for (const table of STATE_TABLES) {
    const delta = outer.data.tables[table];
    if (!delta) {
      if (outer.data.base === null) return { ok: false, problem: `its stored snapshot is damaged (${table} is missing)` };
      continue;
    }
    if ((delta.put === undefined) === (delta.packed === undefined)) {
      return { ok: false, problem: `its stored snapshot is damaged (tables.${table} needs either put or packed rows)` };
    }
    const rows = delta.put ?? unpackRows(delta.packed!);
    if (!rows) return { ok: false, problem: `its stored snapshot is damaged (tables.${table}.packed cannot be unpacked)` };
    const records: AnyRecord[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!Array.isArray(row)) return { ok: false, problem: `its stored snapshot is damaged (tables.${table}.put.${i}: not a row of values)` };
      records.push(fromRow(row, delta.fields));
    }
    const parsed = z.array(RECORD_SCHEMAS[table]).safeParse(records);
    if (!parsed.success) return { ok: false, problem: `its stored credits are not valid (${table}.${issue(parsed.error)})` };
    snapshot.tables[table] = { put: deepFreeze(parsed.data as AnyRecord[]), del: delta.del };
  }
  return { ok: true, snapshot };
}

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || '(top level)'}: ${first.message}` : 'unknown problem';
}

/** Working maps of a state while a chain of snapshots is replayed; insertion order is the record order. */
export interface ReplayState {
  productionTitle: string | undefined;
  tables: Record<StateTable, Map<string, AnyRecord>>;
}

export function emptyReplay(): ReplayState {
  return { productionTitle: undefined, tables: Object.fromEntries(STATE_TABLES.map((t) => [t, new Map()])) as ReplayState['tables'] };
}

/** Applies one snapshot in place: a complete snapshot replaces everything, a delta adds, changes and removes. */
export function applySnapshot(replay: ReplayState, snapshot: DecodedSnapshot): void {
  if (snapshot.base === null) Object.assign(replay, emptyReplay());
  if (snapshot.productionTitle !== undefined) replay.productionTitle = snapshot.productionTitle;
  for (const table of STATE_TABLES) {
    const delta = snapshot.tables[table];
    if (!delta) continue;
    const map = replay.tables[table];
    for (const id of delta.del) map.delete(id);
    for (const record of delta.put) map.set(record.id, record);
  }
}

/** The replayed state; its records are the frozen, shared ones of the decoded snapshots. */
export function replayToState(replay: ReplayState): CreditsState {
  return {
    productionTitle: replay.productionTitle ?? '',
    ...(Object.fromEntries(STATE_TABLES.map((t) => [t, [...replay.tables[t].values()]])) as Omit<CreditsState, 'productionTitle'>),
  };
}
