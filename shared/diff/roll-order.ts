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
 * Derived sort names are pure functions of the name and most names are the same from one comparison to the next, so
 * they are remembered across comparisons (bounded, so a long session cannot grow it without end).
 */
const derivedSortNames = new Map<string, string>();
const DERIVED_LIMIT = 200_000;

/**
 * Sort names of both sides ranked once: most names are on both sides, so each is derived and collated once and the
 * two roll sorts compare integers rather than calling the collator 300,000 times. Ranks are kept per side in
 * arrays aligned with `side.state.credits`, so the sorts read them by index rather than through maps keyed by credit.
 */
export class SortNameRanks {
  private derived = derivedSortNames;
  private bySide = new Map<Side, Float64Array>();

  constructor(sides: readonly Side[]) {
    const names: string[][] = [];
    const distinct = new Set<string>();
    for (const side of sides) {
      const credits = side.state.credits;
      const list: string[] = new Array(credits.length);
      for (let i = 0; i < credits.length; i++) {
        list[i] = this.sortNameOf(side, credits[i]);
        distinct.add(list[i]);
      }
      names.push(list);
    }
    const rankOfName = new Map<string, number>();
    [...distinct].sort(nameCollator.compare).forEach((name, i) => rankOfName.set(name, i));
    sides.forEach((side, s) => {
      const list = names[s];
      const ranks = new Float64Array(list.length);
      for (let i = 0; i < list.length; i++) ranks[i] = rankOfName.get(list[i])!;
      this.bySide.set(side, ranks);
    });
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

  /** The rank of every credit of the side, by its index in `side.state.credits`. */
  ranksOf(side: Side): Float64Array {
    const ranks = this.bySide.get(side);
    if (!ranks) throw new Error('SortNameRanks was not built for this side.');
    return ranks;
  }
}

/**
 * The credits of a side in roll order. `tieBreak` orders lines that read the same (one name twice on a title);
 * the after side passes its partners' positions so that such twins are not reported as moved.
 * Keys are numbers in typed arrays, placement and title folded into one, and the sort moves indices.
 */
export function rollOrder(side: Side, kind: ProductionKind, ranks: SortNameRanks, tieBreak?: (credit: Credit) => number): Credit[] {
  // Titles ranked once, so the sort of 20,000 credits compares numbers.
  const orders = titleOrders(side.state.titles, side.state.departments, kind);
  const titleRank = new Map(
    [...side.state.titles]
      .sort((a, b) => compareTitleOrder(orders.get(a.id) ?? MISSING_TITLE, orders.get(b.id) ?? MISSING_TITLE) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((t, i) => [t.id, i]),
  );
  // A title the side does not have sorts after every title it has, as a rank past the last did before.
  const unknownTitle = titleRank.size;
  const credits = side.state.credits;
  const nameRanks = ranks.ranksOf(side);
  const lines: number[] = [];
  for (let i = 0; i < credits.length; i++) if (!credits[i].uncredited) lines.push(i);
  const count = lines.length;
  const first = new Float64Array(count);
  const billing = new Float64Array(count);
  const name = new Float64Array(count);
  const tie = new Float64Array(count);
  const ids: string[] = new Array(count);
  const order: number[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const credit = credits[lines[k]];
    first[k] = (credit.placement === 'main' ? 0 : 1) * (unknownTitle + 1) + (titleRank.get(credit.titleId) ?? unknownTitle);
    billing[k] = credit.billing;
    name[k] = nameRanks[lines[k]];
    tie[k] = tieBreak?.(credit) ?? 0;
    ids[k] = credit.id;
    order[k] = k;
  }
  order.sort((a, b) => first[a] - first[b] || billing[a] - billing[b] || name[a] - name[b] || tie[a] - tie[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const out: Credit[] = new Array(count);
  for (let k = 0; k < count; k++) out[k] = credits[lines[order[k]]];
  return out;
}

/** Where each before-side credit stands in its roll, and each after-side credit's partner: both passes need them. */
export interface LineLookups {
  beforeIndex: Map<Credit, number>;
  partner: Map<Credit, Credit>;
}

function lineLookups(beforeLines: readonly Credit[], pairs: readonly MatchedPair[]): LineLookups {
  const beforeIndex = new Map<Credit, number>();
  for (let i = 0; i < beforeLines.length; i++) beforeIndex.set(beforeLines[i], i);
  const partner = new Map<Credit, Credit>();
  for (const p of pairs) partner.set(p.after, p.before);
  return { beforeIndex, partner };
}

/** Both sides in roll order, the after side's twins kept in the before side's order (and the lookups for rollMoves). */
export function rollOrders(before: Side, after: Side, pairs: readonly MatchedPair[], kind: ProductionKind): { beforeLines: Credit[]; afterLines: Credit[]; lookups: LineLookups } {
  const ranks = new SortNameRanks([before, after]);
  const beforeLines = rollOrder(before, kind, ranks);
  const lookups = lineLookups(beforeLines, pairs);
  const { beforeIndex, partner } = lookups;
  const afterLines = rollOrder(after, kind, ranks, (c) => {
    const old = partner.get(c);
    return (old && beforeIndex.get(old)) ?? Number.MAX_SAFE_INTEGER;
  });
  return { beforeLines, afterLines, lookups };
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
      if (treeValue[k] > value) {
        value = treeValue[k];
        from = treeIndex[k];
      }
    }
    best[i] = value + weight(i);
    previous[i] = from;
    for (let k = seq[i] + 1; k <= size; k += k & -k) {
      if (best[i] > treeValue[k]) {
        treeValue[k] = best[i];
        treeIndex[k] = i;
      }
    }
    if (top < 0 || best[i] > best[top]) top = i;
  }
  const kept = new Set<number>();
  for (let i = top; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

/** Moves between two roll orders (from `rollOrders`, whose lookups it may pass) of the credits paired in `pairs`. */
export function rollMoves(
  before: Side,
  after: Side,
  beforeLines: readonly Credit[],
  afterLines: readonly Credit[],
  pairs: readonly MatchedPair[],
  edited: ReadonlySet<Credit> = new Set(),
  lookups: LineLookups = lineLookups(beforeLines, pairs),
): RollMove[] {
  const { beforeIndex, partner } = lookups;
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
