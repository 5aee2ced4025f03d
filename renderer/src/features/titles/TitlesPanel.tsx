// Credit Titles: departments and their titles in the order the roll runs, with each title's definition; add,
// edit, reorder and remove them; the production's justification policy; the contribution types. Moving is done
// with buttons named "Move Gaffer up" (or Alt+Arrow keys on a title), and focus stays on the moved item.
import { useEffect, useMemo, useRef, useState } from 'react';
import { foldText } from '../../../../shared/names';
import type { CreditTitle, Department } from '../../../../shared/model/types';
import { useApp } from '../../app/app-context';
import type { PanelProps } from '../../app/Workspace';
import { useContributionTypes, useCredits, useDepartments, useTitles } from '../../db/hooks';
import {
  addDepartment, addTitle, moveDepartment, moveTitle, removeDepartment, removeTitle, renameDepartment, setJustificationRequired, titleUsage, updateTitle, type Direction, type TitleDraft,
} from '../../db/repositories/titles';
import { ContributionTypes } from './ContributionTypes';
import { RemoveTitleDialog } from './RemoveTitleDialog';
import { RenameDialog, TitleEditor } from './TitleEditor';
import { shortName } from '../../db/repositories/record-input';
import './titles.css';

type Dialog =
  | { kind: 'title'; title: CreditTitle | null; departmentId: string }
  | { kind: 'rename-department'; department: Department }
  | { kind: 'remove-title'; title: CreditTitle; usage: number }
  | null;

const byOrder = <T extends { order: number; name: string }>(a: T, b: T) => a.order - b.order || a.name.localeCompare(b.name);

export function TitlesPanel({ session }: PanelProps) {
  const app = useApp();
  const docId = session.docId;
  const departments = useDepartments(docId);
  const titles = useTitles(docId);
  const types = useContributionTypes(docId);
  const credits = useCredits(docId);
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [newDepartment, setNewDepartment] = useState('');
  const [departmentError, setDepartmentError] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const policy = useMemo(() => new Set(session.production.policy.justificationRequiredTitleIds), [session.production.policy.justificationRequiredTitleIds]);
  // A ticked policy box shows its new state at once; the session catches up a moment later (or the edit fails).
  const [pendingPolicy, setPendingPolicy] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => {
    setPendingPolicy((pending) => {
      const next = new Map([...pending].filter(([id, required]) => policy.has(id) !== required));
      return next.size === pending.size ? pending : next;
    });
  }, [policy]);
  const requires = (id: string) => pendingPolicy.get(id) ?? policy.has(id);
  const togglePolicy = (id: string, required: boolean) => {
    setPendingPolicy((pending) => new Map(pending).set(id, required));
    void setJustificationRequired(docId, id, required).catch((error) => {
      setPendingPolicy((pending) => {
        const next = new Map(pending);
        next.delete(id);
        return next;
      });
      fail(error);
    });
  };

  const fail = (error: unknown) => app.notify(error instanceof Error ? error.message : String(error), 'error');

  const usage = useMemo(() => {
    const map = new Map<string, number>();
    for (const c of credits ?? []) map.set(c.titleId, (map.get(c.titleId) ?? 0) + 1);
    return map;
  }, [credits]);

  const sortedDepartments = useMemo(() => [...(departments ?? [])].sort(byOrder), [departments]);
  const titlesByDepartment = useMemo(() => {
    const map = new Map<string, CreditTitle[]>();
    for (const t of titles ?? []) {
      const list = map.get(t.departmentId);
      if (list) list.push(t);
      else map.set(t.departmentId, [t]);
    }
    for (const list of map.values()) list.sort(byOrder);
    return map;
  }, [titles]);

  // After a move the row is re-ordered in the DOM, which drops focus: put it back on the same control.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = document.querySelector<HTMLButtonElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (!el) return;
    pendingFocus.current = null;
    if (!el.disabled) el.focus();
    else el.parentElement?.querySelector<HTMLButtonElement>('[data-focus-key]:not(:disabled)')?.focus();
  }, [titles, departments]);

  if (!departments || !titles || !types || !credits) return <p className="muted">Loading…</p>;

  const words = foldText(filter).split(' ').filter(Boolean);
  const titleMatches = (t: CreditTitle) => words.every((w) => foldText(`${t.name} ${t.plural} ${t.definition}`).includes(w));
  const policyTitles = titles.filter((t) => policy.has(t.id)).sort((a, b) => byOrder(a, b));

  const move = async (kind: 'title' | 'department', id: string, direction: Direction) => {
    pendingFocus.current = `${kind}:${id}:${direction}`;
    try {
      const moved = kind === 'title' ? await moveTitle(docId, id, direction) : await moveDepartment(docId, id, direction);
      if (!moved) pendingFocus.current = null;
    } catch (error) {
      pendingFocus.current = null;
      fail(error);
    }
  };

  const saveTitle = async (existing: CreditTitle | null, draft: TitleDraft) => {
    if (existing) await updateTitle(docId, existing.id, draft);
    else await addTitle(docId, draft);
    setDialog(null);
    app.notify(`${existing ? 'Saved' : 'Added'} the title “${shortName(draft.name.trim())}”.`);
  };

  const askRemoveTitle = async (title: CreditTitle) => {
    try {
      const used = await titleUsage(docId, title.id);
      if (used.total > 0) {
        setDialog({ kind: 'remove-title', title, usage: used.total });
        return;
      }
      const choice = await app.ask('Remove Title', `Remove the title “${shortName(title.name)}”? No credit uses it. Undo brings it back.`, [
        { value: 'cancel', label: 'Cancel' },
        { value: 'remove', label: 'Remove Title', primary: true },
      ]);
      if (choice !== 'remove') return;
      await removeTitle(docId, title.id);
      app.notify(`Removed the title “${shortName(title.name)}”.`);
    } catch (error) {
      fail(error);
    }
  };

  const submitDepartment = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const d = await addDepartment(docId, newDepartment);
      setNewDepartment('');
      setDepartmentError('');
      app.notify(`Added the department “${shortName(d.name)}”; it runs last in the roll until you move it.`);
    } catch (error) {
      setDepartmentError(error instanceof Error ? error.message : String(error));
    }
  };

  const onTitleKey = (e: React.KeyboardEvent, t: CreditTitle) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move('title', t.id, e.key === 'ArrowUp' ? 'up' : 'down');
  };

  return (
    <div className="titles-panel">
      <div className="titles-main">
        <div className="titles-toolbar">
          <label>
            Filter titles
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} dir="auto" />
          </label>
          <p className="muted">Departments and titles run in this order on the roll. Alt+↑ and Alt+↓ move the focused title.</p>
        </div>
        {sortedDepartments.map((d, di) => {
          const inDepartment = titlesByDepartment.get(d.id) ?? [];
          const shown = words.length ? inDepartment.filter(titleMatches) : inDepartment;
          if (words.length && shown.length === 0 && !foldText(d.name).includes(words.join(' '))) return null;
          return (
            <section key={d.id} className="department" aria-labelledby={`dept-${d.id}`}>
              <header className="department-header">
                <h3 id={`dept-${d.id}`} dir="auto" title={d.name}>
                  {d.name}
                </h3>
                <div className="row-actions">
                  <button type="button" aria-label={`Move ${d.name} up`} data-focus-key={`department:${d.id}:up`} disabled={di === 0} onClick={() => void move('department', d.id, 'up')}>
                    Move Up
                  </button>
                  <button type="button" aria-label={`Move ${d.name} down`} data-focus-key={`department:${d.id}:down`} disabled={di === sortedDepartments.length - 1} onClick={() => void move('department', d.id, 'down')}>
                    Move Down
                  </button>
                  <button type="button" aria-label={`Rename ${d.name}`} onClick={() => setDialog({ kind: 'rename-department', department: d })}>
                    Rename
                  </button>
                  <button type="button" aria-label={`Add title to ${d.name}`} onClick={() => setDialog({ kind: 'title', title: null, departmentId: d.id })}>
                    Add Title
                  </button>
                  <button type="button" className="danger" aria-label={`Remove department ${d.name}`} onClick={() => void removeDepartment(docId, d.id).then(() => app.notify(`Removed the department “${shortName(d.name)}”.`), fail)}>
                    Remove
                  </button>
                </div>
              </header>
              {shown.length === 0 ? (
                <p className="muted">No titles in this department.</p>
              ) : (
                <ol className="title-list" aria-label={`${d.name} titles`}>
                  {shown.map((t, ti) => {
                    const n = usage.get(t.id) ?? 0;
                    return (
                      <li key={t.id} className="title-row" onKeyDown={(e) => onTitleKey(e, t)}>
                        <div className="title-text">
                          <span className="title-name" dir="auto" title={t.name}>
                            {t.name}
                          </span>
                          {t.plural && t.plural !== t.name && <span className="muted"> · plural “{t.plural}”</span>}
                          {/* Hidden commas: without them a screen reader reads the row as "Co-Producer0 credits". */}
                          {t.pgaEligible && (
                            <>
                              <span className="visually-hidden">, </span>
                              <span className="badge">p.g.a. allowed</span>
                            </>
                          )}
                          <span className="visually-hidden">, </span>
                          <span className="muted title-usage">{n === 1 ? '1 credit' : `${n.toLocaleString('en')} credits`}</span>
                          {t.definition && (
                            <p className="title-definition" dir="auto">
                              {t.definition}
                            </p>
                          )}
                        </div>
                        <label className="inline policy-toggle">
                          <input
                            type="checkbox"
                            checked={requires(t.id)}
                            // The name starts with the visible label (WCAG 2.5.3, label in name); the title says which box it is.
                            aria-label={`Needs justification: ${t.name}`}
                            title={`${t.name} needs a justified contribution before approval`}
                            onChange={(e) => togglePolicy(t.id, e.target.checked)}
                          />
                          Needs justification
                        </label>
                        <div className="row-actions">
                          <button type="button" aria-label={`Move ${t.name} up`} data-focus-key={`title:${t.id}:up`} disabled={words.length > 0 || ti === 0} onClick={() => void move('title', t.id, 'up')}>
                            Move Up
                          </button>
                          <button type="button" aria-label={`Move ${t.name} down`} data-focus-key={`title:${t.id}:down`} disabled={words.length > 0 || ti === shown.length - 1} onClick={() => void move('title', t.id, 'down')}>
                            Move Down
                          </button>
                          <button type="button" aria-label={`Edit ${t.name}`} onClick={() => setDialog({ kind: 'title', title: t, departmentId: t.departmentId })}>
                            Edit
                          </button>
                          <button type="button" className="danger" aria-label={`Remove ${t.name}`} onClick={() => void askRemoveTitle(t)}>
                            Remove
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>
          );
        })}
        <form onSubmit={submitDepartment} noValidate className="inline-form add-department">
          <label>
            New department
            <input value={newDepartment} onChange={(e) => setNewDepartment(e.target.value)} dir="auto" />
          </label>
          <button type="submit">Add Department</button>
          {departmentError && (
            <p role="alert" className="form-error">
              {departmentError}
            </p>
          )}
        </form>
      </div>

      <aside className="titles-side" aria-label="Policy and contribution types">
        <section aria-labelledby="policy-heading" className="titles-side-card">
          <h3 id="policy-heading">Justification policy</h3>
          <p className="muted">A credit under these titles needs at least one contribution with a written justification before it can be approved.</p>
          {policyTitles.length === 0 ? (
            <p>No title needs a justification in this production.</p>
          ) : (
            <ul className="plain-list" aria-label="Titles that need a justification">
              {policyTitles.map((t) => (
                <li key={t.id}>
                  <span dir="auto">{t.name}</span>{' '}
                  <button type="button" className="link" aria-label={`Stop requiring a justification for ${t.name}`} onClick={() => togglePolicy(t.id, false)}>
                    Remove from Policy
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="muted">Tick “Needs justification” on any title to add it.</p>
        </section>
        <ContributionTypes docId={docId} types={types} onError={fail} onDone={(text) => app.notify(text)} />
      </aside>

      {dialog?.kind === 'title' && (
        <TitleEditor
          title={dialog.title}
          departmentId={dialog.departmentId}
          departments={sortedDepartments}
          requiresJustification={dialog.title ? policy.has(dialog.title.id) : false}
          onCancel={() => setDialog(null)}
          onSave={(draft) => saveTitle(dialog.title, draft)}
        />
      )}
      {dialog?.kind === 'rename-department' && (
        <RenameDialog
          title="Rename Department"
          label="Department name"
          initial={dialog.department.name}
          onCancel={() => setDialog(null)}
          onSave={async (name) => {
            await renameDepartment(docId, dialog.department.id, name);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'remove-title' && (
        <RemoveTitleDialog
          title={dialog.title}
          usage={dialog.usage}
          departments={sortedDepartments}
          titles={[...titles].sort(byOrder)}
          onCancel={() => setDialog(null)}
          onMove={async (targetId) => {
            await removeTitle(docId, dialog.title.id, { moveCreditsTo: targetId });
            setDialog(null);
            const target = titles.find((t) => t.id === targetId);
            app.notify(`Moved ${dialog.usage === 1 ? '1 credit' : `${dialog.usage} credits`} to “${shortName(target?.name ?? 'the other title')}” and removed “${shortName(dialog.title.name)}”.`);
          }}
        />
      )}
    </div>
  );
}
