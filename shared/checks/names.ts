// Checks about names: people or companies that may be entered twice, and one person's name written in slightly
// different ways on different credits. Linear in people and credits: one pass with Maps, name keys computed once
// per distinct string.
import { DUPLICATE_REASON_TEXT, findNearDuplicates, nameKeys, type DuplicateGroup, type NameKeys } from '../names';
import type { Company, Credit, Person } from '../model/types';
import type { CheckItem } from './types';

const quote = (s: string) => `“${s}”`;

export function listNames(names: readonly string[], conjunction = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** The sentence for a group of possible duplicates: identical names say so plainly; others name the rule. */
export function duplicateMessage(group: DuplicateGroup<{ name: string }>, noun: 'person' | 'company'): string {
  // Names in a fixed order, so the sentence does not depend on the order records happen to be stored in.
  const distinct = [...new Set(group.entries.map((e) => e.name))].sort((a, b) => a.localeCompare(b));
  if (distinct.length === 1) {
    const plural = noun === 'person' ? 'people' : 'companies';
    return `${group.entries.length} ${plural} are named ${quote(distinct[0])}: they may be the same ${noun} entered more than once.`;
  }
  return `${listNames(distinct.map(quote))} may be the same ${noun}: ${group.reasons.map((r) => DUPLICATE_REASON_TEXT[r]).join('; ')}.`;
}

/** Groups of people (or companies) that may be the same, each with the rule that matched them. */
export function duplicateItems(people: readonly Person[], companies: readonly Company[]): CheckItem[] {
  const items: CheckItem[] = [];
  for (const group of findNearDuplicates(people)) {
    const ids = group.entries.map((p) => p.id);
    items.push({
      id: `duplicate-people:${[...ids].sort().join(',')}`,
      kind: 'duplicate-people',
      severity: 'warning',
      message: duplicateMessage(group, 'person'),
      personIds: ids,
    });
  }
  for (const group of findNearDuplicates(companies)) {
    const ids = group.entries.map((c) => c.id);
    items.push({
      id: `duplicate-companies:${[...ids].sort().join(',')}`,
      kind: 'duplicate-companies',
      severity: 'warning',
      message: duplicateMessage(group, 'company'),
      companyIds: ids,
    });
  }
  return items;
}

/** Two spellings are "only slightly different" when a name key links them: same letters, order, spacing or initial. */
function slightlyDifferent(a: NameKeys, b: NameKeys): boolean {
  if (a.key === '' || b.key === '') return false;
  if (a.key === b.key) return true;
  if (a.sorted !== null && a.sorted === b.sorted) return true;
  if (a.compact !== null && a.compact === b.compact) return true;
  return a.initials !== null && a.initials === b.initials && (a.hasInitial || b.hasInitial);
}

/**
 * A person credited under spellings that differ only slightly ("Zoë Saldaña" on one credit, "Zoe Saldana" on
 * another): one item per person, linking to the credits that use the less common spelling. A deliberately
 * different credited name (a stage name) is not reported.
 */
export function nameVariantItems(credits: readonly Credit[], people: ReadonlyMap<string, Person>): CheckItem[] {
  const keyCache = new Map<string, NameKeys>();
  const keysOf = (name: string) => {
    let keys = keyCache.get(name);
    if (!keys) keyCache.set(name, (keys = nameKeys(name)));
    return keys;
  };
  // person id -> shown name -> credit ids
  const byPerson = new Map<string, Map<string, string[]>>();
  for (const credit of credits) {
    if (credit.subject.kind !== 'person' || credit.uncredited) continue;
    const person = people.get(credit.subject.personId);
    if (!person) continue;
    const shown = credit.creditedAs.trim() || person.name;
    let spellings = byPerson.get(person.id);
    if (!spellings) byPerson.set(person.id, (spellings = new Map()));
    const list = spellings.get(shown);
    if (list) list.push(credit.id);
    else spellings.set(shown, [credit.id]);
  }
  const items: CheckItem[] = [];
  for (const [personId, spellings] of byPerson) {
    if (spellings.size < 2) continue;
    const person = people.get(personId)!;
    // Compare each spelling with the most used one (ties: the person's own name), which is taken as intended.
    const ranked = [...spellings.entries()].sort((a, b) => b[1].length - a[1].length || Number(b[0] === person.name) - Number(a[0] === person.name));
    const [main, mainCredits] = ranked[0];
    const mainKeys = keysOf(main);
    const variants = ranked.slice(1).filter(([name]) => slightlyDifferent(mainKeys, keysOf(name)));
    if (variants.length === 0) continue;
    const creditIds = variants.flatMap(([, ids]) => ids);
    const count = (n: number) => (n === 1 ? '1 credit' : `${n} credits`);
    items.push({
      id: `name-variants:${personId}`,
      kind: 'name-variants',
      severity: 'warning',
      message: `${quote(person.name)} is credited as ${quote(main)} on ${count(mainCredits.length)} but as ${listNames(variants.map(([name, ids]) => `${quote(name)} on ${count(ids.length)}`))}.`,
      creditId: creditIds[0],
      creditIds,
      personIds: [personId],
    });
  }
  return items;
}
