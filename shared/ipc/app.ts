import { z } from 'zod';
import { channel } from './channel';

export const appChannels = {
  'app:info': channel(z.object({}), z.object({ name: z.string(), version: z.string(), platform: z.string(), userName: z.string() })),
  /** Open a web link in the user's browser: only http and https, parsed first (Electron security checklist 15). */
  'app:openExternal': channel(z.object({ url: z.string().max(4000) }), z.object({})),
  /** Close the window after the renderer has dealt with unsaved edits. */
  'app:closeWindow': channel(z.object({}), z.object({})),
};

/** Messages main sends to the renderer (menu commands, files opened by a second launch). */
export const MenuCommandSchema = z.enum([
  'new', 'open', 'save', 'save-as', 'export', 'close', 'close-window', 'undo', 'redo', 'find', 'import', 'revisions', 'preview', 'checks',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const eventSchemas = {
  'menu:command': z.object({ command: MenuCommandSchema }),
  /** A file arrived (second launch, file association): call documents:takePending. */
  'documents:pending': z.object({}),
};
export type EventName = keyof typeof eventSchemas;
