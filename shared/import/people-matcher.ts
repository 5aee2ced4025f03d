// Which person a row's name is: someone already in the production, someone from the app-wide directory, a person
// an earlier row of this import creates, or a new person. Same rules as the workspace (shared/names): certain
// matches are used automatically; possible ones ("J. Smith", "Saldana Zoe") are only shown as hints. Results are
// cached by name key, so a list that names the same person on fifty rows looks them up once.
import type { Person } from '../model/types';
import { NameIndex, type NearReason } from '../names/name-index';
import { nameKey, nameKeys } from '../names/name-key';
import type { DirectoryPerson, PersonResolution } from './plan';

export type PersonSource = 'production' | 'directory' | 'new';

export interface PossiblePerson {
  id: string;
  name: string;
  source: 'production' | 'directory';
  reason: NearReason;
}

export interface PersonMatch {
  /** production: an existing person; directory: copied from the directory; new: created by this import. */
  source: PersonSource;
  /** The existing person's or directory entry's id; null for a new person. */
  personId: string | null;
  /** The name the credit's person has after the import (the stored name for a match). */
  name: string;
  /** The identity key rows are grouped by; `ImportPlan.people` is keyed by it. */
  key: string;
  /** More than one certain match: the first was taken. */
  ambiguousCount: number;
  /** The user chose this outcome in `ImportPlan.people`. */
  chosen: boolean;
  /** A chosen person id that exists nowhere. */
  missingChoice: boolean;
  possible: PossiblePerson[];
}

export class PeopleMatcher {
  private readonly production: NameIndex<Person>;
  private readonly directory: NameIndex<DirectoryPerson>;
  private readonly directoryById: Map<string, DirectoryPerson>;
  private readonly productionById: Map<string, Person>;
  private readonly cache = new Map<string, PersonMatch>();
  /** The same spelling on many rows is keyed once. */
  private readonly byWrittenName = new Map<string, PersonMatch>();

  constructor(
    people: readonly Person[],
    directory: readonly DirectoryPerson[],
    private readonly resolutions: Readonly<Record<string, PersonResolution>> = {},
  ) {
    this.production = new NameIndex(people);
    this.directory = new NameIndex(directory);
    this.productionById = new Map(people.map((p) => [p.id, p]));
    this.directoryById = new Map(directory.map((p) => [p.id, p]));
  }

  directoryEntry(id: string): DirectoryPerson | undefined {
    return this.directoryById.get(id);
  }

  match(name: string): PersonMatch {
    const written = this.byWrittenName.get(name);
    if (written) return written;
    const key = nameKey(name);
    const cached = this.cache.get(key);
    if (cached) {
      this.byWrittenName.set(name, cached);
      return cached;
    }
    const base = { key, ambiguousCount: 0, chosen: false, missingChoice: false, possible: [] as PossiblePerson[] };
    let result: PersonMatch;
    const resolution = this.resolutions[key];
    if (resolution?.kind === 'existing') {
      const inProduction = this.productionById.get(resolution.personId);
      const inDirectory = inProduction ? undefined : this.directoryById.get(resolution.personId);
      const found = inProduction ?? inDirectory;
      result = found
        ? { ...base, source: inProduction ? 'production' : 'directory', personId: found.id, name: found.name, chosen: true }
        : { ...base, source: 'new', personId: null, name, chosen: true, missingChoice: true };
    } else if (resolution?.kind === 'new') {
      result = { ...base, source: 'new', personId: null, name, chosen: true };
    } else {
      const inProduction = this.production.matchesByKey(key);
      const inDirectory = inProduction.length ? [] : this.directory.matchesByKey(key);
      if (inProduction.length) {
        result = { ...base, source: 'production', personId: inProduction[0].id, name: inProduction[0].name, ambiguousCount: inProduction.length };
      } else if (inDirectory.length) {
        result = { ...base, source: 'directory', personId: inDirectory[0].id, name: inDirectory[0].name, ambiguousCount: inDirectory.length };
      } else {
        result = { ...base, source: 'new', personId: null, name };
      }
    }
    // Near keys cost more than the identity key: only worth computing when there is someone to be near.
    if (result.source === 'new' && key !== '' && (this.production.size > 0 || this.directory.size > 0)) {
      const keys = nameKeys(name);
      result.possible = [
        ...this.production.possibleMatches(keys).map((m) => ({ id: m.entry.id, name: m.entry.name, source: 'production' as const, reason: m.reason })),
        ...this.directory.possibleMatches(keys).map((m) => ({ id: m.entry.id, name: m.entry.name, source: 'directory' as const, reason: m.reason })),
      ].slice(0, 5);
    }
    this.cache.set(key, result);
    this.byWrittenName.set(name, result);
    return result;
  }
}
