// The Credits panel: search as you type with filters, the virtualised credits list in roll order, and the
// editor of the selected credit. New credits, several people at once, and a series' episodes start here.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { CreditStatus } from '../../../../shared/model/types';
import { STATUS_LABELS } from '../../../../shared/policy';
import { creditListRows, searchCredits, type CreditFilters } from '../../../../shared/search';
import { useApp } from '../../app/app-context';
import { useDocumentActions } from '../../app/document-actions';
import { selectCredit, useSelectedCredit, useSelectionRequest } from '../../app/selection';
import type { PanelProps } from '../../app/Workspace';
import { moveCredit, moveCreditTo } from '../../db/repositories/credits';
import { CreditEditor } from './CreditEditor';
import { CreditList } from './CreditList';
import { EpisodesDialog } from './EpisodesDialog';
import { PlacementField } from './PlacementField';
import { GiveTitleDialog } from './GiveTitleDialog';
import { NewCreditDialog } from './NewCreditDialog';
import { useCreditData } from './use-credit-data';
import './credits.css';

type Dialog = 'new' | 'give' | 'episodes' | null;

const creditsWord = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'credit' : 'credits'}`;

export function CreditsPanel({ session }: PanelProps) {
  const app = useApp();
  const actions = useDocumentActions();
  const data = useCreditData(session);
  const selectedId = useSelectedCredit();
  const scrollRequest = useSelectionRequest();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<CreditFilters>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  // Typing stays responsive even while a long result list re-renders: the list follows a deferred query.
  const deferredQuery = useDeferredValue(query);
  const deferredFilters = useDeferredValue(filters);

  const positions = useMemo(() => searchCredits(data.index, deferredQuery, deferredFilters), [data.index, deferredQuery, deferredFilters]);
  const rows = useMemo(() => creditListRows(data.index, positions), [data.index, positions]);
  const selectedPos = selectedId ? data.index.positions.get(selectedId) : undefined;
  const selected = selectedPos === undefined ? undefined : data.index.entries[selectedPos];
  const total = data.index.entries.length;
  const filtered = deferredQuery.trim() !== '' || Object.values(deferredFilters).some(Boolean);
  const series = session.production.kind === 'series';

  // A credit chosen elsewhere (the checks panel, a new credit) that the current search hides: clear the search so
  // the list can show it. Only on a new request, so that typing a search never jumps back to the selection.
  const handledRequest = useRef(-1);
  useEffect(() => {
    if (!data.loaded || handledRequest.current === scrollRequest) return;
    const pos = selectedId ? data.index.positions.get(selectedId) : undefined;
    // A new credit may not have reached the live query yet: wait for it rather than mark the request handled.
    if (selectedId && pos === undefined) return;
    handledRequest.current = scrollRequest;
    if (pos !== undefined && !searchCredits(data.index, query, filters).includes(pos)) {
      setQuery('');
      setFilters({});
    }
  }, [scrollRequest, data.loaded, data.index]);

  const setFilter = (patch: CreditFilters) => setFilters((f) => ({ ...f, ...patch }));
  const sortedDepartments = useMemo(() => [...data.departments].sort((a, b) => a.order - b.order), [data.departments]);

  return (
    <div className="credits-panel">
      <div className="credits-toolbar" role="search" aria-label="Find credits">
        <input
          className="search-field"
          type="search"
          data-find
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search names, titles, departments, justifications…"
          maxLength={500}
          aria-label="Search credits"
        />
        <label>
          Department
          <select value={filters.departmentId ?? ''} onChange={(e) => setFilter({ departmentId: e.target.value || null })}>
            <option value="">All departments</option>
            {sortedDepartments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Contribution type
          <select value={filters.contributionTypeId ?? ''} onChange={(e) => setFilter({ contributionTypeId: e.target.value || null })}>
            <option value="">Any contribution</option>
            {data.contributionTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filters.status ?? ''} onChange={(e) => setFilter({ status: (e.target.value || null) as CreditStatus | null })}>
            <option value="">Any status</option>
            {(Object.keys(STATUS_LABELS) as CreditStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <PlacementField value={filters.placement ?? null} onChange={(placement) => setFilter({ placement })} anyLabel="Any placement" />
        <label className="inline">
          <input type="checkbox" checked={!!filters.missingJustification} onChange={(e) => setFilter({ missingJustification: e.target.checked })} />
          Missing justification
        </label>
      </div>
      <div className="credits-actions" role="toolbar" aria-label="Credits">
        <button type="button" className="primary" onClick={() => setDialog('new')}>
          New Credit
        </button>
        <button type="button" onClick={() => setDialog('give')}>
          Give a Title to Several People…
        </button>
        {series && (
          <button type="button" onClick={() => setDialog('episodes')}>
            Episodes…
          </button>
        )}
        <span className="muted result-count" aria-live="polite">
          {filtered ? `${positions.length.toLocaleString('en')} of ${creditsWord(total)}` : creditsWord(total)}
        </span>
      </div>
      {/* data-shown-query: the query the list below shows results for (it lags the field while React renders). */}
      <div className="credits-body" data-shown-query={deferredQuery}>
        <CreditList
          index={data.index}
          rows={rows}
          positions={positions}
          selectedId={selectedId}
          scrollRequest={scrollRequest}
          onSelect={selectCredit}
          onMove={(id, delta) => void moveCredit(session.docId, id, delta).catch(actions.report)}
          onDrop={(id, target) => void moveCreditTo(session.docId, id, target).catch(actions.report)}
          empty={!data.loaded ? 'Loading credits…' : total === 0 ? 'No credits yet. Use New Credit to add the first one.' : 'No credits match the search and filters.'}
        />
        {selected && (
          <CreditEditor
            key={selected.credit.id}
            session={session}
            entry={selected}
            data={data}
            onError={actions.report}
            onRemoved={(name) => app.notify(`Removed the credit for ${name}. Undo brings it back.`)}
          />
        )}
      </div>
      {dialog === 'new' && (
        <NewCreditDialog
          docId={session.docId}
          data={data}
          initialTitleId={selected?.credit.titleId ?? null}
          onError={actions.report}
          onDone={(id) => {
            setDialog(null);
            if (id) selectCredit(id);
          }}
        />
      )}
      {dialog === 'give' && (
        <GiveTitleDialog
          docId={session.docId}
          data={data}
          onDone={(message) => {
            setDialog(null);
            if (message) app.notify(message);
          }}
        />
      )}
      {dialog === 'episodes' && <EpisodesDialog docId={session.docId} episodes={session.production.episodes} onClose={() => setDialog(null)} />}
    </div>
  );
}
