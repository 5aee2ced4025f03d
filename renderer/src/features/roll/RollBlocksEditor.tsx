// Songs, paragraphs (copyright, disclaimers, thanks) and logos: the end of the roll that is not credits. Each list
// adds, edits, reorders and removes its items through the roll-blocks repository (one undoable, audited edit each);
// logos are imported through main's open dialog ('images:chooseLogo'), which checks the file. The preview follows
// every change because the roll is composed from these same records.
import { useState } from 'react';
import type { Image, Paragraph } from '../../../../shared/model/types';
import { imageDataUrl } from '../../../../shared/roll/html-text';
import { rollcall, unwrap } from '../../api';
import { useImages, useParagraphs, useSongs } from '../../db/hooks';
import {
  addLogo, addParagraph, addSong, inRollOrder, moveBlock, removeBlock, updateLogo, updateParagraph, updateSong,
} from '../../db/repositories/roll-blocks';
import { BlockTools } from './BlockTools';
import { CommitField } from './CommitField';
import { SelectField } from './SelectField';

const PARAGRAPH_KINDS: { value: Paragraph['kind']; label: string }[] = [
  { value: 'copyright', label: 'Copyright' },
  { value: 'disclaimer', label: 'Disclaimer' },
  { value: 'thanks', label: 'Thanks' },
  { value: 'other', label: 'Other notice' },
];
const LOGO_KINDS: { value: Image['kind']; label: string }[] = [
  { value: 'company', label: 'Company' },
  { value: 'guild', label: 'Guild' },
  { value: 'union', label: 'Union' },
  { value: 'other', label: 'Other' },
];

export function RollBlocksEditor({ docId, readOnly, report }: { docId: string; readOnly: boolean; report: (error: unknown) => void }) {
  const songs = inRollOrder(useSongs(docId) ?? []);
  const paragraphs = inRollOrder(useParagraphs(docId) ?? []);
  const images = inRollOrder(useImages(docId) ?? []);
  // The item just added: its first field takes the focus, with its placeholder text selected.
  const [added, setAdded] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  /** Runs a write; a refusal is shown, and rethrown so that a field puts its saved value back. */
  const write = async (task: () => Promise<unknown>) => {
    try {
      await task();
    } catch (error) {
      report(error);
      throw error;
    }
  };
  const act = (task: () => Promise<unknown>) => void write(task).catch(() => undefined);

  const importLogo = async () => {
    setImporting(true);
    try {
      const logo = await unwrap(rollcall().images.chooseLogo({}));
      setAdded(await addLogo(docId, logo));
    } catch (error) {
      report(error);
    } finally {
      setImporting(false);
    }
  };

  return (
    <fieldset className="roll-style roll-blocks" disabled={readOnly}>
      <fieldset>
        <legend>Songs</legend>
        {songs.length === 0 && <p className="muted field-hint">No songs on the roll.</p>}
        {songs.map((song, i) => (
          <div key={song.id} role="group" aria-label={`Song ${i + 1}`} className="roll-block-item">
            <CommitField label="Title" value={song.title} autoFocus={added === song.id} onCommit={(v) => write(() => updateSong(docId, song.id, { title: v }))} />
            <CommitField label="Written by" value={song.writtenBy} onCommit={(v) => write(() => updateSong(docId, song.id, { writtenBy: v }))} />
            <CommitField label="Performed by" value={song.performedBy} onCommit={(v) => write(() => updateSong(docId, song.id, { performedBy: v }))} />
            <CommitField label="Courtesy of" value={song.courtesyOf} onCommit={(v) => write(() => updateSong(docId, song.id, { courtesyOf: v }))} />
            <BlockTools what="song" index={i} count={songs.length} onMove={(by) => act(() => moveBlock(docId, 'songs', song.id, by))} onRemove={() => act(() => removeBlock(docId, 'songs', song.id))} />
          </div>
        ))}
        <button type="button" onClick={() => act(async () => setAdded(await addSong(docId, { title: 'New song', writtenBy: '', performedBy: '', courtesyOf: '' })))}>
          Add Song
        </button>
      </fieldset>

      <fieldset>
        <legend>Paragraphs</legend>
        <p className="muted field-hint">Thanks run before the logos; copyright, disclaimers and other notices close the roll.</p>
        {paragraphs.map((paragraph, i) => (
          <div key={paragraph.id} role="group" aria-label={`Paragraph ${i + 1}`} className="roll-block-item">
            <SelectField label="Kind" value={paragraph.kind} options={PARAGRAPH_KINDS} onChange={(kind) => act(() => updateParagraph(docId, paragraph.id, { kind }))} />
            <CommitField label="Text" multiline value={paragraph.text} autoFocus={added === paragraph.id} onCommit={(v) => write(() => updateParagraph(docId, paragraph.id, { text: v }))} />
            <BlockTools what="paragraph" index={i} count={paragraphs.length} onMove={(by) => act(() => moveBlock(docId, 'paragraphs', paragraph.id, by))} onRemove={() => act(() => removeBlock(docId, 'paragraphs', paragraph.id))} />
          </div>
        ))}
        <button type="button" onClick={() => act(async () => setAdded(await addParagraph(docId, { kind: 'copyright', text: '' })))}>
          Add Paragraph
        </button>
      </fieldset>

      <fieldset>
        <legend>Logos</legend>
        <p className="muted field-hint">PNG, JPEG, WebP or SVG, at most 5 MB; kept inside the production file.</p>
        {images.map((image, i) => {
          const src = imageDataUrl(image.mediaType, image.data);
          return (
            <div key={image.id} role="group" aria-label={`Logo ${i + 1}`} className="roll-block-item">
              {src && <img className="roll-logo-thumb" src={src} alt="" />}
              <CommitField label="Name" value={image.name} autoFocus={added === image.id} onCommit={(v) => write(() => updateLogo(docId, image.id, { name: v }))} />
              <SelectField label="Kind" value={image.kind} options={LOGO_KINDS} onChange={(kind) => act(() => updateLogo(docId, image.id, { kind }))} />
              <BlockTools what="logo" index={i} count={images.length} onMove={(by) => act(() => moveBlock(docId, 'images', image.id, by))} onRemove={() => act(() => removeBlock(docId, 'images', image.id))} />
            </div>
          );
        })}
        <button type="button" disabled={importing} onClick={() => void importLogo()}>
          {importing ? 'Importing…' : 'Import Logo…'}
        </button>
      </fieldset>
    </fieldset>
  );
}
