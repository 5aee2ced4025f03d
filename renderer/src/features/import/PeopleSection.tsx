// Names that look like someone the production or the directory already has, without being certainly the same
// ("J. Smith", "Saldana Zoe"): the import adds them as new people unless the user says who they are.
import { useId, useRef } from 'react';
import { REASON_WORDS, type PersonResolution, type PossiblePerson } from '../../../../shared/import';
import type { PersonToCheck } from './people-to-check';

const WHERE = { production: 'in this production', directory: 'from your directory' } as const;

function valueOf(chosen: PersonResolution | null): string {
  return chosen?.kind === 'existing' ? `existing:${chosen.personId}` : 'new';
}

export function PeopleSection(props: { people: PersonToCheck[]; onChoose: (key: string, resolution: PersonResolution | null) => void }) {
  const headingId = useId();
  // Once a name is matched by choice the analysis stops listing its look-alikes: remember them, so the menu can
  // still offer them (and "A new person") after a choice.
  const remembered = useRef(new Map<string, PossiblePerson[]>());
  for (const person of props.people) if (person.possible.length > 0) remembered.current.set(person.key, person.possible);
  if (props.people.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId}>People to check</h3>
      <p className="muted">These names resemble people Rollcall knows. They are added as new people unless you choose who they are.</p>
      <ul className="import-decisions" aria-label="People to check">
        {props.people.map((person) => {
          const possible = person.possible.length > 0 ? person.possible : (remembered.current.get(person.key) ?? []);
          return (
          <li key={person.key}>
            <label>
              <span>
                “{person.name}”{' '}
                <span className="muted">
                  ({person.rowCount.toLocaleString('en-GB')} {person.rowCount === 1 ? 'row' : 'rows'}, first on row {person.firstRowNumber})
                </span>
              </span>
              <select
                aria-label={`Who is “${person.name}”?`}
                value={valueOf(person.chosen)}
                onChange={(e) => {
                  const v = e.target.value;
                  props.onChoose(person.key, v === 'new' ? null : { kind: 'existing', personId: v.slice('existing:'.length) });
                }}
              >
                <option value="new">A new person</option>
                {possible.map((p) => (
                  <option key={`${p.source}:${p.id}`} value={`existing:${p.id}`}>
                    “{p.name}” {WHERE[p.source]} ({REASON_WORDS[p.reason]})
                  </option>
                ))}
                {person.chosen?.kind === 'existing' && !possible.some((p) => p.id === (person.chosen as { personId: string }).personId) && (
                  <option value={`existing:${person.chosen.personId}`}>The person chosen before</option>
                )}
              </select>
            </label>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
