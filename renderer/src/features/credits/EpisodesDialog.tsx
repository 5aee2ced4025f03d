// The episodes of a series, which credits can be scoped to: add, rename, remove (refused while credits use one).
import { useState, type FormEvent } from 'react';
import type { Episode } from '../../../../shared/model/types';
import { DialogFooter } from '../../app/dialog-parts';
import { Modal } from '../../app/Modal';
import { addEpisode, episodeLabel, removeEpisode } from '../../db/repositories/episodes';

export function EpisodesDialog(props: { docId: string; episodes: readonly Episode[]; onClose: () => void }) {
  const last = props.episodes.at(-1);
  const [season, setSeason] = useState(String(last?.season ?? 1));
  const [number, setNumber] = useState(String((last?.number ?? 0) + 1));
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!/^\s*\d+\s*$/.test(season) || !/^\s*\d+\s*$/.test(number)) return setProblem('The season and the episode number must be whole numbers.');
    setBusy(true);
    try {
      await addEpisode(props.docId, { season: Number(season), number: Number(number), title });
      setNumber(String(Number(number) + 1));
      setTitle('');
      setProblem('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Episodes" onCancel={props.onClose}>
      {props.episodes.length === 0 ? (
        <p className="muted">No episodes yet.</p>
      ) : (
        <ul className="episode-editor-list" aria-label="Episodes">
          {props.episodes.map((e) => (
            <li key={e.id}>
              <span className="clip">{episodeLabel(e)}</span>
              <button
                type="button"
                className="danger"
                aria-label={`Remove ${episodeLabel(e)}`}
                onClick={() => void removeEpisode(props.docId, e.id).then(() => setProblem(''), (error) => setProblem(error instanceof Error ? error.message : String(error)))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} aria-label="Add episode">
        <div className="field-row">
          <label>
            Season
            <input inputMode="numeric" value={season} onChange={(e) => setSeason(e.target.value)} maxLength={3} />
          </label>
          <label>
            Episode number
            <input inputMode="numeric" value={number} onChange={(e) => setNumber(e.target.value)} maxLength={4} />
          </label>
        </div>
        <label>
          Episode title
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
        </label>
        <DialogFooter error={problem} onCancel={props.onClose} cancelLabel="Done" submitLabel="Add Episode" submitDisabled={busy} />
      </form>
    </Modal>
  );
}
