// How alike two folded names are, for recognising a respelled name ("Jon Smith" -> "John Smith") as the same credit
// rather than one removed and another added. Edit distance over code points, so CJK and Hangul names count one
// character per letter, with a budget that grows with the length: short names may differ by one character, longer
// ones by about one in four.

/** The edit budget for two names: none below three characters (too little to tell a typo from another name). */
export function editBudget(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest < 3) return 0;
  return Math.max(1, Math.floor(longest / 4));
}

/** Levenshtein distance over code points, stopping early once it exceeds `limit` (returns limit + 1 then). */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length];
}

/** A score in (0, 1] when the names are within the edit budget (higher is closer), else 0. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const budget = editBudget(a, b);
  if (budget === 0) return 0;
  const distance = boundedEditDistance(a, b, budget);
  if (distance > budget) return 0;
  return 1 - distance / Math.max([...a].length, [...b].length);
}

/**
 * Keys that two respellings of one name usually share, so that only candidates sharing one are scored: each word
 * of a multi-word name, and the first and last two characters (for one-word and CJK names).
 */
export function blockingKeys(name: string): string[] {
  const chars = [...name.replace(/ /g, '')];
  const keys = [`^${chars.slice(0, 2).join('')}`, `$${chars.slice(-2).join('')}`];
  const words = name.split(' ');
  if (words.length > 1) for (const w of words) if (w.length > 1) keys.push(`w${w}`);
  return keys;
}
