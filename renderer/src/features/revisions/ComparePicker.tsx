// Choosing what to compare: any saved revision, the current credits, or another production file (chosen in
// main's dialog), on either side.
import { useId } from 'react';
import type { Revision } from '../../../../shared/model/types';
import type { OtherFile, SideValue } from './compare-sides';
import { revisionDate } from './revision-dates';

function SideOptions({ revisions, files }: { revisions: Revision[]; files: OtherFile[] }) {
  return (
    <>
      <option value="current">Current credits</option>
      {revisions.length > 0 && (
        <optgroup label="Revisions">
          {revisions.map((r) => (
            <option key={r.id} value={`rev:${r.id}`}>
              {r.name} ({revisionDate(r.createdAt)})
            </option>
          ))}
        </optgroup>
      )}
      {files.length > 0 && (
        <optgroup label="Other production files">
          {files.map((f, i) => (
            <option key={i} value={`file:${i}`}>
              {f.displayName}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}

export interface ComparePickerProps {
  revisions: Revision[];
  files: OtherFile[];
  before: SideValue | null;
  after: SideValue;
  busy: boolean;
  onBefore: (side: SideValue) => void;
  onAfter: (side: SideValue) => void;
  onCompare: () => void;
  onChooseFile: () => void;
}

export function ComparePicker(props: ComparePickerProps) {
  const headingId = useId();
  const hintId = useId();
  const before = props.before ?? 'current';
  // Comparing a version with itself shows nothing: say why Compare waits instead of letting it do nothing.
  const why =
    before !== props.after ? null : props.revisions.length === 0 && props.files.length === 0 ? 'Save a revision first to compare it with the current credits.' : 'Choose two different versions to compare.';
  return (
    <section className="compare-picker" aria-labelledby={headingId}>
      <h3 id={headingId}>Compare</h3>
      <div className="compare-row">
        <label>
          Before
          <select value={before} onChange={(e) => props.onBefore(e.target.value as SideValue)}>
            <SideOptions revisions={props.revisions} files={props.files} />
          </select>
        </label>
        <label>
          After
          <select value={props.after} onChange={(e) => props.onAfter(e.target.value as SideValue)}>
            <SideOptions revisions={props.revisions} files={props.files} />
          </select>
        </label>
        <button type="button" className="primary" onClick={props.onCompare} disabled={props.busy || why !== null} aria-describedby={why ? hintId : undefined}>
          Compare
        </button>
        <button type="button" onClick={props.onChooseFile} disabled={props.busy}>
          Compare With Another Production File…
        </button>
      </div>
      {why && (
        <p id={hintId} className="muted">
          {why}
        </p>
      )}
    </section>
  );
}
