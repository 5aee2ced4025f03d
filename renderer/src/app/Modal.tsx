// An accessible modal dialog: role="dialog", labelled by its heading, focus moved inside, Escape cancels. A dialog
// whose form has changes passes `dirty`: then Escape and its Cancel button ask "Discard the changes?" first, and
// Keep Editing puts focus back where it was, so a stray Escape never throws typing away.
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** How a Cancel button inside a Modal cancels: through the Modal, so that a dirty form asks first. */
const CancelGuard = createContext<((cancel: () => void) => void) | null>(null);

/** Runs `cancel` at once, or after the user agrees to discard the changes when the enclosing dialog is dirty. */
export function useGuardedCancel(): (cancel: () => void) => void {
  return useContext(CancelGuard) ?? ((cancel) => cancel());
}

export function Modal(props: { title: string; children: ReactNode; onCancel: () => void; wide?: boolean; dirty?: boolean }) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  // The latest props, for the key handler attached once.
  const latest = useRef(props);
  latest.current = props;
  const [confirming, setConfirming] = useState<(() => void) | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const guard = (cancel: () => void) => {
    if (!latest.current.dirty) return cancel();
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setConfirming(() => cancel);
  };
  const guardRef = useRef(guard);
  guardRef.current = guard;
  useEffect(() => {
    const el = ref.current;
    const first = el?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        guardRef.current(() => latest.current.onCancel());
      }
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="modal-backdrop">
      <div ref={ref} className={props.wide ? 'modal modal-wide' : 'modal'} role="dialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id}>{props.title}</h2>
        <CancelGuard.Provider value={guard}>{props.children}</CancelGuard.Provider>
        {confirming && (
          <ChoiceDialog
            title="Discard the changes?"
            message="What you typed in this dialog will be lost."
            choices={[
              { value: 'keep', label: 'Keep Editing', primary: true },
              { value: 'discard', label: 'Discard' },
            ]}
            onChoose={(choice) => {
              const cancel = confirming;
              setConfirming(null);
              if (choice === 'discard') cancel();
              else (returnFocus.current?.isConnected ? returnFocus.current : ref.current?.querySelector<HTMLElement>('input, select, textarea'))?.focus();
            }}
          />
        )}
      </div>
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

/** A question with buttons; resolves with the chosen value (or 'cancel' on Escape). */
export function ChoiceDialog<T extends string>(props: { title: string; message: string; choices: Choice<T>[]; onChoose: (value: T | 'cancel') => void }) {
  return (
    <Modal title={props.title} onCancel={() => props.onChoose('cancel')}>
      <p>{props.message}</p>
      <div className="button-row">
        {props.choices.map((c) => (
          <button key={c.value} type="button" className={c.primary ? 'primary' : undefined} data-autofocus={c.primary ? true : undefined} onClick={() => props.onChoose(c.value)}>
            {c.label}
          </button>
        ))}
      </div>
    </Modal>
  );
}
