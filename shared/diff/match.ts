// Which credit on one side is which credit on the other. Identity first (same credit id); for what is left, content
// (two files imported separately have different ids): the same person record on the same title, the same folded
// name on the same title, the same name alone on another title, and finally a similar name on the same title (a
// respelling). Every pass works on buckets keyed by title or name, never over all pairs of credits.
import type { Credit } from '../model/types';
import { subjectKey, type Side } from './side';
import { blockingKeys, nameSimilarity } from './similarity';
import type { MatchRule } from './types';

export interface MatchedPair {
  before: Credit;
  after: Credit;
  rule: MatchRule;
  /** The credits' indices in their sides' `state.credits`, which the roll order and the lists work with. */
  beforeIndex: number;
  afterIndex: number;
}

export interface MatchResult {
  /** Every pair; a before credit in none was removed. */
  pairs: MatchedPair[];
  /** For each after-side credit (by index), its before-side partner's index; -1 for an added credit. */
  partnerOfAfter: Int32Array;
}

/** Above this many candidate pairs in one title, candidates must share a blocking key. */
const ALL_PAIRS_LIMIT = 4096;
/** A blocking key this common says nothing ("smith" in a crew of thousands); skip it. */
const POSTING_LIMIT = 200;

function groupBy(indices: readonly number[], credits: readonly Credit[], key: (c: Credit) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const k = key(credits[i]);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/**
 * Credits are addressed by their index in each side's `state.credits` throughout: which after credit a before
 * credit is paired with lives in typed arrays rather than sets and maps keyed by credit, which at 20,000 credits
 * cost more than the matching itself.
 */
export function matchCredits(before: Side, after: Side, titleMap: ReadonlyMap<string, string>): MatchResult {
  const beforeCredits = before.state.credits;
  const afterCredits = after.state.credits;
  const pairs: MatchedPair[] = [];
  const partnerOfAfter = new Int32Array(afterCredits.length).fill(-1);
  const pair = (i: number, j: number, rule: MatchRule) => {
    pairs.push({ before: beforeCredits[i], after: afterCredits[j], rule, beforeIndex: i, afterIndex: j });
    partnerOfAfter[j] = i;
  };

  const afterById = new Map<string, number>();
  for (let j = 0; j < afterCredits.length; j++) afterById.set(afterCredits[j].id, j);
  let leftBefore: number[] = [];
  for (let i = 0; i < beforeCredits.length; i++) {
    const j = afterById.get(beforeCredits[i].id);
    if (j !== undefined) pair(i, j, 'id');
    else leftBefore.push(i);
  }
  let leftAfter: number[] = [];
  for (let j = 0; j < afterCredits.length; j++) if (partnerOfAfter[j] < 0) leftAfter.push(j);

  const beforeTitle = (c: Credit) => titleMap.get(c.titleId) ?? `before:${c.titleId}`;
  const afterTitle = (c: Credit) => c.titleId;
  const anywhere = () => '';
  const subjectId = (c: Credit) => (c.subject.kind === 'person' ? c.subject.personId : c.subject.companyId);
  // Keys are pairs (title, name) held in nested maps rather than joined strings: 40,000 concatenations cost more
  // than the whole rest of a pass.
  const pass = (rule: MatchRule, group: [(c: Credit) => string, (c: Credit) => string], key: [(c: Credit) => string, (c: Credit) => string], uniqueOnly: boolean) => {
    if (leftBefore.length === 0 || leftAfter.length === 0) return;
    const candidates = new Map<string, Map<string, number[]>>();
    for (const j of leftAfter) push(candidates, group[1](afterCredits[j]), key[1](afterCredits[j]), j);
    const counts = uniqueOnly ? new Map<string, Map<string, number[]>>() : null;
    if (counts) for (const i of leftBefore) push(counts, group[0](beforeCredits[i]), key[0](beforeCredits[i]), i);
    let matched = false;
    const rest: number[] = [];
    for (const i of leftBefore) {
      const credit = beforeCredits[i];
      const g = group[0](credit);
      const k = key[0](credit);
      const list = candidates.get(g)?.get(k);
      if (!list || list.length === 0 || (counts && (counts.get(g)!.get(k)!.length !== 1 || list.length !== 1))) {
        rest.push(i);
        continue;
      }
      // Among several (two people of one name on a title, an actor credited twice), the most alike.
      // A pathological bucket (thousands of one name on a title) takes the first, to stay linear.
      const index = list.length === 1 || list.length > 64 ? 0 : closest(credit, list, afterCredits);
      const [j] = list.splice(index, 1);
      pair(i, j, rule);
      matched = true;
    }
    leftBefore = rest;
    if (matched) leftAfter = leftAfter.filter((j) => partnerOfAfter[j] < 0);
  };

  // The same person record only means something when both sides share records (revisions of one production).
  const afterSubjects = new Set(leftAfter.map((j) => subjectId(afterCredits[j])));
  const sharedRecords = leftBefore.some((i) => afterSubjects.has(subjectId(beforeCredits[i])));
  if (sharedRecords) pass('same-person', [beforeTitle, afterTitle], [subjectId, subjectId], false);
  // Names written identically first (cheap), then folded names (case, accents, punctuation) for what is left.
  pass('same-name', [beforeTitle, afterTitle], [(c) => before.subjectName(c), (c) => after.subjectName(c)], false);
  pass('same-name', [beforeTitle, afterTitle], [(c) => before.matchName(c), (c) => after.matchName(c)], false);
  if (sharedRecords) pass('same-name-other-title', [anywhere, anywhere], [subjectKey, subjectKey], true);
  pass('same-name-other-title', [anywhere, anywhere], [(c) => before.matchName(c), (c) => after.matchName(c)], true);
  matchSimilar(before, after, leftBefore, leftAfter, beforeTitle, pair);

  return { pairs, partnerOfAfter };
}

function push(map: Map<string, Map<string, number[]>>, group: string, key: string, index: number): void {
  let inner = map.get(group);
  if (!inner) map.set(group, (inner = new Map()));
  const list = inner.get(key);
  if (list) list.push(index);
  else inner.set(key, [index]);
}

function closest(credit: Credit, list: readonly number[], credits: readonly Credit[]): number {
  let best = 0;
  let bestScore = -1;
  list.forEach((j, i) => {
    const c = credits[j];
    const score =
      (c.character === credit.character ? 8 : 0) + (c.creditedAs === credit.creditedAs ? 4 : 0) + (c.billing === credit.billing ? 2 : 0) + (c.status === credit.status ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Respellings: within each title, the closest names within the edit budget, best pairs first. */
function matchSimilar(
  before: Side,
  after: Side,
  leftBefore: readonly number[],
  leftAfter: readonly number[],
  beforeTitle: (c: Credit) => string,
  pair: (beforeIndex: number, afterIndex: number, rule: MatchRule) => void,
): void {
  const beforeCredits = before.state.credits;
  const afterCredits = after.state.credits;
  const afterByTitle = groupBy(leftAfter, afterCredits, (c) => c.titleId);
  for (const [title, oldIndices] of groupBy(leftBefore, beforeCredits, beforeTitle)) {
    const newIndices = afterByTitle.get(title);
    if (!newIndices) continue;
    const olds = oldIndices.map((i) => beforeCredits[i]);
    const news = newIndices.map((j) => afterCredits[j]);
    const scored: { score: number; i: number; j: number }[] = [];
    const score = (i: number, j: number) => {
      const s = nameSimilarity(before.matchName(olds[i]), after.matchName(news[j]));
      if (s > 0) scored.push({ score: s, i, j });
    };
    if (olds.length * news.length <= ALL_PAIRS_LIMIT) {
      for (let i = 0; i < olds.length; i++) for (let j = 0; j < news.length; j++) score(i, j);
    } else {
      const postings = new Map<string, number[]>();
      news.forEach((c, j) => {
        for (const key of blockingKeys(after.matchName(c))) {
          const list = postings.get(key);
          if (list) list.push(j);
          else postings.set(key, [j]);
        }
      });
      for (let i = 0; i < olds.length; i++) {
        const tried = new Set<number>();
        for (const key of blockingKeys(before.matchName(olds[i]))) {
          const list = postings.get(key);
          if (!list || list.length > POSTING_LIMIT) continue;
          for (const j of list) {
            if (tried.has(j)) continue;
            tried.add(j);
            score(i, j);
          }
        }
      }
    }
    scored.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
    const usedOld = new Set<number>();
    const usedNew = new Set<number>();
    for (const { i, j } of scored) {
      if (usedOld.has(i) || usedNew.has(j)) continue;
      usedOld.add(i);
      usedNew.add(j);
      pair(oldIndices[i], newIndices[j], 'similar-name');
    }
  }
}
