// A type-ahead field (WAI-ARIA combobox with a listbox popup): typing filters the options the caller computes,
// ArrowDown/ArrowUp move through them, Enter picks, Escape closes. Options are ids with labels, so the caller
// decides what a pick means (a person, a company, a title, "create a new person").
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface ComboOption {
  id: string;
  label: string;
  /** Secondary text shown after the label (a department, "company"). */
  detail?: string;
}

export interface ComboboxProps {
  label: string;
  /** Accessible name of the popup list ("Matching people and companies"). */
  listLabel: string;
  text: string;
  onText: (text: string) => void;
  options: readonly ComboOption[];
  onPick: (option: ComboOption) => void;
  placeholder?: string;
  disabled?: boolean;
  /** Shown under the field (what is currently chosen). */
  hint?: string;
  autoFocus?: boolean;
  /** Focus left without a pick: callers put back the chosen value's text. */
  onLeave?: () => void;
}

export function Combobox(props: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = open && props.options.length > 0;
  const inputRef = useRef<HTMLInputElement>(null);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  // Escape closes the popup only. The dialog around the field listens natively on its own element, which runs
  // before React's handlers, so the event is stopped natively here, on the input, before it bubbles there.
  useEffect(() => {
    const input = inputRef.current;
    const onEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || !shownRef.current) return;
      e.stopPropagation();
      setOpen(false);
    };
    input?.addEventListener('keydown', onEscape);
    return () => input?.removeEventListener('keydown', onEscape);
  }, []);
  const activeIndex = Math.min(active, props.options.length - 1);

  const pick = (option: ComboOption) => {
    props.onPick(option);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, props.options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && shown) {
      e.preventDefault();
      pick(props.options[activeIndex]);
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={inputRef}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${activeIndex}` : undefined}
        autoComplete="off"
        dir="auto"
        value={props.text}
        placeholder={props.placeholder}
        disabled={props.disabled}
        autoFocus={props.autoFocus}
        maxLength={2000}
        onChange={(e) => {
          props.onText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          props.onLeave?.();
        }}
        onKeyDown={onKeyDown}
      />
      {props.hint && <span className="muted combobox-hint">{props.hint}</span>}
      <ul id={listId} role="listbox" aria-label={props.listLabel} className="combobox-list" hidden={!shown}>
        {shown &&
          props.options.map((option, i) => (
            <li
              key={option.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
            >
              <span className="combobox-label" dir="auto">{option.label}</span>
              {option.detail && <span className="muted"> {option.detail}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
