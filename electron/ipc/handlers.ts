// Assembles every domain's handlers into the one map the dispatcher serves. Electron's main and the test harness
// both call this, so the harness runs the real handlers.
import type { DocumentService } from '../documents/document-service';
import type { Host } from '../host';
import { createAppHandlers } from './app';
import type { HandlerMap } from './dispatch';
import { createDocumentHandlers } from './documents';
import { createExportHandlers } from './exports';
import { createImageHandlers } from './images';
import { createImportHandlers } from './import';
import { createRevisionHandlers } from './revisions';

export interface Services {
  host: Host;
  /** Created by the caller (`new DocumentService(host)`), so that main can hand it files from a second launch. */
  documents: DocumentService;
}

export function createHandlers(services: Services): HandlerMap {
  return {
    ...createAppHandlers(services.host),
    ...createDocumentHandlers(services.documents),
    ...createExportHandlers(services.host),
    ...createImageHandlers(services.host),
    ...createImportHandlers(services.host),
    ...createRevisionHandlers(services.host),
  };
}
