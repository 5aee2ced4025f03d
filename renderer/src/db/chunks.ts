// Which IndexedDB record holds which row. A production's rows are stored a few hundred to a record ("chunks"), not
// one record per row: IndexedDB costs about 0.1 ms per record here whatever its size, so 40,000 rows written one
// by one took 4–5 s, and the same rows in chunks a tenth of that. An edit rewrites only the chunks holding the rows
// it changed. Pure bookkeeping, no IndexedDB: records.ts does the reading and writing.

/** Chunk numbers of one table, and the ids each one holds. */
export class TableChunks {
  private readonly chunkOf = new Map<string, number>();
  private readonly members = new Map<number, Set<string>>();
  private next = 0;

  /** `capacity`: rows per chunk (1 for tables whose rows are large: revisions, images). */
  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('A chunk holds at least one row.');
  }

  /** Chunks as they were stored (chunk number, ids in it). */
  static fromStored(capacity: number, stored: Iterable<readonly [number, readonly string[]]>): TableChunks {
    const chunks = new TableChunks(capacity);
    for (const [n, ids] of stored) {
      chunks.members.set(n, new Set(ids));
      for (const id of ids) chunks.chunkOf.set(id, n);
      chunks.next = Math.max(chunks.next, n + 1);
    }
    return chunks;
  }

  /** Fresh chunks for these ids, in order, `capacity` to a chunk. */
  static fresh(capacity: number, ids: readonly string[]): TableChunks {
    const stored: [number, string[]][] = [];
    for (let at = 0; at < ids.length; at += capacity) stored.push([stored.length, ids.slice(at, at + capacity)]);
    return TableChunks.fromStored(capacity, stored);
  }

  get chunkCount(): number {
    return this.members.size;
  }

  idsIn(n: number): readonly string[] {
    return [...(this.members.get(n) ?? [])];
  }

  numbers(): number[] {
    return [...this.members.keys()].sort((a, b) => a - b);
  }

  /**
   * The chunks a set of changes touches and what each will then hold, without changing anything yet: the write
   * may still fail. Rows that stay go where they are; new rows fill the newest chunk, then new ones; a chunk left
   * empty is listed with no ids (to be deleted).
   */
  plan(changes: readonly { id: string; present: boolean }[]): ChunkPlan {
    const touched = new Map<number, Set<string>>();
    const copyOf = (n: number) => {
      let set = touched.get(n);
      if (!set) touched.set(n, (set = new Set(this.members.get(n) ?? [])));
      return set;
    };
    const placed = new Map<string, number | null>();
    const where = (id: string) => (placed.has(id) ? placed.get(id)! : (this.chunkOf.get(id) ?? null));
    let open = this.next - 1;
    let next = this.next;
    for (const { id, present } of changes) {
      const n = where(id);
      if (present) {
        if (n !== null) {
          copyOf(n);
          continue;
        }
        if (open < 0 || (touched.get(open)?.size ?? this.members.get(open)?.size ?? this.capacity) >= this.capacity) open = next++;
        copyOf(open).add(id);
        placed.set(id, open);
      } else if (n !== null) {
        copyOf(n).delete(id);
        placed.set(id, null);
      }
    }
    return { chunks: new Map([...touched].map(([n, ids]) => [n, [...ids]])), placed, next };
  }

  /** Makes a plan true, once its chunks are written. */
  apply(plan: ChunkPlan): void {
    for (const [n, ids] of plan.chunks) {
      if (ids.length === 0) this.members.delete(n);
      else this.members.set(n, new Set(ids));
    }
    for (const [id, n] of plan.placed) {
      if (n === null) this.chunkOf.delete(id);
      else this.chunkOf.set(id, n);
    }
    this.next = plan.next;
  }
}

export interface ChunkPlan {
  /** Every chunk to write, with the ids it will hold; an empty list means the chunk is to be deleted. */
  chunks: Map<number, string[]>;
  /** Rows that moved in (chunk number) or out (null). */
  placed: Map<string, number | null>;
  next: number;
}
