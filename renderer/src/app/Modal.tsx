// An accessible modal dialog: role="dialog", labelled by its heading, focus moved inside, Escape cancels.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Modal(props: { title: string; children: ReactNode; onCancel: () => void; wide?: boolean }) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    const first = el?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        props.onCancel();
      }
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="modal-backdrop">
      <div ref={ref} className={props.wide ? 'modal modal-wide' : 'modal'} role="dialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id}>{props.title}</h2>
        {props.children}
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
