// All reads of the working copy. Record tables come from memory (records.ts), which an edit updates once its
// chunks are written; the session row and the directory are live queries that re-render when a transaction
// touches them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { db, directoryDb, type RecordTable } from './database';
import { onUndoChange, undoState } from './edits';
import { ensureRecords, recordRows, subscribeRecords } from './records';

const NONE: never[] = [];

function useRows<T>(table: RecordTable, docId: string | null): T[] | undefined {
  const snapshot = useCallback(() => (docId ? recordRows(docId, table) : NONE), [docId, table]);
  const rows = useSyncExternalStore(subscribeRecords, snapshot);
  useEffect(() => {
    // A recovered document is read from IndexedDB once; a failure shows as no rows (the session has gone).
    if (docId) ensureRecords(docId).catch(() => undefined);
  }, [docId]);
  return rows as unknown as T[] | undefined;
}

export const useSession = (docId: string | null) => useLiveQuery(() => (docId ? db.sessions.get(docId) : undefined), [docId]);
export const usePeople = (docId: string | null) => useRows<import('./database').PersonRow>('people', docId);
export const useCompanies = (docId: string | null) => useRows<import('./database').CompanyRow>('companies', docId);
export const useDepartments = (docId: string | null) => useRows<import('./database').DepartmentRow>('departments', docId);
export const useTitles = (docId: string | null) => useRows<import('./database').TitleRow>('titles', docId);
export const useContributionTypes = (docId: string | null) => useRows<import('./database').ContributionTypeRow>('contributionTypes', docId);
export const useCredits = (docId: string | null) => useRows<import('./database').CreditRow>('credits', docId);
export const useSongs = (docId: string | null) => useRows<import('./database').SongRow>('songs', docId);
export const useParagraphs = (docId: string | null) => useRows<import('./database').ParagraphRow>('paragraphs', docId);
export const useImages = (docId: string | null) => useRows<import('./database').ImageRow>('images', docId);
export const useRevisions = (docId: string | null) => useRows<import('./database').RevisionRow>('revisions', docId);

/** History of one record, newest first. */
export function useHistory(docId: string | null, entityId: string | null) {
  const audit = useRows<import('./database').AuditRow>('audit', docId);
  return useMemo(() => {
    if (!audit || !entityId) return audit && [];
    return audit.filter((e) => e.entityId === entityId).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }, [audit, entityId]);
}

export const useDirectory = () => useLiveQuery(() => directoryDb.people.orderBy('name').toArray(), []);

export function useUndoState(docId: string | null) {
  const [state, setState] = useState(() => (docId ? undoState(docId) : null));
  useEffect(() => {
    setState(docId ? undoState(docId) : null);
    return onUndoChange(() => setState(docId ? undoState(docId) : null));
  }, [docId]);
  return state ?? { canUndo: false, canRedo: false, undoLabel: '', redoLabel: '' };
}
