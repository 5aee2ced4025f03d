// Which person a row's name is: someone already in the production, someone from the app-wide directory, a person
// an earlier row of this import creates, or a new person. Same rules as the workspace (shared/names): certain
// matches are used automatically; possible ones ("J. Smith", "Saldana Zoe", "Ruth Okafur") are only shown as hints.
// Results are cached by name key, so a list that names the same person on fifty rows looks them up once. The
// spelling postings behind "Ruth Okafur" are built on the first new name, so an import into an empty production,
// or one whose every name is known, never builds them.
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

/**
 * One literal for every outcome, so that all matches share one object shape: the rows of a 20,000-row import read
 * these fields many times, and objects spread from a common base came out in several shapes. The field order is
 * the order the matches always had (it shows in JSON).
 */
function personMatch(
  key: string,
  source: PersonSource,
  personId: string | null,
  name: string,
  ambiguousCount: number,
  chosen: boolean,
  missingChoice: boolean,
): PersonMatch {
  return { key, ambiguousCount, chosen, missingChoice, possible: [], source, personId, name };
}

export class PeopleMatcher {
  private readonly production: NameIndex<Person>;
  private readonly directory: NameIndex<DirectoryPerson>;
  private readonly directoryById: Map<string, DirectoryPerson>;
  private readonly productionById: Map<string, Person>;
  private readonly cache = new Map<string, PersonMatch>();
  /** The same spelling on many rows is keyed once. */
  private readonly byWrittenName = new Map<string, PersonMatch>();
  private readonly anyResolutions: boolean;

  constructor(
    people: readonly Person[],
    directory: readonly DirectoryPerson[],
    private readonly resolutions: Readonly<Record<string, PersonResolution>> = {},
  ) {
    // Most imports decide nothing per person: then skip looking each key up (a property lookup by a new string).
    this.anyResolutions = Object.keys(resolutions).length > 0;
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
    let result: PersonMatch;
    const resolution = this.anyResolutions ? this.resolutions[key] : undefined;
    if (resolution?.kind === 'existing') {
      const inProduction = this.productionById.get(resolution.personId);
      const inDirectory = inProduction ? undefined : this.directoryById.get(resolution.personId);
      const found = inProduction ?? inDirectory;
      result = found ? personMatch(key, inProduction ? 'production' : 'directory', found.id, found.name, 0, true, false) : personMatch(key, 'new', null, name, 0, true, true);
    } else if (resolution?.kind === 'new') {
      result = personMatch(key, 'new', null, name, 0, true, false);
    } else {
      const inProduction = this.production.matchesByKey(key);
      const inDirectory = inProduction.length ? [] : this.directory.matchesByKey(key);
      if (inProduction.length) {
        result = personMatch(key, 'production', inProduction[0].id, inProduction[0].name, inProduction.length, false, false);
      } else if (inDirectory.length) {
        result = personMatch(key, 'directory', inDirectory[0].id, inDirectory[0].name, inDirectory.length, false, false);
      } else {
        result = personMatch(key, 'new', null, name, 0, false, false);
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
