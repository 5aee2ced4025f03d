// Contributions of one credit: what the person did to earn it (type, written justification, evidence), who
// recorded it and when. Each add, change or removal is one undo step.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Contribution, Credit } from '../../../../shared/model/types';
import {
  addContribution,
  contributionIsEmpty,
  CONTRIBUTION_NEEDS_REASON,
  removeContribution,
  updateContribution,
  type ContributionFields,
} from '../../db/repositories/credits';
import { DialogFooter } from '../../app/dialog-parts';
import { formatWhen } from './format';
import type { CreditData } from './use-credit-data';

function ContributionForm(props: {
  data: CreditData;
  initial: ContributionFields;
  submitLabel: string;
  disabled: boolean;
  onSubmit: (fields: ContributionFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [fields, setFields] = useState(props.initial);
  const [problem, setProblem] = useState('');
  // Shown next to the Justification field after a try with neither a justification nor evidence; cleared by typing.
  const [needsReason, setNeedsReason] = useState(false);
  const changeReason = (field: 'justification' | 'evidence', value: string) => {
    setNeedsReason(false);
    setFields({ ...fields, [field]: value });
  };
  const justification = useRef<HTMLTextAreaElement>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!fields.typeId) return setProblem('Choose the type of contribution.');
    if (contributionIsEmpty(fields)) {
      setNeedsReason(true);
      justification.current?.focus();
      return;
    }
    try {
      await props.onSubmit(fields);
      setProblem('');
      setFields(props.initial);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <form className="contribution-form" aria-label={props.submitLabel} onSubmit={submit}>
      <fieldset disabled={props.disabled}>
        <label>
          Contribution type
          <select value={fields.typeId} onChange={(e) => setFields({ ...fields, typeId: e.target.value })}>
            {props.data.contributionTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Justification
          <textarea
            ref={justification}
            rows={3}
            value={fields.justification}
            dir="auto"
            onChange={(e) => changeReason('justification', e.target.value)}
            maxLength={100_000}
            placeholder="What they did to earn this credit"
            aria-invalid={needsReason || undefined}
            aria-describedby={needsReason ? `${id}-needs-reason` : undefined}
          />
        </label>
        {/* Outside the label, so that the field's name stays "Justification"; read as its description. */}
        {needsReason && (
          <p id={`${id}-needs-reason`} className="error field-hint">
            {CONTRIBUTION_NEEDS_REASON}
          </p>
        )}
        <label>
          Evidence reference
          <input
            value={fields.evidence}
            dir="auto"
            onChange={(e) => changeReason('evidence', e.target.value)}
            maxLength={5000}
            placeholder="Deal memo, contract clause, email of 3 March"
          />
        </label>
        <DialogFooter error={problem} onCancel={props.onCancel} submitLabel={props.submitLabel} primary={false} />
      </fieldset>
    </form>
  );
}

function ContributionItem(props: { docId: string; credit: Credit; contribution: Contribution; index: number; data: CreditData; locked: boolean; onError: (e: unknown) => void }) {
  const { contribution: c } = props;
  const [editing, setEditing] = useState(false);
  const type = props.data.typeById.get(c.typeId)?.name ?? 'Unknown type';
  const name = `contribution ${props.index + 1} (${type})`;
  if (editing) {
    return (
      <li>
        <ContributionForm
          data={props.data}
          initial={{ typeId: c.typeId, justification: c.justification, evidence: c.evidence }}
          submitLabel="Save Contribution"
          disabled={props.locked}
          onSubmit={async (fields) => {
            await updateContribution(props.docId, props.credit.id, c.id, fields);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="contribution">
      <div>
        <strong>{type}</strong>
        {c.justification ? <p className="justification">{c.justification}</p> : <p className="warn">No justification written.</p>}
        {c.evidence && <p className="muted">Evidence: {c.evidence}</p>}
        <p className="muted">
          Recorded by {c.recordedBy || 'unknown'} on {formatWhen(c.recordedAt)}
        </p>
      </div>
      <div className="button-row start">
        <button type="button" aria-label={`Edit ${name}`} disabled={props.locked} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          className="danger"
          aria-label={`Remove ${name}`}
          disabled={props.locked}
          onClick={() => void removeContribution(props.docId, props.credit.id, c.id).catch(props.onError)}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

export function ContributionsSection(props: { docId: string; credit: Credit; data: CreditData; locked: boolean; onError: (e: unknown) => void }) {
  const { credit, data } = props;
  const firstType = data.contributionTypes[0]?.id ?? '';
  return (
    <section className="credit-section" aria-labelledby={`contributions-${credit.id}`}>
      <h3 id={`contributions-${credit.id}`}>Contributions</h3>
      {credit.contributions.length === 0 ? (
        <p className="muted">No contribution recorded yet.</p>
      ) : (
        <ul className="contribution-list" aria-label="Contributions">
          {credit.contributions.map((c, i) => (
            <ContributionItem key={c.id} docId={props.docId} credit={credit} contribution={c} index={i} data={data} locked={props.locked} onError={props.onError} />
          ))}
        </ul>
      )}
      <ContributionForm
        key={credit.id}
        data={data}
        initial={{ typeId: firstType, justification: '', evidence: '' }}
        submitLabel="Add Contribution"
        disabled={props.locked}
        onSubmit={async (fields) => {
          await addContribution(props.docId, credit.id, fields);
        }}
      />
    </section>
  );
}
