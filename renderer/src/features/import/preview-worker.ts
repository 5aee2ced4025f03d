// The import preview off the UI thread: analysing 20,000 rows against a production takes long enough to freeze
// typing, so it runs here. Keeps the last document, table and directory it was sent.
import type { DirectoryPerson, ImportTable } from '../../../../shared/import';
import type { RollcallDocument } from '../../../../shared/model/types';
import { computeImport, computePreview, failureOf } from './preview-compute';
import type { WorkerRequest, WorkerResponse } from './preview-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}
const scope = self as unknown as WorkerScope;

let document: RollcallDocument | null = null;
let table: ImportTable | null = null;
let directory: readonly DirectoryPerson[] = [];

scope.onmessage = (event) => {
  const request = event.data;
  if (request.document) document = request.document;
  if (request.table) table = request.table;
  if (request.directory) directory = request.directory;
  try {
    if (!document || !table) throw new Error('The import preview was asked for before its list was loaded.');
    if (request.kind === 'preview') scope.postMessage({ id: request.id, ok: true, preview: computePreview(document, table, directory, request.plan) });
    else scope.postMessage({ id: request.id, ok: true, applied: computeImport(document, table, directory, request.plan) });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: failureOf(error) });
  }
};
