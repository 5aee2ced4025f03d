// "Credit title": type-ahead over the production's titles with their departments, in roll order.
import { useMemo, useState } from 'react';
import { Combobox } from './Combobox';
import { titleOptions } from './title-options';
import type { CreditData } from './use-credit-data';

export function TitleField(props: { data: CreditData; value: string | null; onChange: (titleId: string) => void; disabled?: boolean; autoFocus?: boolean }) {
  const current = props.value ? (props.data.titleById.get(props.value)?.name ?? '') : '';
  const [text, setText] = useState<string | null>(null);
  const options = useMemo(() => (text === null ? [] : titleOptions(text, props.data.titles, props.data.departmentById)), [text, props.data.titles, props.data.departmentById]);
  const title = props.value ? props.data.titleById.get(props.value) : undefined;
  const hint = props.value && !title ? 'This title was removed: choose another one.' : title ? props.data.departmentById.get(title.departmentId)?.name : undefined;
  return (
    <Combobox
      label="Credit title"
      listLabel="Matching credit titles"
      text={text ?? current}
      onText={setText}
      options={options}
      onPick={(o) => {
        setText(null);
        props.onChange(o.id);
      }}
      placeholder="Type a title"
      hint={hint}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      onLeave={() => setText(null)}
    />
  );
}
