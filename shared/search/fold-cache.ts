// Folding text for search is the expensive part of building an index (accents, Unicode forms, long
// justifications), and between two rebuilds almost every string is the same. A bounded memo keeps a rebuild after
// one edit close to the cost of a lookup per field.
import { foldText } from '../names/fold';
import { sortNameOf } from '../names/sort-name';

const LIMIT = 250_000;

function memo(fn: (text: string) => string): (text: string) => string {
  let cache = new Map<string, string>();
  return (text) => {
    if (text === '') return '';
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      // Dropping everything at the limit is crude but keeps memory bounded without bookkeeping on each hit.
      if (cache.size >= LIMIT) cache = new Map();
      cache.set(text, out);
    }
    return out;
  };
}

/** Lowercase, accent-folded words joined by single spaces ("Zoë  Saldaña" -> "zoe saldana"). */
export const foldForSearch = memo(foldText);

const sortNameMemo = memo((key) => {
  const split = key.indexOf('\u0000');
  return sortNameOf({ name: key.slice(split + 1), sortName: key.slice(0, split) });
});

/** The sort name of a person ("Saldaña, Zoë"), memoised by name and explicit sort name. */
export function cachedSortName(person: { name: string; sortName?: string }): string {
  return sortNameMemo(`${person.sortName ?? ''}\u0000${person.name}`);
}
