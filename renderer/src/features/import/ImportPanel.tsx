// Importing a crew or cast list: load it (file or pasted rows), say which column is which, decide about the
// titles and people the production does not have, look at the preview, and confirm. Nothing reaches the
// production before "Import N rows"; then the whole import is one edit, so one Undo takes it all back.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatRowReports, mappingProblems, type ImportField } from '../../../../shared/import';
import type { ImportedTable } from '../../../../shared/ipc/import';
import { rollcall, unwrap } from '../../api';
import { useApp } from '../../app/app-context';
import { useDocumentActions } from '../../app/document-actions';
import type { PanelProps } from '../../app/Workspace';
import { getCurrentUser } from '../../db/edits';
import { useContributionTypes, useDepartments, useDirectory, useTitles } from '../../db/hooks';
import { DecisionsSection } from './DecisionsSection';
import { draftForSource, EMPTY_DRAFT, keepDraft, planOptions, savedDraft, tableOf, withHeader, type ImportDraft } from './import-draft';
import { MappingSection } from './MappingSection';
import { OptionsSection } from './OptionsSection';
import { PeopleSection } from './PeopleSection';
import { ImportFailure, PreviewClient } from './preview-client';
import { PreviewSection } from './PreviewSection';
import { runImport } from './run-import';
import { SourceSection } from './SourceSection';
import { useImportPreview, useWorkingDocument } from './use-import-preview';
import './import.css';

export function ImportPanel({ session }: PanelProps) {
  const app = useApp();
  const actions = useDocumentActions();
  const docId = session.docId;
  const reasonId = useId();
  const [draft, setDraftState] = useState<ImportDraft>(() => savedDraft(docId));
  const [loading, setLoading] = useState(false);
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<{ message: string; lines: string[] } | null>(null);
  const client = useMemo(() => new PreviewClient(), []);
  useEffect(() => () => client.dispose(), [client]);

  const setDraft = useCallback(
    (change: (d: ImportDraft) => ImportDraft) =>
      setDraftState((d) => {
        const next = change(d);
        keepDraft(docId, next);
        return next;
      }),
    [docId],
  );
  const update = (patch: Partial<ImportDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const titles = useTitles(docId);
  const departments = useDepartments(docId);
  const contributionTypes = useContributionTypes(docId);
  const directory = useDirectory();
  const { source } = draft;
  const document = useWorkingDocument(docId, session.production.updatedAt, source !== null);
  const table = useMemo(() => (source ? tableOf(source, draft.hasHeader) : null), [source, draft.hasHeader]);
  const options = useMemo(() => (source ? planOptions(draft, getCurrentUser()) : null), [draft, source]);
  const inputs = useMemo(() => (document && table && directory ? { document, table, directory } : null), [document, table, directory]);
  const { preview, busy, error } = useImportPreview(client, inputs, options);
  const blocking = useMemo(() => (table ? mappingProblems(draft.mapping, table.headers) : []), [draft.mapping, table]);

  // A list is parsed in main and kept there under a token until released.
  const tokenRef = useRef<string | null>(source?.token ?? null);
  const release = (token: string | null) => {
    if (token) void rollcall().import.release({ token });
  };
  const loaded = (next: ImportedTable) => {
    if (tokenRef.current && tokenRef.current !== next.token) release(tokenRef.current);
    tokenRef.current = next.token;
    setFailure(null);
    setDraft((d) => draftForSource(d, next));
  };
  const load = async (read: () => Promise<ImportedTable>) => {
    setLoading(true);
    try {
      loaded(await read());
    } catch (e) {
      actions.report(e);
    } finally {
      setLoading(false);
    }
  };
  const startOver = () => {
    release(tokenRef.current);
    tokenRef.current = null;
    setFailure(null);
    setDraft(() => EMPTY_DRAFT);
  };

  const confirm = async () => {
    if (!table || !options || !directory || !source || !preview) return;
    setImporting(true);
    setFailure(null);
    try {
      const summary = await runImport(docId, client, { table, directory }, options, `Import ${source.format === 'paste' ? 'pasted rows' : `“${source.fileName}”`}`);
      startOver();
      app.notify(summary.sentence);
      app.setPanel('credits');
    } catch (e) {
      if (e instanceof ImportFailure) setFailure({ message: e.message, lines: e.rows ? formatRowReports(e.rows, 20) : [] });
      else actions.report(e);
    } finally {
      setImporting(false);
    }
  };

  const ready = preview?.readyRows ?? 0;
  const canImport = !!preview && preview.canImport && !busy && !importing && !session.readOnly;
  const reason = session.readOnly ? 'This production is open read-only, so nothing can be imported into it.' : busy ? 'Updating the preview…' : (preview?.reason ?? null);

  return (
    <div className="import-panel">
      <header className="import-header">
        <h2>Import a crew or cast list</h2>
        <p className="muted">CSV, tab-separated text or an Excel workbook (.xlsx), or rows pasted from a spreadsheet. Nothing is added until you confirm.</p>
      </header>
      <SourceSection
        source={source}
        hasHeader={draft.hasHeader}
        pasteText={draft.pasteText}
        loading={loading}
        disabled={importing}
        onChooseFile={() => void load(() => unwrap(rollcall().import.chooseFile({})))}
        onChooseSheet={(sheet) => source && void load(() => unwrap(rollcall().import.readSheet({ token: source.token, sheet })))}
        onPasteTextChange={(pasteText) => update({ pasteText })}
        onReadPasted={() => void load(() => unwrap(rollcall().import.parseText({ text: draft.pasteText })))}
        onHasHeaderChange={(hasHeader) => setDraft((d) => withHeader(d, hasHeader))}
        onStartOver={startOver}
      />
      {source && table && (
        <>
          <MappingSection
            table={table}
            mapping={draft.mapping}
            problems={blocking}
            onChange={(column: number, field: ImportField | 'ignore') => setDraft((d) => ({ ...d, mapping: { ...d.mapping, [column]: field } }))}
          />
          {preview && titles && departments && contributionTypes && (
            <DecisionsSection
              catalogue={{ titles, departments, contributionTypes }}
              unknownTitles={preview.unknownTitles}
              unknownDepartments={preview.unknownDepartments}
              unknownContributionTypes={preview.unknownContributionTypes}
              titles={draft.titles}
              departments={draft.departments}
              contributionTypes={draft.contributionTypes}
              onTitle={(key, resolution) => setDraft((d) => ({ ...d, titles: withEntry(d.titles, key, resolution) }))}
              onDepartment={(key, resolution) => setDraft((d) => ({ ...d, departments: { ...d.departments, [key]: resolution } }))}
              onContributionType={(key, resolution) => setDraft((d) => ({ ...d, contributionTypes: withEntry(d.contributionTypes, key, resolution) }))}
              onCreateAll={() =>
                setDraft((d) => ({
                  ...d,
                  titles: { ...Object.fromEntries(preview.unknownTitles.map((l) => [l.key, { kind: 'create' as const }])), ...d.titles },
                  contributionTypes: { ...Object.fromEntries(preview.unknownContributionTypes.map((l) => [l.key, { kind: 'create' as const }])), ...d.contributionTypes },
                }))
              }
            />
          )}
          {preview && <PeopleSection people={preview.peopleToCheck} onChoose={(key, resolution) => setDraft((d) => ({ ...d, people: withEntry(d.people, key, resolution) }))} />}
          {titles && departments && (
            <OptionsSection
              titles={titles}
              departments={departments}
              defaultTitleId={draft.defaultTitleId}
              skipBadRows={draft.skipBadRows}
              onDefaultTitle={(defaultTitleId) => update({ defaultTitleId })}
              onSkipBadRows={(skipBadRows) => update({ skipBadRows })}
            />
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {preview ? <PreviewSection preview={preview} busy={busy} /> : !error && <p className="muted" role="status">Preparing the preview…</p>}
          <footer className="import-footer">
            {failure && (
              <div role="alert" className="error">
                <p>{failure.message}</p>
                {failure.lines.length > 0 && (
                  <ul>
                    {failure.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            {reason && !importing && (
              <p id={reasonId} className={busy ? 'muted' : 'warn'}>
                {reason}
              </p>
            )}
            {importing && (
              <p role="status" className="muted">
                Importing {ready.toLocaleString('en-GB')} {ready === 1 ? 'row' : 'rows'}…
              </p>
            )}
            <div className="button-row">
              <button type="button" onClick={startOver} disabled={importing}>
                Cancel Import
              </button>
              <button type="button" className="primary" disabled={!canImport} aria-describedby={reason ? reasonId : undefined} onClick={() => void confirm()}>
                Import {ready.toLocaleString('en-GB')} {ready === 1 ? 'row' : 'rows'}
              </button>
            </div>
          </footer>
        </>
      )}
    </div>
  );
}

/** A record with `key` set to `value`, or without `key` when the value is null (undecided again). */
function withEntry<V>(record: Record<string, V>, key: string, value: V | null): Record<string, V> {
  const next = { ...record };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}
