// Handlers for the 'documents:*' channels: thin, since the dispatcher has already checked the sender and parsed the
// request, and the DocumentService does the work and throws UserFacingErrors with the sentence to show.
import type { DocumentService } from '../documents/document-service';
import type { HandlerMap } from './dispatch';

type DocumentChannels = Extract<keyof HandlerMap, `documents:${string}`>;

export function createDocumentHandlers(documents: DocumentService): Pick<HandlerMap, DocumentChannels> {
  return {
    'documents:new': async (request) => documents.newDocument(request),
    'documents:open': async (request) => (request.via === 'dialog' ? documents.openWithDialog() : documents.openRecent(request.recentId)),
    'documents:takePending': async () => documents.takePending(),
    'documents:save': async ({ docId, document, overwriteExternalChange }) => documents.save(docId, document, overwriteExternalChange),
    'documents:saveAs': async ({ docId, document }) => documents.saveAs(docId, document),
    'documents:revert': async ({ docId }) => documents.revert(docId),
    'documents:close': async ({ docId }) => {
      await documents.close(docId);
      return {};
    },
    'documents:recent': async () => ({ items: await documents.recentFiles() }),
    'documents:setEdited': async ({ docId, edited }) => {
      documents.setEdited(docId, edited);
      return {};
    },
    'documents:reattach': async ({ docId }) => documents.reattach(docId),
  };
}
