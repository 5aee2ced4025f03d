// Production details: title, kind and year, edited as one undoable step.
import { useState } from 'react';
import type { ProductionKind } from '../../../shared/model/types';
import type { SessionRow } from '../db/database';
import { edit } from '../db/edits';
import { DialogFooter } from './dialog-parts';
import { Modal } from './Modal';
import { useApp } from './app-context';
import { PRODUCTION_KINDS } from './production-kinds';


export function ProductionDetails({ session, onClose }: { session: SessionRow; onClose: () => void }) {
  const app = useApp();
  const p = session.production;
  const [title, setTitle] = useState(p.title);
  const [kind, setKind] = useState<ProductionKind>(p.kind);
  const [year, setYear] = useState(p.year === null ? '' : String(p.year));
  const [error, setError] = useState('');

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const clean = title.trim();
    if (!clean) return setError('Give the production a title.');
    if (clean.length > 2000) return setError('A title can have at most 2,000 characters.');
    const y = year.trim() ? Number(year) : null;
    if (y !== null && (!Number.isInteger(y) || y < 1870 || y > 2200)) return setError('The year should be a number such as 2026.');
    try {
      await edit(session.docId, 'Change production details', async (w) => {
        await w.updateProduction((prev) => ({ ...prev, title: clean, kind, year: y }));
      });
      onClose();
    } catch (err) {
      app.notify(err instanceof Error ? err.message : String(err), 'error');
    }
  };

  return (
    <Modal title="Production details" onCancel={onClose}>
      <form onSubmit={save}>
        <label>
          Production title
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
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
          <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" />
        </label>
        <DialogFooter error={error} onCancel={onClose} submitLabel="Apply" />
      </form>
    </Modal>
  );
}
