// "Give a title to several people": one title, many people chosen from a filtered checklist, one bulk edit and
// one undo step. People who already hold the title at that placement are skipped and counted.
import { useMemo, useState, type FormEvent } from 'react';
import type { Placement } from '../../../../shared/model/types';
import { foldForSearch } from '../../../../shared/search';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import { giveTitleToMany } from '../../db/repositories/credits';
import { PlacementField } from './PlacementField';
import { TitleField } from './TitleField';
import type { CreditData } from './use-credit-data';

const SHOWN = 200;

export function GiveTitleDialog(props: { docId: string; data: CreditData; onDone: (message: string | null) => void }) {
  const [titleId, setTitleId] = useState<string | null>(null);
  const [placement, setPlacement] = useState<Placement>('end');
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const matching = useMemo(() => {
    const words = foldForSearch(filter).split(' ').filter(Boolean);
    return props.data.people.filter((p) => {
      const folded = ` ${foldForSearch(p.name)}`;
      return words.every((w) => folded.includes(` ${w}`));
    });
  }, [filter, props.data.people]);

  const toggle = (id: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!titleId) return setProblem('Choose a credit title from the list.');
    if (chosen.size === 0) return setProblem('Tick at least one person.');
    setBusy(true);
    try {
      const { added, skipped } = await giveTitleToMany(props.docId, titleId, [...chosen], placement);
      const title = props.data.titleById.get(titleId)?.name ?? 'the title';
      props.onDone(`Gave ${title} to ${added.length} ${added.length === 1 ? 'person' : 'people'}${skipped ? `; ${skipped} already had it` : ''}.`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Give a title to several people" onCancel={() => props.onDone(null)} wide>
      <form onSubmit={submit} aria-label="Give a title to several people">
        <div className="field-row">
          <TitleField data={props.data} value={titleId} onChange={setTitleId} autoFocus />
          <PlacementField value={placement} onChange={setPlacement} />
        </div>
        <label>
          Filter people
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} maxLength={200} />
        </label>
        <p className="muted" aria-live="polite">
          {chosen.size.toLocaleString('en')} chosen · {matching.length.toLocaleString('en')} shown
          {matching.length > SHOWN ? ` (first ${SHOWN}; filter to see others)` : ''}
        </p>
        <div className="people-checklist" role="group" aria-label="People">
          {props.data.people.length === 0 && <p className="muted">No people in this production yet: add them in People &amp; Companies.</p>}
          {matching.slice(0, SHOWN).map((p) => (
            <label key={p.id} className="inline clip">
              <input type="checkbox" checked={chosen.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
              {p.name}
            </label>
          ))}
        </div>
        <DialogFooter error={problem} onCancel={() => props.onDone(null)} submitLabel="Give Title" submitDisabled={busy} />
      </form>
    </Modal>
  );
}
