// Checks: everything in the production that needs attention, most serious first, grouped by kind. Each item is a
// button that goes where the fix is: the credit in the Credits panel (through the shared selection), or the
// People & Companies panel for possible duplicates. The checks themselves are pure (shared/checks).
import { useDeferredValue, useMemo, useState } from 'react';
import { CHECK_KIND_LABELS, checks, countBySeverity, type CheckItem, type CheckKind, type CheckSeverity } from '../../../../shared/checks';
import { useApp } from '../../app/app-context';
import { selectCredit } from '../../app/selection';
import type { PanelProps } from '../../app/Workspace';
import { useCompanies, useContributionTypes, useCredits, useDepartments, usePeople, useTitles } from '../../db/hooks';
import './checks.css';

const SEVERITY_TEXT: Record<CheckSeverity, string> = { error: 'Problem', warning: 'Warning', info: 'Review' };
const PAGE = 100;

export function ChecksPanel({ session }: PanelProps) {
  const app = useApp();
  const docId = session.docId;
  const people = usePeople(docId);
  const companies = useCompanies(docId);
  const titles = useTitles(docId);
  const departments = useDepartments(docId);
  const types = useContributionTypes(docId);
  const credits = useCredits(docId);
  const [show, setShow] = useState<'all' | CheckSeverity>('all');
  // Checks re-run after the list has rendered, so typing elsewhere never waits for them.
  const input = useDeferredValue(useMemo(() => ({ people, companies, titles, departments, types, credits, production: session.production }), [people, companies, titles, departments, types, credits, session.production]));

  const items = useMemo(() => {
    const { people: p, companies: c, titles: t, departments: d, types: ty, credits: cr, production } = input;
    if (!p || !c || !t || !d || !ty || !cr) return null;
    return checks({ production, people: p, companies: c, titles: t, departments: d, contributionTypes: ty, credits: cr });
  }, [input]);

  const groups = useMemo(() => {
    const map = new Map<CheckKind, CheckItem[]>();
    for (const item of items ?? []) {
      if (show !== 'all' && item.severity !== show) continue;
      const list = map.get(item.kind);
      if (list) list.push(item);
      else map.set(item.kind, [item]);
    }
    return [...map.entries()];
  }, [items, show]);

  if (!items) return <p className="muted">Checking…</p>;
  const counts = countBySeverity(items);

  const follow = (item: CheckItem) => {
    if (item.creditId) {
      selectCredit(item.creditId);
      app.setPanel('credits');
    } else if (item.personIds || item.companyIds) {
      app.setPanel('people');
    }
  };

  return (
    <div className="checks-panel">
      <header className="checks-header">
        <h2>Checks</h2>
        <p aria-live="polite">
          {items.length === 0
            ? 'Nothing needs attention.'
            : [
                counts.error ? `${counts.error.toLocaleString('en')} ${counts.error === 1 ? 'problem' : 'problems'}` : '',
                counts.warning ? `${counts.warning.toLocaleString('en')} ${counts.warning === 1 ? 'warning' : 'warnings'}` : '',
                counts.info ? `${counts.info.toLocaleString('en')} to review` : '',
              ]
                .filter(Boolean)
                .join(', ') + '.'}
        </p>
        <label>
          Show
          <select value={show} onChange={(e) => setShow(e.target.value as typeof show)}>
            <option value="all">Everything</option>
            <option value="error">Problems</option>
            <option value="warning">Warnings</option>
            <option value="info">For review</option>
          </select>
        </label>
      </header>
      {groups.map(([kind, list]) => (
        <CheckGroup key={kind} kind={kind} items={list} onFollow={follow} />
      ))}
    </div>
  );
}

function CheckGroup(props: { kind: CheckKind; items: CheckItem[]; onFollow: (item: CheckItem) => void }) {
  const [limit, setLimit] = useState(PAGE);
  const shown = props.items.slice(0, limit);
  const headingId = `check-${props.kind}`;
  return (
    <section className="check-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {CHECK_KIND_LABELS[props.kind]} <span className="muted">({props.items.length.toLocaleString('en')})</span>
      </h3>
      <ul className="check-list" aria-label={CHECK_KIND_LABELS[props.kind]}>
        {shown.map((item) => (
          <li key={item.id} className={`check-item check-${item.severity}`}>
            <span className={`check-severity severity-${item.severity}`}>{SEVERITY_TEXT[item.severity]}</span>
            {item.creditId || item.personIds || item.companyIds ? (
              <button type="button" className="link check-message" dir="auto" onClick={() => props.onFollow(item)}>
                {item.message}
              </button>
            ) : (
              <span className="check-message" dir="auto">
                {item.message}
              </span>
            )}
            <span className="muted check-target">{item.creditId ? ((item.creditIds?.length ?? 0) > 1 ? 'Opens the first of them' : 'Opens the credit') : item.personIds || item.companyIds ? 'Opens People & Companies' : ''}</span>
          </li>
        ))}
      </ul>
      {props.items.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE * 5)}>
          Show More ({(props.items.length - limit).toLocaleString('en')} not shown)
        </button>
      )}
    </section>
  );
}
