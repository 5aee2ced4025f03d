// Add or edit a company: its name, private contact details and notes.
import { useState } from 'react';
import type { Company } from '../../../../shared/model/types';
import { emptyContact } from '../../../../shared/model/create';
import { DialogFooter, useChanged, useFormSubmit } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import type { CompanyDraft } from '../../db/repositories/people';
import { PrivateContactFields } from './PrivateContactFields';

export function CompanyEditor(props: { company: Company | null; onSave: (draft: CompanyDraft) => Promise<void>; onCancel: () => void }) {
  const [draft, setDraft] = useState<CompanyDraft>(() =>
    props.company ? { name: props.company.name, notes: props.company.notes, contact: { ...props.company.contact } } : { name: '', notes: '', contact: emptyContact() },
  );
  const setContact = (key: keyof CompanyDraft['contact'], value: string) => setDraft((d) => ({ ...d, contact: { ...d.contact, [key]: value } }));

  const { error, submit } = useFormSubmit(() => props.onSave(draft));
  const dirty = useChanged(draft);

  return (
    <Modal title={props.company ? 'Edit Company' : 'Add Company'} onCancel={props.onCancel} dirty={dirty} wide>
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
