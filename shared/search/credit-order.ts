// The order of the credits list: roll order (department, title by rank, then placement, billing and sort name),
// computed as numbers once per rebuild so that sorting 20,000 credits never calls the collator per comparison.
import { collatedRanks } from '../roll/name-ranks';
import { compareTitleOrder, titleOrders } from '../roll/order';
import type { CreditTitle, Department, Placement, ProductionKind } from '../model/types';

/** Rank of every title in roll order; unknown titles (removed while credits used them) sort after all others. */
export function titleRanks(titles: readonly CreditTitle[], departments: readonly Department[], kind: ProductionKind): Map<string, number> {
  const orders = titleOrders(titles, departments, kind);
  const sorted = [...titles].sort((a, b) => compareTitleOrder(orders.get(a.id)!, orders.get(b.id)!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((t, i) => [t.id, i]));
}

const rankCache = new WeakMap<object, WeakMap<object, Map<string, number>>>();

/**
 * Rank of each person and company id by sort name under the shared collator, people and companies interleaved
 * (a thanks list mixes both). Memoised per (people, companies) arrays: a live query hands back the same array
 * until its table changes, so editing credits never re-sorts the names.
 */
export function subjectRanks(
  people: readonly { id: string; name: string; sortName?: string }[],
  companies: readonly { id: string; name: string }[],
  sortNameOf: (p: { name: string; sortName?: string }) => string,
): Map<string, number> {
  let inner = rankCache.get(people);
  const cached = inner?.get(companies);
  if (cached) return cached;
  const keys: string[] = [];
  for (const p of people) keys.push(sortNameOf(p));
  for (const c of companies) keys.push(c.name);
  const ranked = collatedRanks(keys);
  const ranks = new Map<string, number>();
  people.forEach((p, i) => ranks.set(p.id, ranked[i]));
  companies.forEach((c, i) => ranks.set(c.id, ranked[people.length + i]));
  if (!inner) rankCache.set(people, (inner = new WeakMap()));
  inner.set(companies, ranks);
  return ranks;
}

export const PLACEMENT_RANK: Record<Placement, number> = { main: 0, end: 1 };

export interface OrderKey {
  title: number;
  placement: number;
  billing: number;
  name: number;
  id: string;
}

export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  return a.title - b.title || a.placement - b.placement || a.billing - b.billing || a.name - b.name || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
