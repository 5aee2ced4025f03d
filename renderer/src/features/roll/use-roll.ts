// The roll of the open production, composed exactly as the exports compose it (shared/roll composeRoll with the
// same options), once per change of the records it is made from: typing in a style field never recomposes it.
import { useMemo } from 'react';
import { FORMAT_NAME, FORMAT_VERSION } from '../../../../shared/model/schema';
import type { RollcallDocument, RollStyle } from '../../../../shared/model/types';
import { composeRoll, type Roll } from '../../../../shared/roll';
import type { SessionRow } from '../../db/database';
import { useCompanies, useCredits, useDepartments, useImages, useParagraphs, usePeople, useSongs, useTitles } from '../../db/hooks';

/** Loading only while a recovered production's records are read back from IndexedDB; they are in memory after. */
export type RollState = { status: 'loading' } | { status: 'ready'; roll: Roll } | { status: 'error'; message: string };

export function useRoll(session: SessionRow, style: RollStyle, episodeId: string | null): RollState {
  const docId = session.docId;
  const credits = useCredits(docId);
  const people = usePeople(docId);
  const companies = useCompanies(docId);
  const titles = useTitles(docId);
  const departments = useDepartments(docId);
  const songs = useSongs(docId);
  const paragraphs = useParagraphs(docId);
  const images = useImages(docId);

  // The session row is a new object after every edit (style edits included); the roll reads only these fields.
  const p = session.production;
  const episodesKey = JSON.stringify(p.episodes);
  const production = useMemo(() => p, [p.id, p.title, p.kind, p.year, episodesKey]);
  // Composition reads three style fields: the columns of names-only groups and of role-name pairs, and how the
  // opening titles are carded. They come from the draft style, so the preview follows a choice at once.
  const nameColumns = style.nameColumns;
  const pairColumns = style.pairColumns;
  const mainCards = style.mainCards;

  return useMemo((): RollState => {
    if (!credits || !people || !companies || !titles || !departments || !songs || !paragraphs || !images) {
      return { status: 'loading' };
    }
    const document = {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      production,
      departments,
      titles,
      contributionTypes: [],
      people,
      companies,
      credits,
      songs,
      images,
      paragraphs,
      style: { ...session.style, nameColumns, pairColumns, mainCards },
      audit: [],
      revisions: [],
    } as RollcallDocument;
    const known = episodeId === null || production.episodes.some((e) => e.id === episodeId);
    try {
      return { status: 'ready', roll: composeRoll(document, { episodeId: known ? episodeId : null }) };
    } catch (error) {
      return { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }, [credits, people, companies, titles, departments, songs, paragraphs, images, production, nameColumns, pairColumns, mainCards, episodeId]);
}
