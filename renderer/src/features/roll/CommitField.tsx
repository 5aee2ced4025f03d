// A labelled text field (one line, or several) that writes when it is left or Enter is pressed in a one-line
// field, not on every keystroke: each write is one undo step. It follows its value when that changes elsewhere
// (undo, another window of the same field). A refused write puts the saved value back; the caller reports why.
import { useEffect, useId, useRef, useState } from 'react';

export function CommitField(props: {
  label: string;
  value: string;
  multiline?: boolean;
  autoFocus?: boolean;
  onCommit: (value: string) => Promise<void>;
}) {
  const id = useId();
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  // A field of an item just added takes the focus with its text selected; the item may have appeared (from the
  // working copy) a moment before the caller learned its id, so this follows the flag rather than the mount.
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (props.autoFocus) {
      field.current?.focus();
      field.current?.select();
    }
  }, [props.autoFocus]);
  const commit = () => {
    if (text === props.value) return;
    void props.onCommit(text).catch(() => setText(props.value));
  };
  const common = {
    id,
    ref: field,
    value: text,
    onBlur: commit,
  };
  return (
    <div className="number-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}
