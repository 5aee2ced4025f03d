// Naming an episode on the command line: its id, "S1E03", "1x03", or its number alone when only one season has
// it. Pure, so the CLI and any other caller resolve episodes alike.
import type { Episode, RollcallDocument } from '../model';

export type EpisodeLookup = { ok: true; episode: Episode } | { ok: false; message: string };

function code(e: Episode): string {
  return `S${e.season}E${String(e.number).padStart(2, '0')}`;
}

export function findEpisodeByReference(document: RollcallDocument, reference: string): EpisodeLookup {
  const episodes = document.production.episodes;
  const title = document.production.title;
  const ref = reference.trim();
  if (episodes.length === 0) return { ok: false, message: `“${title}” has no episodes, so there is no episode “${ref}” to export.` };
  const byId = episodes.find((e) => e.id === ref);
  if (byId) return { ok: true, episode: byId };
  const seasonal = /^s(\d+)\s*e(\d+)$/i.exec(ref) ?? /^(\d+)x(\d+)$/i.exec(ref);
  let matches: Episode[] = [];
  if (seasonal) matches = episodes.filter((e) => e.season === Number(seasonal[1]) && e.number === Number(seasonal[2]));
  else if (/^\d+$/.test(ref)) matches = episodes.filter((e) => e.number === Number(ref));
  if (matches.length === 1) return { ok: true, episode: matches[0] };
  const listed = episodes.slice(0, 12).map(code).join(', ');
  const known = episodes.length > 12 ? `${listed} and ${episodes.length - 12} more` : listed;
  if (matches.length > 1) {
    return { ok: false, message: `Episode ${ref} is in more than one season of “${title}” (${matches.map(code).join(', ')}): name it as S1E03.` };
  }
  return { ok: false, message: `“${title}” has no episode “${ref}”; its episodes are ${known}.` };
}
