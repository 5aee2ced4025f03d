// Add or edit a person: name as credited, sort name, legal name, pronouns, guild memberships (with the Producers
// Guild certification that allows the p.g.a. mark), private contact details and notes. Errors are one sentence
// shown in the dialog; nothing typed is lost when saving is refused.
import { useMemo, useState } from 'react';
import { GuildSchema } from '../../../../shared/model/schema';
import type { Guild, GuildMembership, Person } from '../../../../shared/model/types';
import { emptyContact } from '../../../../shared/model/create';
import { deriveSortName, hasInvisibleControls, NameIndex, DUPLICATE_REASON_TEXT } from '../../../../shared/names';
import { DialogFooter, useChanged, useFormSubmit } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import type { PersonDraft } from '../../db/repositories/people';
import { PrivateContactFields } from './PrivateContactFields';

const GUILDS = GuildSchema.options as readonly Guild[];

export function emptyPersonDraft(name = ''): PersonDraft {
  return { name, sortName: '', legalName: '', pronouns: '', guilds: [], contact: emptyContact(), notes: '' };
}

export function draftOf(person: Person): PersonDraft {
  return { name: person.name, sortName: person.sortName, legalName: person.legalName, pronouns: person.pronouns, guilds: person.guilds.map((g) => ({ ...g })), contact: { ...person.contact }, notes: person.notes };
}

/** True when anything in the draft has characters the save will remove, so the panel can say so afterwards. */
export function draftHasControls(draft: PersonDraft): boolean {
  return [draft.name, draft.sortName, draft.legalName, draft.pronouns, draft.notes, ...Object.values(draft.contact), ...draft.guilds.map((g) => g.detail)].some(hasInvisibleControls);
}

export function PersonEditor(props: {
  person: Person | null;
  initialName?: string;
  /** The other people of the production, for the "already here" hint while typing a name. */
  others: readonly Person[];
  onSave: (draft: PersonDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<PersonDraft>(() => (props.person ? draftOf(props.person) : emptyPersonDraft(props.initialName)));
  const index = useMemo(() => new NameIndex(props.others.filter((p) => p.id !== props.person?.id)), [props.others, props.person]);
  const similar = useMemo(() => {
    if (!draft.name.trim()) return [];
    const same = index.matches(draft.name).map((p) => `“${p.name}” (${DUPLICATE_REASON_TEXT['same-name']})`);
    const near = index.possibleMatches(draft.name).map((m) => `“${m.entry.name}” (${DUPLICATE_REASON_TEXT[m.reason]})`);
    return [...same, ...near].slice(0, 3);
  }, [index, draft.name]);

  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setContact = (key: keyof PersonDraft['contact'], value: string) => setDraft((d) => ({ ...d, contact: { ...d.contact, [key]: value } }));
  const setGuild = (i: number, change: Partial<GuildMembership>) => setDraft((d) => ({ ...d, guilds: d.guilds.map((g, j) => (j === i ? { ...g, ...change } : g)) }));

  const { error, saving, submit } = useFormSubmit(() => props.onSave(draft));
  const dirty = useChanged(draft);

  return (
    <Modal title={props.person ? `Edit ${props.person.name.length > 60 ? 'Person' : props.person.name}` : 'Add Person'} onCancel={props.onCancel} dirty={dirty} wide>
      <form className="person-form" onSubmit={submit} noValidate>
        <div className="columns">
          <label>
            Name as credited
            <input value={draft.name} onChange={(e) => set('name', e.target.value)} dir="auto" aria-describedby="person-name-hint" data-autofocus />
            <span id="person-name-hint" className="field-hint" role={similar.length ? 'note' : undefined}>
              {similar.length ? `Already in this production: ${similar.join('; ')}.` : 'As it appears on screen.'}
            </span>
          </label>
          <label>
            Sort name
            <input value={draft.sortName} onChange={(e) => set('sortName', e.target.value)} dir="auto" placeholder={deriveSortName(draft.name)} aria-describedby="person-sort-hint" />
            <span id="person-sort-hint" className="field-hint">
              Leave empty to sort as “{deriveSortName(draft.name) || '…'}”.
            </span>
          </label>
          <label>
            Legal name
            <input value={draft.legalName} onChange={(e) => set('legalName', e.target.value)} dir="auto" />
          </label>
          <label>
            Pronouns
            <input value={draft.pronouns} onChange={(e) => set('pronouns', e.target.value)} />
          </label>
        </div>

        <fieldset>
          <legend>Guild memberships</legend>
          {draft.guilds.length === 0 && <p className="muted">None recorded.</p>}
          {draft.guilds.map((g, i) => (
            <div className="guild-row" key={i}>
              <label>
                Guild {i + 1}
                <select value={g.guild} onChange={(e) => setGuild(i, { guild: e.target.value as Guild, pgaCertified: e.target.value === 'PGA' && g.pgaCertified })}>
                  {GUILDS.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Membership detail {i + 1}
                <input value={g.detail} onChange={(e) => setGuild(i, { detail: e.target.value })} placeholder="Number or note" />
              </label>
              <label className="inline">
                <input type="checkbox" checked={g.pgaCertified} disabled={g.guild !== 'PGA'} onChange={(e) => setGuild(i, { pgaCertified: e.target.checked })} />
                PGA certified (p.g.a. mark)
              </label>
              <button type="button" aria-label={`Remove guild membership ${i + 1}`} onClick={() => set('guilds', draft.guilds.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" onClick={() => set('guilds', [...draft.guilds, { guild: 'PGA', detail: '', pgaCertified: false }])}>
            Add Guild Membership
          </button>
        </fieldset>

        <PrivateContactFields contact={draft.contact} onChange={setContact} agentLabel="Agent" />

        <label>
          Notes
          <textarea rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} dir="auto" />
        </label>

        <DialogFooter error={error} errorClassName="form-error" onCancel={props.onCancel} submitLabel={props.person ? 'Save Person' : 'Add Person'} submitDisabled={saving} />
      </form>
    </Modal>
  );
}
