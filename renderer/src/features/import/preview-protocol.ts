// Messages between the Import panel and its preview worker. The document, the table and the directory are large
// and change rarely, so each is sent only when it changed; the plan's decisions are small and sent every time.
import type { DirectoryPerson, ImportAdditions, ImportPreview, ImportSummary, ImportTable, RowReport } from '../../../../shared/import';
import type { RollcallDocument } from '../../../../shared/model/types';
import type { PlanOptions } from './import-draft';
import type { PersonToCheck } from './people-to-check';

export interface WorkerInputs {
  document?: RollcallDocument;
  table?: ImportTable;
  directory?: readonly DirectoryPerson[];
}

export type WorkerRequest = WorkerInputs & { id: number; kind: 'preview' | 'apply'; plan: PlanOptions };

/** The preview without its analysis (class instances do not survive the trip), plus the people to ask about. */
export type PreviewData = Omit<ImportPreview, 'analysis'> & { peopleToCheck: PersonToCheck[] };

export interface ApplyData {
  added: ImportAdditions;
  summary: ImportSummary;
}

export interface WorkerFailure {
  message: string;
  /** Rows that cannot be imported (ImportRowsError). */
  rows?: RowReport[];
}

export type WorkerResponse =
  | { id: number; ok: true; preview: PreviewData }
  | { id: number; ok: true; applied: ApplyData }
  | { id: number; ok: false; error: WorkerFailure };
