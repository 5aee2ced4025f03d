// Channels of the document service. The renderer never names a path: files are chosen in main's dialogs, named
// by a recent-file id, or arrive from the command line; the renderer only ever holds a docId.
import { z } from 'zod';
import { ProductionKindSchema, RollcallDocumentSchema } from '../model/schema';
import { channel } from './channel';

export const DocIdSchema = z.string().min(1).max(100);

export const OpenedDocumentSchema = z.object({
  docId: DocIdSchema,
  /** File name without folder, e.g. "Night Train.rollcall"; "Untitled" for a new document. */
  displayName: z.string(),
  document: RollcallDocumentSchema,
  /** True when the file is locked by someone else, or written by a newer Rollcall. */
  readOnly: z.boolean(),
  /** Sentences to show on opening: why read-only, that the file was migrated and where its backup is, ... */
  notices: z.array(z.string()),
  /** False until the document has a file. */
  hasFile: z.boolean(),
});
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

export const RecentFileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  folder: z.string(),
  openedAt: z.string(),
});

export const SaveResultSchema = z.object({ docId: DocIdSchema, displayName: z.string(), savedAt: z.string() });

export const documentChannels = {
  'documents:new': channel(
    z.object({ title: z.string().trim().min(1).max(2000), kind: ProductionKindSchema, year: z.number().int().nullable() }),
    OpenedDocumentSchema,
  ),
  /** Open a file chosen in main's dialog, or a recent file by its id. CANCELLED when the dialog is dismissed. */
  'documents:open': channel(
    z.discriminatedUnion('via', [z.object({ via: z.literal('dialog') }), z.object({ via: z.literal('recent'), recentId: z.string().max(200) })]),
    OpenedDocumentSchema,
  ),
  /** Files handed over by the command line, a file association or a second launch, opened and waiting. */
  'documents:takePending': channel(
    z.object({}),
    /** `problems`: one sentence per waiting file that could not be opened (or was not, as only one opens at a time). */
    z.object({ documents: z.array(OpenedDocumentSchema), problems: z.array(z.string()) }),
  ),
  /** Write the working copy to the document's file. EXTERNAL_CHANGE unless `overwriteExternalChange`. */
  'documents:save': channel(
    z.object({ docId: DocIdSchema, document: RollcallDocumentSchema, overwriteExternalChange: z.boolean() }),
    SaveResultSchema,
  ),
  'documents:saveAs': channel(z.object({ docId: DocIdSchema, document: RollcallDocumentSchema }), SaveResultSchema),
  /** Re-read the file from disk, dropping unsaved edits. */
  'documents:revert': channel(z.object({ docId: DocIdSchema }), OpenedDocumentSchema),
  /** Release the lock and forget the document. */
  'documents:close': channel(z.object({ docId: DocIdSchema }), z.object({})),
  'documents:recent': channel(z.object({}), z.object({ items: z.array(RecentFileSchema) })),
  /** Tells main whether there are unsaved edits, for the window's close prompt and the dirty mark. */
  'documents:setEdited': channel(z.object({ docId: DocIdSchema, edited: z.boolean() }), z.object({})),
  /** Reopen a document after a crash: main re-acquires the file for a docId the renderer recovered from IndexedDB. */
  'documents:reattach': channel(z.object({ docId: DocIdSchema }), z.object({ docId: DocIdSchema, displayName: z.string(), readOnly: z.boolean(), hasFile: z.boolean() })),
};
