// Channels of the exports. The renderer sends the working copy and the format; main builds the file (printing
// PDFs through its own Chromium), shows the save dialog with a safe default name, writes the file atomically and
// answers with the name it was saved under. CANCELLED when the dialog is dismissed; NOT_FOUND for an episode the
// production does not have.
import { z } from 'zod';
import { ExportFormatSchema } from '../export/formats';
import { RollcallDocumentSchema } from '../model/schema';
import { channel } from './channel';

export { ExportFormatSchema, type ExportFormat } from '../export/formats';

export const exportChannels = {
  'exports:run': channel(
    z.object({
      document: RollcallDocumentSchema,
      format: ExportFormatSchema,
      /** A series episode's id: its per-episode roll. Null or absent: the whole production. */
      episodeId: z.string().max(100).nullable().optional(),
      /** Printed on PDF pages and put in the file name ("Locked cut 3"). */
      revisionName: z.string().max(200).optional(),
    }),
    z.object({ fileName: z.string() }),
  ),
};
