// Where the rows come from: a file chosen in main's dialog (CSV, tab-separated or an Excel workbook, with a
// sheet menu for workbooks), or rows pasted from a spreadsheet. Main reads and parses; this only asks.
import { useId } from 'react';
import type { ImportedTable } from '../../../../shared/ipc/import';

export interface SourceSectionProps {
  source: ImportedTable | null;
  hasHeader: boolean;
  pasteText: string;
  loading: boolean;
  disabled: boolean;
  onChooseFile: () => void;
  onChooseSheet: (sheet: string) => void;
  onPasteTextChange: (text: string) => void;
  onReadPasted: () => void;
  onHasHeaderChange: (hasHeader: boolean) => void;
  onStartOver: () => void;
}

export function SourceSection(props: SourceSectionProps) {
  const headingId = useId();
  const hintId = useId();
  const { source } = props;
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId}>1. The list</h3>
      <div className="import-source-row">
        <button type="button" className={source ? undefined : 'primary'} onClick={props.onChooseFile} disabled={props.disabled || props.loading}>
          Choose File…
        </button>
        {source && (
          <button type="button" onClick={props.onStartOver} disabled={props.loading}>
            Start Over
          </button>
        )}
        {props.loading && <span role="status" className="muted">Reading the list…</span>}
      </div>
      {source && (
        <p className="import-source-name">
          <strong>{source.fileName}</strong>{' '}
          <span className="muted">
            {source.description} · {source.rows.length.toLocaleString('en-GB')} {source.rows.length === 1 ? 'row' : 'rows'} below the header
          </span>
        </p>
      )}
      {source && source.sheetNames.length > 1 && (
        <label className="import-narrow">
          Sheet
          <select value={source.sheet ?? ''} onChange={(e) => props.onChooseSheet(e.target.value)} disabled={props.loading}>
            {source.sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {source?.notices.map((notice) => (
        <p key={notice} className="warn">
          {notice}
        </p>
      ))}
      {source && (
        <label className="inline">
          <input type="checkbox" checked={props.hasHeader} onChange={(e) => props.onHasHeaderChange(e.target.checked)} />
          The first row holds column names
        </label>
      )}
      <div className="import-paste">
        <label>
          Paste rows
          <textarea
            aria-describedby={hintId}
            rows={4}
            value={props.pasteText}
            onChange={(e) => props.onPasteTextChange(e.target.value)}
            placeholder={'Name\tRole\tDepartment\nMara Lefort\tGaffer\tElectric'}
            spellCheck={false}
            disabled={props.disabled}
          />
        </label>
        <p id={hintId} className="muted import-hint">
          Or copy rows in a spreadsheet, header row included, and paste them above.
        </p>
        <button type="button" onClick={props.onReadPasted} disabled={props.disabled || props.loading || props.pasteText.trim() === ''}>
          Read Pasted Rows
        </button>
      </div>
    </section>
  );
}
