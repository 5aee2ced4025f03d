// Deriving the name a person sorts under ("Saldaña, Zoë") when nobody typed one. Names written family-name first
// in their own script (Chinese, Japanese, Korean) already sort as written; a name that is one word sorts as itself.
import { cleanName } from './clean-text';
import { splitName } from './name-parts';

const FAMILY_FIRST_SCRIPTS = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function deriveSortName(raw: string): string {
  const name = cleanName(raw);
  if (name === '') return '';
  // "Giorgi Tsereteli / გიორგი წერეთელი": the name in another script follows; sort by the first form.
  const slash = name.indexOf(' / ');
  if (slash > 0) {
    const first = deriveSortName(name.slice(0, slash));
    return `${first} / ${name.slice(slash + 3)}`;
  }
  if (FAMILY_FIRST_SCRIPTS.test(name)) return name;
  const parts = splitName(name);
  if (parts.given.length === 0) return name;
  const suffix = parts.generational.length ? `, ${parts.generational.join(' ')}` : '';
  return `${parts.family.join(' ')}, ${parts.given.join(' ')}${suffix}`;
}

/** The name a person sorts under: the one typed, or derived. Precompute it once per person before sorting a long list. */
export function sortNameOf(person: { name: string; sortName?: string }): string {
  return person.sortName?.trim() ? person.sortName : deriveSortName(person.name);
}
