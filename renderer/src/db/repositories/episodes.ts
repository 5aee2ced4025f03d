// The episodes of a series production (production.episodes), which credits can be scoped to. Each change is one
// edit step. An episode that credits are scoped to cannot be removed: those credits would lose their scope.
import { newId } from '../../../../shared/model/ids';
import type { Credit, Episode } from '../../../../shared/model/types';
import { edit } from '../edits';
import { cleanLine, CreditInputError } from './credit-input';

export interface EpisodeFields {
  season: number;
  number: number;
  title: string;
}

function cleanEpisode(fields: EpisodeFields): EpisodeFields {
  if (!Number.isInteger(fields.season) || fields.season < 0 || fields.season > 999) throw new CreditInputError('The season must be a whole number from 0 to 999.');
  if (!Number.isInteger(fields.number) || fields.number < 0 || fields.number > 9999) throw new CreditInputError('The episode number must be a whole number from 0 to 9999.');
  return { season: fields.season, number: fields.number, title: cleanLine(fields.title, 'episode title', 500) };
}

const byNumber = (a: Episode, b: Episode) => a.season - b.season || a.number - b.number;

export function episodeLabel(e: Episode): string {
  const code = `S${String(e.season).padStart(2, '0')}E${String(e.number).padStart(2, '0')}`;
  return e.title ? `${code} ${e.title}` : code;
}

export async function addEpisode(docId: string, fields: EpisodeFields): Promise<string> {
  const clean = cleanEpisode(fields);
  const id = newId();
  await edit(docId, 'Add episode', async (w) => {
    await w.updateProduction((p) => {
      if (p.episodes.some((e) => e.season === clean.season && e.number === clean.number)) {
        throw new CreditInputError(`Season ${clean.season}, episode ${clean.number} is already in the list.`);
      }
      return { ...p, episodes: [...p.episodes, { id, ...clean }].sort(byNumber) };
    });
  });
  return id;
}

export async function renameEpisode(docId: string, id: string, title: string): Promise<void> {
  const clean = cleanLine(title, 'episode title', 500);
  await edit(docId, 'Rename episode', async (w) => {
    await w.updateProduction((p) => ({ ...p, episodes: p.episodes.map((e) => (e.id === id ? { ...e, title: clean } : e)) }));
  });
}

export async function removeEpisode(docId: string, id: string): Promise<void> {
  await edit(docId, 'Remove episode', async (w) => {
    const scoped = (await w.all<Credit>('credits')).filter((c) => Array.isArray(c.episodes) && c.episodes.includes(id)).length;
    if (scoped > 0) {
      throw new CreditInputError(
        `${scoped === 1 ? 'One credit is' : `${scoped.toLocaleString('en')} credits are`} scoped to this episode: change their episodes before removing it.`,
      );
    }
    await w.updateProduction((p) => ({ ...p, episodes: p.episodes.filter((e) => e.id !== id) }));
  });
}
