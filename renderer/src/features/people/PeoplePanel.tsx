// People & Companies: everyone this production credits, with near-duplicate detection and merging, and the
// app-wide directory for adding people met on earlier productions. Reads come from live queries; every write is
// one repository call (one undo step).
import { useDeferredValue, useMemo, useState } from 'react';
import { findNearDuplicates, foldText, hasInvisibleControls, sortNameOf } from '../../../../shared/names';
import type { Company, Person } from '../../../../shared/model/types';
import { useApp } from '../../app/app-context';
import type { PanelProps } from '../../app/Workspace';
import { useCompanies, useCredits, usePeople } from '../../db/hooks';
import { addFromDirectory } from '../../db/repositories/directory';
import {
  addCompany, addPerson, creditCount, mergeCompanies, mergePeople, removeCompany, removePerson, updateCompany, updatePerson, type CompanyDraft, type PersonDraft,
} from '../../db/repositories/people';
import { CompanyEditor } from './CompanyEditor';
import { DirectoryPicker } from './DirectoryPicker';
import { Duplicates } from './Duplicates';
import { draftHasControls, PersonEditor } from './PersonEditor';
import { SubjectList, type SubjectRowView } from './SubjectList';
import { shortName } from '../../db/repositories/record-input';
import './people.css';

type View = 'people' | 'companies';
type Editing = { kind: 'person'; person: Person | null } | { kind: 'company'; company: Company | null } | null;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const creditsText = (n: number) => (n === 1 ? '1 credit' : `${n.toLocaleString('en')} credits`);

function personDetail(p: Person): string {
  const parts = [sortNameOf(p)];
  if (p.pronouns) parts.push(p.pronouns);
  if (p.legalName && p.legalName !== p.name) parts.push(`legal name ${p.legalName}`);
  return parts.join(' · ');
}

function personBadges(p: Person): string[] {
  return p.guilds.map((g) => (g.guild === 'PGA' && g.pgaCertified ? 'PGA certified' : g.guild));
}

export function PeoplePanel({ session }: PanelProps) {
  const app = useApp();
  const docId = session.docId;
  const people = usePeople(docId);
  const companies = useCompanies(docId);
  const credits = useCredits(docId);
  const [view, setView] = useState<View>('people');
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const [editing, setEditing] = useState<Editing>(null);

  const fail = (error: unknown) => app.notify(error instanceof Error ? error.message : String(error), 'error');

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const c of credits ?? []) {
      const id = c.subject.kind === 'person' ? c.subject.personId : c.subject.companyId;
      map.set(id, (map.get(id) ?? 0) + 1);
    }
    return map;
  }, [credits]);

  // Sorted once per change of the list, not per keystroke: sort keys are computed once per person.
  const sortedPeople = useMemo(() => {
    const keyed = (people ?? []).map((p) => ({ p, key: sortNameOf(p), folded: foldText(`${p.name} ${p.sortName} ${p.legalName}`) }));
    // Ties (the same name with and without accents) fall back to code points, so the order never depends on ids.
    keyed.sort((a, b) => collator.compare(a.key, b.key) || (a.p.name < b.p.name ? -1 : a.p.name > b.p.name ? 1 : 0));
    return keyed;
  }, [people]);
  const sortedCompanies = useMemo(() => {
    const keyed = (companies ?? []).map((c) => ({ c, folded: foldText(c.name) }));
    keyed.sort((a, b) => collator.compare(a.c.name, b.c.name) || (a.c.name < b.c.name ? -1 : a.c.name > b.c.name ? 1 : 0));
    return keyed;
  }, [companies]);

  // Grouped in list order, so each group reads in the same order as the list below it.
  const personGroups = useMemo(() => findNearDuplicates(sortedPeople.map((x) => x.p)), [sortedPeople]);
  const companyGroups = useMemo(() => findNearDuplicates(sortedCompanies.map((x) => x.c)), [sortedCompanies]);
  const peopleIds = useMemo(() => new Set((people ?? []).map((p) => p.id)), [people]);

  const rows: SubjectRowView[] = useMemo(() => {
    const words = foldText(deferredFilter).split(' ').filter(Boolean);
    const matches = (folded: string) => words.every((w) => folded.includes(w));
    if (view === 'people') {
      return sortedPeople.filter((x) => matches(x.folded)).map(({ p }) => ({ id: p.id, name: p.name, detail: personDetail(p), credits: counts.get(p.id) ?? 0, badges: personBadges(p) }));
    }
    return sortedCompanies.filter((x) => matches(x.folded)).map(({ c }) => ({ id: c.id, name: c.name, detail: c.notes.split('\n')[0] ?? '', credits: counts.get(c.id) ?? 0, badges: [] }));
  }, [view, sortedPeople, sortedCompanies, deferredFilter, counts]);

  if (!people || !companies || !credits) return <p className="muted">Loading…</p>;

  const savePerson = async (existing: Person | null, draft: PersonDraft) => {
    const cleaned = draftHasControls(draft);
    const saved = existing ? await updatePerson(docId, existing.id, draft) : await addPerson(docId, draft);
    setEditing(null);
    app.notify(`${existing ? 'Saved' : 'Added'} “${shortName(saved.name)}”.${cleaned ? ' Invisible control characters in the pasted text were removed.' : ''}`);
  };

  const saveCompany = async (existing: Company | null, draft: CompanyDraft) => {
    const cleaned = hasInvisibleControls(draft.name) || hasInvisibleControls(draft.notes);
    const saved = existing ? await updateCompany(docId, existing.id, draft) : await addCompany(docId, draft);
    setEditing(null);
    app.notify(`${existing ? 'Saved' : 'Added'} “${shortName(saved.name)}”.${cleaned ? ' Invisible control characters in the pasted text were removed.' : ''}`);
  };

  const remove = async (kind: 'person' | 'company', id: string) => {
    const name = (kind === 'person' ? people.find((p) => p.id === id) : companies.find((c) => c.id === id))?.name ?? '';
    try {
      const usage = await creditCount(docId, kind, id);
      if (usage.locked > 0) {
        app.notify(`“${shortName(name)}” has ${creditsText(usage.locked)} locked: unlock ${usage.locked === 1 ? 'it' : 'them'} in the Credits panel before removing this ${kind}.`, 'error');
        return;
      }
      const withCredits = usage.total > 0;
      const choice = await app.ask(
        kind === 'person' ? 'Remove Person' : 'Remove Company',
        withCredits
          ? `“${shortName(name)}” has ${creditsText(usage.total)} in this production. Remove the ${kind} together with ${usage.total === 1 ? 'that credit' : 'those credits'}? Undo brings them back.`
          : `Remove “${shortName(name)}” from this production? Undo brings them back.`,
        [
          { value: 'cancel', label: 'Cancel' },
          { value: 'remove', label: withCredits ? `Remove ${kind === 'person' ? 'Person' : 'Company'} and ${creditsText(usage.total)}` : `Remove ${kind === 'person' ? 'Person' : 'Company'}`, primary: true },
        ],
      );
      if (choice !== 'remove') return;
      if (kind === 'person') await removePerson(docId, id, { withCredits });
      else await removeCompany(docId, id, { withCredits });
      app.notify(`Removed “${shortName(name)}”${withCredits ? ` and ${creditsText(usage.total)}` : ''}.`);
    } catch (error) {
      fail(error);
    }
  };

  const pickFromDirectory = async (directoryId: string): Promise<boolean> => {
    try {
      const person = await addFromDirectory(docId, directoryId);
      app.notify(`Added “${shortName(person.name)}” from your directory.`);
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const isPeople = view === 'people';
  return (
    <div className="people-panel">
      <div className="people-toolbar">
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={isPeople} onClick={() => setView('people')}>
            People ({people.length.toLocaleString('en')})
          </button>
          <button type="button" aria-pressed={!isPeople} onClick={() => setView('companies')}>
            Companies ({companies.length.toLocaleString('en')})
          </button>
        </div>
        <label>
          {isPeople ? 'Filter people' : 'Filter companies'}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} dir="auto" />
        </label>
        <button type="button" className="primary" onClick={() => setEditing(isPeople ? { kind: 'person', person: null } : { kind: 'company', company: null })}>
          {isPeople ? 'Add Person' : 'Add Company'}
        </button>
        {isPeople && <DirectoryPicker excludeIds={peopleIds} onPick={pickFromDirectory} />}
      </div>

      {isPeople ? (
        <Duplicates
          noun="person"
          groups={personGroups}
          creditCounts={counts}
          onMerge={async (keepId, mergeIds) => {
            const { credits: moved } = await mergePeople(docId, keepId, mergeIds);
            app.notify(`Merged ${mergeIds.length + 1} people; ${creditsText(moved)} moved.`);
          }}
        />
      ) : (
        <Duplicates
          noun="company"
          groups={companyGroups}
          creditCounts={counts}
          onMerge={async (keepId, mergeIds) => {
            const { credits: moved } = await mergeCompanies(docId, keepId, mergeIds);
            app.notify(`Merged ${mergeIds.length + 1} companies; ${creditsText(moved)} moved.`);
          }}
        />
      )}

      <SubjectList
        label={isPeople ? 'People' : 'Companies'}
        rows={rows}
        emptyText={filter ? 'Nothing matches the filter.' : isPeople ? 'No people yet: add one, or add someone from your directory.' : 'No companies yet.'}
        onEdit={(id) => setEditing(isPeople ? { kind: 'person', person: people.find((p) => p.id === id) ?? null } : { kind: 'company', company: companies.find((c) => c.id === id) ?? null })}
        onRemove={(id) => void remove(isPeople ? 'person' : 'company', id)}
      />

      {editing?.kind === 'person' && (
        <PersonEditor person={editing.person} others={people} onCancel={() => setEditing(null)} onSave={(draft) => savePerson(editing.person, draft)} />
      )}
      {editing?.kind === 'company' && <CompanyEditor company={editing.company} onCancel={() => setEditing(null)} onSave={(draft) => saveCompany(editing.company, draft)} />}
    </div>
  );
}
