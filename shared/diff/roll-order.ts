// The roll-level view: where the order of the roll changed. Both sides are put in roll order (the order
// shared/roll composes: main titles, then end credits by department, title, billing and sort name; uncredited
// credits are not on the roll), and among the credits present on both sides the longest run that kept its relative
// order stays put; every other credit is reported as moved, with the line it follows before and after.
import type { ProductionKind } from '../model/types';
import { cleanName } from '../names/clean-text';
import { deriveSortName } from '../names/sort-name';
import { distinctRanks } from '../roll/name-ranks';
import { compareTitleOrder, titleOrders, type TitleOrder } from '../roll/order';
import type { PublicPerson } from '../revisions/state';
import type { Side } from './side';
import type { RollMove } from './types';

/** Runs of tied lines longer than this are sorted by the library sort rather than by insertion. */
const INSERTION_LIMIT = 16;

const MISSING_TITLE: TitleOrder = { departmentRank: Number.MAX_SAFE_INTEGER, departmentName: '', guildRank: 0, titleOrder: 0 };

/**
 * Derived sort names are pure functions of the name and most names are the same from one comparison to the next, so
 * they are remembered across comparisons (bounded, so a long session cannot grow it without end).
 */
const derivedSortNames = new Map<string, string>();
const DERIVED_LIMIT = 200_000;

/**
 * The sort-name rank of every credit of each side, by its index in `side.state.credits`. Both sides are ranked
 * together (most names are on both), so each name is collated once and the two roll sorts compare integers.
 * Names are numbered as they are met: a person without a sort name by their name (so a name met again costs one
 * lookup, not a derivation and a lookup), the rest by the sort name itself.
 */
export function creditNameRanks(sides: readonly Side[]): Uint32Array[] {
  const slotOfSortName = new Map<string, number>();
  const slotOfName = new Map<string, number>();
  const sortNames: string[] = [];
  const slotOf = (sortName: string): number => {
    let slot = slotOfSortName.get(sortName);
    if (slot === undefined) {
      slotOfSortName.set(sortName, (slot = sortNames.length));
      sortNames.push(sortName);
    }
    return slot;
  };
  const slots = sides.map((side) => {
    const credits = side.state.credits;
    const out = new Uint32Array(credits.length);
    for (let i = 0; i < credits.length; i++) {
      const record = side.subjects[i];
      if (credits[i].subject.kind === 'company') {
        out[i] = slotOf(cleanName(record?.name ?? ''));
        continue;
      }
      const person = record as PublicPerson | undefined;
      if (person?.sortName) {
        out[i] = slotOf(person.sortName);
        continue;
      }
      const name = person?.name ?? '';
      let slot = slotOfName.get(name);
      if (slot === undefined) slotOfName.set(name, (slot = slotOf(derivedSortName(name))));
      out[i] = slot;
    }
    return out;
  });
  const rankOfSlot = distinctRanks(sortNames, slotOfSortName);
  for (const side of slots) for (let i = 0; i < side.length; i++) side[i] = rankOfSlot[side[i]];
  return slots;
}

function derivedSortName(name: string): string {
  let sortName = derivedSortNames.get(name);
  if (sortName === undefined) {
    sortName = deriveSortName(name);
    if (derivedSortNames.size >= DERIVED_LIMIT) derivedSortNames.clear();
    derivedSortNames.set(name, sortName);
  }
  return sortName;
}

/**
 * `order` stably sorted by `key[item]` (integers below `keyCount`): a counting sort, linear in the items and the
 * keys, where a comparison sort of 20,000 lines calls its comparator 300,000 times.
 */
function sortByKey(order: Int32Array, key: Uint32Array, keyCount: number): Int32Array {
  const starts = new Uint32Array(keyCount + 1);
  for (let k = 0; k < order.length; k++) starts[key[order[k]] + 1]++;
  for (let v = 1; v <= keyCount; v++) starts[v] += starts[v - 1];
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) sorted[starts[key[order[k]]]++] = order[k];
  return sorted;
}

/**
 * The credits of a side in roll order, as indices into `side.state.credits` (uncredited credits are not lines):
 * by placement and title, billing, sort name, then `tieBreak` (by credit index) and id for lines that read the same
 * (one name twice on a title); the after side passes its partners' lines so that such twins are not reported as
 * moved. Placement, title, billing and name are small integers, so three stable counting sorts (least significant
 * key first) order the lines; only the rare runs that tie on all three are sorted by comparison.
 */
export function rollOrder(side: Side, kind: ProductionKind, nameRanks: Uint32Array, tieBreak?: Float64Array): Int32Array {
  const titles = side.state.titles;
  const orders = titleOrders(titles, side.state.departments, kind);
  // Rank of each title (by its index in the side's titles) in roll order.
  const titleRank = new Uint32Array(titles.length);
  titles
    .map((title, t) => ({ title, t }))
    .sort((x, y) => compareTitleOrder(orders.get(x.title.id) ?? MISSING_TITLE, orders.get(y.title.id) ?? MISSING_TITLE) || (x.title.id < y.title.id ? -1 : x.title.id > y.title.id ? 1 : 0))
    .forEach(({ t }, rank) => (titleRank[t] = rank));
  // A title the side does not have sorts after every title it has.
  const unknownTitle = titles.length;
  const credits = side.state.credits;
  const placedTitle = new Uint32Array(credits.length);
  const billingOf = new Float64Array(credits.length);
  const lineList: number[] = [];
  for (let i = 0; i < credits.length; i++) {
    const credit = credits[i];
    if (credit.uncredited) continue;
    const t = side.titleAt[i];
    placedTitle[i] = (credit.placement === 'main' ? 0 : 1) * (unknownTitle + 1) + (t >= 0 ? titleRank[t] : unknownTitle);
    billingOf[i] = credit.billing;
    lineList.push(i);
  }
  let lines: Int32Array = Int32Array.from(lineList);
  // Billing as its rank among the side's billings, so that it is a small integer too.
  const distinctBillings = new Set<number>();
  for (const i of lines) distinctBillings.add(billingOf[i]);
  const billings = Float64Array.from(distinctBillings).sort();
  const billingRankOf = new Map<number, number>();
  billings.forEach((value, rank) => billingRankOf.set(value, rank));
  const billingRank = new Uint32Array(credits.length);
  for (const i of lines) billingRank[i] = billingRankOf.get(billingOf[i])!;
  let nameCount = 0;
  for (const i of lines) if (nameRanks[i] >= nameCount) nameCount = nameRanks[i] + 1;

  lines = sortByKey(lines, nameRanks, nameCount);
  lines = sortByKey(lines, billingRank, billings.length);
  lines = sortByKey(lines, placedTitle, 2 * (unknownTitle + 1));

  // Runs that tie on all three (one name twice on a title at one billing; a few thousand lines in pairs and
  // threes): tie-break, then id, by insertion sort, which for runs this short beats a sort call per run. A long run
  // (one company credited on every episode) gets the library sort, so it stays n log n.
  const before = (a: number, b: number) => (tieBreak ? tieBreak[a] - tieBreak[b] : 0) || (credits[a].id < credits[b].id ? -1 : credits[a].id > credits[b].id ? 1 : 0);
  for (let start = 0; start < lines.length; ) {
    const first = lines[start];
    let end = start + 1;
    while (end < lines.length && placedTitle[lines[end]] === placedTitle[first] && billingRank[lines[end]] === billingRank[first] && nameRanks[lines[end]] === nameRanks[first]) end++;
    if (end - start > INSERTION_LIMIT) {
      lines.subarray(start, end).sort(before);
      start = end;
      continue;
    }
    for (let k = start + 1; k < end; k++) {
      const line = lines[k];
      let m = k - 1;
      for (; m >= start && before(lines[m], line) > 0; m--) lines[m + 1] = lines[m];
      lines[m + 1] = line;
    }
    start = end;
  }
  return lines;
}

/** Both sides in roll order (credit indices), and the line of every credit of each side (-1: not on the roll). */
export interface RollOrders {
  beforeLines: Int32Array;
  afterLines: Int32Array;
  lineOfBefore: Int32Array;
  lineOfAfter: Int32Array;
}

function linesOf(lines: Int32Array, count: number): Int32Array {
  const lineOf = new Int32Array(count).fill(-1);
  for (let k = 0; k < lines.length; k++) lineOf[lines[k]] = k;
  return lineOf;
}

/** Both sides in roll order, the after side's twins kept in the before side's order. */
export function rollOrders(before: Side, after: Side, partnerOfAfter: Int32Array, kind: ProductionKind): RollOrders {
  const [beforeRanks, afterRanks] = creditNameRanks([before, after]);
  const beforeLines = rollOrder(before, kind, beforeRanks);
  const lineOfBefore = linesOf(beforeLines, before.state.credits.length);
  const tie = new Float64Array(after.state.credits.length);
  for (let j = 0; j < tie.length; j++) {
    const partner = partnerOfAfter[j];
    tie[j] = partner >= 0 && lineOfBefore[partner] >= 0 ? lineOfBefore[partner] : Number.MAX_SAFE_INTEGER;
  }
  const afterLines = rollOrder(after, kind, afterRanks, tie);
  return { beforeLines, afterLines, lineOfBefore, lineOfAfter: linesOf(afterLines, after.state.credits.length) };
}

/**
 * A heaviest strictly increasing subsequence of `seq`, as a mark (1) at each of its positions; O(n log n) with a max-Fenwick tree over the
 * values. With equal weights this is a longest increasing subsequence; weights decide which of two swapped credits
 * "moved" (the one that was edited, rather than its untouched neighbour).
 */
export function heaviestIncreasing(seq: readonly number[], weight: (index: number) => number = () => 1): Uint8Array {
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
  const kept = new Uint8Array(seq.length);
  for (let i = top; i >= 0; i = previous[i]) kept[i] = 1;
  return kept;
}

/**
 * Moves between the two roll orders of `rollOrders` among paired credits. `edited` marks (by after index) the
 * credits whose fields changed: of two credits that swapped, the edited one is the one that moved.
 */
export function rollMoves(before: Side, after: Side, orders: RollOrders, partnerOfAfter: Int32Array, edited: Uint8Array): RollMove[] {
  const { beforeLines, afterLines, lineOfBefore } = orders;
  const beforeCredits = before.state.credits;
  const afterCredits = after.state.credits;
  /** "Title — Name" of the credit at line `k` of a side's roll (null above the first line). */
  const label = (side: Side, lines: Int32Array, k: number) => (k >= 0 ? `${side.titleName(side.state.credits[lines[k]])} — ${side.screenNameAt(lines[k])}` : null);

  // The before line of every after line whose credit is paired with one on the before roll, in after order.
  const seq: number[] = [];
  const seqAfter: number[] = [];
  for (let k = 0; k < afterLines.length; k++) {
    const partner = partnerOfAfter[afterLines[k]];
    const i = partner >= 0 ? lineOfBefore[partner] : -1;
    if (i >= 0) {
      seq.push(i);
      seqAfter.push(k);
    }
  }
  // Keep as many unedited credits in place as possible, then edited ones: an edited credit is the one that moved.
  const heavy = seq.length + 1;
  const kept = heaviestIncreasing(seq, (k) => (edited[afterLines[seqAfter[k]]] ? 1 : heavy));
  const moves: RollMove[] = [];
  for (let k = 0; k < seq.length; k++) {
    if (kept[k]) continue;
    const i = seq[k];
    const j = seqAfter[k];
    const credit = afterCredits[afterLines[j]];
    moves.push({
      person: after.screenNameAt(afterLines[j]),
      title: after.titleName(credit),
      department: after.departmentOf(credit)?.name ?? '',
      beforeCreditId: beforeCredits[beforeLines[i]].id,
      afterCreditId: credit.id,
      from: { line: i + 1, follows: label(before, beforeLines, i - 1) },
      to: { line: j + 1, follows: label(after, afterLines, j - 1) },
    });
  }
  return moves;
}
