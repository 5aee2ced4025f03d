// Near-duplicate people for the checks panel and the merge dialog: groups of people whose names are the same name
// written differently, or possibly so. Linear in the number of people (one pass over Map buckets, and the spelling
// postings for misspellings), so it stays instant at thousands of names.
import { nameKeys } from './name-key';
import type { Named, NearReason } from './name-index';
import { SpellingIndex } from './spelling-index';

export type DuplicateReason = 'same-name' | NearReason;

export interface DuplicateGroup<T> {
  entries: T[];
  /** Why the group was formed; 'same-name' means certain (only spelling forms differ). */
  reasons: DuplicateReason[];
}

export const DUPLICATE_REASON_TEXT: Record<DuplicateReason, string> = {
  'same-name': 'the same name apart from case, accents, spacing or order',
  'word-order': 'the same words in a different order',
  spacing: 'the same letters with different spacing',
  initials: 'an initial where the other has a given name',
  spelling: 'one letter different, possibly a misspelling',
};

export function findNearDuplicates<T extends Named>(entries: readonly T[]): DuplicateGroup<T>[] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const reasons = new Map<number, Set<DuplicateReason>>();
  const union = (a: number, b: number, reason: DuplicateReason) => {
    const ra = find(a);
    const rb = find(b);
    const set = new Set([...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), reason]);
    if (ra !== rb) {
      parent[rb] = ra;
      reasons.delete(rb);
    }
    reasons.set(ra, set);
  };

  const buckets: Record<DuplicateReason, Map<string, number[]>> = {
    'same-name': new Map(),
    'word-order': new Map(),
    spacing: new Map(),
    initials: new Map(),
    spelling: new Map(),
  };
  const keys: string[] = [];
  const hasInitial: boolean[] = [];
  entries.forEach((entry, i) => {
    const near = nameKeys(entry.name);
    const key = near.key;
    keys.push(key);
    hasInitial.push(near.hasInitial);
    if (key === '') return;
    const add = (reason: DuplicateReason, k: string | null) => {
      if (k === null) return;
      const list = buckets[reason].get(k);
      if (list) list.push(i);
      else buckets[reason].set(k, [i]);
    };
    add('same-name', key);
    add('word-order', near.sorted);
    add('spacing', near.compact);
    add('initials', near.initials);
  });

  for (const [reason, map] of Object.entries(buckets) as [DuplicateReason, Map<string, number[]>][]) {
    for (const list of map.values()) {
      if (list.length < 2) continue;
      if (reason === 'initials') {
        // Link each initial-only name with every name of its bucket; two full given names never link here.
        const initials = list.filter((i) => hasInitial[i]);
        for (const i of initials) for (const j of list) if (i !== j && keys[i] !== keys[j]) union(i, j, reason);
      } else {
        for (let n = 1; n < list.length; n++) {
          if (reason === 'same-name' || keys[list[n]] !== keys[list[0]]) union(list[0], list[n], reason);
        }
      }
    }
  }

  // Misspellings: each distinct key against the others through the spelling postings (no comparison of all pairs).
  const byKey = buckets['same-name'];
  const firstOfKey = [...byKey.values()].map((list) => list[0]);
  new SpellingIndex([...byKey.keys()]).forEachPair((a, b) => union(firstOfKey[a], firstOfKey[b], 'spelling'));

  const groups = new Map<number, T[]>();
  entries.forEach((entry, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(entry);
    else groups.set(root, [entry]);
  });
  return [...groups.entries()].filter(([, list]) => list.length > 1).map(([root, list]) => ({ entries: list, reasons: [...(reasons.get(root) ?? [])] }));
}
