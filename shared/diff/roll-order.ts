// The roll-level view: where the order of the roll changed. Both sides are put in roll order (the order
// shared/roll composes: main titles, then end credits by department, title, billing and sort name; uncredited
// credits are not on the roll), and among the credits present on both sides the longest run that kept its relative
// order stays put; every other credit is reported as moved, with the line it follows before and after.
import type { Credit, ProductionKind } from '../model/types';
import { cleanName } from '../names/clean-text';
import { deriveSortName } from '../names/sort-name';
import { compareTitleOrder, nameCollator, titleOrders, type TitleOrder } from '../roll/order';
import type { MatchedPair } from './match';
import type { Side } from './side';
import type { RollMove } from './types';

const MISSING_TITLE: TitleOrder = { departmentRank: Number.MAX_SAFE_INTEGER, departmentName: '', guildRank: 0, titleOrder: 0 };

/**
 * Sort names of both sides ranked once: most names are on both sides, so each is derived and collated once and the
 * two roll sorts compare integers rather than calling the collator 300,000 times.
 */
/**
 * Derived sort names are pure functions of the name and most names are the same from one comparison to the next, so
 * they are remembered across comparisons (bounded, so a long session cannot grow it without end).
 */
const derivedSortNames = new Map<string, string>();
const DERIVED_LIMIT = 200_000;

export class SortNameRanks {
  private derived = derivedSortNames;
  private names = new Map<Side, Map<Credit, string>>();
  private ranks = new Map<string, number>();

  constructor(sides: readonly Side[]) {
    for (const side of sides) {
      const names = new Map<Credit, string>();
      for (const credit of side.state.credits) names.set(credit, this.sortNameOf(side, credit));
      this.names.set(side, names);
    }
    const distinct = new Set<string>();
    for (const names of this.names.values()) for (const name of names.values()) distinct.add(name);
    [...distinct].sort(nameCollator.compare).forEach((name, i) => this.ranks.set(name, i));
  }

  private sortNameOf(side: Side, credit: Credit): string {
    if (credit.subject.kind === 'company') return cleanName(side.companies.get(credit.subject.companyId)?.name ?? '');
    const person = side.people.get(credit.subject.personId);
    if (person?.sortName) return person.sortName;
    const name = person?.name ?? '';
    let sortName = this.derived.get(name);
    if (sortName === undefined) {
      sortName = deriveSortName(name);
      if (this.derived.size >= DERIVED_LIMIT) this.derived.clear();
      this.derived.set(name, sortName);
    }
    return sortName;
  }

  rank(side: Side, credit: Credit): number {
    return this.ranks.get(this.names.get(side)?.get(credit) ?? '') ?? 0;
  }
}

/**
 * The credits of a side in roll order. `tieBreak` orders lines that read the same (one name twice on a title);
 * the after side passes its partners' positions so that such twins are not reported as moved.
 */
export function rollOrder(side: Side, kind: ProductionKind, ranks: SortNameRanks, tieBreak?: (credit: Credit) => number): Credit[] {
  // Titles ranked once, so the sort of 20,000 credits compares numbers.
  const orders = titleOrders(side.state.titles, side.state.departments, kind);
  const titleRank = new Map(
    [...side.state.titles]
      .sort((a, b) => compareTitleOrder(orders.get(a.id) ?? MISSING_TITLE, orders.get(b.id) ?? MISSING_TITLE) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((t, i) => [t.id, i]),
  );
  const keyed = side.state.credits
    .filter((c) => !c.uncredited)
    .map((credit) => ({
      credit,
      placement: credit.placement === 'main' ? 0 : 1,
      title: titleRank.get(credit.titleId) ?? Number.MAX_SAFE_INTEGER,
      name: ranks.rank(side, credit),
      tie: tieBreak?.(credit) ?? 0,
    }));
  keyed.sort(
    (a, b) =>
      a.placement - b.placement ||
      a.title - b.title ||
      a.credit.billing - b.credit.billing ||
      a.name - b.name ||
      a.tie - b.tie ||
      (a.credit.id < b.credit.id ? -1 : a.credit.id > b.credit.id ? 1 : 0),
  );
  return keyed.map((k) => k.credit);
}

/** Both sides in roll order, the after side's twins kept in the before side's order. */
export function rollOrders(before: Side, after: Side, pairs: readonly MatchedPair[], kind: ProductionKind): { beforeLines: Credit[]; afterLines: Credit[] } {
  const ranks = new SortNameRanks([before, after]);
  const beforeLines = rollOrder(before, kind, ranks);
  const beforeIndex = new Map(beforeLines.map((c, i) => [c, i]));
  const partner = new Map(pairs.map((p) => [p.after, p.before]));
  const afterLines = rollOrder(after, kind, ranks, (c) => {
    const old = partner.get(c);
    return (old && beforeIndex.get(old)) ?? Number.MAX_SAFE_INTEGER;
  });
  return { beforeLines, afterLines };
}

/**
 * Indices (into `seq`) of a heaviest strictly increasing subsequence, O(n log n) with a max-Fenwick tree over the
 * values. With equal weights this is a longest increasing subsequence; weights decide which of two swapped credits
 * "moved" (the one that was edited, rather than its untouched neighbour).
 */
export function heaviestIncreasing(seq: readonly number[], weight: (index: number) => number = () => 1): Set<number> {
  let size = 1;
  for (const v of seq) if (v + 2 > size) size = v + 2;
  const treeValue = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(seq.length);
  const previous = new Int32Array(seq.length).fill(-1);
  let top = -1;
  for (let i = 0; i < seq.length; i++) {
    // Best chain ending in a value below seq[i]: prefix maximum over positions 1..seq[i].
    let value = 0;
    let from = -1;
    for (let k = seq[i]; k > 0; k -= k & -k) {
      if (treeValue[k] > value) [value, from] = [treeValue[k], treeIndex[k]];
    }
    best[i] = value + weight(i);
    previous[i] = from;
    for (let k = seq[i] + 1; k <= size; k += k & -k) {
      if (best[i] > treeValue[k]) [treeValue[k], treeIndex[k]] = [best[i], i];
    }
    if (top < 0 || best[i] > best[top]) top = i;
  }
  const kept = new Set<number>();
  for (let i = top; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

/** Moves between two roll orders (from `rollOrders`) of the credits paired in `pairs`. */
export function rollMoves(
  before: Side,
  after: Side,
  beforeLines: readonly Credit[],
  afterLines: readonly Credit[],
  pairs: readonly MatchedPair[],
  edited: ReadonlySet<Credit> = new Set(),
): RollMove[] {
  const beforeIndex = new Map(beforeLines.map((c, i) => [c, i]));
  const partner = new Map(pairs.map((p) => [p.after, p.before]));
  const label = (side: Side, credit: Credit | undefined) => (credit ? `${side.titleName(credit)} — ${side.screenName(credit)}` : null);

  const seq: number[] = [];
  const seqAfter: number[] = [];
  afterLines.forEach((credit, j) => {
    const old = partner.get(credit);
    const i = old ? beforeIndex.get(old) : undefined;
    if (i !== undefined) {
      seq.push(i);
      seqAfter.push(j);
    }
  });
  // Keep as many unedited credits in place as possible, then edited ones: an edited credit is the one that moved.
  const heavy = seq.length + 1;
  const kept = heaviestIncreasing(seq, (k) => (edited.has(afterLines[seqAfter[k]]) ? 1 : heavy));
  const moves: RollMove[] = [];
  for (let k = 0; k < seq.length; k++) {
    if (kept.has(k)) continue;
    const i = seq[k];
    const j = seqAfter[k];
    const credit = afterLines[j];
    moves.push({
      person: after.screenName(credit),
      title: after.titleName(credit),
      department: after.departmentOf(credit)?.name ?? '',
      beforeCreditId: beforeLines[i].id,
      afterCreditId: credit.id,
      from: { line: i + 1, follows: label(before, beforeLines[i - 1]) },
      to: { line: j + 1, follows: label(after, afterLines[j - 1]) },
    });
  }
  return moves;
}
