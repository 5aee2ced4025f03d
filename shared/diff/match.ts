// Which credit on one side is which credit on the other. Identity first (same credit id); for what is left, content
// (two files imported separately have different ids): the same person record on the same title, the same folded
// name on the same title, the same name alone on another title, and finally a similar name on the same title (a
// respelling). Every pass works on buckets keyed by title or name, never over all pairs of credits.
import type { Credit } from '../model/types';
import { subjectKey, type Side, type TitlePairs } from './side';
import { blockingKeys, nameSimilarity } from './similarity';
import type { MatchRule } from './types';

/** The rules, numbered for `MatchResult.ruleOfAfter`. */
export const MATCH_RULES: readonly MatchRule[] = ['id', 'same-person', 'same-name', 'same-name-other-title', 'similar-name'];

/**
 * Pairs are kept in typed arrays indexed by after credit (20,000 pair objects would be garbage for the collector
 * the moment the comparison ends).
 */
export interface MatchResult {
  pairCount: number;
  /** For each paired after credit (by index), the number of the rule that paired it (see MATCH_RULES). */
  ruleOfAfter: Uint8Array;
  /** For each after-side credit (by index), its before-side partner's index; -1 for an added credit. */
  partnerOfAfter: Int32Array;
}

/** How far ahead the side-by-side walk looks for a before credit's id among the after credits. */
const ALIGN_WINDOW = 4;
/** With no id in common among this many first credits, the walk is not worth continuing. */
const ALIGN_GIVE_UP = 64;
/** Above this many candidate pairs in one title, candidates must share a blocking key. */
const ALL_PAIRS_LIMIT = 4096;
/** A blocking key this common says nothing ("smith" in a crew of thousands); skip it. */
const POSTING_LIMIT = 200;

function groupBy(indices: readonly number[], key: (index: number) => number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const i of indices) {
    const k = key(i);
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
export function matchCredits(before: Side, after: Side, titlePairs: TitlePairs): MatchResult {
  const beforeCredits = before.state.credits;
  const afterCredits = after.state.credits;
  let pairCount = 0;
  const partnerOfAfter = new Int32Array(afterCredits.length).fill(-1);
  const ruleOfAfter = new Uint8Array(afterCredits.length);
  const pair = (i: number, j: number, rule: MatchRule) => {
    partnerOfAfter[j] = i;
    ruleOfAfter[j] = MATCH_RULES.indexOf(rule);
    pairCount++;
  };

  // Two versions of one production keep their credits in the same order, some removed and some added: walking
  // both lists side by side pairs most credits by id without hashing 40,000 ids. Ids are unique, so a credit paired
  // here has no other partner; the ones out of step are looked up among the unpaired after credits.
  // Two files imported separately share no id at all: after a run of misses with no hit the walk stops.
  const outOfStep: number[] = [];
  let hits = 0;
  for (let i = 0, next = 0; i < beforeCredits.length; i++) {
    if (hits === 0 && i >= ALIGN_GIVE_UP) {
      for (; i < beforeCredits.length; i++) outOfStep.push(i);
      break;
    }
    const id = beforeCredits[i].id;
    const end = Math.min(afterCredits.length, next + ALIGN_WINDOW);
    let j = next;
    while (j < end && afterCredits[j].id !== id) j++;
    if (j < end) {
      pair(i, j, 'id');
      next = j + 1;
      hits++;
    } else outOfStep.push(i);
  }
  const afterById = new Map<string, number>();
  if (outOfStep.length > 0) for (let j = 0; j < afterCredits.length; j++) if (partnerOfAfter[j] < 0) afterById.set(afterCredits[j].id, j);
  let leftBefore: number[] = [];
  for (const i of outOfStep) {
    const j = afterById.get(beforeCredits[i].id);
    if (j !== undefined) pair(i, j, 'id');
    else leftBefore.push(i);
  }
  let leftAfter: number[] = [];
  for (let j = 0; j < afterCredits.length; j++) if (partnerOfAfter[j] < 0) leftAfter.push(j);

  // Group and key functions take a credit's index on its side, so names are read without looking records up.
  // Groups are titles as numbers: the after title's index, the paired after title's for a before credit; -1 (before)
  // and -2 (after) stand for a title that has no counterpart, so such credits never share a group.
  type Key = (index: number) => string;
  type Group = (index: number) => number;
  const beforeTitle: Group = (i) => {
    const t = before.titleAt[i];
    return t >= 0 ? titlePairs.afterOf[t] : -1;
  };
  const afterTitle: Group = (j) => (after.titleAt[j] >= 0 ? after.titleAt[j] : -2);
  const anywhere: Group = () => 0;
  const subjectIdOf = (credits: readonly Credit[]): Key => (i) => {
    const subject = credits[i].subject;
    return subject.kind === 'person' ? subject.personId : subject.companyId;
  };
  const subjectKeyOf = (credits: readonly Credit[]): Key => (i) => subjectKey(credits[i]);
  const pass = (rule: MatchRule, group: [Group, Group], key: [Key, Key], uniqueOnly: boolean) => {
    if (leftBefore.length === 0 || leftAfter.length === 0) return;
    const candidates = new Map<number, Map<string, number[]>>();
    for (const j of leftAfter) push(candidates, group[1](j), key[1](j), j);
    const counts = uniqueOnly ? new Map<number, Map<string, number[]>>() : null;
    if (counts) for (const i of leftBefore) push(counts, group[0](i), key[0](i), i);
    let matched = false;
    const rest: number[] = [];
    for (const i of leftBefore) {
      const g = group[0](i);
      const k = key[0](i);
      const list = candidates.get(g)?.get(k);
      if (!list || list.length === 0 || (counts && (counts.get(g)!.get(k)!.length !== 1 || list.length !== 1))) {
        rest.push(i);
        continue;
      }
      // Among several (two people of one name on a title, an actor credited twice), the most alike.
      // A pathological bucket (thousands of one name on a title) takes the first, to stay linear.
      const index = list.length === 1 || list.length > 64 ? 0 : closest(beforeCredits[i], list, afterCredits);
      const j = list[index];
      list.splice(index, 1);
      pair(i, j, rule);
      matched = true;
    }
    leftBefore = rest;
    if (matched) leftAfter = leftAfter.filter((j) => partnerOfAfter[j] < 0);
  };

  // The same person record only means something when both sides share records (revisions of one production). The
  // after side's records stand in for its unpaired credits' subjects: when a before credit's subject is among them
  // but no unpaired after credit has it, the record passes below simply find nothing.
  const beforeSubject = subjectIdOf(beforeCredits);
  const afterSubject = subjectIdOf(afterCredits);
  const sharedRecords = leftAfter.length > 0 && leftBefore.some((i) => (beforeCredits[i].subject.kind === 'person' ? after.people : after.companies).has(beforeSubject(i)));
  if (sharedRecords) pass('same-person', [beforeTitle, afterTitle], [beforeSubject, afterSubject], false);
  // Names written identically first (cheap), then folded names (case, accents, punctuation) for what is left.
  pass('same-name', [beforeTitle, afterTitle], [before.subjectNameAt, after.subjectNameAt], false);
  pass('same-name', [beforeTitle, afterTitle], [before.matchNameAt, after.matchNameAt], false);
  if (sharedRecords) pass('same-name-other-title', [anywhere, anywhere], [subjectKeyOf(beforeCredits), subjectKeyOf(afterCredits)], true);
  pass('same-name-other-title', [anywhere, anywhere], [before.matchNameAt, after.matchNameAt], true);
  matchSimilar(before, after, leftBefore, leftAfter, beforeTitle, afterTitle, pair);

  return { pairCount, ruleOfAfter, partnerOfAfter };
}

function push(map: Map<number, Map<string, number[]>>, group: number, key: string, index: number): void {
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
  beforeTitle: (index: number) => number,
  afterTitle: (index: number) => number,
  pair: (beforeIndex: number, afterIndex: number, rule: MatchRule) => void,
): void {
  const afterByTitle = groupBy(leftAfter, afterTitle);
  // olds and news hold credit indices; i and j below are positions in those two lists.
  for (const [title, olds] of groupBy(leftBefore, beforeTitle)) {
    const news = afterByTitle.get(title);
    if (!news) continue;
    const scored: { score: number; i: number; j: number }[] = [];
    const score = (i: number, j: number) => {
      const s = nameSimilarity(before.matchNameAt(olds[i]), after.matchNameAt(news[j]));
      if (s > 0) scored.push({ score: s, i, j });
    };
    if (olds.length * news.length <= ALL_PAIRS_LIMIT) {
      for (let i = 0; i < olds.length; i++) for (let j = 0; j < news.length; j++) score(i, j);
    } else {
      const postings = new Map<string, number[]>();
      news.forEach((credit, j) => {
        for (const key of blockingKeys(after.matchNameAt(credit))) {
          const list = postings.get(key);
          if (list) list.push(j);
          else postings.set(key, [j]);
        }
      });
      for (let i = 0; i < olds.length; i++) {
        const tried = new Set<number>();
        for (const key of blockingKeys(before.matchNameAt(olds[i]))) {
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
      pair(olds[i], news[j], 'similar-name');
    }
  }
}
