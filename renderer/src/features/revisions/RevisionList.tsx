// The saved revisions, newest first: name, who saved it, when, the note, and what can be done with each.
import type { Revision } from '../../../../shared/model/types';
import { revisionDateTime } from './revision-dates';

export function RevisionList(props: { revisions: Revision[]; readOnly: boolean; onRestore: (r: Revision) => void; onNewProduction: (r: Revision) => void }) {
  if (props.revisions.length === 0) {
    return <p className="muted">No revisions yet. Save one before the credits go out, to see later what changed since.</p>;
  }
  return (
    <table className="revision-list" aria-label="Saved revisions">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Saved by</th>
          <th scope="col">When</th>
          <th scope="col">Note</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.revisions.map((revision) => (
          <tr key={revision.id}>
            <th scope="row" dir="auto" className="revision-name">
              {revision.name}
            </th>
            <td>{revision.createdBy || '—'}</td>
            <td>
              <time dateTime={revision.createdAt}>{revisionDateTime(revision.createdAt)}</time>
            </td>
            <td dir="auto" className="revision-note">
              {revision.note}
            </td>
            <td>
              <div className="revision-actions">
              <button type="button" onClick={() => props.onRestore(revision)} disabled={props.readOnly}>
                Restore This Revision
              </button>
              <button type="button" onClick={() => props.onNewProduction(revision)}>
                New Production from Revision
              </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
