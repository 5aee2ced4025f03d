// "Person or company": type-ahead over the production's people and companies and the app-wide directory, with
// "add new person" for a name nobody has yet. A directory pick adds that person to the production right away
// (its own undo step) so that the credit can point at them.
import { useMemo, useState } from 'react';
import { useDirectory } from '../../db/hooks';
import { addFromDirectory } from '../../db/repositories/directory';
import type { SubjectChoice } from '../../db/repositories/credits';
import { Combobox } from './Combobox';
import { subjectOptions, type SubjectOption } from './subject-options';
import type { CreditData } from './use-credit-data';

export function subjectName(choice: SubjectChoice | null, data: Pick<CreditData, 'personById' | 'companyById'>): string {
  if (!choice) return '';
  if (choice.kind === 'new-person') return choice.name.trim();
  if (choice.kind === 'person') return data.personById.get(choice.personId)?.name ?? '';
  return data.companyById.get(choice.companyId)?.name ?? '';
}

export function SubjectField(props: {
  docId: string;
  data: CreditData;
  value: SubjectChoice | null;
  onChange: (choice: SubjectChoice) => void;
  onError: (error: unknown) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const directory = useDirectory();
  const current = subjectName(props.value, props.data);
  const [text, setText] = useState<string | null>(null);
  const shownText = text ?? current;
  const options = useMemo(
    () => (text === null ? [] : subjectOptions(text, props.data.people, props.data.companies, directory ?? [])),
    [text, props.data.people, props.data.companies, directory],
  );

  const pick = async (option: SubjectOption) => {
    const p = option.pick;
    setText(null);
    if (p.kind === 'directory') {
      try {
        const person = await addFromDirectory(props.docId, p.directoryId);
        props.onChange({ kind: 'person', personId: person.id });
      } catch (error) {
        props.onError(error);
      }
      return;
    }
    props.onChange(p);
  };

  const hint = !props.value
    ? undefined
    : props.value.kind === 'new-person'
      ? `A new person, “${current}”, will be added to the production.`
      : props.value.kind === 'company'
        ? 'A company.'
        : undefined;

  return (
    <Combobox
      label="Person or company"
      listLabel="Matching people and companies"
      text={shownText}
      onText={setText}
      options={options}
      onPick={(o) => void pick(o as SubjectOption)}
      placeholder="Type a name"
      hint={hint}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      onLeave={() => setText(null)}
    />
  );
}
