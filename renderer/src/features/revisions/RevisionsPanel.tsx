// Revisions: named versions of the credits ("Sent to legal", "Studio approved 12 March"), kept in the production
// file. Save one, compare any two (or one with the current credits, or with another production file), export the
// comparison, restore a revision (undoable) or start a new production from one.
import { useMemo, useState } from 'react';
import type { Revision } from '../../../../shared/model/types';
import { rollcall, unwrap } from '../../api';
import { useApp } from '../../app/app-context';
import { useDocumentActions } from '../../app/document-actions';
import type { PanelProps } from '../../app/Workspace';
import { db } from '../../db/database';
import { getCurrentUser } from '../../db/edits';
import { useRevisions } from '../../db/hooks';
import { readDocument } from '../../db/working-copy';
import { ComparePicker } from './ComparePicker';
import { compareSides, type ComparisonResult, type OtherFile, type SideValue } from './compare-sides';
import { ComparisonView } from './ComparisonView';
import { ExportComparisonDialog } from './ExportComparisonDialog';
import { productionFromRevision, restoreRevisionInto, saveRevision } from './revision-edits';
import { RevisionList } from './RevisionList';
import { SaveRevisionDialog } from './SaveRevisionDialog';
import './revisions.css';

const byNewest = (a: Revision, b: Revision) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

function comparedOn(user: string): string {
  return `Compared on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} by ${user}.`;
}

export function RevisionsPanel({ session }: PanelProps) {
  const app = useApp();
  const actions = useDocumentActions();
  const docId = session.docId;
  const rows = useRevisions(docId);
  const revisions = useMemo(() => (rows ? [...rows].sort(byNewest) : undefined), [rows]);
  const [saving, setSaving] = useState(false);
  const [files, setFiles] = useState<OtherFile[]>([]);
  const [beforeSide, setBeforeSide] = useState<SideValue | null>(null);
  const [afterSide, setAfterSide] = useState<SideValue>('current');
  const [result, setResult] = useState<ComparisonResult | null>(null);
  const [comparing, setComparing] = useState(false);
  const [exporting, setExporting] = useState(false);

  // Until the user picks, compare the newest revision with the current credits: "what changed since we sent it?".
  // With no revision yet the menu shows the current credits, and Compare waits (ComparePicker says why).
  const before: SideValue = beforeSide ?? (revisions?.[0] ? `rev:${revisions[0].id}` : 'current');

  const compare = async (from: SideValue = before, to: SideValue = afterSide, loaded: OtherFile[] = files) => {
    if (from === to) return;
    setComparing(true);
    try {
      const document = await readDocument(docId);
      // Let "Comparing…" paint before the comparison takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      setResult(compareSides(document, loaded, from, to, comparedOn(getCurrentUser())));
    } catch (error) {
      actions.report(error);
    } finally {
      setComparing(false);
    }
  };

  const chooseFile = async () => {
    try {
      const chosen = await unwrap(rollcall().revisions.chooseFileToCompare({}));
      for (const notice of chosen.notices) app.notify(notice);
      const loaded = [...files, { displayName: chosen.displayName, document: chosen.document }];
      const side: SideValue = `file:${loaded.length - 1}`;
      setFiles(loaded);
      setBeforeSide(side);
      setAfterSide('current');
      await compare(side, 'current', loaded);
    } catch (error) {
      actions.report(error);
    }
  };

  const restore = async (revision: Revision) => {
    const choice = await app.ask(
      'Restore this revision?',
      `The credits will be replaced by those saved in “${revision.name}”. The revisions stay, and Undo brings back the credits as they are now.`,
      [
        { value: 'cancel', label: 'Cancel' },
        { value: 'restore', label: 'Restore', primary: true },
      ],
    );
    if (choice !== 'restore') return;
    try {
      const changed = await restoreRevisionInto(docId, revision.id);
      app.notify(changed === 0 ? `The credits were already those of “${revision.name}”.` : `Restored the credits of “${revision.name}”. Undo brings back the ones before.`);
    } catch (error) {
      actions.report(error);
    }
  };

  const newProduction = async (revision: Revision) => {
    try {
      const { document } = await productionFromRevision(docId, revision.id);
      // Only one production is open at a time: this one closes first (asking about unsaved changes).
      if (!(await actions.close())) return;
      const { production } = document;
      const opened = await unwrap(rollcall().documents.new({ title: production.title, kind: production.kind, year: production.year }));
      await actions.show({ ...opened, document });
      // The new production exists only in the working copy until it is saved: mark it edited so nothing is lost.
      await db.sessions.update(opened.docId, { edited: true });
      void rollcall().documents.setEdited({ docId: opened.docId, edited: true });
      app.notify(`Started a new production from “${revision.name}”. Save it to give it a file.`);
    } catch (error) {
      actions.report(error);
    }
  };

  const stale = !!result && (result.beforeSide === 'current' || result.afterSide === 'current') && result.version !== session.production.updatedAt;

  return (
    <div className="revisions-panel">
      <header className="revisions-header">
        <div>
          <h2>Revisions</h2>
          <p className="muted">Named versions of the credits, kept in the production file: what was sent to legal, what the studio approved.</p>
        </div>
        <button type="button" className="primary" onClick={() => setSaving(true)} disabled={session.readOnly}>
          Save Revision…
        </button>
      </header>
      {revisions === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <RevisionList revisions={revisions} readOnly={session.readOnly} onRestore={(r) => void restore(r)} onNewProduction={(r) => void newProduction(r)} />
      )}
      {revisions && (
        <ComparePicker
          revisions={revisions}
          files={files}
          before={before}
          after={afterSide}
          busy={comparing}
          onBefore={setBeforeSide}
          onAfter={setAfterSide}
          onCompare={() => void compare()}
          onChooseFile={() => void chooseFile()}
        />
      )}
      {comparing && (
        <p role="status" className="muted">
          Comparing…
        </p>
      )}
      {result && <ComparisonView result={result} stale={stale} onExport={() => setExporting(true)} />}
      {saving && (
        <SaveRevisionDialog
          onCancel={() => setSaving(false)}
          onSave={async (name, note) => {
            const revision = await saveRevision(docId, name, note);
            setSaving(false);
            app.notify(`Saved revision “${revision.name}”.`);
          }}
        />
      )}
      {exporting && result && (
        <ExportComparisonDialog
          result={result}
          onError={actions.report}
          onDone={(message) => {
            setExporting(false);
            if (message) app.notify(message);
          }}
        />
      )}
    </div>
  );
}
