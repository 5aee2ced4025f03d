// "Save Revision…": a name (required, unique in the production) and an optional note. The refusal sentence from
// shared/revisions (empty name, a name already used) is shown in the dialog as it is.
import { useState, type FormEvent } from 'react';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';

export function SaveRevisionDialog(props: { onSave: (name: string, note: string) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setProblem('Give the revision a name, such as “Sent to legal”.');
      return;
    }
    setSaving(true);
    try {
      await props.onSave(name, note);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <Modal title="Save Revision" onCancel={props.onCancel}>
      <form onSubmit={(e) => void submit(e)} aria-label="Save Revision">
        <p className="muted">Keeps the credits as they are now under a name, so you can compare with them or go back to them later.</p>
        <label>
          Revision name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={2000} placeholder="Sent to legal" dir="auto" data-autofocus />
        </label>
        <label>
          Note (optional)
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={100_000} dir="auto" />
        </label>
        <DialogFooter error={problem} onCancel={props.onCancel} submitLabel="Save Revision" submitDisabled={saving} />
      </form>
    </Modal>
  );
}
