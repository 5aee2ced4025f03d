// "Add from directory": a type-ahead over everyone the user has worked with in any production. Enter adds the
// highlighted person (the best match unless the arrows moved), so a known crew member joins in a keystroke.
// ARIA combobox pattern: the input owns a listbox and points at the active option.
import { useId, useMemo, useState } from 'react';
import { useDirectory } from '../../db/hooks';
import { prepareDirectory, searchDirectory } from '../../db/repositories/directory';

export function DirectoryPicker(props: { excludeIds: ReadonlySet<string>; onPick: (directoryId: string) => Promise<boolean> }) {
  const directory = useDirectory();
  const prepared = useMemo(() => prepareDirectory((directory ?? []).filter((d) => !props.excludeIds.has(d.id))), [directory, props.excludeIds]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hintId = useId();
  const results = useMemo(() => searchDirectory(prepared, query), [prepared, query]);
  const expanded = open && query.trim() !== '';

  const pick = async (id: string) => {
    if (await props.onPick(id)) {
      setQuery('');
      setActive(0);
      setOpen(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = results[active];
      if (chosen) void pick(chosen.id);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="directory-picker">
      <label>
        Add from directory
        <input
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
          aria-describedby={hintId}
          value={query}
          placeholder="Type a name from earlier productions"
          dir="auto"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(true)}
        />
      </label>
      <span id={hintId} className="visually-hidden">
        {expanded ? (results.length ? `${results.length} matching ${results.length === 1 ? 'person' : 'people'}; Enter adds the highlighted one.` : 'Nobody in your directory matches.') : ''}
      </span>
      {expanded && (
        <ul id={listId} role="listbox" aria-label="Directory matches" className="directory-options">
          {results.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="muted">
              Nobody in your directory matches.
            </li>
          )}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              title={r.name}
              dir="auto"
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => void pick(r.id)}
            >
              {r.name}
              {r.person.pronouns ? <span className="muted"> ({r.person.pronouns})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
