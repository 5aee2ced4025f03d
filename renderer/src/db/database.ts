// The working copy: one Dexie database holding every open production's records, keyed by [docId+id], plus a
// session row per document. Every edit is a Dexie transaction, so unsaved work survives a crash; the file on disk
// stays the truth. `version(n)` blocks are appended, never edited (Dexie's samples).
import Dexie, { type Table } from 'dexie';
import type {
  AuditEntry, Company, ContributionType, Credit, CreditTitle, Department, Image, Paragraph, Person, Production, Revision, RollStyle, Song,
} from '../../../shared/model/types';

export interface SessionRow {
  docId: string;
  displayName: string;
  hasFile: boolean;
  readOnly: boolean;
  /** Unsaved edits exist: the crash-recovery flag. */
  edited: boolean;
  openedAt: string;
  /** Sentences shown when the document opened (migrated, read-only, ...). */
  notices: string[];
  production: Production;
  style: RollStyle;
}

type Row<T> = T & { docId: string };
export type PersonRow = Row<Person>;
export type CompanyRow = Row<Company>;
export type DepartmentRow = Row<Department>;
export type TitleRow = Row<CreditTitle>;
export type ContributionTypeRow = Row<ContributionType>;
export type CreditRow = Row<Credit>;
export type SongRow = Row<Song>;
export type ImageRow = Row<Image>;
export type ParagraphRow = Row<Paragraph>;
export type AuditRow = Row<AuditEntry>;
export type RevisionRow = Row<Revision>;

/** The per-document record tables, in the order a document lists them. */
export const RECORD_TABLES = ['departments', 'titles', 'contributionTypes', 'people', 'companies', 'credits', 'songs', 'images', 'paragraphs', 'audit', 'revisions'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export class WorkingCopyDb extends Dexie {
  sessions!: Table<SessionRow, string>;
  departments!: Table<DepartmentRow, [string, string]>;
  titles!: Table<TitleRow, [string, string]>;
  contributionTypes!: Table<ContributionTypeRow, [string, string]>;
  people!: Table<PersonRow, [string, string]>;
  companies!: Table<CompanyRow, [string, string]>;
  credits!: Table<CreditRow, [string, string]>;
  songs!: Table<SongRow, [string, string]>;
  images!: Table<ImageRow, [string, string]>;
  paragraphs!: Table<ParagraphRow, [string, string]>;
  audit!: Table<AuditRow, [string, string]>;
  revisions!: Table<RevisionRow, [string, string]>;

  constructor(name = 'rollcall-working-copy') {
    super(name);
    this.version(1).stores({
      sessions: 'docId',
      departments: '[docId+id], docId',
      titles: '[docId+id], docId',
      contributionTypes: '[docId+id], docId',
      people: '[docId+id], docId',
      companies: '[docId+id], docId',
      credits: '[docId+id], docId, [docId+titleId]',
      songs: '[docId+id], docId',
      images: '[docId+id], docId',
      paragraphs: '[docId+id], docId',
      audit: '[docId+id], docId, [docId+entityId]',
      revisions: '[docId+id], docId',
    });
  }

  recordTable(name: RecordTable): Table<Row<{ id: string }>, [string, string]> {
    return this[name] as unknown as Table<Row<{ id: string }>, [string, string]>;
  }
}

/** People a user has worked with, across productions: kept outside any one production. */
export interface DirectoryPerson {
  id: string;
  name: string;
  /** Normalised matching key (see shared/names), indexed for type-ahead. */
  key: string;
  person: Person;
  lastUsedAt: string;
}

export class DirectoryDb extends Dexie {
  people!: Table<DirectoryPerson, string>;
  constructor(name = 'rollcall-directory') {
    super(name);
    this.version(1).stores({ people: 'id, key, name, lastUsedAt' });
  }
}

export const db = new WorkingCopyDb();
export const directoryDb = new DirectoryDb();
