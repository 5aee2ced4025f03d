// The app-wide directory: everyone the user has put into any production, kept in its own Dexie database outside
// every document so that the next production can add them in a keystroke.
//
// Privacy decision: the directory keeps a person's private contact details, because it lives only on the user's
// own machine (like the working copy, which holds them too). It is never written into an export, a roll or a
// document other than by the user adding that person to a production; exporters read documents, never the
// directory, and they leave contact details out of every export.
import { foldText, nameKey } from '../../../../shared/names';
import { newId, nowIso } from '../../../../shared/model/ids';
import type { Person } from '../../../../shared/model/types';
import { directoryDb, type DirectoryPerson } from '../database';
import { loadedRow, loadedRows } from '../records';
import { edit } from '../edits';
import { EditRefused, shortName } from './record-input';

/** Adds or refreshes directory entries for people created or edited in a production (same id: same entry). */
export async function rememberPeople(people: readonly Person[]): Promise<void> {
  if (people.length === 0) return;
  const at = nowIso();
  const rows: DirectoryPerson[] = people.map((person) => ({ id: person.id, name: person.name, key: nameKey(person.name), person: { ...person }, lastUsedAt: at }));
  // The directory is a convenience: failing to update it must never fail the edit that already happened.
  await directoryDb.people.bulkPut(rows).catch(() => undefined);
}

export async function forgetDirectoryPerson(id: string): Promise<void> {
  await directoryDb.people.delete(id);
}

/** A directory entry prepared for type-ahead: its name folded once, so each keystroke only compares strings. */
export interface DirectoryMatchable {
  entry: DirectoryPerson;
  folded: string;
}

export function prepareDirectory(entries: readonly DirectoryPerson[]): DirectoryMatchable[] {
  return entries.map((entry) => ({ entry, folded: foldText(entry.name) }));
}

/**
 * Directory entries matching what was typed: every typed word must start a word of the name (accents, case and
 * order ignored: "saldana z" finds "Zoë Saldaña"). Prefix matches of the first word rank first, then recent use.
 */
export function searchDirectory(prepared: readonly DirectoryMatchable[], query: string, limit = 8): DirectoryPerson[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: { entry: DirectoryPerson; rank: number }[] = [];
  for (const { entry, folded } of prepared) {
    const nameWords = folded.split(' ');
    if (!words.every((w) => nameWords.some((n) => n.startsWith(w)))) continue;
    hits.push({ entry, rank: folded.startsWith(words[0]) ? 0 : 1 });
  }
  hits.sort((a, b) => a.rank - b.rank || (a.entry.lastUsedAt < b.entry.lastUsedAt ? 1 : a.entry.lastUsedAt > b.entry.lastUsedAt ? -1 : 0) || a.entry.name.localeCompare(b.entry.name));
  return hits.slice(0, limit).map((h) => h.entry);
}

/**
 * Adds a directory person to a production, keeping the directory's id so that later edits refresh the same entry.
 * Refused when that person is already in the production.
 */
export async function addFromDirectory(docId: string, directoryId: string): Promise<Person> {
  const entry = await directoryDb.people.get(directoryId);
  if (!entry) throw new EditRefused('This person is no longer in your directory.');
  const existing = await loadedRow<Person>(docId, 'people', entry.id);
  if (existing) throw new EditRefused(`“${shortName(existing.name)}” is already in this production.`);
  // A person already here under another id (typed in by hand) is most likely the same one: say so, never duplicate.
  const key = nameKey(entry.name);
  const sameName = (await loadedRows<Person>(docId, 'people')).find((p) => nameKey(p.name) === key);
  if (sameName) throw new EditRefused(`“${shortName(sameName.name)}” is already in this production under that name.`);
  const person: Person = { ...entry.person, id: entry.id || newId(), name: entry.name };
  await edit(docId, `Add “${shortName(person.name)}” from the directory`, async (w) => {
    await w.put('people', person);
  });
  await directoryDb.people.update(entry.id, { lastUsedAt: nowIso() });
  return person;
}
