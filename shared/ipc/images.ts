// Channels for images kept in the document (logos at the end of the roll). main shows the open dialog, reads the
// chosen file (size-limited, its type decided by its bytes, SVGs with script or outside references refused: see
// shared/images/logo-file.ts) and answers with the bytes as base64. The renderer stores them in the document's
// images through edit(), one undoable step; it never names a path. CANCELLED when the dialog is dismissed.
import { z } from 'zod';
import { ImageSchema } from '../model/schema';
import { channel } from './channel';

export const imageChannels = {
  'images:chooseLogo': channel(
    z.object({}),
    z.object({
      /** The file's name without its extension ("Northern Lights"), to name the logo until it is renamed. */
      name: z.string().min(1).max(200),
      mediaType: ImageSchema.shape.mediaType,
      data: ImageSchema.shape.data,
    }),
  ),
};
