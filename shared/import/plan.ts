// What the user decided in the import dialog (or on the command line), as data: the table, which column is which
// field, and what to do with titles, departments, contribution types and people the production does not have yet.
// `applyImport(document, plan)` turns a plan into a new document; the preview shows what a plan would do.
import type { Contact, GuildMembership, Person } from '../model/types';
import type { ColumnMapping } from './fields';
import type { ImportTable } from './table';

/**
 * A person in the app-wide directory (kept outside any one production). Only `id` and `name` are required; the
 * renderer's directory rows ({ id, name, key, person, lastUsedAt }) can be passed as they are, and then `person`
 * is what is copied into the production (under the directory's id, as adding from the directory does).
 */
export interface DirectoryPerson {
  id: string;
  name: string;
  person?: Person;
  sortName?: string;
  legalName?: string;
  pronouns?: string;
  contact?: Partial<Contact>;
  guilds?: GuildMembership[];
  notes?: string;
}

/** An unknown credit title: use an existing title instead, or create it (in a department, else the row's one). */
export type TitleResolution = { kind: 'map'; titleId: string } | { kind: 'create'; departmentId?: string };
/** An unknown department named by rows whose titles are created: use an existing department, or create it. */
export type DepartmentResolution = { kind: 'map'; departmentId: string } | { kind: 'create' };
export type ContributionTypeResolution = { kind: 'map'; typeId: string } | { kind: 'create' };
/** Override the automatic match for every row with this name: always a new person, or this person (production or directory id). */
export type PersonResolution = { kind: 'new' } | { kind: 'existing'; personId: string };

export interface ImportPlan {
  table: ImportTable;
  mapping: ColumnMapping;
  /** Keyed by `labelKey(name as written in the file)`. */
  titles?: Record<string, TitleResolution>;
  departments?: Record<string, DepartmentResolution>;
  contributionTypes?: Record<string, ContributionTypeResolution>;
  /** Keyed by `nameKey(name)`. */
  people?: Record<string, PersonResolution>;
  /** The app-wide directory, matched after the production's own people. */
  directory?: readonly DirectoryPerson[];
  /** Create every unknown title, department and contribution type instead of reporting them (the CLI's --create-missing). */
  createMissing?: boolean;
  /** The credit title for rows whose title cell is empty. */
  defaultTitleId?: string | null;
  /** Import the good rows and report the others, instead of refusing the whole import. */
  skipBadRows?: boolean;
  /** For audit entries and the summary ("crew.csv", "Pasted rows"). */
  sourceName?: string;
  /** Recorded as the author of contributions and audit entries. */
  userName?: string;
  /** The import's timestamp (ISO-8601); now when absent. */
  now?: string;
}
