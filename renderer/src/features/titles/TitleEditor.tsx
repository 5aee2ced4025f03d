// Add or edit a credit title: name, plural, one-line definition, department, whether the p.g.a. mark may follow
// names under it, and whether the production's policy asks it for a justified contribution before approval.
import { useState } from 'react';
import type { CreditTitle, Department } from '../../../../shared/model/types';
import { DialogFooter, useChanged, useFormSubmit } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import type { TitleDraft } from '../../db/repositories/titles';

export function TitleEditor(props: {
  title: CreditTitle | null;
  departmentId: string;
  departments: readonly Department[];
  requiresJustification: boolean;
  onSave: (draft: TitleDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const t = props.title;
  const [draft, setDraft] = useState<TitleDraft>({
    name: t?.name ?? '',
    plural: t?.plural ?? '',
    definition: t?.definition ?? '',
    pgaEligible: t?.pgaEligible ?? false,
    departmentId: t?.departmentId ?? props.departmentId,
    requiresJustification: props.requiresJustification,
  });
  const set = <K extends keyof TitleDraft>(key: K, value: TitleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const { error, submit } = useFormSubmit(() => props.onSave(draft));
  const dirty = useChanged(draft);

  return (
    <Modal title={t ? 'Edit Title' : 'Add Title'} onCancel={props.onCancel} dirty={dirty}>
      <form onSubmit={submit} noValidate className="title-form">
        <label>
          Title name
          <input value={draft.name} onChange={(e) => set('name', e.target.value)} dir="auto" data-autofocus />
        </label>
        <label>
          Plural
          <input value={draft.plural} onChange={(e) => set('plural', e.target.value)} dir="auto" placeholder={draft.name ? `${draft.name}s` : ''} aria-describedby="title-plural-hint" />
          <span id="title-plural-hint" className="field-hint">
            Used when several names share the title; leave empty to add an “s”.
          </span>
        </label>
        <label>
          Definition
          <textarea rows={3} value={draft.definition} onChange={(e) => set('definition', e.target.value)} dir="auto" />
        </label>
        <label>
          Department
          <select value={draft.departmentId} onChange={(e) => set('departmentId', e.target.value)}>
            {props.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={draft.pgaEligible} onChange={(e) => set('pgaEligible', e.target.checked)} />
          The p.g.a. mark may follow names under this title
        </label>
        <label className="inline">
          <input type="checkbox" checked={draft.requiresJustification} onChange={(e) => set('requiresJustification', e.target.checked)} />
          Needs a justified contribution before approval
        </label>
        <DialogFooter error={error} errorClassName="form-error" onCancel={props.onCancel} submitLabel={t ? 'Save Title' : 'Add Title'} />
      </form>
    </Modal>
  );
}

/** A one-field dialog: rename a department or a contribution type. */
export function RenameDialog(props: { title: string; label: string; initial: string; onSave: (name: string) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState(props.initial);
  const { error, submit } = useFormSubmit(() => props.onSave(name));
  const dirty = useChanged(name);
  return (
    <Modal title={props.title} onCancel={props.onCancel} dirty={dirty}>
      <form noValidate onSubmit={submit}>
        <label>
          {props.label}
          <input value={name} onChange={(e) => setName(e.target.value)} dir="auto" data-autofocus />
        </label>
        <DialogFooter error={error} errorClassName="form-error" onCancel={props.onCancel} submitLabel="Save" />
      </form>
    </Modal>
  );
}
