// Reading the typed cells of a row: placement, billing, lists of contribution types, episode references.
import type { Placement } from '../model/types';
import { foldText } from '../names/fold';

const PLACEMENTS: Record<string, Placement> = {};
for (const word of ['main', 'main titles', 'main title', 'opening', 'opening titles', 'opening credits', 'front', 'front titles', 'head', 'head credits', 'top'])
  PLACEMENTS[word] = 'main';
for (const word of ['end', 'end credits', 'end titles', 'end crawl', 'closing', 'closing credits', 'crawl', 'back', 'tail', 'roller'])
  PLACEMENTS[word] = 'end';

/** null for an empty cell, undefined for a value that is not a placement. */
export function parsePlacement(text: string): Placement | null | undefined {
  const key = foldText(text);
  if (key === '') return null;
  return PLACEMENTS[key];
}

/** null for an empty cell, undefined for a value that is not a billing number ("1", "#2", "3.", "1.5"). */
export function parseBilling(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^#?\s*(-?\d+(?:[.,]\d+)?)\.?$/.exec(trimmed);
  if (!match) return undefined;
  const value = Number(match[1].replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** Several values in one cell, separated by semicolons or commas ("Creative; Financial"). */
export function splitList(text: string): string[] {
  // Most rows leave list cells empty; the split below would build three arrays to say so.
  if (text === '') return [];
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export type EpisodeRef = { season: number | null; number: number } | { title: string };

/** "all" / "" -> 'all'; otherwise the references: "S1E2", "1x02", "3", "1-4", "Pilot". */
export function parseEpisodeRefs(text: string): 'all' | EpisodeRef[] {
  const key = foldText(text);
  if (key === '' || key === 'all' || key === 'all episodes') return 'all';
  const refs: EpisodeRef[] = [];
  for (const part of splitList(text)) {
    const seasonEpisode = /^s(\d{1,3})\s*e(\d{1,4})(?:\s*-\s*(?:e)?(\d{1,4}))?$/i.exec(part) ?? /^(\d{1,3})x(\d{1,4})(?:\s*-\s*(\d{1,4}))?$/i.exec(part);
    if (seasonEpisode) {
      const season = Number(seasonEpisode[1]);
      const from = Number(seasonEpisode[2]);
      const to = seasonEpisode[3] ? Number(seasonEpisode[3]) : from;
      for (let n = from; n <= Math.min(to, from + 500); n++) refs.push({ season, number: n });
      continue;
    }
    const range = /^(?:ep\.?\s*|episode\s*|#)?(\d{1,4})(?:\s*-\s*(\d{1,4}))?$/i.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = range[2] ? Number(range[2]) : from;
      for (let n = from; n <= Math.min(to, from + 500); n++) refs.push({ season: null, number: n });
      continue;
    }
    refs.push({ title: part });
  }
  return refs;
}

/** Spreadsheet formulas kept as text: a cell that starts like one ("=SUM(", "=A2&"). */
export function looksLikeFormula(text: string): boolean {
  // Two cells of every row are asked: most do not even start with "=".
  return text.charCodeAt(0) === 0x3d && /^=\s*[A-Za-z_$(]/.test(text);
}
