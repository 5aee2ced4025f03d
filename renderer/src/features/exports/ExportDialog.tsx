// The Export dialog: which form the credits go out in, which episode of a series, and the revision printed on PDF
// pages. Main builds the file and asks where to save it; the dialog reports the saved name, or main's sentence
// when something went wrong. Opened from the Roll & Export panel and from File > Export.
import { useEffect, useId, useState } from 'react';
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../../../shared/export/formats';
import { ApiError } from '../../api';
import { useApp } from '../../app/app-context';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import type { SessionRow } from '../../db/database';
import { useRevisions } from '../../db/hooks';
import { EpisodeSelect } from '../roll/EpisodeSelect';
import { latestRevision, unchangedRevisionName } from './revision-default';
import { runExport, WORKING_COPY_LABEL } from './run-export';
import './exports.css';

/** What each format is for, read by screen readers after the format's name. */
const PURPOSE: Record<ExportFormat, string> = {
  pdf: 'Paged, with the production, revision, date and page numbers on every page.',
  txt: 'The roll as it reads: headings, roles and names.',
  csv: 'One row per credit with every field, for legal and accounting review.',
  tsv: 'Role, a tab, the name: the title-house convention.',
  html: 'A single self-contained file that plays like the crawl.',
  json: 'The roll’s structure, for other tools.',
  justification: 'Every producing credit with its contributions, justifications, evidence and approval.',
};

/** Formats that list uncredited credits too (for reviewers); the others are the roll as it reads. */
const KEEPS_UNCREDITED: ReadonlySet<ExportFormat> = new Set(['csv', 'justification']);

/** The warning shown when the chosen export would hold no credit at all; null when it would hold some. */
export function emptyExportText(format: ExportFormat, counts: { credits: number; uncredited: number }): string | null {
  const none = counts.credits === 0 && (!KEEPS_UNCREDITED.has(format) || counts.uncredited === 0);
  return none ? 'No credits are on the roll yet, so this export would contain no credits. You can still export it.' : null;
}

export function ExportDialog(props: {
  session: SessionRow;
  episodeId: string | null;
  /** The counts of the roll the panel shows (for props.episodeId); null while it is composed. */
  rollCounts: { credits: number; uncredited: number } | null;
  beforeExport: () => Promise<void>;
  onClose: () => void;
}) {
  const { session } = props;
  const app = useApp();
  const id = useId();
  const revisions = useRevisions(session.docId);
  const latest = latestRevision(revisions);
  // The latest revision's name, once the credits are known to be unchanged since it was saved (null until then).
  const [unchangedName, setUnchangedName] = useState<string | null>(null);
  useEffect(() => {
    setUnchangedName(null);
    if (!latest) return;
    let current = true;
    void unchangedRevisionName(session.docId, latest.id).then(
      (name) => current && setUnchangedName(name),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [session.docId, latest?.id, session.production.updatedAt]);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const episodes = session.production.kind === 'series' ? session.production.episodes : [];
  const [episodeId, setEpisodeId] = useState<string | null>(episodes.some((e) => e.id === props.episodeId) ? props.episodeId : null);
  // Until the user types a label, it follows the latest revision while the credits are still those it saved.
  const [typedRevision, setTypedRevision] = useState<string | null>(null);
  const revisionLabel = typedRevision ?? unchangedName ?? WORKING_COPY_LABEL;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Warned, not refused: an empty export is harmless and may be wanted (a layout check, a blank template).
  // The counts are the panel's episode's; another episode chosen here is not composed just for this warning.
  const emptyWarning = props.rollCounts && episodeId === props.episodeId ? emptyExportText(format, props.rollCounts) : null;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.beforeExport();
      const fileName = await runExport({ docId: session.docId, format, episodeId, revisionLabel });
      app.notify(`Exported ${fileName}.`);
      props.onClose();
    } catch (e) {
      // Dismissing the save dialog is not an error: the dialog stays open for another try.
      if (!(e instanceof ApiError && e.code === 'CANCELLED')) setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Export" onCancel={() => !busy && props.onClose()}>
      <form
        aria-label="Export options"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <fieldset className="export-formats">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((f) => (
            <div key={f} className="export-format">
              <label className="inline">
                <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} aria-describedby={`${id}-${f}`} />
                {FORMAT_INFO[f].label}
              </label>
              <span id={`${id}-${f}`} className="muted export-purpose">
                {PURPOSE[f]}
              </span>
            </div>
          ))}
        </fieldset>

        {episodes.length > 0 && (
          <div className="number-field">
            <EpisodeSelect id={`${id}-episode`} episodes={episodes} value={episodeId} onChange={setEpisodeId} />
          </div>
        )}

        <label>
          Revision label
          <input type="text" value={revisionLabel} maxLength={200} onChange={(e) => setTypedRevision(e.target.value)} aria-describedby={`${id}-revision-hint`} />
          <span id={`${id}-revision-hint`} className="muted field-hint">
            Printed at the top of every PDF page and added to the file name.
          </span>
        </label>

        {emptyWarning && <p className="warn">{emptyWarning}</p>}

        <DialogFooter error={error} onCancel={props.onClose} cancelDisabled={busy} submitLabel={busy ? 'Exporting…' : 'Export…'} submitDisabled={busy} />
      </form>
    </Modal>
  );
}
