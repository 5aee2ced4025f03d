// Every person's and company's place in name order, as an integer, so that sorting 20,000 credits compares
// numbers instead of calling the collator 300,000 times. The ranks come from sorting the distinct sort names once
// with the shared collator (the same order the credits list and the revision comparison use), and are remembered
// per (people, companies) arrays: restyling the preview or exporting twice never sorts the names again.
import type { Company, Person } from '../model';
import { cleanName } from '../names/clean-text';
import { sortNameOf } from '../names/sort-name';
import { nameCollator } from './order';

const cache = new WeakMap<readonly Person[], WeakMap<readonly Company[], Map<string, number>>>();

/** Rank by sort name of every person and company id; equal sort names share a rank. */
export function subjectSortRanks(people: readonly Person[], companies: readonly Company[]): Map<string, number> {
  let inner = cache.get(people);
  const cached = inner?.get(companies);
  if (cached) return cached;
  const keyed: { id: string; key: string }[] = [];
  for (const p of people) keyed.push({ id: p.id, key: sortNameOf(p) });
  for (const c of companies) keyed.push({ id: c.id, key: cleanName(c.name) });
  const distinct = [...new Set(keyed.map((k) => k.key))].sort(nameCollator.compare);
  const rankOfKey = new Map<string, number>();
  distinct.forEach((key, i) => rankOfKey.set(key, i));
  const ranks = new Map<string, number>();
  for (const { id, key } of keyed) ranks.set(id, rankOfKey.get(key)!);
  if (!inner) cache.set(people, (inner = new WeakMap()));
  inner.set(companies, ranks);
  return ranks;
}
