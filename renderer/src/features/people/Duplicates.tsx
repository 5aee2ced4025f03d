// "Possible duplicates": groups of people (or companies) whose names may be the same name written differently,
// each with the rule that matched them, and a merge dialog that keeps one and moves every credit to it.
import { useState } from 'react';
import { DUPLICATE_REASON_TEXT, type DuplicateGroup } from '../../../../shared/names';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';

interface Named {
  id: string;
  name: string;
}

const credits = (n: number) => (n === 1 ? '1 credit' : `${n.toLocaleString('en')} credits`);
const SHOWN_GROUPS = 20;

export function Duplicates<T extends Named>(props: {
  noun: 'person' | 'company';
  groups: readonly DuplicateGroup<T>[];
  creditCounts: ReadonlyMap<string, number>;
  onMerge: (keepId: string, mergeIds: string[]) => Promise<void>;
}) {
  const [merging, setMerging] = useState<DuplicateGroup<T> | null>(null);
  const [showAll, setShowAll] = useState(false);
  if (props.groups.length === 0) return null;
  const shown = showAll ? props.groups : props.groups.slice(0, SHOWN_GROUPS);
  return (
    <section className="duplicates" aria-labelledby={`duplicates-${props.noun}`}>
      <h3 id={`duplicates-${props.noun}`}>Possible duplicates ({props.groups.length.toLocaleString('en')})</h3>
      <ul className="duplicate-list">
        {shown.map((group) => {
          const names = group.entries.map((e) => `“${e.name}”`).join(', ');
          return (
            <li key={group.entries.map((e) => e.id).join(',')} className="duplicate-group">
              <div>
                <span dir="auto">{names}</span>
                <br />
                <span className="muted">Matched by: {group.reasons.map((r) => DUPLICATE_REASON_TEXT[r]).join('; ')}.</span>
              </div>
              <button type="button" aria-label={`Merge ${group.entries.map((e) => e.name).join(', ')}`} onClick={() => setMerging(group)}>
                Merge…
              </button>
            </li>
          );
        })}
      </ul>
      {props.groups.length > shown.length && (
        <button type="button" className="link" onClick={() => setShowAll(true)}>
          Show All {props.groups.length.toLocaleString('en')} Groups
        </button>
      )}
      {merging && (
        <MergeDialog
          noun={props.noun}
          group={merging}
          creditCounts={props.creditCounts}
          onCancel={() => setMerging(null)}
          onMerge={async (keepId, mergeIds) => {
            await props.onMerge(keepId, mergeIds);
            setMerging(null);
          }}
        />
      )}
    </section>
  );
}

function MergeDialog<T extends Named>(props: {
  noun: 'person' | 'company';
  group: DuplicateGroup<T>;
  creditCounts: ReadonlyMap<string, number>;
  onMerge: (keepId: string, mergeIds: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const entries = props.group.entries;
  // Keep the one with the most credits by default: usually the spelling in use.
  const [keepId, setKeepId] = useState(() => [...entries].sort((a, b) => (props.creditCounts.get(b.id) ?? 0) - (props.creditCounts.get(a.id) ?? 0))[0].id);
  const [mergeIds, setMergeIds] = useState(() => new Set(entries.map((e) => e.id)));
  const [error, setError] = useState('');
  const others = entries.filter((e) => e.id !== keepId && mergeIds.has(e.id));
  const moving = others.reduce((n, e) => n + (props.creditCounts.get(e.id) ?? 0), 0);
  const kept = entries.find((e) => e.id === keepId)!;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await props.onMerge(keepId, others.map((o) => o.id));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal title={props.noun === 'person' ? 'Merge People' : 'Merge Companies'} onCancel={props.onCancel}>
      <form onSubmit={submit}>
        <p>Matched by: {props.group.reasons.map((r) => DUPLICATE_REASON_TEXT[r]).join('; ')}.</p>
        <fieldset className="merge-keep">
          <legend>Keep</legend>
          {entries.map((e) => (
            <label key={e.id} className="inline">
              <input type="radio" name="keep" checked={keepId === e.id} onChange={() => setKeepId(e.id)} />
              <span dir="auto">
                Keep “{e.name}” ({credits(props.creditCounts.get(e.id) ?? 0)})
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="merge-into">
          <legend>Merge into it</legend>
          {entries
            .filter((e) => e.id !== keepId)
            .map((e) => (
              <label key={e.id} className="inline">
                <input
                  type="checkbox"
                  checked={mergeIds.has(e.id)}
                  onChange={(ev) => {
                    const next = new Set(mergeIds);
                    if (ev.target.checked) next.add(e.id);
                    else next.delete(e.id);
                    setMergeIds(next);
                  }}
                />
                <span dir="auto">Merge “{e.name}”</span>
              </label>
            ))}
        </fieldset>
        <p className="muted">
          {others.length === 0
            ? `Choose at least one ${props.noun} to merge.`
            : `${credits(moving)} will move to “${kept.name}”, and ${others.length === 1 ? 'the other entry' : `the other ${others.length} entries`} will be removed. Undo reverses it in one step.`}
        </p>
        <DialogFooter error={error} errorClassName="form-error" onCancel={props.onCancel} submitLabel="Merge" submitDisabled={others.length === 0} />
      </form>
    </Modal>
  );
}
