// Roll & Export: the roll as it will look (the live preview, drawn by the exports' own HTML renderer), its style,
// its crawl timing, the episode of a series, and the Export dialog.
import { useId, useState } from 'react';
import { useDocumentActions } from '../../app/document-actions';
import type { PanelProps } from '../../app/Workspace';
import { EpisodeSelect } from './EpisodeSelect';
import { closeExportDialog, openExportDialog, useExportDialogOpen } from '../exports/export-dialog-store';
import { ExportDialog } from '../exports/ExportDialog';
import { RollBlocksEditor } from './RollBlocksEditor';
import { RollPreview } from './RollPreview';
import { StyleControls } from './StyleControls';
import { TimingPanel } from './TimingPanel';
import { useRoll } from './use-roll';
import { useStyleEditor } from './use-style-editor';
import './roll.css';

export function RollPanel({ session }: PanelProps) {
  const actions = useDocumentActions();
  const id = useId();
  const editor = useStyleEditor(session.docId, session.style, actions.report);
  const episodes = session.production.kind === 'series' ? session.production.episodes : [];
  const [chosenEpisode, setEpisode] = useState<string | null>(null);
  const episodeId = episodes.some((e) => e.id === chosenEpisode) ? chosenEpisode : null;
  const state = useRoll(session, editor.style, episodeId);
  const [showSafeArea, setShowSafeArea] = useState(true);
  const exportOpen = useExportDialogOpen();

  return (
    <div className="roll-panel">
      <aside className="roll-controls" aria-label="Roll style">
        <h2>Style</h2>
        <StyleControls editor={editor} readOnly={session.readOnly} />
        <section aria-labelledby={`${id}-blocks`}>
          <h2 id={`${id}-blocks`}>Songs, paragraphs and logos</h2>
          <RollBlocksEditor docId={session.docId} readOnly={session.readOnly} report={actions.report} />
        </section>
      </aside>

      <div className="roll-main">
        <div className="roll-toolbar" role="toolbar" aria-label="Roll">
          {episodes.length > 0 && (
            <span className="roll-episode">
              <EpisodeSelect id={`${id}-episode`} episodes={episodes} value={episodeId} onChange={setEpisode} />
            </span>
          )}
          <label className="inline">
            <input type="checkbox" checked={showSafeArea} onChange={(e) => setShowSafeArea(e.target.checked)} />
            Show title-safe area
          </label>
          {state.status === 'ready' && (
            <span className="muted roll-counts" aria-live="polite">
              {countsText(state.roll.counts)}
            </span>
          )}
          <button type="button" className="primary" onClick={openExportDialog}>
            Export…
          </button>
        </div>

        {state.status === 'loading' && <p className="muted">Composing the roll…</p>}
        {state.status === 'error' && (
          <p role="alert" className="error">
            {state.message}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            {state.roll.warnings.length > 0 && (
              <ul className="roll-warnings" aria-label="Roll warnings">
                {state.roll.warnings.slice(0, 5).map((w) => (
                  <li key={w} className="warn">
                    {w}
                  </li>
                ))}
                {state.roll.warnings.length > 5 && <li className="warn">…and {state.roll.warnings.length - 5} more.</li>}
              </ul>
            )}
            <RollPreview label="Roll preview" roll={state.roll} style={editor.style} showSafeArea={showSafeArea} emptyMessage={emptyRollText(state.roll.counts)} />
            <TimingPanel roll={state.roll} editor={editor} readOnly={session.readOnly} />
          </>
        )}
      </div>

      {exportOpen && (
        <ExportDialog
          session={session}
          episodeId={episodeId}
          rollCounts={state.status === 'ready' ? state.roll.counts : null}
          beforeExport={editor.flush}
          onClose={closeExportDialog}
        />
      )}
    </div>
  );
}

/** Why the preview is blank, when no credit is on the roll; null when some are. */
export function emptyRollText(counts: { credits: number; uncredited: number }): string | null {
  if (counts.credits > 0) return null;
  return counts.uncredited > 0
    ? 'No credits on the roll: every credit is marked Uncredited. Clear Uncredited on a credit in the Credits panel to put it on the roll.'
    : 'No credits on the roll yet: add credits in the Credits panel.';
}

function countsText(counts: { credits: number; names: number; uncredited: number }): string {
  const n = (x: number, one: string, many: string) => `${x.toLocaleString('en')} ${x === 1 ? one : many}`;
  const base = `${n(counts.credits, 'credit', 'credits')}, ${n(counts.names, 'name', 'names')} on the roll`;
  return counts.uncredited ? `${base}; ${n(counts.uncredited, 'uncredited credit', 'uncredited credits')} left off` : base;
}
