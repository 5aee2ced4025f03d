// The start page: a new production, open a file, or one of the recent files.
import { useEffect, useState } from 'react';
import type { ProductionKind } from '../../../shared/model/types';
import { rollcall, unwrap } from '../api';
import { useDocumentActions } from './document-actions';
import { PRODUCTION_KINDS } from './production-kinds';

interface Recent {
  id: string;
  displayName: string;
  folder: string;
  openedAt: string;
}

export function StartPage() {
  const actions = useDocumentActions();
  const [recent, setRecent] = useState<Recent[]>([]);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ProductionKind>('feature');
  const [year, setYear] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void unwrap(rollcall().documents.recent({}))
      .then((r) => setRecent(r.items))
      .catch(() => setRecent([]));
  }, []);

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    const clean = title.trim();
    if (!clean) return setError('Give the production a title.');
    const y = year.trim() ? Number(year) : null;
    if (y !== null && (!Number.isInteger(y) || y < 1870 || y > 2200)) return setError('The year should be a number such as 2026.');
    setError('');
    await actions.newProduction({ title: clean, kind, year: y });
  };

  return (
    <main className="start-page" aria-labelledby="start-heading">
      <h1 id="start-heading">Rollcall</h1>
      <p className="tagline">Every credit with its reason, its approval and its history.</p>
      <div className="start-columns">
        <section aria-labelledby="new-heading" className="card">
          <h2 id="new-heading">New production</h2>
          <form onSubmit={create}>
            <label>
              Production title
              <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={2000} />
            </label>
            <label>
              Kind
              <select value={kind} onChange={(e) => setKind(e.target.value as ProductionKind)}>
                {PRODUCTION_KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Year
              <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" maxLength={4} />
            </label>
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            <button type="submit" className="primary">
              Create Production
            </button>
          </form>
        </section>
        <section aria-labelledby="open-heading" className="card">
          <h2 id="open-heading">Open</h2>
          <button type="button" onClick={() => void actions.open({ via: 'dialog' })}>
            Open Production…
          </button>
          <h3>Recent productions</h3>
          {recent.length === 0 ? (
            <p className="muted">No recent productions yet.</p>
          ) : (
            <ul className="recent-list" aria-label="Recent productions">
              {recent.map((r) => (
                <li key={r.id}>
                  <button type="button" className="link" onClick={() => void actions.open({ via: 'recent', recentId: r.id })}>
                    {r.displayName}
                  </button>
                  <span className="muted"> {r.folder}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
