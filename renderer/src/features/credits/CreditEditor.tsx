// The side panel for the selected credit: its details, status, contributions, billing moves, duplicate and
// remove, and its history. Keyed by credit id in the panel so that switching credits starts a fresh draft.
import { useId } from 'react';
import type { Episode } from '../../../../shared/model/types';
import { approvalProblems, editRefusal } from '../../../../shared/policy';
import type { CreditEntry } from '../../../../shared/search';
import type { SessionRow } from '../../db/database';
import { duplicateCredit, moveCredit, removeCredits } from '../../db/repositories/credits';
import { selectCredit } from '../../app/selection';
import { ContributionsSection } from './ContributionsSection';
import { CreditDetailsForm } from './CreditDetailsForm';
import { CreditHistory } from './CreditHistory';
import { StatusSection } from './StatusSection';
import type { CreditData } from './use-credit-data';

export function CreditEditor(props: { session: SessionRow; entry: CreditEntry; data: CreditData; onError: (e: unknown) => void; onRemoved: (name: string) => void }) {
  const { session, entry, data } = props;
  const credit = entry.credit;
  const docId = session.docId;
  const locked = editRefusal(credit) !== null;
  const removeHintId = useId();
  const problems = approvalProblems(credit, {
    titles: data.titles,
    contributionTypes: data.contributionTypes,
    production: session.production,
    people: data.people,
    companies: data.companies,
  });
  const name = entry.subjectName || 'Unknown';
  const heading = `${name} — ${entry.titleName || 'title removed'}`;
  const episodes: readonly Episode[] = session.production.episodes;

  return (
    <aside className="credit-editor" aria-label="Credit editor" data-credit-editor>
      <div className="editor-head">
        <h2 className="clip" title={heading}>
          {heading}
        </h2>
        <button type="button" aria-label="Close credit editor" onClick={() => selectCredit(null)}>
          ×
        </button>
      </div>
      {locked && (
        <p className="banner-inline" role="note">
          This credit is locked: unlock it before changing it.
        </p>
      )}
      {entry.courtesy && <p className="mark-note">Possible courtesy credit: its only contribution is financial, or none is recorded. Review why it is given.</p>}
      <div className="button-row start" role="group" aria-label="Credit actions">
        <button type="button" aria-label="Move Up" title="Move up in billing (Alt+↑)" onClick={() => void moveCredit(docId, credit.id, -1).catch(props.onError)}>
          ↑ Move Up
        </button>
        <button type="button" aria-label="Move Down" title="Move down in billing (Alt+↓)" onClick={() => void moveCredit(docId, credit.id, 1).catch(props.onError)}>
          ↓ Move Down
        </button>
        <button
          type="button"
          onClick={() =>
            void duplicateCredit(docId, credit.id)
              .then((id) => selectCredit(id))
              .catch(props.onError)
          }
        >
          Duplicate
        </button>
        {/* Removal would be refused: disabled up front, with the reason next to it, rather than an error after. */}
        <button
          type="button"
          className="danger"
          disabled={locked}
          aria-describedby={locked ? removeHintId : undefined}
          onClick={() =>
            void removeCredits(docId, [credit.id])
              .then(() => {
                selectCredit(null, { discard: true });
                props.onRemoved(name);
              })
              .catch(props.onError)
          }
        >
          Remove Credit
        </button>
      </div>
      {locked && (
        <p id={removeHintId} className="field-hint">
          Unlock this credit before removing it.
        </p>
      )}
      <StatusSection docId={docId} credit={credit} problems={problems} onError={props.onError} />
      <section className="credit-section" aria-label="Details">
        <h3>Details</h3>
        <CreditDetailsForm docId={docId} credit={credit} data={data} series={session.production.kind === 'series'} episodes={episodes} locked={locked} onError={props.onError} />
      </section>
      <ContributionsSection docId={docId} credit={credit} data={data} locked={locked} onError={props.onError} />
      <CreditHistory docId={docId} creditId={credit.id} data={data} />
    </aside>
  );
}
