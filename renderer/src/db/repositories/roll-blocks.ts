// The blocks at the end of the roll that are not credits: songs, paragraphs (copyright, disclaimers, thanks) and
// logos. Each change is one edit() step (undoable, audited). Order is the `order` field; moving a block swaps it
// with its neighbour and renumbers the list 0, 1, 2… so ties left by older files are resolved at the first move.
import { newId } from '../../../../shared/model/ids';
import type { Image, Paragraph, Song } from '../../../../shared/model/types';
import type { EditWriter } from '../edits';
import { edit } from '../edits';
import { cleanBlock, cleanLine, cleanRequiredName, EditRefused, NAME_MAX } from './record-input';

export type SongFields = Pick<Song, 'title' | 'writtenBy' | 'performedBy' | 'courtesyOf'>;
export type ParagraphFields = Pick<Paragraph, 'kind' | 'text'>;
export type LogoFields = Pick<Image, 'name' | 'kind'>;

type OrderedTable = 'songs' | 'paragraphs' | 'images';
type Ordered = { id: string; order: number };

const PARAGRAPH_MAX = 100_000;

/** Rows in roll order: by order, then as stored (the order older files give every logo is 0). */
export function inRollOrder<T extends { order?: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

async function nextOrder(w: EditWriter, table: OrderedTable): Promise<number> {
  const rows = await w.all<Ordered>(table);
  return rows.reduce((max, r) => Math.max(max, (r.order ?? 0) + 1), 0);
}

function cleanSong(fields: SongFields): SongFields {
  return {
    title: cleanRequiredName(fields.title, 'A song’s title'),
    writtenBy: cleanLine(fields.writtenBy, 'Written by', NAME_MAX),
    performedBy: cleanLine(fields.performedBy, 'Performed by', NAME_MAX),
    courtesyOf: cleanLine(fields.courtesyOf, 'Courtesy of', NAME_MAX),
  };
}

export async function addSong(docId: string, fields: SongFields): Promise<string> {
  const clean = cleanSong(fields);
  const id = newId();
  await edit(docId, `Add the song “${clean.title}”`, async (w) => {
    const song: Song = { id, ...clean, order: await nextOrder(w, 'songs') };
    await w.put('songs', song);
  });
  return id;
}

export async function updateSong(docId: string, id: string, fields: Partial<SongFields>): Promise<void> {
  await edit(docId, 'Change a song', async (w) => {
    const song = await w.get<Song>('songs', id);
    if (!song) throw new EditRefused('That song is no longer in the production.');
    await w.put('songs', { ...song, ...cleanSong({ ...song, ...fields }) });
  });
}

function cleanParagraph(fields: ParagraphFields): ParagraphFields {
  return { kind: fields.kind, text: cleanBlock(fields.text, 'The paragraph', PARAGRAPH_MAX) };
}

export async function addParagraph(docId: string, fields: ParagraphFields): Promise<string> {
  const clean = cleanParagraph(fields);
  const id = newId();
  await edit(docId, `Add a ${clean.kind} paragraph`, async (w) => {
    const paragraph: Paragraph = { id, ...clean, order: await nextOrder(w, 'paragraphs') };
    await w.put('paragraphs', paragraph);
  });
  return id;
}

export async function updateParagraph(docId: string, id: string, fields: Partial<ParagraphFields>): Promise<void> {
  await edit(docId, 'Change a paragraph', async (w) => {
    const paragraph = await w.get<Paragraph>('paragraphs', id);
    if (!paragraph) throw new EditRefused('That paragraph is no longer in the production.');
    await w.put('paragraphs', { ...paragraph, ...cleanParagraph({ ...paragraph, ...fields }) });
  });
}

/** A logo main has read and checked ('images:chooseLogo'), stored in the document's images. */
export async function addLogo(docId: string, logo: { name: string; mediaType: Image['mediaType']; data: string }): Promise<string> {
  const name = cleanRequiredName(logo.name, 'A logo’s name');
  const id = newId();
  await edit(docId, `Add the logo “${name}”`, async (w) => {
    const image: Image = { id, name, kind: 'other', mediaType: logo.mediaType, data: logo.data, order: await nextOrder(w, 'images') };
    await w.put('images', image);
  });
  return id;
}

export async function updateLogo(docId: string, id: string, fields: Partial<LogoFields>): Promise<void> {
  await edit(docId, 'Change a logo', async (w) => {
    const image = await w.get<Image>('images', id);
    if (!image) throw new EditRefused('That logo is no longer in the production.');
    const name = fields.name === undefined ? image.name : cleanRequiredName(fields.name, 'A logo’s name');
    const changed: Image = { ...image, name, kind: fields.kind ?? image.kind };
    await w.put('images', changed);
  });
}

const WHAT: Record<OrderedTable, string> = { songs: 'song', paragraphs: 'paragraph', images: 'logo' };

/** Removes a song, paragraph or logo. A logo a company still shows is kept, with a sentence. */
export async function removeBlock(docId: string, table: OrderedTable, id: string): Promise<void> {
  await edit(docId, `Remove a ${WHAT[table]}`, async (w) => {
    if (table === 'images') {
      const users = (await w.all<{ name: string; logoImageId: string | null }>('companies')).filter((c) => c.logoImageId === id);
      if (users.length) throw new EditRefused(`${users[0].name} uses this logo, so it cannot be removed; choose another logo for ${users.length === 1 ? 'it' : 'them'} first.`);
    }
    await w.delete(table, id);
  });
}

/** Moves a song, paragraph or logo one place earlier (-1) or later (+1) on the roll. */
export async function moveBlock(docId: string, table: OrderedTable, id: string, by: -1 | 1): Promise<void> {
  await edit(docId, `Move a ${WHAT[table]} ${by < 0 ? 'up' : 'down'}`, async (w) => {
    const rows = inRollOrder(await w.all<Ordered>(table));
    const at = rows.findIndex((r) => r.id === id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= rows.length) return;
    [rows[at], rows[to]] = [rows[to], rows[at]];
    await w.putMany(
      table,
      rows.flatMap((row, i) => (row.order === i ? [] : [{ ...row, order: i }])),
    );
  });
}
