// Every person's and company's place in name order, as an integer, so that sorting 20,000 credits compares
// numbers instead of calling the collator 300,000 times. The ranks come from collatedRanks (name-ranks.ts, the
// same order the credits list and the revision comparison use), and are remembered per (people, companies)
// arrays: restyling the preview or exporting twice never sorts the names again.
import type { Company, Person } from '../model';
import { cleanName } from '../names/clean-text';
import { sortNameOf } from '../names/sort-name';
import { collatedRanks } from './name-ranks';

const cache = new WeakMap<readonly Person[], WeakMap<readonly Company[], Map<string, number>>>();

/** Rank by sort name of every person and company id; equal sort names share a rank. */
export function subjectSortRanks(people: readonly Person[], companies: readonly Company[]): Map<string, number> {
  let inner = cache.get(people);
  const cached = inner?.get(companies);
  if (cached) return cached;
  const keys: string[] = [];
  for (const p of people) keys.push(sortNameOf(p));
  for (const c of companies) keys.push(cleanName(c.name));
  const ranked = collatedRanks(keys);
  const ranks = new Map<string, number>();
  people.forEach((p, i) => ranks.set(p.id, ranked[i]));
  companies.forEach((c, i) => ranks.set(c.id, ranked[people.length + i]));
  if (!inner) cache.set(people, (inner = new WeakMap()));
  inner.set(companies, ranks);
  return ranks;
}
