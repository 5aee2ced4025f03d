// Episode scope of a series credit: all episodes, or the episodes chosen from the production's list.
import type { Credit, Episode } from '../../../../shared/model/types';
import { episodeLabel } from '../../db/repositories/episodes';

export function EpisodeScope(props: { episodes: readonly Episode[]; value: Credit['episodes']; onChange: (value: Credit['episodes']) => void; disabled?: boolean }) {
  const chosen = props.value === 'all' ? null : new Set(props.value);
  return (
    <fieldset className="episode-scope" disabled={props.disabled}>
      <legend>Episodes</legend>
      <label className="inline">
        <input type="radio" name="episode-scope" checked={chosen === null} onChange={() => props.onChange('all')} />
        All episodes
      </label>
      <label className="inline">
        <input
          type="radio"
          name="episode-scope"
          checked={chosen !== null}
          disabled={props.episodes.length === 0}
          onChange={() => props.onChange(props.episodes.length ? [props.episodes[0].id] : [])}
        />
        Chosen episodes
      </label>
      {props.episodes.length === 0 && <p className="muted">Add episodes with the Episodes button to scope credits to some of them.</p>}
      {chosen && (
        <div className="episode-list" role="group" aria-label="Chosen episodes">
          {props.episodes.map((e) => (
            <label key={e.id} className="inline">
              <input
                type="checkbox"
                checked={chosen.has(e.id)}
                onChange={(ev) => {
                  const next = new Set(chosen);
                  if (ev.target.checked) next.add(e.id);
                  else next.delete(e.id);
                  props.onChange(props.episodes.filter((x) => next.has(x.id)).map((x) => x.id));
                }}
              />
              {episodeLabel(e)}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
