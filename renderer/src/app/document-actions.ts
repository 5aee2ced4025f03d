// File commands: new, open, save, save as, revert, close, with the questions a desktop app asks on the way.
import { useCallback } from 'react';
import type { OpenedDocument } from '../../../shared/ipc/documents';
import type { ProductionKind } from '../../../shared/model/types';
import { ApiError, rollcall, unwrap } from '../api';
import { db } from '../db/database';
import { forgetHistory } from '../db/edits';
import { discardWorkingCopy, loadIntoWorkingCopy, markSaved, readDocument } from '../db/working-copy';
import { useApp } from './app-context';

export function useDocumentActions() {
  const app = useApp();
  const { docId, setDocId, notify, ask } = app;

  const show = useCallback(
    async (opened: OpenedDocument) => {
      await loadIntoWorkingCopy(opened, { background: true });
      forgetHistory(opened.docId);
      setDocId(opened.docId);
      app.setPanel('credits');
      for (const notice of opened.notices) notify(notice);
    },
    [setDocId, notify, app],
  );

  const report = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.code === 'CANCELLED') return;
      notify(error instanceof Error ? error.message : String(error), 'error');
    },
    [notify],
  );

  const saveAs = useCallback(async (): Promise<boolean> => {
    if (!docId) return false;
    try {
      const document = await readDocument(docId);
      const result = await unwrap(rollcall().documents.saveAs({ docId, document }));
      await markSaved(docId, result.displayName, document);
      notify(`Saved as ${result.displayName}.`);
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  }, [docId, notify, report]);

  const save = useCallback(async (): Promise<boolean> => {
    if (!docId) return false;
    const session = await db.sessions.get(docId);
    if (!session) return false;
    if (!session.hasFile || session.readOnly) return saveAs();
    const document = await readDocument(docId);
    const attempt = async (overwriteExternalChange: boolean): Promise<boolean> => {
      try {
        const result = await unwrap(rollcall().documents.save({ docId, document, overwriteExternalChange }));
        await markSaved(docId, result.displayName, document);
        notify(`Saved ${result.displayName}.`);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'EXTERNAL_CHANGE') {
          const choice = await ask('The file changed on disk', `${error.message} What would you like to do?`, [
            { value: 'overwrite', label: 'Overwrite with my version' },
            { value: 'save-as', label: 'Save mine as a new file…', primary: true },
            { value: 'reload', label: 'Reload from disk (drop my edits)' },
          ]);
          if (choice === 'overwrite') return attempt(true);
          if (choice === 'save-as') return saveAs();
          if (choice === 'reload') {
            const opened = await unwrap(rollcall().documents.revert({ docId }));
            await show(opened);
            return false;
          }
          return false;
        }
        report(error);
        return false;
      }
    };
    return attempt(false);
  }, [docId, saveAs, notify, ask, report, show]);

  /** Asks about unsaved edits; true when it is fine to go on (saved or discarded). */
  const settleUnsaved = useCallback(async (): Promise<boolean> => {
    if (!docId) return true;
    const session = await db.sessions.get(docId);
    if (!session?.edited) return true;
    const choice = await ask('Unsaved changes', `Do you want to save the changes you made to “${session.production.title}”?`, [
      { value: 'save', label: 'Save', primary: true },
      { value: 'discard', label: 'Don’t Save' },
      { value: 'cancel', label: 'Cancel' },
    ]);
    if (choice === 'save') return save();
    return choice === 'discard';
  }, [docId, ask, save]);

  const close = useCallback(async (): Promise<boolean> => {
    if (!docId) return true;
    if (!(await settleUnsaved())) return false;
    await unwrap(rollcall().documents.close({ docId })).catch(() => undefined);
    await discardWorkingCopy(docId);
    forgetHistory(docId);
    setDocId(null);
    return true;
  }, [docId, settleUnsaved, setDocId]);

  const newProduction = useCallback(
    async (init: { title: string; kind: ProductionKind; year: number | null }) => {
      if (!(await close())) return;
      try {
        await show(await unwrap(rollcall().documents.new(init)));
      } catch (error) {
        report(error);
      }
    },
    [close, show, report],
  );

  const open = useCallback(
    async (via: { via: 'dialog' } | { via: 'recent'; recentId: string }) => {
      if (!(await close())) return;
      try {
        await show(await unwrap(rollcall().documents.open(via)));
      } catch (error) {
        report(error);
      }
    },
    [close, show, report],
  );

  const revert = useCallback(async () => {
    if (!docId) return;
    const choice = await ask('Revert to saved', 'Drop every change since the last save and reload the file from disk?', [
      { value: 'revert', label: 'Revert', primary: true },
      { value: 'cancel', label: 'Cancel' },
    ]);
    if (choice !== 'revert') return;
    try {
      await show(await unwrap(rollcall().documents.revert({ docId })));
    } catch (error) {
      report(error);
    }
  }, [docId, ask, show, report]);

  return { show, save, saveAs, close, open, newProduction, revert, settleUnsaved, report };
}
