// "New Credit": who, which title, where, and the name and character on screen; the rest is edited afterwards in
// the credit editor. A person typed in that nobody has yet is created in the same undo step.
import { useState, type FormEvent } from 'react';
import type { Placement } from '../../../../shared/model/types';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import { addCredit, type SubjectChoice } from '../../db/repositories/credits';
import { PlacementField } from './PlacementField';
import { SubjectField } from './SubjectField';
import { TitleField } from './TitleField';
import type { CreditData } from './use-credit-data';

export function NewCreditDialog(props: { docId: string; data: CreditData; initialTitleId: string | null; onDone: (id: string | null) => void; onError: (e: unknown) => void }) {
  const [subject, setSubject] = useState<SubjectChoice | null>(null);
  const [titleId, setTitleId] = useState<string | null>(props.initialTitleId);
  const [placement, setPlacement] = useState<Placement>('end');
  const [creditedAs, setCreditedAs] = useState('');
  const [character, setCharacter] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!subject) return setProblem('Choose who the credit is for: type a name and pick it from the list.');
    if (!titleId) return setProblem('Choose a credit title from the list.');
    setBusy(true);
    try {
      const id = await addCredit(props.docId, subject, { titleId, placement, creditedAs, character });
      props.onDone(id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="New credit" onCancel={() => props.onDone(null)}>
      <form onSubmit={submit} aria-label="New credit">
        <SubjectField docId={props.docId} data={props.data} value={subject} onChange={setSubject} onError={props.onError} autoFocus />
        <TitleField data={props.data} value={titleId} onChange={setTitleId} />
        <PlacementField value={placement} onChange={setPlacement} />
        <label>
          Credited as
          <input value={creditedAs} dir="auto" onChange={(e) => setCreditedAs(e.target.value)} maxLength={2000} placeholder="Leave empty to use the person’s name" />
        </label>
        <label>
          Character
          <input value={character} dir="auto" onChange={(e) => setCharacter(e.target.value)} maxLength={2000} placeholder="For cast credits" />
        </label>
        <DialogFooter error={problem} onCancel={() => props.onDone(null)} submitLabel="Add Credit" submitDisabled={busy} />
      </form>
    </Modal>
  );
}
