// Finding the spelling variants of a key among tens of thousands without comparing it with each: the postings of
// every key (spelling.ts) in one hash table laid out in typed arrays (about a dozen postings per name, so 20,000
// people make some 240,000 postings: a few megabytes and two linear passes, where a Map of strings would make a
// quarter of a million strings). A lookup reads the few postings in the query's buckets and checks the candidates
// with isSpellingVariant; finding all pairs reads each bucket once. Keys added after the table was built go in a
// small Map beside it.
import { forEachSpellingPosting, isSpellingVariant } from './spelling';

export class SpellingIndex {
  private readonly keys: string[] = [];
  private readonly shift: number;
  /** Bucket b's postings are at starts[b] .. starts[b + 1] - 1 of hashes and owners. */
  private readonly starts: Uint32Array;
  private readonly hashes: Uint32Array;
  /** The id (position in `keys`) of the key each posting belongs to. */
  private readonly owners: Uint32Array;
  private readonly late = new Map<number, number[]>();
  /** Keys given to the constructor, in the table; ids from here on were added later. */
  private readonly builtCount: number;

  /** `keys` should be distinct: ids are positions in it. */
  constructor(keys: readonly string[]) {
    this.keys = [...keys];
    // A key has at most one posting per letter and one for itself: room for that, filled in one pass.
    let room = 0;
    for (const key of this.keys) room += key.length + 1;
    const hashes = new Uint32Array(room);
    const owners = new Uint32Array(room);
    let total = 0;
    let owner = 0;
    const post = (hash: number) => {
      hashes[total] = hash;
      owners[total++] = owner;
    };
    for (; owner < this.keys.length; owner++) forEachSpellingPosting(this.keys[owner], post);
    // About two postings per bucket; at least 16 buckets, so the shift stays below 32 (JavaScript shifts mod 32).
    let bits = 4;
    while (1 << bits < total / 2 && bits < 24) bits++;
    this.shift = 32 - bits;
    // Counting sort by bucket: sizes, then starts, then placement.
    const starts = new Uint32Array((1 << bits) + 1);
    for (let i = 0; i < total; i++) starts[(hashes[i] >>> this.shift) + 1]++;
    for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
    const next = starts.slice(0, -1);
    this.hashes = new Uint32Array(total);
    this.owners = new Uint32Array(total);
    for (let i = 0; i < total; i++) {
      const at = next[hashes[i] >>> this.shift]++;
      this.hashes[at] = hashes[i];
      this.owners[at] = owners[i];
    }
    this.starts = starts;
    this.builtCount = this.keys.length;
  }

  get size(): number {
    return this.keys.length;
  }

  keyOf(id: number): string {
    return this.keys[id];
  }

  /** Adds a key not yet in the index; returns its id. */
  add(key: string): number {
    const id = this.keys.length;
    this.keys.push(key);
    forEachSpellingPosting(key, (hash) => {
      const list = this.late.get(hash);
      if (list) list.push(id);
      else this.late.set(hash, [id]);
    });
    return id;
  }

  /**
   * Every pair of keys in the index that are spelling variants, once each (smaller id first). Two variants share a
   * posting, so they share a bucket: the buckets are read instead of looking each key up.
   */
  forEachPair(visit: (a: number, b: number) => void): void {
    const seen = new Set<number>();
    const size = this.keys.length;
    const report = (a: number, b: number) => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      if (seen.has(lo * size + hi) || !isSpellingVariant(this.keys[lo], this.keys[hi])) return;
      seen.add(lo * size + hi);
      visit(lo, hi);
    };
    const buckets = this.starts.length - 1;
    for (let b = 0; b < buckets; b++) {
      const end = this.starts[b + 1];
      for (let i = this.starts[b]; i < end; i++) {
        for (let j = i + 1; j < end; j++) if (this.hashes[i] === this.hashes[j] && this.owners[i] !== this.owners[j]) report(this.owners[i], this.owners[j]);
      }
    }
    // Keys added later sit in the Map beside the table: look each of them up.
    for (let id = this.builtCount; id < size; id++) for (const other of this.variantsOf(this.keys[id])) report(id, other);
  }

  /** Ids of the keys that are spelling variants of `key`, each once. */
  variantsOf(key: string): number[] {
    const candidates: number[] = [];
    const found: number[] = [];
    const consider = (id: number) => {
      if (candidates.includes(id)) return;
      candidates.push(id);
      if (isSpellingVariant(key, this.keys[id])) found.push(id);
    };
    forEachSpellingPosting(key, (hash) => {
      const bucket = hash >>> this.shift;
      for (let i = this.starts[bucket]; i < this.starts[bucket + 1]; i++) if (this.hashes[i] === hash) consider(this.owners[i]);
      const late = this.late.get(hash);
      if (late) for (const id of late) consider(id);
    });
    return found;
  }
}
