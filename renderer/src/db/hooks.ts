// All reads of the working copy. Record tables come from the in-memory mirror (mirror.ts), which edits update
// directly; the session row, history and directory are live queries that re-render when a transaction touches them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { db, directoryDb, type RecordTable } from './database';
import { onUndoChange, undoState } from './edits';
import { ensureMirror, mirrorRows, subscribeMirror } from './mirror';

const NONE: never[] = [];

function useRows<T>(table: RecordTable, docId: string | null): T[] | undefined {
  const snapshot = useCallback(() => (docId ? mirrorRows(docId, table) : NONE), [docId, table]);
  const rows = useSyncExternalStore(subscribeMirror, snapshot);
  useEffect(() => {
    if (docId) void ensureMirror(docId);
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
export const useHistory = (docId: string | null, entityId: string | null) =>
  useLiveQuery(async () => {
    if (!docId || !entityId) return [];
    const rows = await db.audit.where('[docId+entityId]').equals([docId, entityId]).toArray();
    return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }, [docId, entityId]);

export const useDirectory = () => useLiveQuery(() => directoryDb.people.orderBy('name').toArray(), []);

export function useUndoState(docId: string | null) {
  const [state, setState] = useState(() => (docId ? undoState(docId) : null));
  useEffect(() => {
    setState(docId ? undoState(docId) : null);
    return onUndoChange(() => setState(docId ? undoState(docId) : null));
  }, [docId]);
  return state ?? { canUndo: false, canRedo: false, undoLabel: '', redoLabel: '' };
}
