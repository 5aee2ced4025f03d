// The window: start page or workspace, the status area, and the wiring of menu commands, shortcuts, pending files
// and crash recovery.
import { useEffect, useRef, useState } from 'react';
import { rollcall, unwrap } from '../api';
import { db } from '../db/database';
import { redo, setCurrentUser, undo } from '../db/edits';
import { useSession } from '../db/hooks';
import { discardWorkingCopy, wasLoadedThisRun } from '../db/working-copy';
import { AppProvider, useApp } from './app-context';
import { useDocumentActions } from './document-actions';
import { commandForKey } from './shortcuts';
import { StartPage } from './StartPage';
import { Workspace } from './Workspace';
import { openWorkingCopy } from './startup';
import { openExportDialog } from '../features/exports/export-dialog-store';

export function App() {
  return (
    <AppProvider>
      <Window />
    </AppProvider>
  );
}

function Window() {
  const app = useApp();
  const actions = useDocumentActions();
  const session = useSession(app.docId);
  const started = useRef(false);
  // Nothing can be opened until the working copy is open (or has been reset after damage).
  const [ready, setReady] = useState(false);

  // Start-up: the user's name, crash recovery, then files handed over on the command line.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const info = await unwrap(rollcall().app.info({})).catch(() => null);
      if (info) setCurrentUser(info.userName);
      const problem = await openWorkingCopy();
      if (problem) app.notify(problem, 'error');
      setReady(true);
      await offerRecovery();
      await takePending();
    })();
  }, []);

  const takePending = async () => {
    const pending = await unwrap(rollcall().documents.takePending({})).catch((e) => {
      actions.report(e);
      return null;
    });
    const first = pending?.documents[0];
    if (first) {
      if (!(await actions.close())) return;
      await actions.show(first);
    }
  };

  const offerRecovery = async () => {
    const sessions = await db.sessions.toArray().catch(() => []);
    // Only leftovers of a previous run: start-up can be slow, and the user may already have opened something.
    for (const s of sessions.filter((x) => !wasLoadedThisRun(x.docId))) {
      if (!s.edited) {
        await discardWorkingCopy(s.docId);
        continue;
      }
      const choice = await app.ask('Recover unsaved changes?', `Rollcall closed unexpectedly while “${s.production.title}” had unsaved changes. Recover them?`, [
        { value: 'recover', label: 'Recover', primary: true },
        { value: 'discard', label: 'Discard Changes' },
      ]);
      if (choice === 'recover') {
        try {
          const attached = await unwrap(rollcall().documents.reattach({ docId: s.docId }));
          await db.sessions.update(s.docId, { displayName: attached.displayName, readOnly: attached.readOnly, hasFile: attached.hasFile });
          app.setDocId(s.docId);
          app.notify(`Recovered your unsaved changes to “${s.production.title}”. Save to keep them.`);
          void rollcall().documents.setEdited({ docId: s.docId, edited: true });
          return;
        } catch (error) {
          actions.report(error);
        }
      } else {
        await discardWorkingCopy(s.docId);
      }
    }
  };

  const runCommand = async (command: string) => {
    const docId = app.docId;
    try {
      switch (command) {
        case 'new':
          if (await actions.close()) app.setPanel('start');
          return;
        case 'open':
          return await actions.open({ via: 'dialog' });
        case 'save':
          return void (await actions.save());
        case 'save-as':
          return void (await actions.saveAs());
        case 'close':
          return void (await actions.close());
        case 'close-window':
          if (await actions.close()) await unwrap(rollcall().app.closeWindow({}));
          return;
        case 'undo':
          if (docId) await undo(docId);
          return;
        case 'redo':
          if (docId) await redo(docId);
          return;
        case 'find':
          if (docId) {
            app.setPanel('credits');
            setTimeout(() => document.querySelector<HTMLInputElement>('[data-find]')?.focus(), 0);
          }
          return;
        case 'export':
          // The Export dialog lives in the Roll & Export panel: show the panel, then open the dialog.
          if (docId) {
            app.setPanel('roll');
            openExportDialog();
          }
          return;
        case 'import':
        case 'revisions':
        case 'preview':
        case 'checks':
          if (docId) app.setPanel(command === 'preview' ? 'roll' : command);
          return;
      }
    } catch (error) {
      actions.report(error);
    }
  };
  const runRef = useRef(runCommand);
  runRef.current = runCommand;

  useEffect(() => {
    const offMenu = rollcall().events.on('menu:command', ({ command }) => void runRef.current(command));
    const offPending = rollcall().events.on('documents:pending', () => void takePending());
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e, navigator.platform);
      if (!command) return;
      e.preventDefault();
      void runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      offPending();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(() => {
    document.title = session ? `${session.edited ? '• ' : ''}${session.production.title} — ${session.displayName} — Rollcall` : 'Rollcall';
  }, [session?.edited, session?.production.title, session?.displayName]);

  return (
    <div className="app">
      <div className="app-body">
        {!ready ? (
          <main className="start-page" aria-busy="true">
            <p className="muted">Starting Rollcall…</p>
          </main>
        ) : app.docId && session ? (
          <Workspace session={session} />
        ) : (
          <StartPage />
        )}
      </div>
      <Notices />
    </div>
  );
}

/** How many messages show before the rest fold behind a "n More" button, so the strip stays short. */
const SHOWN_NOTICES = 3;

/**
 * The message strip along the bottom edge: in the page flow (not floating), so it covers no control, and under any
 * dialog's backdrop (a dialog shows its own errors inside it). The newest few show; older ones stay reachable.
 */
function Notices() {
  const app = useApp();
  const [expanded, setExpanded] = useState(false);
  const folded = expanded ? 0 : Math.max(0, app.notices.length - SHOWN_NOTICES);
  return (
    <div className="notices" role="status" aria-live="polite">
      {app.notices.length > SHOWN_NOTICES && (
        <button type="button" className="link notices-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show Fewer Messages' : `Show ${folded} More ${folded === 1 ? 'Message' : 'Messages'}`}
        </button>
      )}
      {app.notices.map((n, i) => (
        <div key={n.id} className={`notice notice-${n.tone}`} hidden={i < folded}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss message" onClick={() => app.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
