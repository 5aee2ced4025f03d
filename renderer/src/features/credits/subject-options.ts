// Type-ahead options for "who is this credit for": people and companies of the production whose names contain
// every typed word at a word start (case, accents and order ignored), people from the app-wide directory who are
// not in the production yet, and "add a new person" when the typed name is nobody known.
import { nameKey } from '../../../../shared/names/name-key';
import type { Company, Person } from '../../../../shared/model/types';
import { foldForSearch } from '../../../../shared/search';
import type { DirectoryPerson } from '../../db/database';
import type { ComboOption } from './Combobox';

export type SubjectPick =
  | { kind: 'person'; personId: string }
  | { kind: 'company'; companyId: string }
  | { kind: 'directory'; directoryId: string }
  | { kind: 'new-person'; name: string };

export interface SubjectOption extends ComboOption {
  pick: SubjectPick;
}

function matches(name: string, words: readonly string[]): boolean {
  const folded = ` ${foldForSearch(name)}`;
  return words.every((w) => folded.includes(` ${w}`));
}

export function subjectOptions(
  text: string,
  people: readonly Person[],
  companies: readonly Company[],
  directory: readonly DirectoryPerson[],
  limit = 10,
): SubjectOption[] {
  const words = foldForSearch(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const out: SubjectOption[] = [];
  const typedKey = nameKey(text);
  let exact = false;
  for (const p of people) {
    if (out.length >= limit) break;
    if (!matches(p.name, words)) continue;
    if (nameKey(p.name) === typedKey) exact = true;
    out.push({ id: `p:${p.id}`, label: p.name, detail: 'person', pick: { kind: 'person', personId: p.id } });
  }
  for (const c of companies) {
    if (out.length >= limit) break;
    if (!matches(c.name, words)) continue;
    if (foldForSearch(c.name) === foldForSearch(text)) exact = true;
    out.push({ id: `c:${c.id}`, label: c.name, detail: 'company', pick: { kind: 'company', companyId: c.id } });
  }
  const inProduction = new Set(people.map((p) => p.id));
  let fromDirectory = 0;
  for (const d of directory) {
    if (fromDirectory >= 5) break;
    if (inProduction.has(d.id) || !matches(d.name, words)) continue;
    fromDirectory++;
    out.push({ id: `d:${d.id}`, label: d.name, detail: 'from your directory', pick: { kind: 'directory', directoryId: d.id } });
  }
  if (!exact && typedKey) out.push({ id: 'new', label: `Add new person “${text.trim()}”`, pick: { kind: 'new-person', name: text } });
  return out;
}
