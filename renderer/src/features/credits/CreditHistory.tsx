// Every change to one credit, newest first: who, when, what, and each field's before and after.
import type { AuditEntry } from '../../../../shared/model/types';
import { useHistory } from '../../db/hooks';
import { fieldLabel, formatWhen, historyAction, historyValue } from './format';
import type { CreditData } from './use-credit-data';

const HIDDEN_FIELDS = new Set(['id', 'docId']);

function Changes({ entry, data }: { entry: AuditEntry; data: CreditData }) {
  // A creation or removal carries the whole record; listing every empty field would drown the entry.
  const changes = entry.changes.filter((c) => !HIDDEN_FIELDS.has(c.field) && !(entry.action === 'created' && (c.after === '' || c.after === null || c.after === false)));
  if (entry.action === 'removed' || changes.length === 0) return null;
  return (
    <table className="history-changes">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{fieldLabel(c.field)}</th>
            <td>{entry.action === 'created' ? '' : historyValue(c.field, c.before, data)}</td>
            <td>{historyValue(c.field, c.after, data)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CreditHistory({ docId, creditId, data }: { docId: string; creditId: string; data: CreditData }) {
  const history = useHistory(docId, creditId);
  return (
    <section className="credit-section" aria-labelledby={`history-${creditId}`}>
      <h3 id={`history-${creditId}`}>History</h3>
      {!history || history.length === 0 ? (
        <p className="muted">No changes recorded yet.</p>
      ) : (
        <ol className="history" aria-label="Credit history">
          {history.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{historyAction(entry)}</strong> by {entry.by} on {formatWhen(entry.at)}
                {entry.summary && <span className="muted"> — {entry.summary}</span>}
              </p>
              <Changes entry={entry} data={data} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
