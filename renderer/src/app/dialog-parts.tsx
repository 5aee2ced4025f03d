// The end of every dialog form: the sentence saying why the last try was refused, then Cancel and the submit
// button. One place, so each dialog announces its refusal the same way (role="alert", read out as it appears)
// and keeps Cancel first and the submit button last, where keyboard users expect them.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useGuardedCancel } from './Modal';

/** A dialog form's submit: runs `save`, keeps its refusal as the form's error, and says while it is under way. */
export function useFormSubmit(save: () => Promise<void>): { error: string; saving: boolean; submit: (e: FormEvent) => Promise<void> } {
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await save();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  return { error, saving, submit };
}

/** True once a dialog's draft differs from what it opened with (for Modal's `dirty`); drafts are small records. */
export function useChanged(draft: unknown): boolean {
  const [initial] = useState(() => JSON.stringify(draft));
  return JSON.stringify(draft) !== initial;
}

/** The refusal sentence, announced when it appears; nothing while there is none. */
export function FormError(props: { message: string | null | undefined; className?: 'error' | 'form-error' }) {
  if (!props.message) return null;
  return (
    <p role="alert" className={props.className ?? 'error'}>
      {props.message}
    </p>
  );
}

export function DialogFooter(props: {
  error?: string | null;
  /** The people and titles editors use "form-error", which also wraps long unbroken words. */
  errorClassName?: 'error' | 'form-error';
  /** Without it there is no Cancel button (an inline form that is always there). */
  onCancel?: () => void;
  cancelLabel?: string;
  cancelDisabled?: boolean;
  submitLabel: ReactNode;
  submitDisabled?: boolean;
  /** False for a form inside a panel, whose submit button is not the panel's main action. */
  primary?: boolean;
}) {
  // Inside a dialog with changes, Cancel asks before discarding them (as Escape does).
  const guarded = useGuardedCancel();
  const onCancel = props.onCancel;
  return (
    <>
      <FormError message={props.error} className={props.errorClassName} />
      <div className="button-row">
        {onCancel && (
          <button type="button" onClick={() => guarded(onCancel)} disabled={props.cancelDisabled}>
            {props.cancelLabel ?? 'Cancel'}
          </button>
        )}
        <button type="submit" className={props.primary === false ? undefined : 'primary'} disabled={props.submitDisabled}>
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}
