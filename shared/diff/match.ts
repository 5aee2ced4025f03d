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
}

export interface MatchResult {
  pairs: MatchedPair[];
  removed: Credit[];
  added: Credit[];
}

/** Above this many candidate pairs in one title, candidates must share a blocking key. */
const ALL_PAIRS_LIMIT = 4096;
/** A blocking key this common says nothing ("smith" in a crew of thousands); skip it. */
const POSTING_LIMIT = 200;

function groupBy(credits: readonly Credit[], key: (c: Credit) => string): Map<string, Credit[]> {
  const groups = new Map<string, Credit[]>();
  for (const credit of credits) {
    const k = key(credit);
    const list = groups.get(k);
    if (list) list.push(credit);
    else groups.set(k, [credit]);
  }
  return groups;
}

export function matchCredits(before: Side, after: Side, titleMap: ReadonlyMap<string, string>): MatchResult {
  const pairs: MatchedPair[] = [];
  const afterById = new Map<string, Credit>();
  for (const credit of after.state.credits) afterById.set(credit.id, credit);
  const pairedAfter = new Set<string>();
  let leftBefore: Credit[] = [];
  for (const credit of before.state.credits) {
    const match = afterById.get(credit.id);
    if (match) {
      pairs.push({ before: credit, after: match, rule: 'id' });
      pairedAfter.add(match.id);
    } else leftBefore.push(credit);
  }
  let leftAfter = after.state.credits.filter((c) => !pairedAfter.has(c.id));

  const beforeTitle = (c: Credit) => titleMap.get(c.titleId) ?? `before:${c.titleId}`;
  const afterTitle = (c: Credit) => c.titleId;
  const anywhere = () => '';
  const subjectId = (c: Credit) => (c.subject.kind === 'person' ? c.subject.personId : c.subject.companyId);
  // Keys are pairs (title, name) held in nested maps rather than joined strings: 40,000 concatenations cost more
  // than the whole rest of a pass.
  const pass = (rule: MatchRule, group: [(c: Credit) => string, (c: Credit) => string], key: [(c: Credit) => string, (c: Credit) => string], uniqueOnly: boolean) => {
    if (leftBefore.length === 0 || leftAfter.length === 0) return;
    const candidates = new Map<string, Map<string, Credit[]>>();
    for (const credit of leftAfter) push(candidates, group[1](credit), key[1](credit), credit);
    const counts = uniqueOnly ? new Map<string, Map<string, Credit[]>>() : null;
    if (counts) for (const credit of leftBefore) push(counts, group[0](credit), key[0](credit), credit);
    const used = new Set<Credit>();
    const rest: Credit[] = [];
    for (const credit of leftBefore) {
      const g = group[0](credit);
      const k = key[0](credit);
      const list = candidates.get(g)?.get(k);
      if (!list || list.length === 0 || (counts && (counts.get(g)!.get(k)!.length !== 1 || list.length !== 1))) {
        rest.push(credit);
        continue;
      }
      // Among several (two people of one name on a title, an actor credited twice), the most alike.
      // A pathological bucket (thousands of one name on a title) takes the first, to stay linear.
      const index = list.length === 1 || list.length > 64 ? 0 : closest(credit, list);
      const [match] = list.splice(index, 1);
      used.add(match);
      pairs.push({ before: credit, after: match, rule });
    }
    leftBefore = rest;
    if (used.size > 0) leftAfter = leftAfter.filter((c) => !used.has(c));
  };

  // The same person record only means something when both sides share records (revisions of one production).
  const afterSubjects = new Set(leftAfter.map(subjectId));
  const sharedRecords = leftBefore.some((c) => afterSubjects.has(subjectId(c)));
  if (sharedRecords) pass('same-person', [beforeTitle, afterTitle], [subjectId, subjectId], false);
  // Names written identically first (cheap), then folded names (case, accents, punctuation) for what is left.
  pass('same-name', [beforeTitle, afterTitle], [(c) => before.subjectName(c), (c) => after.subjectName(c)], false);
  pass('same-name', [beforeTitle, afterTitle], [(c) => before.matchName(c), (c) => after.matchName(c)], false);
  if (sharedRecords) pass('same-name-other-title', [anywhere, anywhere], [subjectKey, subjectKey], true);
  pass('same-name-other-title', [anywhere, anywhere], [(c) => before.matchName(c), (c) => after.matchName(c)], true);
  matchSimilar(before, after, leftBefore, leftAfter, beforeTitle, pairs);

  const pairedBefore = new Set(pairs.map((p) => p.before));
  const paired = new Set(pairs.map((p) => p.after));
  return {
    pairs,
    removed: before.state.credits.filter((c) => !pairedBefore.has(c)),
    added: after.state.credits.filter((c) => !paired.has(c)),
  };
}

function push(map: Map<string, Map<string, Credit[]>>, group: string, key: string, credit: Credit): void {
  let inner = map.get(group);
  if (!inner) map.set(group, (inner = new Map()));
  const list = inner.get(key);
  if (list) list.push(credit);
  else inner.set(key, [credit]);
}

function closest(credit: Credit, list: readonly Credit[]): number {
  let best = 0;
  let bestScore = -1;
  list.forEach((c, i) => {
    const score =
      (c.character === credit.character ? 8 : 0) + (c.creditedAs === credit.creditedAs ? 4 : 0) + (c.billing === credit.billing ? 2 : 0) + (c.status === credit.status ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Respellings: within each title, the closest names within the edit budget, best pairs first. */
function matchSimilar(before: Side, after: Side, leftBefore: Credit[], leftAfter: Credit[], beforeTitle: (c: Credit) => string, pairs: MatchedPair[]): void {
  const afterByTitle = groupBy(leftAfter, (c) => c.titleId);
  for (const [title, olds] of groupBy(leftBefore, beforeTitle)) {
    const news = afterByTitle.get(title);
    if (!news) continue;
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
      pairs.push({ before: olds[i], after: news[j], rule: 'similar-name' });
    }
  }
}
