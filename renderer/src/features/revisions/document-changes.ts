// Writing "this document, changed" back into the working copy: only the records that differ are put or deleted,
// inside the caller's edit, so a restore of 20,000 credits where ten changed records ten changes (and one Undo).
import type { RollcallDocument } from '../../../../shared/model/types';
import { RECORD_TABLES, type RecordTable } from '../../db/database';
import type { EditWriter } from '../../db/edits';

/** Deep equality of JSON-like values, ignoring key order (records read back from Dexie and decoded from a snapshot order keys differently). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Puts and deletes what differs between `before` and `after` in the given tables, and the production record. */
export async function writeDocumentChanges(w: EditWriter, before: RollcallDocument, after: RollcallDocument, tables: readonly RecordTable[] = RECORD_TABLES): Promise<number> {
  let changed = 0;
  // One bulk write and one bulk delete a table instead of a round trip a record.
  for (const table of tables) {
    const puts: { id: string }[] = [];
    const deletes: string[] = [];
    const old = new Map((before[table] as { id: string }[]).map((r) => [r.id, r]));
    const kept = new Set<string>();
    for (const row of after[table] as { id: string }[]) {
      kept.add(row.id);
      const previous = old.get(row.id);
      if (previous && sameValue(previous, row)) continue;
      puts.push(row);
      changed++;
    }
    for (const id of old.keys()) {
      if (kept.has(id)) continue;
      deletes.push(id);
      changed++;
    }
    await w.deleteMany(table, deletes);
    await w.putMany(table, puts);
  }
  const { updatedAt: _a, ...productionBefore } = before.production;
  const { updatedAt: _b, ...productionAfter } = after.production;
  if (!sameValue(productionBefore, productionAfter)) {
    await w.updateProduction(() => after.production);
    changed++;
  }
  return changed;
}
