// The workspace of one production: a toolbar, the panels as tabs, and the open panel.
import { useState } from 'react';
import type { SessionRow } from '../db/database';
import { redo, undo } from '../db/edits';
import { useUndoState } from '../db/hooks';
import { ChecksPanel } from '../features/checks/ChecksPanel';
import { CreditsPanel } from '../features/credits/CreditsPanel';
import { ImportPanel } from '../features/import/ImportPanel';
import { PeoplePanel } from '../features/people/PeoplePanel';
import { RevisionsPanel } from '../features/revisions/RevisionsPanel';
import { RollPanel } from '../features/roll/RollPanel';
import { TitlesPanel } from '../features/titles/TitlesPanel';
import { useApp } from './app-context';
import { useDocumentActions } from './document-actions';
import { ProductionDetails } from './ProductionDetails';

const PANELS = [
  { id: 'credits', label: 'Credits', Component: CreditsPanel },
  { id: 'people', label: 'People & Companies', Component: PeoplePanel },
  { id: 'titles', label: 'Credit Titles', Component: TitlesPanel },
  { id: 'checks', label: 'Checks', Component: ChecksPanel },
  { id: 'roll', label: 'Roll & Export', Component: RollPanel },
  { id: 'revisions', label: 'Revisions', Component: RevisionsPanel },
  { id: 'import', label: 'Import', Component: ImportPanel },
] as const;

export interface PanelProps {
  session: SessionRow;
}

export function Workspace({ session }: PanelProps) {
  const app = useApp();
  const actions = useDocumentActions();
  const undoState = useUndoState(session.docId);
  const panelId = PANELS.some((p) => p.id === app.panel) ? app.panel : 'credits';
  const panel = PANELS.find((p) => p.id === panelId)!;
  const Current = panel.Component;
  const [details, setDetails] = useState(false);

  return (
    <div className="workspace">
      <header className="toolbar">
        <div className="doc-title">
          <h1>{session.production.title}</h1>
          <span className="muted">
            {session.displayName}
            {session.edited ? ' — edited' : ''}
            {session.readOnly ? ' — read-only' : ''}
          </span>
        </div>
        <div className="toolbar-buttons" role="toolbar" aria-label="Production">
          <button type="button" onClick={() => void actions.save()}>
            Save
          </button>
          <button type="button" disabled={!undoState.canUndo} title={undoState.undoLabel} onClick={() => void undo(session.docId).catch(actions.report)}>
            Undo
          </button>
          <button type="button" disabled={!undoState.canRedo} title={undoState.redoLabel} onClick={() => void redo(session.docId).catch(actions.report)}>
            Redo
          </button>
          <button type="button" onClick={() => setDetails(true)} disabled={session.readOnly}>
            Production Details…
          </button>
          <button type="button" onClick={() => void actions.revert()} disabled={!session.hasFile}>
            Revert
          </button>
          <button type="button" onClick={() => void actions.close()}>
            Close Production
          </button>
        </div>
      </header>
      {session.readOnly && (
        <p className="banner" role="note">
          {session.notices[0] ?? 'This production is open read-only.'}
        </p>
      )}
      <nav role="tablist" aria-label="Workspace" className="tabs">
        {PANELS.map((p) => (
          <button key={p.id} type="button" role="tab" aria-selected={p.id === panelId} aria-controls={`panel-${p.id}`} id={`tab-${p.id}`} onClick={() => app.setPanel(p.id)}>
            {p.label}
          </button>
        ))}
      </nav>
      <section role="tabpanel" id={`panel-${panelId}`} aria-labelledby={`tab-${panelId}`} className="panel">
        <Current session={session} />
      </section>
      {details && <ProductionDetails session={session} onClose={() => setDetails(false)} />}
    </div>
  );
}
