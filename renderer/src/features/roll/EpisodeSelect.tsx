// The episode chooser of a series: the roll preview and the Export dialog offer the same choices.
import type { Episode } from '../../../../shared/model/types';
import { episodeLabel } from '../../db/repositories/episodes';

export function EpisodeSelect(props: { id: string; episodes: Episode[]; value: string | null; onChange: (episodeId: string | null) => void }) {
  return (
    <>
      <label htmlFor={props.id}>Episode</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">Whole series (every credit)</option>
        {props.episodes.map((e) => (
          <option key={e.id} value={e.id}>
            {episodeLabel(e)}
          </option>
        ))}
      </select>
    </>
  );
}
