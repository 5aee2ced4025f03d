// An index for matching names against thousands of people in O(1) per lookup: Maps keyed by the name keys, built
// once in O(n). Used by import (match each row against the production and the app-wide directory) and by the
// workspace's type-ahead and duplicate checks.
import { nameKeys, type NameKeys } from './name-key';
import { SpellingIndex } from './spelling-index';

export interface Named {
  id: string;
  name: string;
}

export type NearReason = 'word-order' | 'spacing' | 'initials' | 'spelling';

export interface PossibleMatch<T> {
  entry: T;
  reason: NearReason;
}

interface Indexed<T> {
  entry: T;
  key: string;
  hasInitial: boolean;
}

function push<V>(map: Map<string, V[]>, key: string | null, value: V): void {
  if (key === null || key === '') return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class NameIndex<T extends Named> {
  private readonly byKey = new Map<string, Indexed<T>[]>();
  private readonly bySorted = new Map<string, Indexed<T>[]>();
  private readonly byCompact = new Map<string, Indexed<T>[]>();
  private readonly byInitials = new Map<string, Indexed<T>[]>();
  /** Built on the first near query that can use it: lookups by identity key (every import row) never need it. */
  private spelling: SpellingIndex | null = null;
  private count = 0;

  constructor(entries: Iterable<T> = []) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: T): void {
    const near = nameKeys(entry.name);
    const key = near.key;
    if (key === '') return;
    const item: Indexed<T> = { entry, key, hasInitial: near.hasInitial };
    if (this.spelling && !this.byKey.has(key)) this.spelling.add(key);
    push(this.byKey, key, item);
    this.count++;
    push(this.bySorted, near.sorted, item);
    push(this.byCompact, near.compact, item);
    push(this.byInitials, near.initials, item);
  }

  /** Entries whose name is the same name written differently (case, accents, spacing, "Family, Given"). */
  matches(name: string): T[] {
    return this.matchesByKey(nameKeys(name).key);
  }

  /** As `matches`, for a caller that already has the key (import computes it once per row). */
  matchesByKey(key: string): T[] {
    return (this.byKey.get(key) ?? []).map((i) => i.entry);
  }

  /** Entries that may be the same person but are not certain matches; excludes `matches(name)`. */
  possibleMatches(name: string | NameKeys): PossibleMatch<T>[] {
    const near = typeof name === 'string' ? nameKeys(name) : name;
    const key = near.key;
    if (key === '') return [];
    const seen = new Set<T>();
    const found: PossibleMatch<T>[] = [];
    const add = (items: Indexed<T>[] | undefined, reason: NearReason, accept: (i: Indexed<T>) => boolean = () => true) => {
      for (const item of items ?? []) {
        if (item.key === key || seen.has(item.entry) || !accept(item)) continue;
        seen.add(item.entry);
        found.push({ entry: item.entry, reason });
      }
    };
    if (near.sorted) add(this.bySorted.get(near.sorted), 'word-order');
    if (near.compact) add(this.byCompact.get(near.compact), 'spacing');
    // "J. Smith" may be any J. Smith; "John Smith" may be "J. Smith" but not "Jane Smith".
    if (near.initials) add(this.byInitials.get(near.initials), 'initials', (i) => near.hasInitial || i.hasInitial);
    // "Ruth Okafur" for "Ruth Okafor": last, so a pair that is also one of the clearer reasons is shown with that one.
    this.spelling ??= new SpellingIndex([...this.byKey.keys()]);
    for (const id of this.spelling.variantsOf(key)) add(this.byKey.get(this.spelling.keyOf(id)), 'spelling');
    return found;
  }

  get size(): number {
    return this.count;
  }
}
