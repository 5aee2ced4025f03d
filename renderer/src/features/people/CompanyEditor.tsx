// Add or edit a company: its name, private contact details and notes.
import { useState } from 'react';
import type { Company } from '../../../../shared/model/types';
import { emptyContact } from '../../../../shared/model/create';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import type { CompanyDraft } from '../../db/repositories/people';
import { PrivateContactFields } from './PrivateContactFields';

export function CompanyEditor(props: { company: Company | null; onSave: (draft: CompanyDraft) => Promise<void>; onCancel: () => void }) {
  const [draft, setDraft] = useState<CompanyDraft>(() =>
    props.company ? { name: props.company.name, notes: props.company.notes, contact: { ...props.company.contact } } : { name: '', notes: '', contact: emptyContact() },
  );
  const [error, setError] = useState('');
  const setContact = (key: keyof CompanyDraft['contact'], value: string) => setDraft((d) => ({ ...d, contact: { ...d.contact, [key]: value } }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await props.onSave(draft);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal title={props.company ? 'Edit Company' : 'Add Company'} onCancel={props.onCancel} wide>
      <form className="person-form" onSubmit={submit} noValidate>
        <label>
          Company name
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} dir="auto" data-autofocus />
        </label>
        <PrivateContactFields contact={draft.contact} onChange={setContact} agentLabel="Contact person" />
        <label>
          Notes
          <textarea rows={3} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} dir="auto" />
        </label>
        <DialogFooter error={error} errorClassName="form-error" onCancel={props.onCancel} submitLabel={props.company ? 'Save Company' : 'Add Company'} />
      </form>
    </Modal>
  );
}
