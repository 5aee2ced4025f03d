// Add or edit a company: its name, private contact details and notes.
import { useState } from 'react';
import type { Company } from '../../../../shared/model/types';
import { emptyContact } from '../../../../shared/model/create';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import type { CompanyDraft } from '../../db/repositories/people';

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
        <fieldset className="private">
          <legend>Private contact details — never exported or printed</legend>
          <div className="columns">
            <label>
              Email (private)
              <input type="email" value={draft.contact.email} onChange={(e) => setContact('email', e.target.value)} />
            </label>
            <label>
              Phone (private)
              <input type="tel" value={draft.contact.phone} onChange={(e) => setContact('phone', e.target.value)} />
            </label>
            <label>
              Contact person (private)
              <input value={draft.contact.agent} onChange={(e) => setContact('agent', e.target.value)} />
            </label>
            <label>
              Address (private)
              <textarea rows={2} value={draft.contact.address} onChange={(e) => setContact('address', e.target.value)} />
            </label>
          </div>
        </fieldset>
        <label>
          Notes
          <textarea rows={3} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} dir="auto" />
        </label>
        <DialogFooter error={error} errorClassName="form-error" onCancel={props.onCancel} submitLabel={props.company ? 'Save Company' : 'Add Company'} />
      </form>
    </Modal>
  );
}
