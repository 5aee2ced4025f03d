// Removing a title that credits use: it is refused as it stands, and the dialog offers to move those credits to
// another title first, in the same undo step.
import { useState } from 'react';
import type { CreditTitle, Department } from '../../../../shared/model/types';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';

export function RemoveTitleDialog(props: {
  title: CreditTitle;
  usage: number;
  departments: readonly Department[];
  titles: readonly CreditTitle[];
  onMove: (targetId: string) => Promise<void>;
  onCancel: () => void;
}) {
  const candidates = props.titles.filter((t) => t.id !== props.title.id);
  const sameDepartment = candidates.find((t) => t.departmentId === props.title.departmentId);
  const [target, setTarget] = useState(sameDepartment?.id ?? candidates[0]?.id ?? '');
  const [error, setError] = useState('');
  const n = props.usage;
  return (
    <Modal title="Remove Title" onCancel={props.onCancel}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await props.onMove(target);
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err));
          }
        }}
      >
        <p>
          {n === 1 ? '1 credit uses' : `${n.toLocaleString('en')} credits use`} “{props.title.name}”, so it cannot be removed as it is. Move{' '}
          {n === 1 ? 'that credit' : 'those credits'} to another title, and the title is removed in the same step.
        </p>
        <label>
          Move the credits to
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {props.departments.map((d) => {
              const inDept = candidates.filter((t) => t.departmentId === d.id);
              if (inDept.length === 0) return null;
              return (
                <optgroup key={d.id} label={d.name}>
                  {inDept.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </label>
        <DialogFooter error={error} errorClassName="form-error" onCancel={props.onCancel} submitLabel="Move Credits and Remove Title" submitDisabled={!target} />
      </form>
    </Modal>
  );
}
