// How a written name splits into given names, family name and suffixes. Used for matching ("Saldaña, Zoë" is
// "Zoë Saldaña") and for deriving a sort name. Heuristic by nature: it handles the forms crew and cast lists use
// (Western order, "Family, Given", generational suffixes, particles such as "de la" and "van der") and leaves
// everything else in the order it was written.
import { cleanName } from './clean-text';

/** Generational suffixes: part of who the person is ("Jr." is not his father). */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'jnr', 'snr']);
/** Post-nominals (guild marks, degrees, honours): shown after the name, never part of the identity. */
const POST_NOMINALS = new Set(['pga', 'asc', 'ace', 'bsc', 'csc', 'csa', 'cas', 'mpse', 'phd', 'md', 'esq', 'obe', 'cbe', 'mbe', 'kbe', 'dbe']);

/** Lower-case words that belong to the family name when they precede it ("de la Cruz", "van der Berg", "wa Thiongʼo"). */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'der', 'den', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'zu', 'wa', 'bin', 'binti', 'ibn', 'al', 'el', 'af', 'av', 'st']);
/** Capitalised particles of Irish and Scottish names ("Ó Súilleabháin", "Ní Bhriain", "Mac Giolla"). */
const GAELIC_PARTICLES = new Set(['ó', 'o', 'ní', 'nic', 'mac', 'mc', 'ua', 'uí']);
/** Conjunctions that join a double family name ("Ruiz y Picasso"). */
const CONJUNCTIONS = new Set(['y', 'e', 'i']);

export interface NameParts {
  /** Given names in written form ("Zoë"). */
  given: string[];
  /** Family name words, particles included ("de", "la", "Cruz"). */
  family: string[];
  /** Generational suffixes ("Jr.", "III"): part of the identity. */
  generational: string[];
  /** Post-nominals ("p.g.a.", "A.C.E."): not part of the identity. */
  postNominals: string[];
  /** The name was written "Family, Given". */
  inverted: boolean;
}

export function suffixKind(word: string): 'generational' | 'post' | null {
  // Suffixes are short Latin abbreviations; anything long cannot be one, and dots and case do not matter.
  if (word.length > 8) return null;
  const folded = word.toLowerCase().replace(/[.\s]/g, '');
  if (GENERATIONAL.has(folded)) return 'generational';
  if (POST_NOMINALS.has(folded)) return 'post';
  return null;
}

type Suffixes = Pick<NameParts, 'generational' | 'postNominals'>;

/** Peels suffixes off the end of a word list (the last word stays, so that "Malcolm X" or "Zoe V" keep their name). */
function takeSuffixes(words: string[], into: Suffixes): string[] {
  const rest = [...words];
  while (rest.length > 1) {
    const word = rest[rest.length - 1];
    const kind = suffixKind(word);
    if (kind === null) break;
    // A single capital "V" after one given name is more likely an initial than "the Fifth".
    if (kind === 'generational' && word === 'V' && rest.length === 2) break;
    rest.pop();
    (kind === 'generational' ? into.generational : into.postNominals).unshift(word);
  }
  return rest;
}

/** Where the family name starts in a Western-order list of words: the last word plus the particles before it. */
function familyStart(words: string[]): number {
  if (words.length < 2) return 0;
  let start = words.length - 1;
  while (start > 1) {
    const before = words[start - 1];
    const lower = before.toLocaleLowerCase();
    const isParticle = (PARTICLES.has(lower) && before === lower) || GAELIC_PARTICLES.has(lower);
    const isConjunction = CONJUNCTIONS.has(before) && start >= 3;
    if (isConjunction) {
      start -= 2; // "Ruiz y Picasso": the word before the conjunction is a family name too
    } else if (isParticle) {
      start -= 1;
    } else {
      break;
    }
  }
  return start;
}

export function splitName(raw: string): NameParts {
  const name = cleanName(raw);
  const parts: NameParts = { given: [], family: [], generational: [], postNominals: [], inverted: false };
  if (name === '') return parts;
  const commaParts = name.split(',').map((p) => p.trim()).filter((p) => p !== '');

  // Trailing comma-separated suffixes: "Jane Doe, p.g.a.", "Mary-Kate O'Connor-Smythe, Jr.", "Doe, Jane, Jr."
  while (commaParts.length > 1) {
    const last = commaParts[commaParts.length - 1];
    const words = last.split(' ');
    const kinds = words.map(suffixKind);
    if (kinds.some((k) => k === null)) break;
    commaParts.pop();
    words.forEach((w, i) => (kinds[i] === 'generational' ? parts.generational : parts.postNominals).push(w));
  }

  if (commaParts.length === 2) {
    // "Saldaña, Zoë": family first, then given names (which may carry their own suffixes).
    parts.inverted = true;
    parts.family = commaParts[0].split(' ');
    const suffixes: Suffixes = { generational: [], postNominals: [] };
    parts.given = takeSuffixes(commaParts[1].split(' '), suffixes);
    parts.generational.unshift(...suffixes.generational);
    parts.postNominals.unshift(...suffixes.postNominals);
    return parts;
  }

  const words = takeSuffixes(commaParts.join(' ').split(' '), parts);
  const start = familyStart(words);
  parts.given = words.slice(0, start);
  parts.family = words.slice(start);
  return parts;
}
