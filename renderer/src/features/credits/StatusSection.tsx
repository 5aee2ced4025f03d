// The review workflow of one credit: its status, who approved it and when, and the actions that apply now.
// A refused action (approval without a justification, anything on a locked credit) shows its reason in an
// alert right here, never silently.
import { useEffect, useState } from 'react';
import type { Credit } from '../../../../shared/model/types';
import { availableActions, STATUS_ACTIONS, STATUS_LABELS, type StatusAction } from '../../../../shared/policy';
import { changeStatus } from '../../db/repositories/credits';
import { formatWhen } from './format';

export function StatusSection(props: { docId: string; credit: Credit; problems: readonly string[]; onError: (error: unknown) => void }) {
  const { credit } = props;
  const [refusal, setRefusal] = useState('');
  // A refusal answers the credit as it was: once the credit (a contribution added, an undo) or what approval needs
  // changes, the old reason may no longer hold, so it goes rather than stay on screen as if it still did.
  const problemsKey = props.problems.join('\n');
  useEffect(() => setRefusal(''), [credit.id, credit.updatedAt, problemsKey]);

  const run = async (action: StatusAction) => {
    try {
      await changeStatus(props.docId, credit.id, action);
      setRefusal('');
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="credit-section" aria-labelledby={`status-${credit.id}`}>
      <h3 id={`status-${credit.id}`}>Status</h3>
      <p>
        <span className={`badge badge-${credit.status}`}>{STATUS_LABELS[credit.status]}</span>
        {credit.approvedBy && (
          <span className="muted approved-by">
            Approved by {credit.approvedBy}
            {credit.approvedAt ? ` on ${formatWhen(credit.approvedAt)}` : ''}
          </span>
        )}
      </p>
      {props.problems.length > 0 && credit.status !== 'approved' && credit.status !== 'locked' && (
        <div className="muted before-approval">
          Before approval:
          <ul>
            {props.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row start" role="group" aria-label="Status actions">
        {availableActions(credit.status).map((action) => (
          <button key={action} type="button" className={action === 'approve' ? 'primary' : undefined} onClick={() => void run(action)}>
            {STATUS_ACTIONS[action].label}
          </button>
        ))}
      </div>
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
    </section>
  );
}
