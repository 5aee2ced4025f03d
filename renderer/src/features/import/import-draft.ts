// What the user has decided so far in the Import panel, as data: the loaded list, whether its first row is a
// header, the column mapping and the answers about unknown titles, departments, contribution types and people.
// Kept per production outside React, so that looking at another panel and coming back loses nothing.
import {
  guessMapping,
  withoutHeaderRow,
  type ColumnMapping,
  type ContributionTypeResolution,
  type DepartmentResolution,
  type ImportPlan,
  type ImportTable,
  type PersonResolution,
  type TitleResolution,
} from '../../../../shared/import';
import type { ImportedTable } from '../../../../shared/ipc/import';

export interface ImportDraft {
  source: ImportedTable | null;
  /** False for a bare list of names: the first row is data. */
  hasHeader: boolean;
  mapping: ColumnMapping;
  titles: Record<string, TitleResolution>;
  departments: Record<string, DepartmentResolution>;
  contributionTypes: Record<string, ContributionTypeResolution>;
  people: Record<string, PersonResolution>;
  defaultTitleId: string | null;
  skipBadRows: boolean;
  /** What is in the "Paste rows" box, kept while the user goes and copies more. */
  pasteText: string;
}

export const EMPTY_DRAFT: ImportDraft = {
  source: null,
  hasHeader: true,
  mapping: {},
  titles: {},
  departments: {},
  contributionTypes: {},
  people: {},
  defaultTitleId: null,
  skipBadRows: false,
  pasteText: '',
};

const drafts = new Map<string, ImportDraft>();

export const savedDraft = (docId: string): ImportDraft => drafts.get(docId) ?? EMPTY_DRAFT;
export const keepDraft = (docId: string, draft: ImportDraft): void => void drafts.set(docId, draft);

/** The table the plan reads: the source as parsed, or read again without a header row. */
export function tableOf(source: ImportedTable, hasHeader: boolean): ImportTable {
  const table: ImportTable = { headers: source.headers, rows: source.rows, rowNumbers: source.rowNumbers, headerRowNumber: source.headerRowNumber, problems: source.problems };
  return hasHeader ? table : withoutHeaderRow(table);
}

/** A fresh draft for a newly loaded list: the guessed mapping, and the answers given so far kept (same keys). */
export function draftForSource(previous: ImportDraft, source: ImportedTable): ImportDraft {
  return { ...previous, source, hasHeader: true, mapping: guessMapping(source.headers) };
}

export function withHeader(draft: ImportDraft, hasHeader: boolean): ImportDraft {
  if (!draft.source) return draft;
  return { ...draft, hasHeader, mapping: guessMapping(tableOf(draft.source, hasHeader).headers) };
}

/** Everything of the plan except the table and the directory, which travel to the preview worker only when they change. */
export type PlanOptions = Omit<ImportPlan, 'table' | 'directory'>;

export function planOptions(draft: ImportDraft, userName: string): PlanOptions {
  return {
    mapping: draft.mapping,
    titles: draft.titles,
    departments: draft.departments,
    contributionTypes: draft.contributionTypes,
    people: draft.people,
    defaultTitleId: draft.defaultTitleId,
    skipBadRows: draft.skipBadRows,
    sourceName: draft.source ? (draft.source.format === 'paste' ? 'pasted rows' : `“${draft.source.fileName}”`) : 'the list',
    userName,
  };
}

/** "Column 3 (Dept)", or "Column 3" when the column has no header of its own. */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index];
  const plain = `Column ${index + 1}`;
  return header && header !== plain ? `${plain} (${header})` : plain;
}
