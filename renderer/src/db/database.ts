// The working copy: one Dexie database holding every open production's records, a few hundred to an IndexedDB
// record ("chunks", see chunks.ts), plus a session row per document. Every edit is one Dexie transaction, so
// unsaved work survives a crash; the file on disk stays the truth. `version(n)` blocks are appended, never edited
// (Dexie's samples).
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

/** Records as the working copy holds them: the document's own records, unchanged. */
type Row<T> = T;
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

/** One IndexedDB record of the working copy: up to a few hundred rows of one table of one document. */
export interface ChunkRow {
  docId: string;
  table: RecordTable;
  n: number;
  rows: { id: string }[];
}

export type ChunkKey = [string, RecordTable, number];

/** Rows per chunk: small enough that an edit rewrites little, large enough that loading writes few records. */
export const CHUNK_CAPACITY: Record<RecordTable, number> = {
  departments: 500, titles: 500, contributionTypes: 500, people: 500, companies: 500, credits: 500,
  songs: 500, paragraphs: 500, audit: 500,
  // A revision holds a snapshot of the credits and an image its bytes: one to a record.
  images: 1, revisions: 1,
};

export class WorkingCopyDb extends Dexie {
  sessions!: Table<SessionRow, string>;
  chunks!: Table<ChunkRow, ChunkKey>;

  constructor(name = 'rollcall-working-copy') {
    super(name);
    // Version 1 kept one record per row ([docId+id]); 40,000 of them took seconds to write.
    const v1Tables = Object.fromEntries(RECORD_TABLES.map((t) => [t, t === 'credits' ? '[docId+id], docId, [docId+titleId]' : t === 'audit' ? '[docId+id], docId, [docId+entityId]' : '[docId+id], docId']));
    this.version(1).stores({ sessions: 'docId', ...v1Tables });
    // Version 2 moves any rows left from version 1 (unsaved work of a crashed session) into chunks.
    this.version(2)
      .stores({ chunks: '[docId+table+n], docId' })
      .upgrade(async (tx) => {
        for (const table of RECORD_TABLES) {
          const rows = (await tx.table(table).toArray()) as { docId: string; id: string }[];
          const byDoc = new Map<string, { id: string }[]>();
          for (const { docId, ...row } of rows) {
            if (!byDoc.has(docId)) byDoc.set(docId, []);
            byDoc.get(docId)!.push(row);
          }
          const chunks: ChunkRow[] = [];
          for (const [docId, list] of byDoc) {
            const capacity = CHUNK_CAPACITY[table];
            for (let at = 0, n = 0; at < list.length; at += capacity, n++) chunks.push({ docId, table, n, rows: list.slice(at, at + capacity) });
          }
          await tx.table('chunks').bulkPut(chunks);
        }
      });
    this.version(3).stores(Object.fromEntries(RECORD_TABLES.map((t) => [t, null])));
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
