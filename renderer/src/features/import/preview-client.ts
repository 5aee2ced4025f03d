// Talks to the preview worker: sends the document, table and directory only when they are new objects, and
// matches answers to questions by id. When no worker can be started (or it fails to load), the same functions
// run on this thread after a yield, so the panel still works, only less smoothly.
import type { DirectoryPerson, ImportTable } from '../../../../shared/import';
import type { RollcallDocument } from '../../../../shared/model/types';
import type { PlanOptions } from './import-draft';
import { computeImport, computePreview, failureOf } from './preview-compute';
import type { ApplyData, PreviewData, WorkerFailure, WorkerRequest, WorkerResponse } from './preview-protocol';

export interface PreviewInputs {
  document: RollcallDocument;
  table: ImportTable;
  directory: readonly DirectoryPerson[];
}

/** A failure the panel shows: a sentence, and the rows that cannot be imported when that is why. */
export class ImportFailure extends Error {
  readonly rows: WorkerFailure['rows'];
  constructor(failure: WorkerFailure) {
    super(failure.message);
    this.rows = failure.rows;
  }
}

type Pending = { kind: WorkerRequest['kind']; inputs: PreviewInputs; plan: PlanOptions; resolve: (r: WorkerResponse) => void };

export class PreviewClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private sent: Partial<PreviewInputs> = {};

  /** The worker could not load or died once: from then on the work runs on this thread. */
  private failed = false;

  /** Started on first use, and again after dispose (React may unmount and remount the panel). */
  private ensureWorker(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module', name: 'import-preview' });
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const waiting = this.pending.get(event.data.id);
        this.pending.delete(event.data.id);
        waiting?.resolve(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.fallBack();
      };
      this.worker = worker;
      this.sent = {};
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  preview(inputs: PreviewInputs, plan: PlanOptions): Promise<PreviewData> {
    return this.ask('preview', inputs, plan).then((r) => {
      if (!r.ok) throw new ImportFailure(r.error);
      if (!('preview' in r)) throw new Error('The preview worker answered something else.');
      return r.preview;
    });
  }

  apply(inputs: PreviewInputs, plan: PlanOptions): Promise<ApplyData> {
    return this.ask('apply', inputs, plan).then((r) => {
      if (!r.ok) throw new ImportFailure(r.error);
      if (!('applied' in r)) throw new Error('The preview worker answered something else.');
      return r.applied;
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.sent = {};
    // Whoever still waits hears that nothing happened, rather than waiting for ever.
    for (const [id, waiting] of this.pending) waiting.resolve({ id, ok: false, error: { message: 'The import panel was closed before the list was read; nothing was imported.' } });
    this.pending.clear();
  }

  private ask(kind: WorkerRequest['kind'], inputs: PreviewInputs, plan: PlanOptions): Promise<WorkerResponse> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    if (!worker) return local(id, kind, inputs, plan);
    const request: WorkerRequest = { id, kind, plan };
    // Only what changed crosses over: copying 20,000 credits on every keystroke would cost what the worker saves.
    if (this.sent.document !== inputs.document) request.document = inputs.document;
    if (this.sent.table !== inputs.table) request.table = inputs.table;
    if (this.sent.directory !== inputs.directory) request.directory = inputs.directory;
    this.sent = { ...inputs };
    return new Promise((resolve) => {
      this.pending.set(id, { kind, inputs, plan, resolve });
      worker.postMessage(request);
    });
  }

  /** The worker could not load or died: do what it still owed on this thread, and everything after it too. */
  private fallBack(): void {
    this.failed = true;
    this.worker?.terminate();
    this.worker = null;
    this.sent = {};
    const owed = [...this.pending];
    this.pending.clear();
    for (const [id, waiting] of owed) void local(id, waiting.kind, waiting.inputs, waiting.plan).then(waiting.resolve);
  }
}

async function local(id: number, kind: WorkerRequest['kind'], inputs: PreviewInputs, plan: PlanOptions): Promise<WorkerResponse> {
  // Let the busy state paint before the work blocks this thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    return kind === 'preview'
      ? { id, ok: true, preview: computePreview(inputs.document, inputs.table, inputs.directory, plan) }
      : { id, ok: true, applied: computeImport(inputs.document, inputs.table, inputs.directory, plan) };
  } catch (error) {
    return { id, ok: false, error: failureOf(error) };
  }
}
