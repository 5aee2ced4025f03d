// A labelled number field that keeps what is typed (an empty field, "1.") while only passing on values that are
// in range, and says in a sentence what it accepts when the typed text is not.
import { useEffect, useId, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  /** A valid value was typed (the preview follows it). */
  onValue: (value: number) => void;
  /** The field was left: write what is waiting. */
  onDone?: () => void;
  hint?: string;
}

function parse(text: string, props: NumberFieldProps): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  if (!Number.isFinite(n) || n < props.min || n > props.max) return null;
  if (props.integer && !Number.isInteger(n)) return null;
  return n;
}

export function NumberField(props: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(props.value));
  // Follow the value when it changes from elsewhere (undo, a preset, Fit to Target), unless the text already means it.
  useEffect(() => {
    setText((t) => (parse(t, props) === props.value ? t : String(props.value)));
  }, [props.value]);
  const invalid = parse(text, props) === null;
  const rule = `${props.label} must be ${props.integer ? 'a whole number' : 'a number'} from ${props.min} to ${props.max}.`;
  const described = [invalid ? `${id}-error` : '', props.hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="number-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode={props.integer ? 'numeric' : 'decimal'}
        min={props.min}
        max={props.max}
        step={props.step ?? (props.integer ? 1 : 'any')}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={described}
        onChange={(e) => {
          setText(e.target.value);
          const n = parse(e.target.value, props);
          if (n !== null) props.onValue(n);
        }}
        onBlur={() => {
          if (invalid) setText(String(props.value));
          props.onDone?.();
        }}
      />
      {props.hint && (
        <span id={`${id}-hint`} className="muted field-hint">
          {props.hint}
        </span>
      )}
      {invalid && (
        <span id={`${id}-error`} className="error field-hint">
          {rule}
        </span>
      )}
    </div>
  );
}
