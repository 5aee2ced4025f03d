// Keys that decide when two written names are the same person, or possibly the same person.
//
// - `key`: the identity key. Equal keys mean "the same name written differently": case, accents, NFC/NFD,
//   spacing, punctuation, apostrophe styles, post-nominals, and "Family, Given" order. Import matches people by it.
// - the near keys: looser, for "possibly the same person" (checks panel, import preview hints): the same words
//   in another order, the same letters with different spacing, an initial for a given name. Never merged
//   automatically, because "J. Smith" may be John or Jane.
import { cleanName } from './clean-text';
import { foldText, foldWords } from './fold';
import { splitName, suffixKind } from './name-parts';

export interface NameKeys {
  /** Identity key; '' for a name with no letters or digits. */
  key: string;
  /** The same words in any order: "Saldana Zoe" ~ "Zoe Saldana". */
  sorted: string | null;
  /** The same letters with spacing ignored: "MaryKate" ~ "Mary Kate", "宮崎駿" ~ "宮崎 駿". */
  compact: string | null;
  /** First initial and last family word: "Z. Saldana" ~ "Zoe Saldana" (only meaningful when one side is an initial). */
  initials: string | null;
  /** The name's first given word is a lone initial ("J." or "J"). */
  hasInitial: boolean;
}

/** Every key of a name in one pass (the name is split and folded once). */
export function nameKeys(name: string): NameKeys {
  const parts = splitName(name);
  const given = foldWords(parts.given.join(' '));
  const family = foldWords(parts.family.join(' '));
  const generational = parts.generational.length ? foldWords(parts.generational.join(' ')) : [];
  const words = [...given, ...family, ...generational];
  const hasInitial = given.length > 0 && [...given[0]].length === 1;
  return {
    key: words.join(' '),
    sorted: words.length > 1 ? [...words].sort().join(' ') : null,
    compact: words.length > 0 ? words.join('') : null,
    initials: given.length > 0 && family.length > 0 ? `${[...given[0]][0]} ${family[family.length - 1]}` : null,
    hasInitial,
  };
}

/** The identity key of a name; '' for a name with no letters or digits. Cheaper than nameKeys when only it is needed. */
export function nameKey(name: string): string {
  // Most names have no comma and do not end in a suffix ("Jr.", "p.g.a."): then splitName keeps every word in
  // written order, so the key is the cleaned name folded. Imports key every distinct name of 20,000 rows.
  const clean = cleanName(name);
  if (!clean.includes(',')) {
    const lastSpace = clean.lastIndexOf(' ');
    if (lastSpace < 0 || suffixKind(clean.slice(lastSpace + 1)) === null) return foldText(clean);
  }
  const parts = splitName(name);
  const words = [...parts.given, ...parts.family, ...parts.generational];
  return words.length ? foldWords(words.join(' ')).join(' ') : '';
}
