// The work the preview worker does, as plain functions: the panel falls back to calling them directly when a
// worker cannot be started.
import { applyImport, buildImportPreview, ImportRowsError, type DirectoryPerson, type ImportTable } from '../../../../shared/import';
import type { RollcallDocument } from '../../../../shared/model/types';
import type { PlanOptions } from './import-draft';
import { peopleToCheck } from './people-to-check';
import type { ApplyData, PreviewData, WorkerFailure } from './preview-protocol';

/** Rows shown in the preview table; rows with problems further down are listed separately by the preview. */
export const PREVIEW_ROWS = 50;

export function computePreview(document: RollcallDocument, table: ImportTable, directory: readonly DirectoryPerson[], plan: PlanOptions): PreviewData {
  const { analysis, ...preview } = buildImportPreview(document, { ...plan, table, directory }, { limit: PREVIEW_ROWS });
  return { ...preview, peopleToCheck: peopleToCheck(analysis.rows, plan.people ?? {}) };
}

/** The whole import against `document`; nothing is written here (the panel writes `added` in one edit). */
export function computeImport(document: RollcallDocument, table: ImportTable, directory: readonly DirectoryPerson[], plan: PlanOptions): ApplyData {
  const { added, summary } = applyImport(document, { ...plan, table, directory });
  return { added, summary };
}

export function failureOf(error: unknown): WorkerFailure {
  if (error instanceof ImportRowsError) return { message: error.message, rows: error.rows };
  return { message: error instanceof Error ? error.message : String(error) };
}
